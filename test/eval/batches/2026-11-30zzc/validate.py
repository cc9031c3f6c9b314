#!/usr/bin/env python3
"""Validate the holdout-zzc evaluation batch. Prints OK when every check passes."""
import csv
import html
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "documents"

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
    "fitness", "finance and crypto", "travel", "restaurants", "courses",
    "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
GROUPS = {  # prefix: (count, label)
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
QUOTES = "\"'“”‘’`«»„‚‹›"
HEADER = ["id", "text", "labels", "channel", "tactic"]
DOCUMENTS = ["landing-page.md", "newsletter.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def check_sentences():
    path = ROOT / "sentences.tsv"
    if not path.exists():
        err("sentences.tsv missing")
        return
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    rows = read_tsv(path)
    if not rows or rows[0] != HEADER:
        err(f"sentences.tsv header is {rows[0] if rows else None!r}, expected {HEADER!r}")
        return
    body = rows[1:]
    if len(body) != 330:
        err(f"sentences.tsv has {len(body)} rows, expected 330")

    ids, texts = [], []
    by_prefix = {k: [] for k in GROUPS}
    channels = Counter()
    for n, row in enumerate(body, start=2):
        if len(row) != 5:
            err(f"line {n}: {len(row)} fields, expected 5")
            continue
        rid, text, labels, channel, tactic = row
        for name, field in zip(HEADER, row):
            if not field.strip():
                err(f"line {n}: empty {name}")
            elif field[0] in QUOTES:
                err(f"line {n}: field {name} starts with a quote character")
            if field != field.strip():
                err(f"line {n}: field {name} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        ids.append(rid)
        texts.append(text.strip().lower())
        prefix = m.group(1)
        by_prefix[prefix].append((int(m.group(2)), tactic, rid))
        exp_label = GROUPS[prefix][1]
        if labels != exp_label:
            err(f"{rid}: labels {labels!r}, expected {exp_label!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channels[channel] += 1
        if prefix == "p" and tactic not in TACTICS:
            err(f"{rid}: tactic {tactic!r} is not a pushy tactic")
        if prefix == "i" and tactic not in FAMILIES:
            err(f"{rid}: tactic {tactic!r} is not an impersonal family")
        if prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"{rid}: tactic {tactic!r} is not 'tactic+family'")
        if prefix == "n" and tactic not in TACTICS + FAMILIES:
            err(f"{rid}: near-miss tactic {tactic!r} not in guide")
        if prefix == "f" and tactic != "plain":
            err(f"{rid}: tactic should be 'plain'")

    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        err(f"duplicate ids: {dup_ids}")
    dup_texts = [k for k, v in Counter(texts).items() if v > 1]
    if dup_texts:
        err(f"duplicate texts: {dup_texts}")

    for prefix, (count, _) in GROUPS.items():
        nums = sorted(x[0] for x in by_prefix[prefix])
        if nums != list(range(1, count + 1)):
            err(f"ids {prefix}001-{prefix}{count:03d} incomplete or out of range")

    # pushy: 6-7 per tactic, in the guide's order
    ordered = sorted(by_prefix["p"])
    seq = [TACTICS.index(t) for _, t, _ in ordered if t in TACTICS]
    if seq != sorted(seq):
        err("pushy rows are not in the guide's tactic order")
    pc = Counter(t for _, t, _ in ordered)
    for t in TACTICS:
        if not 6 <= pc[t] <= 7:
            err(f"pushy tactic {t!r} has {pc[t]} rows, expected 6-7")

    ordered = sorted(by_prefix["i"])
    seq = [FAMILIES.index(t) for _, t, _ in ordered if t in FAMILIES]
    if seq != sorted(seq):
        err("impersonal rows are not in the guide's family order")
    ic = Counter(t for _, t, _ in ordered)
    for f in FAMILIES:
        if not 11 <= ic[f] <= 12:
            err(f"impersonal family {f!r} has {ic[f]} rows, expected 11-12")

    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"channel {ch!r} used {channels[ch]} times, expected >= 8")

    fine = len(by_prefix["n"]) + len(by_prefix["f"])
    if fine * 3 < len(body):
        err(f"only {fine} fine rows out of {len(body)}: less than a third")


def prose(name, text):
    """Rough reader-visible text of a document, for sentence and word counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"^#+\s*", "", text, flags=re.M)
        text = re.sub(r"^-\s+", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"<(style|head)\b.*?</\1>", "", text, flags=re.S | re.I)
        text = re.sub(r"<(p|h\d|blockquote|div|li)\b[^>]*>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        kept = []
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            kept.append(line.split(" | ")[-1])
        text = "\n".join(kept)
    return text


def count_sentences(text):
    segs = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [s for s in segs if re.search(r"[A-Za-z]{2,}", s)]


def check_documents():
    if not DOCS.is_dir():
        err("documents/ missing")
        return
    for fname in DOCUMENTS:
        path = DOCS / fname
        if not path.exists():
            err(f"documents/{fname} missing")
            continue
        doc = path.read_text(encoding="utf-8")
        stem = path.stem

        if fname.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", doc, flags=re.S):
            err(f"{fname}: no YAML front matter")
        if fname.endswith(".html"):
            if not ("{{" in doc or "*|" in doc):
                err(f"{fname}: no merge tags")
            if 'class="' not in doc or "href=" not in doc:
                err(f"{fname}: needs CSS classes and links")

        body = prose(fname, doc)
        nsent = len(count_sentences(body))
        nwords = len(re.findall(r"\S+", body))
        if not 25 <= nsent <= 45:
            err(f"{fname}: {nsent} sentences, expected 25-45")
        if not 150 <= nwords <= 500:
            err(f"{fname}: {nwords} words, expected 150-500")

        exp_path = DOCS / f"{stem}.expected.tsv"
        trap_path = DOCS / f"{stem}.traps.tsv"
        expected, traps = [], []
        if not exp_path.exists():
            err(f"{exp_path.name} missing")
        else:
            rows = read_tsv(exp_path)
            if not rows or rows[0] != ["category", "snippet"]:
                err(f"{exp_path.name}: bad header")
            for row in rows[1:]:
                if len(row) != 2:
                    err(f"{exp_path.name}: bad row {row!r}")
                    continue
                cat, snip = row
                if cat not in ("pushy", "impersonal"):
                    err(f"{exp_path.name}: bad category {cat!r}")
                if not snip or snip[0] in QUOTES:
                    err(f"{exp_path.name}: empty or quote-initial snippet {snip!r}")
                if snip not in doc:
                    err(f"{exp_path.name}: snippet not in {fname}: {snip!r}")
                expected.append(snip)
            if not expected:
                err(f"{exp_path.name}: no rows")
        if not trap_path.exists():
            err(f"{trap_path.name} missing")
        else:
            rows = read_tsv(trap_path)
            if not rows or rows[0] != ["snippet"]:
                err(f"{trap_path.name}: bad header")
            for row in rows[1:]:
                if len(row) != 1 or not row[0]:
                    err(f"{trap_path.name}: bad row {row!r}")
                    continue
                snip = row[0]
                if snip[0] in QUOTES:
                    err(f"{trap_path.name}: quote-initial snippet {snip!r}")
                if snip not in doc:
                    err(f"{trap_path.name}: snippet not in {fname}: {snip!r}")
                traps.append(snip)
            if not traps:
                err(f"{trap_path.name}: no rows")
        for t in traps:
            for e in expected:
                if t in e or e in t:
                    err(f"{stem}: trap {t!r} overlaps expected {e!r}")
        for label, lst in (("expected", expected), ("traps", traps)):
            dups = [k for k, v in Counter(lst).items() if v > 1]
            if dups:
                err(f"{stem}.{label}.tsv: duplicate snippets {dups}")
        if "-v" in sys.argv:
            print(f"{fname}: {nsent} sentences, {nwords} words, "
                  f"{len(expected)} expected, {len(traps)} traps")


def main():
    check_sentences()
    check_documents()
    if not (ROOT / "README.md").exists():
        err("README.md missing")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
