#!/usr/bin/env python3
"""Checks this batch: sentences.tsv, documents/ and README.md. Prints OK or the problems."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

HEADER = ["id", "text", "labels", "channel", "tactic"]
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
COUNTS = {"p": 110, "i": 80, "b": 20, "n": 108, "f": 12}
CHANNELS = {"ecommerce", "saas", "b2b", "linkedin", "sms", "push", "nonprofit", "political",
            "realestate", "fitness", "finance", "travel", "restaurant", "courses", "events",
            "cancellation", "appstore", "localservices", "newsletter", "legal"}
PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now command", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threat", "loss framing", "fear appeal", "threat in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]

# ---- sentences.tsv
raw = open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8").read()
if "\r" in raw: err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines[-1] == "": lines = lines[:-1]
if lines[0].split("\t") != HEADER: err("bad header: %r" % lines[0])
seen_ids, seen_text, count, chans, tactics = set(), set(), {k: 0 for k in PREFIX}, set(), set()
for n, line in enumerate(lines[1:], 2):
    f = line.split("\t")
    if len(f) != 5: err("line %d: %d fields" % (n, len(f))); continue
    if any(x != x.strip() or not x for x in f): err("line %d: empty or padded field" % n)
    i, text, lab, ch, tac = f
    m = re.fullmatch(r"([pibnf])(\d{3})", i)
    if not m: err("line %d: bad id %r" % (n, i)); continue
    pre = m.group(1); count[pre] += 1
    if int(m.group(2)) != count[pre]: err("line %d: id %s out of sequence" % (n, i))
    if i in seen_ids: err("duplicate id " + i)
    seen_ids.add(i)
    if lab != PREFIX[pre]: err("%s: label %r should be %r" % (i, lab, PREFIX[pre]))
    if ch not in CHANNELS: err("%s: unknown channel %r" % (i, ch))
    chans.add(ch); tactics.add(tac)
    if text.lower() in seen_text: err("%s: duplicate text" % i)
    seen_text.add(text.lower())
for k, v in COUNTS.items():
    if count[k] != v: err("count %s = %d, expected %d" % (k, count[k], v))
total = sum(count.values())
if total != 330: err("total %d != 330" % total)
if (count["n"] + count["f"]) * 3 < total: err("fine is under a third")
if chans != CHANNELS: err("channels missing: %s" % sorted(CHANNELS - chans))
for t in PUSHY + IMPERSONAL:
    if t not in tactics: err("tactic not covered: " + t)

# ---- documents
DOC = os.path.join(HERE, "documents")
docs = sorted(x for x in os.listdir(DOC) if not x.endswith(".tsv"))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]: err("expected one .md, one .html, one .txt document: %s" % docs)
for d in docs:
    name = os.path.splitext(d)[0]
    body = open(os.path.join(DOC, d), encoding="utf-8").read()
    if d.endswith(".md") and not re.match(r"---\n.*?\n---\n", body, re.S): err(d + ": no front matter")
    visible = body
    if d.endswith(".html"):
        visible = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S | re.I)
        visible = re.sub(r"<[^>]+>", " ", visible)
    words = len(visible.split())
    if not 150 <= words <= 500: err("%s: %d words" % (d, words))
    exp, traps = [], []
    for kind, store, hdr in (("expected", exp, ["category", "snippet"]), ("traps", traps, ["snippet"])):
        p = os.path.join(DOC, "%s.%s.tsv" % (name, kind))
        if not os.path.exists(p): err("missing " + p); continue
        rows = open(p, encoding="utf-8").read().rstrip("\n").split("\n")
        if rows[0].split("\t") != hdr: err("%s: bad header" % p)
        for r in rows[1:]:
            f = r.split("\t")
            if len(f) != len(hdr) or not all(f): err("%s: bad row %r" % (p, r)); continue
            if kind == "expected" and f[0] not in ("pushy", "impersonal", "pushy,impersonal"):
                err("%s: bad category %r" % (p, f[0]))
            snip = f[-1]
            if snip not in body: err("%s: snippet not in document: %r" % (p, snip))
            store.append(snip)
    if not exp: err(name + ": no expected snippets")
    if not traps: err(name + ": no traps")
    for t in traps:
        for e in exp:
            if t in e or e in t: err("%s: trap %r overlaps expected %r" % (name, t, e))

# ---- README
rd = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
if "2 December 2026" not in rd: err("README lacks date")

if ERR:
    print("\n".join(ERR)); sys.exit(1)
print("OK")
