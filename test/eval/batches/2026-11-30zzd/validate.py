#!/usr/bin/env python3
"""Validate the holdout-zzd evaluation batch. Prints OK when every check passes."""
import re
import sys
from collections import Counter, defaultdict
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
    "e-commerce", "saas", "b2b-outreach", "linkedin", "sms", "push",
    "nonprofit", "political-email", "real-estate", "fitness",
    "finance-crypto", "travel", "restaurants", "courses", "events",
    "cancellation-unsubscribe", "app-store", "local-services", "newsletter",
    "legal-footer",
]
# prefix -> (expected row count, labels)
SECTIONS = {
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
DOC_NAMES = {
    "landing-page": "landing-page.md",
    "newsletter": "newsletter.html",
    "sms-schedule": "sms-schedule.txt",
}

errors = []


def err(msg):
    errors.append(msg)


def check_sentences():
    path = ROOT / "sentences.tsv"
    if not path.exists():
        err("sentences.tsv missing")
        return
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv header must be exactly {HEADER!r}")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: expected 5 fields, got {len(fields)}")
            continue
        for f in fields:
            if not f.strip():
                err(f"line {n}: empty field")
            elif f[0] in QUOTES:
                err(f"line {n}: field starts with a quote character: {f[:20]!r}")
            if f != f.strip():
                err(f"line {n}: leading/trailing whitespace in field {f[:20]!r}")
            if "\r" in f:
                err(f"line {n}: carriage return in field")
        rows.append(dict(zip(HEADER, fields)))

    if len(rows) != 330:
        err(f"expected 330 rows, found {len(rows)}")

    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    texts = [r["text"].lower() for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    if dup:
        err(f"duplicate texts: {dup[:3]}")

    by_prefix = defaultdict(list)
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"bad id {r['id']!r}")
            continue
        by_prefix[m.group(1)].append(r)

    for prefix, (count, labels) in SECTIONS.items():
        group = by_prefix.get(prefix, [])
        want = [f"{prefix}{k:03d}" for k in range(1, count + 1)]
        got = [r["id"] for r in group]
        if got != want:
            err(f"ids for {prefix!r} must run {want[0]}..{want[-1]} in order (got {len(got)})")
        for r in group:
            if r["labels"] != labels:
                err(f"{r['id']}: labels {r['labels']!r}, expected {labels!r}")

    # pushy: 6-7 per tactic, in guide order
    p = by_prefix.get("p", [])
    order = []
    for r in p:
        if r["tactic"] not in TACTICS:
            err(f"{r['id']}: unknown tactic {r['tactic']!r}")
        else:
            order.append(TACTICS.index(r["tactic"]))
    if order != sorted(order):
        err("pushy rows are not in the guide's tactic order")
    c = Counter(r["tactic"] for r in p)
    for t in TACTICS:
        if not 6 <= c.get(t, 0) <= 7:
            err(f"pushy tactic {t!r} has {c.get(t, 0)} rows (want 6-7)")

    # impersonal: 11-12 per family, in guide order
    i = by_prefix.get("i", [])
    order = []
    for r in i:
        if r["tactic"] not in FAMILIES:
            err(f"{r['id']}: unknown family {r['tactic']!r}")
        else:
            order.append(FAMILIES.index(r["tactic"]))
    if order != sorted(order):
        err("impersonal rows are not in the guide's family order")
    c = Counter(r["tactic"] for r in i)
    for fam in FAMILIES:
        if not 11 <= c.get(fam, 0) <= 12:
            err(f"impersonal family {fam!r} has {c.get(fam, 0)} rows (want 11-12)")

    # both: tactic+family
    for r in by_prefix.get("b", []):
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
            err(f"{r['id']}: tactic must be 'tactic+family', got {r['tactic']!r}")

    # near-misses: borrow a named tactic (or family); every tactic covered
    n = by_prefix.get("n", [])
    for r in n:
        if r["tactic"] not in TACTICS and r["tactic"] not in FAMILIES:
            err(f"{r['id']}: near-miss tactic {r['tactic']!r} is not a guide tactic or family")
    covered = {r["tactic"] for r in n}
    for t in TACTICS:
        if t not in covered:
            err(f"no near-miss borrows from {t!r}")

    for r in by_prefix.get("f", []):
        if r["tactic"] != "plain":
            err(f"{r['id']}: tactic must be 'plain'")

    # channels
    ch = Counter(r["channel"] for r in rows)
    for r in rows:
        if r["channel"] not in CHANNELS:
            err(f"{r['id']}: unknown channel {r['channel']!r}")
    for name in CHANNELS:
        if ch.get(name, 0) < 8:
            err(f"channel {name!r} used {ch.get(name, 0)} times (want >= 8)")

    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine} fine rows; the guide asks for at least a third")


