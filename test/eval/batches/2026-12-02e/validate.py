#!/usr/bin/env python3
"""Check this batch: sentences.tsv, documents/ and README.md. Prints OK or the problems."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


CHANNELS = {
    "ecommerce", "saas", "b2b", "linkedin", "sms", "push", "nonprofit", "political",
    "real-estate", "fitness", "finance", "travel", "restaurants", "courses", "events",
    "cancellation", "app-store", "local-services", "newsletter", "legal-footer",
}
PUSHY_TACTICS = {
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
IMPERSONAL_FAMILIES = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
}
NEAR_MISS_KINDS = {
    "deadline with date and reason", "stock fact with reason", "guarantee with terms",
    "name of product, venue or programme", "news or how-to prose", "past-tense story",
    "only you can decide / no rush", "quoted or discussed pushy language",
    "passive right in context", "warm personal we", "acronym or code capitals",
}
PREFIX = {  # prefix: (label, expected count, tolerance)
    "p": ("pushy", 110, 10),
    "i": ("impersonal", 80, 8),
    "b": ("pushy+impersonal", 20, 4),
    "n": ("fine", 108, 10),
    "f": ("fine", 12, 4),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
with open(path, encoding="utf-8", newline="") as fh:
    raw = fh.read()
if "\r" in raw:
    err("sentences.tsv: carriage return found")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if not lines or lines[0].split("\t") != HEADER:
    err("sentences.tsv: header must be " + "\\t".join(HEADER))
rows = []
for n, line in enumerate(lines[1:], start=2):
    fields = line.split("\t")
    if len(fields) != 5:
        err(f"sentences.tsv line {n}: {len(fields)} fields, expected 5")
        continue
    if any(not f.strip() or f != f.strip() for f in fields):
        err(f"sentences.tsv line {n}: empty field or stray whitespace")
    rows.append(fields)

if len(rows) != 330:
    err(f"sentences.tsv: {len(rows)} rows, expected 330")
ids = [r[0] for r in rows]
for dup, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate id {dup}")
for dup, c in Counter(r[1].casefold() for r in rows).items():
    if c > 1:
        err(f"duplicate text: {dup}")

by_prefix = {p: [] for p in PREFIX}
for rid, text, label, channel, tactic in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m:
        err(f"{rid}: bad id")
        continue
    p = m.group(1)
    by_prefix[p].append(int(m.group(2)))
    want_label = PREFIX[p][0]
    if label != want_label:
        err(f"{rid}: label {label!r}, expected {want_label!r}")
    if channel not in CHANNELS:
        err(f"{rid}: unknown channel {channel!r}")
    if p == "p" and tactic not in PUSHY_TACTICS:
        err(f"{rid}: unknown pushy tactic {tactic!r}")
    elif p == "i" and tactic not in IMPERSONAL_FAMILIES:
        err(f"{rid}: unknown impersonal family {tactic!r}")
    elif p == "b":
        parts = tactic.split(" + ")
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"{rid}: combined tactic must be 'pushy tactic + impersonal family', got {tactic!r}")
    elif p == "n" and tactic not in NEAR_MISS_KINDS:
        err(f"{rid}: unknown near-miss kind {tactic!r}")
    elif p == "f" and tactic != "plain":
        err(f"{rid}: plain fine rows use tactic 'plain'")

for p, (label, want, tol) in PREFIX.items():
    nums = sorted(by_prefix[p])
    if nums != list(range(1, len(nums) + 1)):
        err(f"ids {p}…: not numbered 001..{len(nums):03d} without gaps")
    if abs(len(nums) - want) > tol:
        err(f"{p}… ({label}): {len(nums)} rows, expected about {want}")

fine = sum(1 for r in rows if r[2] == "fine")
if rows and fine * 3 < len(rows):
    err(f"fine rows {fine} are less than a third of {len(rows)}")

channels = Counter(r[3] for r in rows)
for c in sorted(CHANNELS - set(channels)):
    err(f"channel {c} not covered")
for c, k in channels.items():
    if k < 5:
        err(f"channel {c} has only {k} rows")
for group, prefixes in (("pushy", "pb"), ("fine", "nf")):
    seen = {r[3] for r in rows if r[0][0] in prefixes}
    for c in sorted(CHANNELS - seen):
        err(f"channel {c} has no {group} rows")
used_p = {r[4] for r in rows if r[0][0] == "p"}
used_i = {r[4] for r in rows if r[0][0] == "i"}
used_n = {r[4] for r in rows if r[0][0] == "n"}
for t in sorted(PUSHY_TACTICS - used_p):
    err(f"pushy tactic not covered: {t}")
for t in sorted(IMPERSONAL_FAMILIES - used_i):
    err(f"impersonal family not covered: {t}")
for t in sorted(NEAR_MISS_KINDS - used_n):
    err(f"near-miss kind not covered: {t}")

# ---------- documents ----------
DOC_DIR = os.path.join(HERE, "documents")


def visible_words(name, text):
    if name.endswith(".html"):
        text = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())


def read_tsv(p, header):
    with open(p, encoding="utf-8", newline="") as fh:
        ls = fh.read().split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    if not ls or ls[0].split("\t") != header:
        err(f"{os.path.basename(p)}: header must be " + "\\t".join(header))
        return []
    out = []
    for n, l in enumerate(ls[1:], start=2):
        f = l.split("\t")
        if len(f) != len(header) or any(not x for x in f) or "\r" in l:
            err(f"{os.path.basename(p)} line {n}: expected {len(header)} non-empty fields")
            continue
        out.append(f)
    return out


docs = sorted(f for f in os.listdir(DOC_DIR) if not f.endswith(".tsv"))
exts = {os.path.splitext(d)[1] for d in docs}
if len(docs) != 3 or exts != {".md", ".html", ".txt"}:
    err(f"documents/: expected one .md, one .html and one .txt, found {docs}")
all_text = ""
for d in docs:
    name = os.path.splitext(d)[0]
    with open(os.path.join(DOC_DIR, d), encoding="utf-8") as fh:
        text = fh.read()
    all_text += text
    wc = visible_words(d, text)
    if not 150 <= wc <= 500:
        err(f"{d}: {wc} words, expected 150-500")
    if d.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
        err(f"{d}: no front matter")
    if d.endswith(".html") and "<html" not in text.lower():
        err(f"{d}: not an HTML document")
    exp_p = os.path.join(DOC_DIR, name + ".expected.tsv")
    trap_p = os.path.join(DOC_DIR, name + ".traps.tsv")
    if not os.path.exists(exp_p) or not os.path.exists(trap_p):
        err(f"{d}: missing {name}.expected.tsv or {name}.traps.tsv")
        continue
    expected = read_tsv(exp_p, ["category", "snippet"])
    traps = read_tsv(trap_p, ["snippet"])
    if len(expected) < 3:
        err(f"{name}.expected.tsv: fewer than 3 rows")
    if len(traps) < 3:
        err(f"{name}.traps.tsv: fewer than 3 rows")
    cats = set()
    for cat, snip in expected:
        cats.add(cat)
        if cat not in {"pushy", "impersonal", "pushy+impersonal"}:
            err(f"{name}.expected.tsv: bad category {cat!r}")
        if snip not in text:
            err(f"{name}.expected.tsv: snippet not in document: {snip!r}")
    if not {"pushy", "impersonal"} <= cats:
        err(f"{name}.expected.tsv: should hold both pushy and impersonal snippets")
    for (snip,) in traps:
        if snip not in text:
            err(f"{name}.traps.tsv: snippet not in document: {snip!r}")
        for _, e in expected:
            if snip in e or e in snip:
                err(f"{name}: trap {snip!r} overlaps expected snippet {e!r}")
for tag in ("{{first_name}}", "*|FNAME|*"):
    if tag not in all_text:
        err(f"documents: merge tag {tag} not used")

# ---------- README ----------
rp = os.path.join(HERE, "README.md")
if not os.path.exists(rp):
    err("README.md missing")
else:
    with open(rp, encoding="utf-8") as fh:
        readme = fh.read()
    if "2 December 2026" not in readme:
        err("README.md: date missing")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
