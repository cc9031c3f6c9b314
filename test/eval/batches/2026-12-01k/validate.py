#!/usr/bin/env python3
"""Validate the holdout-12k evaluation batch (batch 2026-12-01k).

Run from anywhere:  python3 validate.py
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
"""
import csv
import html
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "documents")

PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
NEAR_MISS_KINDS = [
    "near-miss: deadline with a date and a reason",
    "near-miss: stock fact with a reason",
    "near-miss: guarantee that states its terms",
    "near-miss: trigger word as a name",
    "near-miss: news and how-to prose",
    "near-miss: past-tense story",
    "near-miss: only you can decide",
    "near-miss: there's no rush",
    "near-miss: pushy language quoted or discussed",
    "near-miss: passive voice right in context",
    "near-miss: warm personal we",
    "near-miss: capitals as acronyms and codes",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
# straight, curly, low-9, angle, prime and backtick quotes
QUOTES = set("\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u2032\u2033\uff02\uff07")

GROUPS = {  # prefix: (count, labels)
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
DOCUMENTS = ["landing-page.md", "renewal-email.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    if "\r" in text:
        err(f"{os.path.basename(path)}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def check_no_leading_quote(where, fields):
    for value in fields:
        if value and value[0] in QUOTES:
            err(f"{where}: field starts with a quote character: {value[:40]!r}")
        if value != value.strip():
            err(f"{where}: field has leading/trailing whitespace: {value[:40]!r}")


def in_guide_order(seq, order):
    idx = [order.index(x) for x in seq]
    return all(a <= b for a, b in zip(idx, idx[1:]))


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(ROOT, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path)
    if not rows or rows[0] != ["id", "text", "labels", "channel", "tactic"]:
        err(f"sentences.tsv: bad header {rows[0] if rows else None}")
        return
    body = rows[1:]
    if len(body) != 330:
        err(f"sentences.tsv: {len(body)} rows, expected 330")
    ids, texts = [], []
    by_group = {k: [] for k in GROUPS}
    channels = Counter()
    for n, row in enumerate(body, start=2):
        if len(row) != 5:
            err(f"sentences.tsv line {n}: {len(row)} fields, expected 5")
            continue
        rid, text, labels, channel, tactic = row
        check_no_leading_quote(f"sentences.tsv {rid}", row)
        if any(not v for v in row):
            err(f"sentences.tsv {rid}: empty field")
        ids.append(rid)
        texts.append(text.casefold())
        channels[channel] += 1
        if channel not in CHANNELS:
            err(f"sentences.tsv {rid}: unknown channel {channel!r}")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv: bad id {rid!r}")
            continue
        group = m.group(1)
        if labels != GROUPS[group][1]:
            err(f"sentences.tsv {rid}: labels {labels!r}, expected {GROUPS[group][1]!r}")
        by_group[group].append((rid, tactic))

    # ids: exact, contiguous, in order
    expected_ids = [f"{g}{i:03d}" for g, (c, _) in GROUPS.items() for i in range(1, c + 1)]
    if sorted(ids) != sorted(expected_ids):
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: id mismatch; missing {missing[:5]} extra {extra[:5]}")
    if len(ids) != len(set(ids)):
        err("sentences.tsv: duplicate ids")
    for g in GROUPS:
        seq = [r for r, _ in by_group[g]]
        if seq != sorted(seq):
            err(f"sentences.tsv: {g}-ids not in order")
    dup_texts = [t for t, c in Counter(texts).items() if c > 1]
    if dup_texts:
        err(f"sentences.tsv: duplicate texts {dup_texts[:3]}")

    # pushy: 6-7 per tactic, every tactic, guide order
    p_tactics = [t for _, t in by_group["p"]]
    bad = [t for t in p_tactics if t not in PUSHY_TACTICS]
    if bad:
        err(f"pushy rows: unknown tactics {sorted(set(bad))}")
    else:
        c = Counter(p_tactics)
        for t in PUSHY_TACTICS:
            if not 6 <= c[t] <= 7:
                err(f"pushy rows: tactic {t!r} has {c[t]} rows, expected 6-7")
        if not in_guide_order(p_tactics, PUSHY_TACTICS):
            err("pushy rows: tactics not in the guide's order")

    # impersonal: 11-12 per family, every family, guide order
    i_fams = [t for _, t in by_group["i"]]
    bad = [t for t in i_fams if t not in IMPERSONAL_FAMILIES]
    if bad:
        err(f"impersonal rows: unknown families {sorted(set(bad))}")
    else:
        c = Counter(i_fams)
        for t in IMPERSONAL_FAMILIES:
            if not 11 <= c[t] <= 12:
                err(f"impersonal rows: family {t!r} has {c[t]} rows, expected 11-12")
        if not in_guide_order(i_fams, IMPERSONAL_FAMILIES):
            err("impersonal rows: families not in the guide's order")

    # both: tactic+family
    for rid, t in by_group["b"]:
        parts = t.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"both row {rid}: tactic column {t!r} is not 'tactic+family'")

    # near-misses: every kind present
    n_kinds = Counter(t for _, t in by_group["n"])
    for t in n_kinds:
        if t not in NEAR_MISS_KINDS:
            err(f"near-miss rows: unknown kind {t!r}")
    for k in NEAR_MISS_KINDS:
        if n_kinds[k] == 0:
            err(f"near-miss rows: kind {k!r} not used")
    for rid, t in by_group["f"]:
        if t != "plain":
            err(f"plain row {rid}: tactic should be 'plain', got {t!r}")

    # channels
    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"channel {ch!r} used {channels[ch]} times, expected at least 8")

    # fine share
    fine = len(by_group["n"]) + len(by_group["f"])
    if body and fine * 3 < len(body):
        err(f"fine rows are {fine}/{len(body)}, less than a third")
    return channels


# ---------------------------------------------------------------- documents
def visible_text(name, raw):
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        text = raw[m.end():] if m else raw
        text = re.sub(r"\{\{<.*?>\}\}", " ", text)   # shortcodes
        text = re.sub(r"<[^>]+>", " ", text)
        text = re.sub(r"^\|?[-| ]+\|?$", " ", text, flags=re.M)  # table rules
        text = re.sub(r"^#+\s*", "", text, flags=re.M)
        return text
    if name.endswith(".html"):
        text = re.sub(r"<(style|head)\b.*?</\1>", " ", raw, flags=re.S | re.I)
        text = re.sub(r"<(p|li|h\d|div|hr|br)\b[^>]*>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        return html.unescape(text)
    # plain-text schedule: drop the slot header lines
    lines = [l for l in raw.splitlines() if not re.match(r"^\d\d \w{3} \d\d:\d\d \|", l)]
    return "\n".join(lines)


def count_sentences(text):
    segs = re.split(r"(?<=[.!?])\s+|\n+", text)
    return sum(1 for s in segs if len(re.findall(r"[A-Za-z0-9£$€]+", s)) >= 3)


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    expected_files = set()
    stats = {}
    for name in DOCUMENTS:
        stem = name.rsplit(".", 1)[0]
        expected_files |= {name, f"{stem}.expected.tsv", f"{stem}.traps.tsv"}
        path = os.path.join(DOCS, name)
        if not os.path.isfile(path):
            err(f"documents/{name} missing")
            continue
        raw = open(path, encoding="utf-8").read()

        # format checks
        if name.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m or not re.search(r"^title:", m.group(1), re.M):
                err(f"{name}: no YAML front matter with a title")
        if name.endswith(".html"):
            for what, pat in [("merge tag", r"\*\|[A-Z:_]+\|\*|\{\{\s*\w+\s*\}\}"),
                              ("CSS class", r'class="[^"]+"'), ("link", r'href="[^"]+"')]:
                if not re.search(pat, raw):
                    err(f"{name}: no {what}")
        if name.endswith(".txt") and "{{" not in raw:
            err(f"{name}: no merge tags")

        text = visible_text(name, raw)
        words = len(re.findall(r"\S+", text))
        sents = count_sentences(text)
        stats[name] = (words, sents)
        if not 150 <= words <= 500:
            err(f"{name}: {words} words, expected 150-500")
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences, expected 25-45")

        # expected snippets
        exp_rows = read_tsv(os.path.join(DOCS, f"{stem}.expected.tsv"))
        if not exp_rows or exp_rows[0] != ["category", "snippet"]:
            err(f"{stem}.expected.tsv: bad header")
            exp_rows = [None]
        exp_spans, cats = [], Counter()
        seen = set()
        for row in exp_rows[1:]:
            if len(row) != 2:
                err(f"{stem}.expected.tsv: bad row {row}")
                continue
            cat, snip = row
            check_no_leading_quote(f"{stem}.expected.tsv", row)
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip in seen:
                err(f"{stem}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            s = spans(raw, snip)
            if not snip or not s:
                err(f"{stem}.expected.tsv: snippet not in document: {snip!r}")
            exp_spans += s
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")

        # traps
        trap_rows = read_tsv(os.path.join(DOCS, f"{stem}.traps.tsv"))
        if not trap_rows or trap_rows[0] != ["snippet"]:
            err(f"{stem}.traps.tsv: bad header")
            trap_rows = [None]
        tseen = set()
        for row in trap_rows[1:]:
            if len(row) != 1 or not row[0]:
                err(f"{stem}.traps.tsv: bad row {row}")
                continue
            snip = row[0]
            check_no_leading_quote(f"{stem}.traps.tsv", row)
            if snip in tseen:
                err(f"{stem}.traps.tsv: duplicate snippet {snip!r}")
            tseen.add(snip)
            s = spans(raw, snip)
            if not s:
                err(f"{stem}.traps.tsv: snippet not in document: {snip!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{stem}.traps.tsv: trap {snip!r} overlaps an expected snippet")
        stats[name] += (sum(cats.values()), len(trap_rows) - 1)

    actual = set(os.listdir(DOCS))
    if actual != expected_files:
        err(f"documents/: unexpected files {sorted(actual - expected_files)} "
            f"or missing {sorted(expected_files - actual)}")
    return stats


def check_tree():
    allowed = {"sentences.tsv", "documents", "README.md", "validate.py"}
    extra = set(os.listdir(ROOT)) - allowed
    if extra:
        err(f"unexpected entries in batch directory: {sorted(extra - {'__pycache__'})}"
            if extra - {"__pycache__"} else "__pycache__ present")
    if not os.path.isfile(os.path.join(ROOT, "README.md")):
        err("README.md missing")


def main():
    channels = check_sentences() or {}
    stats = check_documents()
    check_tree()
    if "-v" in sys.argv:
        for ch in CHANNELS:
            print(f"  {channels.get(ch, 0):3d}  {ch}")
        for name, st in stats.items():
            print(f"  {name}: {st[0]} words, ~{st[1]} sentences"
                  + (f", {st[2]} expected, {st[3]} traps" if len(st) > 2 else ""))
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
