#!/usr/bin/env python3
"""Checks the 2026-12-02h holdout batch. Prints OK or a list of problems."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
CHANNELS = {"ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
            "political-email", "real-estate", "fitness", "finance-crypto", "travel",
            "restaurants", "courses", "events", "cancellation-flow", "app-store",
            "local-services", "newsletter", "legal-footer"}
PUSHY = {"bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"}
IMPERSONAL = {"corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging", "form-letter phrases",
              "grandiose posturing"}
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
RANGE = {"p": (100, 120), "i": (70, 90), "b": (15, 25), "n": (100, 115), "f": (8, 16)}
errors = []

def err(msg):
    errors.append(msg)

# sentences
with open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8", newline="") as fh:
    raw = fh.read()
if "\r" in raw:
    err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines.pop()
if not lines or lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err("bad header")
rows = []
for n, line in enumerate(lines[1:], 2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"line {n}: {len(f)} fields")
        continue
    if any(not x.strip() or x != x.strip() for x in f):
        err(f"line {n}: empty or padded field")
    rows.append(f)
if len(rows) != 330:
    err(f"{len(rows)} rows, want 330")
ids = [r[0] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
texts = [r[1].lower() for r in rows]
for t, c in Counter(texts).items():
    if c > 1:
        err(f"duplicate text: {t}")
byprefix = {k: [] for k in PREFIX}
for r in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", r[0])
    if not m:
        err(f"bad id {r[0]}")
        continue
    byprefix[m.group(1)].append(int(m.group(2)))
    if r[2] != PREFIX[m.group(1)]:
        err(f"{r[0]}: label {r[2]!r} does not match id")
    if r[3] not in CHANNELS:
        err(f"{r[0]}: unknown channel {r[3]}")
    tactics = r[4].split("; ")
    if m.group(1) == "p" and (len(tactics) != 1 or tactics[0] not in PUSHY):
        err(f"{r[0]}: tactic {r[4]!r} not a pushy tactic")
    if m.group(1) == "i" and (len(tactics) != 1 or tactics[0] not in IMPERSONAL):
        err(f"{r[0]}: tactic {r[4]!r} not an impersonal family")
    if m.group(1) == "b" and (len(tactics) != 2 or tactics[0] not in PUSHY or tactics[1] not in IMPERSONAL):
        err(f"{r[0]}: tactic {r[4]!r} should be 'pushy tactic; impersonal family'")
for k, nums in byprefix.items():
    lo, hi = RANGE[k]
    if not lo <= len(nums) <= hi:
        err(f"{k}: {len(nums)} rows, want {lo}-{hi}")
    if sorted(nums) != list(range(1, len(nums) + 1)):
        err(f"{k}: ids not consecutive from 001")
fine = sum(1 for r in rows if r[2] == "fine")
if fine * 3 < len(rows):
    err(f"only {fine} fine rows, want at least a third")
ch = Counter(r[3] for r in rows)
for c in CHANNELS:
    if ch[c] < 10:
        err(f"channel {c}: {ch[c]} rows, want >= 10")
used = set()
for r in rows:
    if r[0][0] in "pib":
        used.update(r[4].split("; "))
for t in (PUSHY | IMPERSONAL) - used:
    err(f"tactic never used: {t}")

# documents
def words(path, text):
    if path.endswith(".html"):
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())

def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        ls = [l for l in fh.read().split("\n") if l != ""]
    if not ls or ls[0] != header:
        err(f"{os.path.basename(path)}: bad header")
        return []
    return [l.split("\t") for l in ls[1:]]

docs = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]:
    err(f"want one .md, one .html, one .txt document, got {docs}")
for d in docs:
    path = os.path.join(DOCS, d)
    name = os.path.splitext(d)[0]
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    w = words(path, text)
    if not 150 <= w <= 500:
        err(f"{d}: {w} words, want 150-500")
    if d.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
        err(f"{d}: no front matter")
    if d.endswith(".html") and "<html" not in text:
        err(f"{d}: not HTML")
    exp_path = os.path.join(DOCS, name + ".expected.tsv")
    trap_path = os.path.join(DOCS, name + ".traps.tsv")
    if not (os.path.exists(exp_path) and os.path.exists(trap_path)):
        err(f"{d}: missing expected or traps file")
        continue
    expected = read_tsv(exp_path, "category\tsnippet")
    traps = read_tsv(trap_path, "snippet")
    if len(expected) < 3 or len(traps) < 3:
        err(f"{d}: want at least 3 expected and 3 traps")
    for e in expected:
        if len(e) != 2 or e[0] not in ("pushy", "impersonal", "pushy,impersonal"):
            err(f"{d}: bad expected row {e}")
            continue
        if e[1] not in text:
            err(f"{d}: expected snippet not found: {e[1]}")
    for t in traps:
        if len(t) != 1:
            err(f"{d}: bad trap row {t}")
            continue
        if t[0] not in text:
            err(f"{d}: trap snippet not found: {t[0]}")
        for e in expected:
            if len(e) == 2 and (t[0] in e[1] or e[1] in t[0]):
                err(f"{d}: trap {t[0]!r} overlaps expected {e[1]!r}")
    cats = {e[0] for e in expected if len(e) == 2}
    if not {"pushy", "impersonal"} <= cats:
        err(f"{d}: expected should include both pushy and impersonal snippets")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
