#!/usr/bin/env python3
"""Format checks for the holdout-l evaluation batch. Prints OK or a list of problems."""
import csv, html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate", "fitness",
    "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services", "newsletters", "legal footers"]
PUSHY_TACTICS = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees", "assumptive close",
    "manufactured need", "shouting"]
IMPERSONAL_FAMILIES = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20, "n": 110, "f": 10}
TOTAL = 330

def read_strict(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})"); return None
    if raw.startswith(b"\xef\xbb\xbf"): err(f"{path}: has a BOM")
    if b"\r" in raw: err(f"{path}: contains CR; LF line endings only")
    if not text.endswith("\n"): err(f"{path}: no final newline")
    return text

def read_tsv(path, header):
    text = read_strict(path)
    if text is None: return []
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{path}: header must be {header!r}, got {lines[0] if lines else ''!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path}:{n}: expected {len(header)} fields, got {len(fields)}"); continue
        for f in fields:
            if f != f.strip() or not f: err(f"{path}:{n}: empty field or stray whitespace: {f!r}")
            if f.startswith('"'): err(f"{path}:{n}: field starts with a quote (would be read as CSV quoting)")
        rows.append(dict(zip(header, fields), _line=n))
    # cross-check with the csv module, quoting disabled
    with open(path, encoding="utf-8", newline="") as fh:
        parsed = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if len(parsed) - 1 != len(rows): err(f"{path}: csv module sees {len(parsed)-1} rows, split sees {len(rows)}")
    return rows

# ---------- sentences.tsv ----------
spath = os.path.join(HERE, "sentences.tsv")
rows = read_tsv(spath, ["id", "text", "labels", "channel", "tactic"])
ids, texts = Counter(), Counter()
per_prefix = Counter(); labels = Counter(); channels = Counter(); tactics = Counter()
numbers = {}
for r in rows:
    n = r["_line"]; rid = r["id"]
    ids[rid] += 1; texts[r["text"].lower()] += 1
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m: err(f"line {n}: bad id {rid!r}"); continue
    pre, num = m.group(1), int(m.group(2))
    numbers.setdefault(pre, []).append(num)
    per_prefix[pre] += 1
    lab = r["labels"]; labels[lab] += 1
    if lab not in LABELS: err(f"line {n}: bad label {lab!r}")
    if PREFIX[pre] != lab: err(f"line {n}: id {rid} needs label {PREFIX[pre]!r}, got {lab!r}")
    if r["channel"] not in CHANNELS: err(f"line {n}: channel {r['channel']!r} not in the guide")
    channels[r["channel"]] += 1
    t = r["tactic"]
    if pre == "p":
        if t not in PUSHY_TACTICS: err(f"line {n}: pushy tactic {t!r} not in the guide")
        tactics[t] += 1
    elif pre == "i":
        if t not in IMPERSONAL_FAMILIES: err(f"line {n}: impersonal family {t!r} not in the guide")
        tactics[t] += 1
    elif pre == "b":
        parts = t.split(" + ")
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"line {n}: mixed row tactic must be 'pushy tactic + impersonal family', got {t!r}")
        else:
            tactics[parts[0]] += 1; tactics[parts[1]] += 1
    elif pre == "n" and t != "near-miss": err(f"line {n}: near-miss rows need tactic 'near-miss'")
    elif pre == "f" and t != "plain": err(f"line {n}: plain fine rows need tactic 'plain'")
    if len(r["text"]) < 8: err(f"line {n}: text suspiciously short")

for rid, c in ids.items():
    if c > 1: err(f"duplicate id {rid}")
for t, c in texts.items():
    if c > 1: err(f"duplicate text: {t[:60]!r}")
for pre, nums in numbers.items():
    if sorted(nums) != list(range(1, len(nums) + 1)): err(f"ids with prefix {pre} are not numbered 1..{len(nums)}")
if len(rows) != TOTAL: err(f"expected {TOTAL} rows, got {len(rows)}")
for pre, want in EXPECTED_COUNTS.items():
    if per_prefix[pre] != want: err(f"expected {want} rows with prefix {pre}, got {per_prefix[pre]}")
if per_prefix["n"] < 108: err("need at least 108 near-misses")
if labels["fine"] * 3 < len(rows): err("fine rows must be at least a third of the batch")
for ch in CHANNELS:
    if channels[ch] == 0: err(f"channel {ch!r} not covered")
for t in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
    if tactics[t] < 5: err(f"tactic/family {t!r} has only {tactics[t]} rows")

# ---------- documents ----------
ddir = os.path.join(HERE, "documents")
docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]: err(f"documents/ should hold one .md, one .html and one .txt, got {docs}")

def visible_text(name, text):
    if name.endswith(".md"):
        if not re.match(r"---\n.*?\n---\n", text, re.S): err(f"{name}: no YAML front matter")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
    if name.endswith(".html"):
        text = re.sub(r"<(head|style)\b.*?</\1>", "", text, flags=re.S)
        text = re.sub(r'<span class="preheader".*?</span>', "", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    return text

def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        if not re.search(r"[A-Za-z]", line): continue
        n += max(1, len(re.findall(r"[.!?]+(?=[\s\"'”’)]|$)", line)))
    return n

for d in docs:
    path = os.path.join(ddir, d)
    text = read_strict(path)
    if text is None: continue
    stem = os.path.splitext(d)[0]
    vis = visible_text(d, text)
    words = len(re.findall(r"[\w£$€%'’-]+", vis))
    sents = count_sentences(vis)
    if not 150 <= words <= 500: err(f"{d}: {words} words, want 150-500")
    if not 25 <= sents <= 45: err(f"{d}: {sents} sentences, want 25-45")
    if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", text): err(f"{d}: no merge tags")
    if d.endswith(".html") and "*|" not in text: err(f"{d}: HTML email should use *|TAG|* merge tags")
    exp = read_tsv(os.path.join(ddir, stem + ".expected.tsv"), ["category", "snippet"])
    traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"), ["snippet"])
    cats = Counter()
    for r in exp:
        cats[r["category"]] += 1
        if r["category"] not in ("pushy", "impersonal"): err(f"{stem}.expected.tsv:{r['_line']}: bad category {r['category']!r}")
        if r["snippet"] not in text: err(f"{stem}.expected.tsv:{r['_line']}: snippet not verbatim in {d}: {r['snippet']!r}")
    if not (cats["pushy"] and cats["impersonal"]): err(f"{stem}: expected.tsv should have both categories")
    if not traps: err(f"{stem}: no traps")
    for r in traps:
        s = r["snippet"]
        if s not in text: err(f"{stem}.traps.tsv:{r['_line']}: snippet not verbatim in {d}: {s!r}")
        for e in exp:
            if s in e["snippet"] or e["snippet"] in s:
                err(f"{stem}: trap {s!r} overlaps expected snippet {e['snippet']!r}")
    print(f"  {d}: {words} words, {sents} sentences, {len(exp)} expected "
          f"({cats['pushy']} pushy, {cats['impersonal']} impersonal), {len(traps)} traps")

print(f"  sentences.tsv: {len(rows)} rows; " + ", ".join(f"{k}={v}" for k, v in sorted(labels.items()))
      + f"; near-miss={per_prefix['n']}, plain={per_prefix['f']}; {len(channels)} channels")
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK")
