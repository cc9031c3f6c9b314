#!/usr/bin/env python3
"""Validate the holdout-12a evaluation batch.

Checks sentences.tsv (header, ids, counts, labels, tactic names and order,
channels, field hygiene) and the three documents (format, length, and that
every expected/trap snippet occurs verbatim). Prints OK or a list of problems.
Standard library only; run from anywhere: python3 validate.py
"""
import html
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"

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
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
HEADER = "id\ttext\tlabels\tchannel\ttactic"
# prefix -> (count, label)
BLOCKS = [("p", 110, "pushy"), ("i", 80, "impersonal"),
          ("b", 20, "pushy,impersonal"), ("n", 108, "fine"), ("f", 12, "fine")]
QUOTE_CHARS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u201e\u201a\u300c\u300d\u300e\u300f"
MIN_PER_CHANNEL = 8
DOCUMENTS = {  # NAME -> kind
    "landing-page.md": "md",
    "autumn-term-email.html": "html",
    "midsummer-sms-push.txt": "txt",
}
CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    raw = path.read_bytes()
    if b"\r" in raw:
        err(f"{path.name}: contains carriage returns")
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        err(f"{path.name}: no trailing newline")
    return text.rstrip("\n").split("\n")


def check_sentences():
    path = HERE / "sentences.tsv"
    if not path.exists():
        err("sentences.tsv missing")
        return
    lines = read_lines(path)
    if lines[0] != HEADER:
        err(f"sentences.tsv: bad header {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, want 5")
            continue
        for f in fields:
            if not f or f != f.strip():
                err(f"sentences.tsv line {n}: empty or padded field {f!r}")
            if f and f[0] in QUOTE_CHARS:
                err(f"sentences.tsv line {n}: field starts with a quote: {f[:30]!r}")
        rows.append(fields)

    want_ids = [f"{p}{i:03d}" for p, c, _ in BLOCKS for i in range(1, c + 1)]
    got_ids = [r[0] for r in rows]
    if got_ids != want_ids:
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, "
            f"n001-n108, f001-f012 in order (got {len(got_ids)} rows)")
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, want 330")

    texts = Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t[:50]!r}")

    label_for = {p: lab for p, _, lab in BLOCKS}
    for r in rows:
        rid, text, label, channel, tactic = r
        if label != label_for.get(rid[:1]):
            err(f"{rid}: label {label!r}, want {label_for.get(rid[:1])!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        if rid.startswith("p") and tactic not in PUSHY_TACTICS:
            err(f"{rid}: unknown pushy tactic {tactic!r}")
        if rid.startswith("i") and tactic not in IMPERSONAL_FAMILIES:
            err(f"{rid}: unknown impersonal family {tactic!r}")
        if rid.startswith("b"):
            t, _, f = tactic.partition("+")
            if t not in PUSHY_TACTICS or f not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic {tactic!r} is not 'tactic+family'")
        if rid.startswith("n") and tactic != "near-miss":
            err(f"{rid}: tactic {tactic!r}, want 'near-miss'")
        if rid.startswith("f") and tactic != "plain":
            err(f"{rid}: tactic {tactic!r}, want 'plain'")

    def check_block(prefix, names, lo, hi, what):
        seq = [r[4] for r in rows if r[0].startswith(prefix)]
        # contiguous runs, in guide order
        runs = []
        for t in seq:
            if not runs or runs[-1][0] != t:
                runs.append([t, 0])
            runs[-1][1] += 1
        order = [t for t, _ in runs]
        if order != names:
            err(f"{what}: not one contiguous run per name in guide order")
        for t, c in runs:
            if not lo <= c <= hi:
                err(f"{what}: {t!r} has {c}, want {lo}-{hi}")

    check_block("p", PUSHY_TACTICS, 6, 7, "pushy tactics")
    check_block("i", IMPERSONAL_FAMILIES, 11, 12, "impersonal families")

    ch = Counter(r[3] for r in rows)
    for c in CHANNELS:
        if ch[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r} used {ch[c]} times, want >= {MIN_PER_CHANNEL}")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine}/{len(rows)} is less than a third")


def plain_text(kind, text):
    """Reader-visible prose, one segment per line, for counting."""
    if kind == "md":
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            err("landing-page.md: no YAML front matter")
        else:
            text = text[m.end():]
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        lines = [l for l in text.split("\n") if not l.startswith("#")]
        lines = [re.sub(r"^\s*[-*]\s+", "", l) for l in lines]
    elif kind == "html":
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S)
        text = re.sub(r"<br\s*/?>", " ", text)
        text = re.sub(r"</(p|div|li|h\d)>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        lines = text.split("\n")
    else:
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        lines = [l for l in body.split("\n") if not l.startswith("[")]
    return [l.strip() for l in lines if l.strip()]


def count_sentences(lines):
    n = 0
    for l in lines:
        n += len([s for s in re.split(r"(?<=[.!?])\s+", l) if re.search(r"\w", s)])
    return n


def read_tsv(path, header):
    if not path.exists():
        err(f"{path.name} missing")
        return []
    lines = read_lines(path)
    if lines[0] != header:
        err(f"{path.name}: bad header {lines[0]!r}, want {header!r}")
    width = header.count("\t") + 1
    out = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != width or not all(fields):
            err(f"{path.name} line {n}: want {width} non-empty fields")
            continue
        out.append(fields)
    if not out:
        err(f"{path.name}: no rows")
    return out


def check_documents():
    for name, kind in DOCUMENTS.items():
        path = DOCS / name
        if not path.exists():
            err(f"documents/{name} missing")
            continue
        text = path.read_text(encoding="utf-8")
        lines = plain_text(kind, text)
        words = sum(len(l.split()) for l in lines)
        sents = count_sentences(lines)
        if not 25 <= sents <= 45:
            err(f"{name}: {sents} sentences, want 25-45")
        if not 150 <= words <= 500:
            err(f"{name}: {words} words, want 150-500")
        if kind == "html":
            for needle in ("{{", "*|", 'class="', 'href="'):
                if needle not in text:
                    err(f"{name}: no {needle!r} (merge tags, CSS classes, links)")
        if kind == "txt" and "{{" not in text and "*|" not in text:
            err(f"{name}: no merge tags")

        stem = name.rsplit(".", 1)[0]
        expected = read_tsv(DOCS / f"{stem}.expected.tsv", "category\tsnippet")
        traps = read_tsv(DOCS / f"{stem}.traps.tsv", "snippet")
        spans = []
        for cat, snip in expected:
            if cat not in CATEGORIES:
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            i = text.find(snip)
            if i < 0:
                err(f"{stem}.expected.tsv: not verbatim in {name}: {snip!r}")
            else:
                spans.append((i, i + len(snip)))
        for (snip,) in traps:
            hits = [m.start() for m in re.finditer(re.escape(snip), text)]
            if not hits:
                err(f"{stem}.traps.tsv: not verbatim in {name}: {snip!r}")
            for h in hits:
                if any(a < h + len(snip) and h < b for a, b in spans):
                    err(f"{stem}.traps.tsv: {snip!r} overlaps an expected snippet")
        fine = sents - len(expected)
        if fine < len(expected):
            err(f"{name}: only ~{fine} fine sentences for {len(expected)} problems")


def main():
    check_sentences()
    check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
