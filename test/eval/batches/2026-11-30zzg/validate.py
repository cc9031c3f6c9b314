#!/usr/bin/env python3
"""Validate the holdout-zzg evaluation batch. Prints OK when every check passes."""
import csv
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (count, label)
GROUPS = {
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
DOC_WORDS = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return [line.split("\t") for line in lines]


def check_quotes(path, rows):
    for n, row in enumerate(rows, 1):
        for field in row:
            if field[:1] and field[0] in QUOTES:
                err(f"{path}:{n}: field starts with a quote: {field[:40]!r}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path)
    check_quotes("sentences.tsv", rows)
    if not rows or rows[0] != HEADER:
        err(f"sentences.tsv: header must be {HEADER}, got {rows[:1]}")
        return
    body = rows[1:]
    if len(body) != 330:
        err(f"sentences.tsv: expected 330 rows, got {len(body)}")
    ids, texts = Counter(), Counter()
    by_prefix = {k: [] for k in GROUPS}
    channels = Counter()
    for n, row in enumerate(body, 2):
        if len(row) != 5:
            err(f"sentences.tsv:{n}: expected 5 fields, got {len(row)}")
            continue
        rid, text, labels, channel, tactic = row
        for name, val in zip(HEADER, row):
            if val.strip() == "" or val != val.strip():
                err(f"sentences.tsv:{n}: field {name} empty or padded")
        ids[rid] += 1
        texts[text.strip().lower()] += 1
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv:{n}: bad id {rid!r}")
            continue
        prefix = m.group(1)
        by_prefix[prefix].append((int(m.group(2)), n, row))
        want_label = GROUPS[prefix][1]
        if labels != want_label:
            err(f"sentences.tsv:{n}: {rid} labels {labels!r}, want {want_label!r}")
        if channel not in CHANNELS:
            err(f"sentences.tsv:{n}: unknown channel {channel!r}")
        channels[channel] += 1
        if prefix == "p" and tactic not in TACTICS:
            err(f"sentences.tsv:{n}: {rid} tactic {tactic!r} is not a pushy tactic")
        elif prefix == "i" and tactic not in FAMILIES:
            err(f"sentences.tsv:{n}: {rid} tactic {tactic!r} is not an impersonal family")
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"sentences.tsv:{n}: {rid} tactic {tactic!r} must be tactic+family")
        elif prefix == "n" and tactic not in TACTICS + FAMILIES:
            err(f"sentences.tsv:{n}: {rid} tactic {tactic!r} is not a guide tactic/family")
        elif prefix == "f" and tactic != "plain":
            err(f"sentences.tsv:{n}: {rid} tactic must be 'plain'")
    for rid, c in ids.items():
        if c > 1:
            err(f"sentences.tsv: duplicate id {rid}")
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t[:50]!r}")
    for prefix, (count, _) in GROUPS.items():
        nums = sorted(x[0] for x in by_prefix[prefix])
        if nums != list(range(1, count + 1)):
            err(f"sentences.tsv: ids {prefix}001-{prefix}{count:03d} not complete/sequential")
    # per-tactic / per-family spreads, in the guide's order
    def spread(prefix, names, lo, hi, what):
        entries = sorted(by_prefix[prefix])
        cnt = Counter(e[2][4] for e in entries)
        for name in names:
            if not lo <= cnt[name] <= hi:
                err(f"sentences.tsv: {what} {name!r} has {cnt[name]} rows, want {lo}-{hi}")
        order = [names.index(e[2][4]) for e in entries if e[2][4] in names]
        if order != sorted(order):
            err(f"sentences.tsv: {prefix}-rows are not in the guide's {what} order")
    spread("p", TACTICS, 6, 7, "tactic")
    spread("i", FAMILIES, 11, 12, "family")
    fine = len(by_prefix["n"]) + len(by_prefix["f"])
    if fine * 3 < len(body):
        err(f"sentences.tsv: fine rows {fine} are less than a third")
    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"sentences.tsv: channel {ch!r} used {channels[ch]} times, want >= 8")
    return channels


def visible_text(name, text):
    if name.endswith(".md"):
        if not text.startswith("---\n"):
            err(f"{name}: missing YAML front matter")
        else:
            end = text.find("\n---\n", 4)
            if end < 0:
                err(f"{name}: unterminated YAML front matter")
            else:
                text = text[end + 5:]
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    docs = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
    names = {os.path.splitext(f)[0]: f for f in docs}
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, got {docs}")
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected one .md, one .html, one .txt, got {exts}")
    if "landing-page" not in names:
        err("documents/: landing-page.md missing")
    stats = {}
    for name, fname in names.items():
        with open(os.path.join(DOCS, fname), encoding="utf-8") as fh:
            doc = fh.read()
        words = len(visible_text(fname, doc).split())
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{fname}: {words} visible words, want {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if fname.endswith(".html"):
            for needle, what in (("class=", "CSS classes"), ("href=", "links"), ("*|", "merge tags")):
                if needle not in doc:
                    err(f"{fname}: no {what}")
        if fname.endswith(".txt") and "{{" not in doc:
            err(f"{fname}: no merge tags")
        exp_path = os.path.join(DOCS, name + ".expected.tsv")
        trap_path = os.path.join(DOCS, name + ".traps.tsv")
        expected, traps = [], []
        if not os.path.exists(exp_path):
            err(f"{name}.expected.tsv missing")
        else:
            rows = read_tsv(exp_path)
            check_quotes(name + ".expected.tsv", rows)
            if not rows or rows[0] != ["category", "snippet"]:
                err(f"{name}.expected.tsv: bad header {rows[:1]}")
            for n, row in enumerate(rows[1:], 2):
                if len(row) != 2 or row[0] not in ("pushy", "impersonal") or not row[1].strip():
                    err(f"{name}.expected.tsv:{n}: bad row {row}")
                    continue
                expected.append(row[1])
                if row[1] not in doc:
                    err(f"{name}.expected.tsv:{n}: snippet not in document: {row[1]!r}")
            if not expected:
                err(f"{name}.expected.tsv: no rows")
        if not os.path.exists(trap_path):
            err(f"{name}.traps.tsv missing")
        else:
            rows = read_tsv(trap_path)
            check_quotes(name + ".traps.tsv", rows)
            if not rows or rows[0] != ["snippet"]:
                err(f"{name}.traps.tsv: bad header {rows[:1]}")
            for n, row in enumerate(rows[1:], 2):
                if len(row) != 1 or not row[0].strip():
                    err(f"{name}.traps.tsv:{n}: bad row {row}")
                    continue
                traps.append(row[0])
                if row[0] not in doc:
                    err(f"{name}.traps.tsv:{n}: snippet not in document: {row[0]!r}")
                for e in expected:
                    if row[0] in e or e in row[0]:
                        err(f"{name}.traps.tsv:{n}: trap overlaps expected snippet {e!r}")
            if not traps:
                err(f"{name}.traps.tsv: no rows")
        for s, c in Counter(expected + traps).items():
            if c > 1:
                err(f"{name}: snippet listed twice: {s!r}")
        stats[fname] = (words, len(expected), len(traps))
    return stats


def main():
    check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    for fname, (w, e, t) in sorted(stats.items()):
        print(f"  {fname}: {w} words, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
