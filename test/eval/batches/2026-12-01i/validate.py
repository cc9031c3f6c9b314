#!/usr/bin/env python3
"""Format checks for holdout batch 12i. Prints OK when everything passes."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

PUSHY = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
NEAR_MISS = [
    "deadline with a date and a reason", "stock fact with a reason",
    "guarantee that states its terms",
    "names of clubs, venues, products and programmes",
    "news and how-to prose", "past-tense stories", "only you can decide",
    "there's no rush", "pushy language quoted or discussed",
    "passive voice that is right in context", "warm, personal we",
    "capitals that are acronyms, codes or identifiers",
]
PLAIN = "plain fine copy"
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
SECTIONS = [("p", 110, "pushy"), ("i", 80, "impersonal"),
            ("b", 20, "pushy,impersonal"), ("n", 108, "fine"), ("f", 12, "fine")]
DOCUMENTS = ["landing-page.md", "winter-box-email.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: carriage return found")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{path}: header must be {header!r}, got {lines[0] if lines else None!r}")
        return []
    ncol = header.count("\t") + 1
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncol:
            err(f"{path}:{no}: expected {ncol} fields, got {len(fields)}")
            continue
        for f in fields:
            if f == "" or f != f.strip():
                err(f"{path}:{no}: empty field or stray whitespace: {f!r}")
            if f[:1] in QUOTES:
                err(f"{path}:{no}: field starts with a quote character: {f!r}")
        rows.append(fields)
    return rows


# ---------------------------------------------------------------- sentences
rows = read_tsv(os.path.join(HERE, "sentences.tsv"), "id\ttext\tlabels\tchannel\ttactic")
expected_ids = [f"{p}{i:03d}" for p, n, _ in SECTIONS for i in range(1, n + 1)]
ids = [r[0] for r in rows]
if ids != expected_ids:
    err(f"ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order "
        f"(got {len(ids)} rows)")
if len(rows) != 330:
    err(f"expected 330 rows, got {len(rows)}")

label_for = {p: lab for p, _, lab in SECTIONS}
texts = Counter()
channels = Counter()
by_section = {p: [] for p, _, _ in SECTIONS}
for rid, text, labels, channel, tactic in rows:
    p = rid[:1]
    if p not in label_for:
        continue
    by_section[p].append((rid, tactic))
    if labels != label_for[p]:
        err(f"{rid}: labels should be {label_for[p]!r}, got {labels!r}")
    if channel not in CHANNELS:
        err(f"{rid}: unknown channel {channel!r}")
    channels[channel] += 1
    texts[text.casefold()] += 1
    if "\n" in text or "\t" in text:
        err(f"{rid}: tab or newline in text")
    if p == "p" and tactic not in PUSHY:
        err(f"{rid}: unknown pushy tactic {tactic!r}")
    if p == "i" and tactic not in IMPERSONAL:
        err(f"{rid}: unknown impersonal family {tactic!r}")
    if p == "b":
        parts = tactic.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
    if p == "n" and tactic not in NEAR_MISS:
        err(f"{rid}: unknown near-miss kind {tactic!r}")
    if p == "f" and tactic != PLAIN:
        err(f"{rid}: plain fine rows use tactic {PLAIN!r}, got {tactic!r}")

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text: {t!r}")


def check_grouping(section, names, lo, hi, what):
    seq = [t for _, t in by_section[section]]
    counts = Counter(seq)
    for name in names:
        if not lo <= counts.get(name, 0) <= hi:
            err(f"{what} {name!r}: {counts.get(name, 0)} rows, want {lo}-{hi}")
    # rows must follow the guide's order, one contiguous block per tactic
    order = [t for i, t in enumerate(seq) if i == 0 or seq[i - 1] != t]
    if order != [n for n in names if n in counts]:
        err(f"{what}s are not in the guide's order as contiguous blocks")


check_grouping("p", PUSHY, 6, 7, "pushy tactic")
check_grouping("i", IMPERSONAL, 11, 12, "impersonal family")
near = Counter(t for _, t in by_section["n"])
for kind in NEAR_MISS:
    if near.get(kind, 0) < 1:
        err(f"near-miss kind {kind!r} missing")

for ch in CHANNELS:
    if channels[ch] < 8:
        err(f"channel {ch!r} used {channels[ch]} times (<8)")

fine = sum(1 for r in rows if r[2] == "fine")
if rows and fine * 3 < len(rows):
    err(f"fine rows {fine}/{len(rows)} are under a third")

# ---------------------------------------------------------------- documents


def prose_words(name, text):
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    if name.endswith(".md"):
        text = re.sub(r"(?s)\A---\n.*?\n---\n", " ", text)
        text = re.sub(r"(?s)```.*?```", " ", text)
    return len(re.findall(r"[A-Za-z0-9£$][\w'’£$.,%-]*", text))


for name in DOCUMENTS:
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        err(f"missing document {name}")
        continue
    with open(path, encoding="utf-8") as fh:
        doc = fh.read()
    if name.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", doc, re.S):
        err(f"{name}: no YAML front matter")
    if name.endswith(".html") and ("{{first_name}}" not in doc or "class=" not in doc
                                   or "href=" not in doc):
        err(f"{name}: HTML email needs {{{{first_name}}}}, CSS classes and links")
    words = prose_words(name, doc)
    if not 150 <= words <= 500:
        err(f"{name}: {words} prose words, want 150-500")
    stem = name.rsplit(".", 1)[0]
    exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
    traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
    if not exp:
        err(f"{name}: no expected snippets")
    if not traps:
        err(f"{name}: no trap snippets")
    cats = Counter()
    for cat, snip in exp:
        cats[cat] += 1
        if cat not in ("pushy", "impersonal"):
            err(f"{stem}.expected.tsv: bad category {cat!r}")
        if snip not in doc:
            err(f"{stem}.expected.tsv: snippet not in document: {snip!r}")
    for cat in ("pushy", "impersonal"):
        if cats[cat] == 0:
            err(f"{stem}.expected.tsv: no {cat} snippets")
    for (snip,) in traps:
        if snip not in doc:
            err(f"{stem}.traps.tsv: snippet not in document: {snip!r}")
        for _, e in exp:
            if snip in e or e in snip:
                err(f"{stem}: trap overlaps an expected snippet: {snip!r}")

if not os.path.exists(os.path.join(HERE, "README.md")):
    err("README.md missing")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
