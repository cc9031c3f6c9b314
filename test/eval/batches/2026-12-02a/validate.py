#!/usr/bin/env python3
"""Validate the holdout batch in this directory (sentences.tsv + documents/). Prints OK when all checks pass."""
import html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
HEADER = ["id", "text", "labels", "channel", "tactic"]
RANGES = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"), ("n", 108, "fine"), ("f", 12, "fine")]

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, "rb").read()
if b"\r" in raw: err("sentences.tsv contains carriage returns")
lines = raw.decode("utf-8").split("\n")
if lines and lines[-1] == "": lines.pop()
if lines[0].split("\t") != HEADER: err(f"bad header: {lines[0]!r}")
rows = []
for n, line in enumerate(lines[1:], 2):
    f = line.split("\t")
    if len(f) != 5: err(f"line {n}: {len(f)} fields (tab or line break inside a field?)"); continue
    if any(x != x.strip() or not x for x in f): err(f"line {n}: empty or padded field")
    rows.append(dict(zip(HEADER, f)))
if len(rows) != 330: err(f"expected 330 rows, got {len(rows)}")

expected_ids = [f"{p}{k:03d}" for p, cnt, _ in RANGES for k in range(1, cnt + 1)]
got_ids = [r["id"] for r in rows]
if got_ids != expected_ids: err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
for t, c in Counter(r["text"] for r in rows).items():
    if c > 1: err(f"duplicate text: {t!r}")

label_for = {p: lab for p, _, lab in RANGES}
for r in rows:
    pre = r["id"][0]
    if r["labels"] != label_for.get(pre): err(f"{r['id']}: label {r['labels']!r}, want {label_for.get(pre)!r}")
    if r["channel"] not in CHANNELS: err(f"{r['id']}: unknown channel {r['channel']!r}")

def check_block(prefix, names, lo, hi, what):
    seq = [r["tactic"] for r in rows if r["id"].startswith(prefix)]
    for t in seq:
        if t not in names: err(f"{prefix}: unknown {what} {t!r}")
    cnt = Counter(seq)
    for name in names:
        if not lo <= cnt[name] <= hi: err(f"{what} {name!r}: {cnt[name]} rows, want {lo}-{hi}")
    idx = [names.index(t) for t in seq if t in names]
    if idx != sorted(idx): err(f"{prefix} rows are not in the guide's table order")
check_block("p", PUSHY, 6, 7, "tactic")
check_block("i", IMPERSONAL, 11, 12, "family")

for r in rows:
    if r["id"].startswith("b"):
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{r['id']}: bad combined tactic {r['tactic']!r}")
near = Counter()
for r in rows:
    if r["id"].startswith("n"):
        if not r["tactic"].startswith("near-miss: "): err(f"{r['id']}: tactic must start 'near-miss: '")
        else: near[r["tactic"]] += 1
    if r["id"].startswith("f") and r["tactic"] != "plain": err(f"{r['id']}: tactic must be 'plain'")
if len(near) != 12 or any(v != 9 for v in near.values()): err(f"near-misses must be 12 kinds x 9, got {dict(near)}")

ch = Counter(r["channel"] for r in rows)
for c in CHANNELS:
    if ch[c] < 8: err(f"channel {c!r}: only {ch[c]} rows")
fine = sum(r["labels"] == "fine" for r in rows)
if fine * 3 < len(rows): err(f"fine rows {fine} are under a third")

# ---------- documents ----------
DOC = os.path.join(HERE, "documents")
def prose(name, text):
    if name.endswith(".md"):
        m = re.match(r"^---\n.*?\n---\n", text, re.S)
        if not m: err(f"{name}: no YAML front matter")
        else: text = text[m.end():]
        fences = re.findall(r"^```", text, re.M)
        if len(fences) != 2: err(f"{name}: want exactly one fenced code block, found {len(fences)//2}")
        text = re.sub(r"^```.*?^```\s*$", "", text, flags=re.S | re.M)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"[#*_>]", " ", text)
    elif name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", "", text, flags=re.S)
        text = re.sub(r'<div class="preheader".*?</div>', "", text, flags=re.S)
        text = re.sub(r"<br\s*/?>", " ", text)
        text = re.sub(r"</(p|h\d|div|td|li)>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text
def count(text):
    words = len(text.split())
    sents = 0
    for line in text.split("\n"):
        for frag in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(re.findall(r"[A-Za-z]", frag)) >= 3: sents += 1
    return words, sents

docs = sorted(f for f in os.listdir(DOC) if not f.endswith(".tsv"))
kinds = {".md": 0, ".html": 0, ".txt": 0}
for d in docs:
    ext = os.path.splitext(d)[1]
    if ext not in kinds: err(f"unexpected file {d}"); continue
    kinds[ext] += 1
    text = open(os.path.join(DOC, d), encoding="utf-8").read()
    if ext == ".md" and not d.endswith("-landing.md"): err(f"{d}: landing page should be named <business>-landing.md")
    if ext == ".html":
        if not d.endswith("-email.html"): err(f"{d}: should be named <business>-email.html")
        if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\w+\}\}", text): err(f"{d}: no merge tags")
        if "href=" not in text: err(f"{d}: no links")
    if ext == ".txt" and not d.endswith("-sms.txt"): err(f"{d}: should be named <business>-sms.txt")
    w, s = count(prose(d, text))
    print(f"{d}: {w} words, {s} sentences")
    if not 150 <= w <= 500: err(f"{d}: {w} words, want 150-500")
    if not 25 <= s <= 45: err(f"{d}: {s} sentences, want 25-45")
    stem = os.path.splitext(d)[0]
    for suffix, header, lo, hi in ((".expected.tsv", ["category", "snippet"], 6, 10), (".traps.tsv", ["snippet"], 12, 18)):
        p = os.path.join(DOC, stem + suffix)
        if not os.path.exists(p): err(f"missing {stem + suffix}"); continue
        tl = open(p, encoding="utf-8").read().split("\n")
        if tl and tl[-1] == "": tl.pop()
        if tl[0].split("\t") != header: err(f"{stem + suffix}: bad header {tl[0]!r}")
        body = tl[1:]
        if not lo <= len(body) <= hi: err(f"{stem + suffix}: {len(body)} rows, want {lo}-{hi}")
        for line in body:
            f = line.split("\t")
            if len(f) != len(header): err(f"{stem + suffix}: bad row {line!r}"); continue
            if suffix == ".expected.tsv" and f[0] not in ("pushy", "impersonal"): err(f"{stem + suffix}: bad category {f[0]!r}")
            snip = f[-1]
            if not snip.strip(): err(f"{stem + suffix}: empty snippet")
            elif snip not in text: err(f"{stem + suffix}: snippet not in document: {snip!r}")
for ext, n in kinds.items():
    if n != 1: err(f"want exactly one {ext} document, found {n}")

print(f"{len(rows)} rows; labels {dict(Counter(r['labels'] for r in rows))}; min channel count {min(ch[c] for c in CHANNELS)}")
if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
