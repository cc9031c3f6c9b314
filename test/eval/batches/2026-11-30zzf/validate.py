#!/usr/bin/env python3
"""Validate the holdout-zzf evaluation batch. Prints OK when every check passes."""
import csv
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
    "e-commerce", "saas-trial-renewal", "b2b-outreach", "linkedin", "sms",
    "push-notification", "nonprofit-appeal", "political-email", "real-estate",
    "fitness", "finance-crypto", "travel", "restaurant", "courses", "events",
    "cancellation-unsubscribe", "app-store", "local-services", "newsletter",
    "legal-footer",
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
SECTIONS = {  # prefix: (count, labels)
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a")
DOCUMENTS = ["landing-page.md", "newsletter.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    if "\r" in text:
        err(f"{os.path.relpath(path, HERE)}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_quote_start(where, fields):
    for f in fields:
        if f and f[0] in QUOTES:
            err(f"{where}: field starts with a quote character: {f[:40]!r}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    lines = read_lines(path)
    if not lines or lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {HEADER}")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 fields, got {len(fields)}")
            continue
        if any(not f.strip() or f != f.strip() for f in fields):
            err(f"sentences.tsv line {n}: empty field or stray whitespace")
        check_quote_start(f"sentences.tsv line {n}", fields)
        rows.append(dict(zip(HEADER, fields)))

    total = sum(c for c, _ in SECTIONS.values())
    if len(rows) != total:
        err(f"sentences.tsv: expected {total} rows, got {len(rows)}")

    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("sentences.tsv: duplicate ids")
    texts = [r["text"].lower() for r in rows]
    dupes = [t for t, c in Counter(texts).items() if c > 1]
    if dupes:
        err(f"sentences.tsv: duplicate texts: {dupes[:3]}")

    by_prefix = {p: [] for p in SECTIONS}
    expected_order = []
    for p, (count, _) in SECTIONS.items():
        expected_order += [f"{p}{i:03d}" for i in range(1, count + 1)]
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"bad id {r['id']!r}")
            continue
        by_prefix[m.group(1)].append(r)
    if ids != expected_order:
        err("sentences.tsv: ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")

    for p, (count, label) in SECTIONS.items():
        rs = by_prefix[p]
        if len(rs) != count:
            err(f"section {p}: expected {count} rows, got {len(rs)}")
        for r in rs:
            if r["labels"] != label:
                err(f"{r['id']}: labels {r['labels']!r}, expected {label!r}")

    # pushy: 6-7 per tactic, all tactics, guide order
    tc = Counter(r["tactic"] for r in by_prefix["p"])
    for r in by_prefix["p"]:
        if r["tactic"] not in TACTICS:
            err(f"{r['id']}: unknown tactic {r['tactic']!r}")
    for t in TACTICS:
        if not 6 <= tc.get(t, 0) <= 7:
            err(f"pushy tactic {t!r}: {tc.get(t, 0)} rows (need 6-7)")
    order = [TACTICS.index(r["tactic"]) for r in by_prefix["p"] if r["tactic"] in TACTICS]
    if order != sorted(order):
        err("pushy rows are not in the guide's tactic order")

    # impersonal: 11-12 per family, guide order
    fc = Counter(r["tactic"] for r in by_prefix["i"])
    for r in by_prefix["i"]:
        if r["tactic"] not in FAMILIES:
            err(f"{r['id']}: unknown family {r['tactic']!r}")
    for f in FAMILIES:
        if not 11 <= fc.get(f, 0) <= 12:
            err(f"impersonal family {f!r}: {fc.get(f, 0)} rows (need 11-12)")
    order = [FAMILIES.index(r["tactic"]) for r in by_prefix["i"] if r["tactic"] in FAMILIES]
    if order != sorted(order):
        err("impersonal rows are not in the guide's family order")

    # both: tactic+family
    for r in by_prefix["b"]:
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
            err(f"{r['id']}: tactic must be 'tactic+family', got {r['tactic']!r}")

    # near-misses: borrow a tactic's (or family's) words; every pushy tactic represented
    nc = Counter(r["tactic"] for r in by_prefix["n"])
    for r in by_prefix["n"]:
        if r["tactic"] not in TACTICS + FAMILIES:
            err(f"{r['id']}: near-miss tactic {r['tactic']!r} not in the guide")
    for t in TACTICS:
        if nc.get(t, 0) < 3:
            err(f"near-misses: tactic {t!r} has only {nc.get(t, 0)} rows")

    for r in by_prefix["f"]:
        if r["tactic"] != "plain":
            err(f"{r['id']}: plain fine rows need tactic 'plain'")

    # fine share
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")

    # channels
    cc = Counter(r["channel"] for r in rows)
    for r in rows:
        if r["channel"] not in CHANNELS:
            err(f"{r['id']}: unknown channel {r['channel']!r}")
    for c in CHANNELS:
        if cc.get(c, 0) < 8:
            err(f"channel {c!r}: {cc.get(c, 0)} rows (need at least 8)")
    return rows


def prose_of(name, text):
    """Return the reader-facing prose of a document, for rough size checks."""
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if m:
            text = text[m.end():]
        text = re.sub(r"\]\([^)]*\)", "]", text)
        lines = [l for l in text.split("\n") if not l.lstrip().startswith("#")]
        return "\n".join(lines)
    if name.endswith(".html"):
        text = re.sub(r"(?is)<head>.*?</head>", " ", text)
        text = re.sub(r"(?is)<(h\d)[^>]*>.*?</\1>", "\n", text)
        return re.sub(r"<[^>]+>", "\n", text)
    lines = []
    for l in text.split("\n"):
        if l.startswith("#") or not l.strip():
            continue
        lines.append(l.split(" | ")[-1])
    return "\n".join(lines)


def count_sentences(prose):
    n = 0
    for block in prose.split("\n"):
        block = block.strip()
        if not re.search(r"[A-Za-z]", block):
            continue
        parts = [p for p in re.split(r"(?<=[.!?])[\"\u201d)\]]*\s+", block) if re.search(r"[A-Za-z]", p)]
        n += len(parts)
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    for name in DOCUMENTS:
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            err(f"documents/{name} missing")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        stem = os.path.splitext(name)[0]

        if name.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m or not all(re.match(r"[A-Za-z_]+:", l) for l in m.group(1).split("\n")):
                err(f"{name}: missing or malformed YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z:_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{name}: no merge tags")
            if 'class="' not in text or "href=" not in text:
                err(f"{name}: needs CSS classes and links")
        if name.endswith(".txt") and "{{" not in text:
            err(f"{name}: no merge fields")

        prose = prose_of(name, text)
        sents = count_sentences(prose)
        words = len([w for w in prose.split() if re.search(r"\w", w)])
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences (need 25-45)")
        if not 150 <= words <= 500:
            err(f"{name}: about {words} words of copy (need 150-500)")

        exp_path = os.path.join(DOCS, f"{stem}.expected.tsv")
        trap_path = os.path.join(DOCS, f"{stem}.traps.tsv")
        expected, traps = [], []
        if not os.path.exists(exp_path):
            err(f"{stem}.expected.tsv missing")
        else:
            lines = read_lines(exp_path)
            if not lines or lines[0] != "category\tsnippet":
                err(f"{stem}.expected.tsv: bad header")
            for n, line in enumerate(lines[1:], start=2):
                fields = line.split("\t")
                if len(fields) != 2:
                    err(f"{stem}.expected.tsv line {n}: need 2 fields")
                    continue
                check_quote_start(f"{stem}.expected.tsv line {n}", fields)
                cat, snip = fields
                if cat not in ("pushy", "impersonal"):
                    err(f"{stem}.expected.tsv line {n}: category {cat!r}")
                if not snip or snip not in text:
                    err(f"{stem}.expected.tsv line {n}: snippet not in document: {snip!r}")
                expected.append(snip)
            cats = Counter(l.split("\t")[0] for l in lines[1:])
            if not cats.get("pushy") or not cats.get("impersonal"):
                err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        if not os.path.exists(trap_path):
            err(f"{stem}.traps.tsv missing")
        else:
            lines = read_lines(trap_path)
            if not lines or lines[0] != "snippet":
                err(f"{stem}.traps.tsv: bad header")
            for n, line in enumerate(lines[1:], start=2):
                if "\t" in line:
                    err(f"{stem}.traps.tsv line {n}: tab inside snippet")
                check_quote_start(f"{stem}.traps.tsv line {n}", [line])
                if not line or line not in text:
                    err(f"{stem}.traps.tsv line {n}: snippet not in document: {line!r}")
                traps.append(line)
            if not traps:
                err(f"{stem}.traps.tsv: no traps")
        for lst, what in ((expected, "expected"), (traps, "traps")):
            if len(set(lst)) != len(lst):
                err(f"{stem}.{what}.tsv: duplicate snippets")
        for t in traps:
            for e in expected:
                if t in e or e in t:
                    err(f"{stem}: trap {t!r} overlaps expected snippet {e!r}")


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