def visible_text(name, raw):
    if name.endswith(".md"):
        if not raw.startswith("---\n"):
            err(f"{name}: missing YAML front matter")
        else:
            end = raw.find("\n---\n", 4)
            if end < 0:
                err(f"{name}: unterminated YAML front matter")
            else:
                raw = raw[end + 5:]
        raw = re.sub(r"\{\{<.*?>\}\}", " ", raw)
    elif name.endswith(".html"):
        raw = re.sub(r"(?is)<(head|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r'(?is)<span class="preheader".*?</span>', " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", "\n", raw)
    else:
        raw = "\n".join(l for l in raw.splitlines()
                        if not l.startswith("#") and not l.startswith("ID:"))
    return raw


def count_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return sum(1 for s in parts if re.search(r"[A-Za-z]{2}", s))


def spans(text, snippet):
    out, start = [], 0
    while True:
        k = text.find(snippet, start)
        if k < 0:
            return out
        out.append((k, k + len(snippet)))
        start = k + 1


def read_tsv(path, header):
    if not path.exists():
        err(f"{path.name} missing")
        return []
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{path.name}: header must be {header!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or not all(fields):
            err(f"{path.name} line {n}: expected {len(header)} non-empty fields")
            continue
        rows.append(fields)
    return rows


def check_documents():
    for stem, fname in DOC_NAMES.items():
        doc = DOCS / fname
        if not doc.exists():
            err(f"document {fname} missing")
            continue
        raw = doc.read_text(encoding="utf-8")
        text = visible_text(fname, raw)
        words = len(re.findall(r"[A-Za-z0-9£$€][\w'’£$€.,%-]*", text))
        if not 150 <= words <= 500:
            err(f"{fname}: {words} words (guide asks 150-500)")
        sents = count_sentences(text)
        if not 25 <= sents <= 45:
            err(f"{fname}: about {sents} sentences (want 25-45)")
        if fname.endswith(".html") and not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", raw):
            err(f"{fname}: no merge tags")
        if fname.endswith(".html") and "class=" not in raw:
            err(f"{fname}: no CSS classes")
        if fname.endswith(".html") and "href=" not in raw:
            err(f"{fname}: no links")

        expected = read_tsv(DOCS / f"{stem}.expected.tsv", ["category", "snippet"])
        traps = read_tsv(DOCS / f"{stem}.traps.tsv", ["snippet"])
        if not expected:
            err(f"{stem}.expected.tsv has no rows")
        if not traps:
            err(f"{stem}.traps.tsv has no rows")
        cats = Counter()
        taken = []
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            found = spans(raw, snip)
            if not found:
                err(f"{stem}.expected.tsv: snippet not in document: {snip!r}")
            taken.extend(found)
        for cat in ("pushy", "impersonal"):
            if not cats[cat]:
                err(f"{stem}.expected.tsv: no {cat} rows")
        for (snip,) in traps:
            found = spans(raw, snip)
            if not found:
                err(f"{stem}.traps.tsv: snippet not in document: {snip!r}")
            elif all(any(a < e and s < b for s, e in taken) for a, b in found):
                err(f"{stem}.traps.tsv: trap only occurs inside an expected phrase: {snip!r}")


def main():
    check_sentences()
    check_documents()
    for name in ("README.md",):
        if not (ROOT / name).exists():
            err(f"{name} missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
