#!/usr/bin/env python3
"""Checks this batch: sentences.tsv, documents/ and their expected/traps files."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

CHANNELS = {"e-commerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
            "political-email", "real-estate", "fitness", "finance-crypto", "travel", "restaurants",
            "courses", "events", "cancellation-flow", "app-store", "local-services", "newsletter",
            "legal-footer"}
PUSHY_TACTICS = {"bare urgency", "manufactured scarcity", "fear of missing out",
                 "peer and competitor pressure", "buy-now commands", "confirm-shaming", "guilt-tripping",
                 "shaming and identity pressure", "regret threats", "loss framing", "fear appeals",
                 "threats in legal dress", "hype and guarantees", "assumptive close",
                 "manufactured need", "shouting"}
IMPERSONAL_FAMILIES = {"corporatese and jargon", "bureaucratic passive", "legalese in marketing",
                       "the reader in the third person", "we-centric bragging", "form-letter phrases",
                       "grandiose posturing"}
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy+impersonal", "n": "fine", "f": "fine"}
TARGET = {"p": 110, "i": 80, "b": 20, "n": 108, "f": 12}
TOL = {"p": 5, "i": 5, "b": 3, "n": 5, "f": 3}

# ---- sentences ----
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, encoding="utf-8").read()
if "\r" in raw: err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines[-1] == "": lines = lines[:-1]
if lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err("bad header: %r" % lines[0])
rows = []
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5:
        err("line %d: %d fields (tab inside a field?)" % (n, len(f))); continue
    if any(x != x.strip() or not x for x in f):
        err("line %d: empty or padded field" % n)
    rows.append(f)
ids = [r[0] for r in rows]
if len(ids) != len(set(ids)): err("duplicate ids")
texts = [r[1] for r in rows]
dup = [t for t, c in Counter(texts).items() if c > 1]
if dup: err("duplicate texts: %r" % dup)
if len(rows) != 330: err("expected 330 sentences, got %d" % len(rows))
by_prefix = {}
for r in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", r[0])
    if not m: err("bad id %r" % r[0]); continue
    by_prefix.setdefault(m.group(1), []).append(int(m.group(2)))
    if r[2] != PREFIX_LABEL[m.group(1)]:
        err("%s: label %r does not match id prefix" % (r[0], r[2]))
    if r[3] not in CHANNELS: err("%s: unknown channel %r" % (r[0], r[3]))
for p, target in TARGET.items():
    nums = by_prefix.get(p, [])
    if sorted(nums) != list(range(1, len(nums) + 1)): err("ids %s… not consecutive from 001" % p)
    if abs(len(nums) - target) > TOL[p]: err("%s count %d too far from %d" % (p, len(nums), target))
fine = sum(1 for r in rows if r[2] == "fine")
if fine * 3 < len(rows): err("fine sentences are fewer than a third")
missing = CHANNELS - {r[3] for r in rows}
if missing: err("channels not covered: %s" % sorted(missing))
ptac = {r[4] for r in rows if r[2] == "pushy"}
if PUSHY_TACTICS - ptac: err("pushy tactics missing: %s" % sorted(PUSHY_TACTICS - ptac))
if ptac - PUSHY_TACTICS: err("unknown pushy tactics: %s" % sorted(ptac - PUSHY_TACTICS))
itac = {r[4] for r in rows if r[2] == "impersonal"}
if IMPERSONAL_FAMILIES - itac: err("impersonal families missing: %s" % sorted(IMPERSONAL_FAMILIES - itac))
if itac - IMPERSONAL_FAMILIES: err("unknown impersonal families: %s" % sorted(itac - IMPERSONAL_FAMILIES))

# ---- documents ----
ddir = os.path.join(HERE, "documents")
docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]: err("expected one .md, one .html, one .txt document, got %s" % docs)
def words(name, text):
    if name.endswith(".html"):
        text = re.sub(r"(?s)<style.*?</style>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())
for d in docs:
    text = open(os.path.join(ddir, d), encoding="utf-8").read()
    stem = os.path.splitext(d)[0]
    wc = words(d, text)
    if not 150 <= wc <= 500: err("%s: %d words, want 150-500" % (d, wc))
    if d.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
        err("%s: no front matter" % d)
    for kind, header, ncol in (("expected", "category\tsnippet", 2), ("traps", "snippet", 1)):
        p = os.path.join(ddir, "%s.%s.tsv" % (stem, kind))
        if not os.path.exists(p): err("missing %s" % p); continue
        tl = open(p, encoding="utf-8").read().split("\n")
        if tl[-1] == "": tl = tl[:-1]
        if tl[0] != header: err("%s: bad header" % p)
        if len(tl) < 2: err("%s: empty" % p)
        for line in tl[1:]:
            f = line.split("\t")
            if len(f) != ncol or not all(f): err("%s: bad line %r" % (p, line)); continue
            if kind == "expected" and f[0] not in ("pushy", "impersonal", "pushy+impersonal"):
                err("%s: bad category %r" % (p, f[0]))
            if f[-1] not in text: err("%s: snippet not in document: %r" % (p, f[-1]))

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
