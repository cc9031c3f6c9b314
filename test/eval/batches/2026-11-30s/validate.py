#!/usr/bin/env python3
"""Validate the holdout-s evaluation batch. Prints OK when everything passes."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = ["id", "text", "labels", "channel", "tactic"]
LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
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
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
QUOTES = "\"'`\u201c\u201d\u2018\u2019\u201a\u201e\u00ab\u00bb\u2039\u203a"

errors = []
def err(msg):
    errors.append(msg)

def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    if not raw.endswith(b"\n"):
        err(f"{path}: no final newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return raw.decode("utf-8", "replace")

def read_tsv(path, header):
    lines = read_text(path).rstrip("\n").split("\n")
    if lines[0].split("\t") != header:
        err(f"{path}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        f = line.split("\t")
        if len(f) != len(header):
            err(f"{path}:{n}: {len(f)} fields, expected {len(header)}")
            continue
        for v in f:
            if v == "" or v != v.strip():
                err(f"{path}:{n}: empty field or stray whitespace: {v!r}")
            elif v[0] in QUOTES:
                err(f"{path}:{n}: field starts with a quotation mark: {v!r}")
        rows.append(f)
    return rows

# ---------- sentences.tsv ----------
rows = read_tsv(os.path.join(HERE, "sentences.tsv"), HEADER)
seen_ids, seen_texts = set(), set()
by_prefix = collections.defaultdict(list)
tactics = collections.Counter()
channels = collections.Counter()
for rid, text, labels, channel, tactic in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m:
        err(f"bad id {rid!r}")
        continue
    if rid in seen_ids:
        err(f"duplicate id {rid}")
    seen_ids.add(rid)
    key = re.sub(r"\W+", " ", text.lower()).strip()
    if key in seen_texts:
        err(f"{rid}: duplicate text")
    seen_texts.add(key)
    p = m.group(1)
    by_prefix[p].append(int(m.group(2)))
    if labels not in LABELS:
        err(f"{rid}: invalid labels {labels!r}")
    if labels != PREFIX[p]:
        err(f"{rid}: labels {labels!r} do not match prefix {p!r}")
    if channel not in CHANNELS:
        err(f"{rid}: invalid channel {channel!r}")
    channels[channel] += 1
    if p == "p" and tactic not in PUSHY:
        err(f"{rid}: {tactic!r} is not a pushy tactic")
    elif p == "i" and tactic not in IMPERSONAL:
        err(f"{rid}: {tactic!r} is not an impersonal family")
    elif p == "b":
        parts = tactic.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{rid}: {tactic!r} is not 'pushy tactic+impersonal family'")
    elif p == "n" and tactic != "near-miss":
        err(f"{rid}: near-miss rows need tactic 'near-miss'")
    elif p == "f" and tactic != "plain":
        err(f"{rid}: plain fine rows need tactic 'plain'")
    tactics[tactic] += 1
    if len(text.split()) < 2:
        err(f"{rid}: text too short")

for p, nums in by_prefix.items():
    if nums != list(range(1, len(nums) + 1)):
        err(f"ids with prefix {p!r} are not consecutive from 001 in file order")
for p, want in EXPECTED_COUNTS.items():
    if len(by_prefix[p]) != want:
        err(f"{PREFIX[p]} ({p}…): {len(by_prefix[p])} rows, expected {want}")
fine = len(by_prefix["n"]) + len(by_prefix["f"])
if fine != 120:
    err(f"fine rows: {fine}, expected 120")
if len(by_prefix["n"]) < 108:
    err(f"near-misses: {len(by_prefix['n'])}, expected at least 108")
if len(rows) != 330:
    err(f"{len(rows)} rows, expected 330")
if fine * 3 < len(rows):
    err("fine rows are less than a third of the batch")
for c in CHANNELS:
    if channels[c] == 0:
        err(f"channel {c!r} unused")
for t in PUSHY + IMPERSONAL:
    if tactics[t] < 5:
        err(f"{t!r}: only {tactics[t]} rows (want at least 5)")

# ---------- documents ----------
def visible_text(name, src):
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", src, re.S)
        if not m:
            err(f"{name}: no YAML front matter")
            return src
        return re.sub(r"\]\([^)]*\)", "]", src[m.end():])
    if name.endswith(".html"):
        body = re.sub(r"(?is)<head>.*?</head>", " ", src)
        body = re.sub(r"(?s)<[^>]+>", " ", body)
        return body.replace("&amp;", "&")
    return src

def count_sentences(text):
    text = re.sub(r"(?m)^\s*#+\s.*$", lambda m: m.group(0) + ".", text)   # headings/comments
    parts = re.split(r"(?<=[.!?])[\"'’”)]*\s+|\n\s*\n|\n(?=\d{4}-\d\d-\d\d)", text)
    return sum(1 for s in parts if len(re.findall(r"\w+", s)) >= 2)

doc_names = sorted(f for f in os.listdir(DOCS)
                   if not f.endswith(".tsv") and os.path.isfile(os.path.join(DOCS, f)))
kinds = {os.path.splitext(f)[1] for f in doc_names}
if len(doc_names) != 3 or kinds != {".md", ".html", ".txt"}:
    err(f"documents/: expected one .md, one .html and one .txt document, found {doc_names}")
doc_stats = {}
for name in doc_names:
    path = os.path.join(DOCS, name)
    src = read_text(path)
    stem = os.path.splitext(name)[0]
    exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
    traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
    cats = collections.Counter()
    for cat, snip in exp:
        cats[cat] += 1
        if cat not in ("pushy", "impersonal"):
            err(f"{stem}.expected.tsv: bad category {cat!r}")
        if snip not in src:
            err(f"{stem}.expected.tsv: snippet not verbatim in document: {snip!r}")
    for (snip,) in traps:
        if snip not in src:
            err(f"{stem}.traps.tsv: snippet not verbatim in document: {snip!r}")
        for _, e in exp:
            if snip in e or e in snip:
                err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
    if not cats["pushy"] or not cats["impersonal"]:
        err(f"{stem}: expected.tsv should contain both categories")
    if not traps:
        err(f"{stem}: no traps")
    vis = visible_text(name, src)
    words = len(re.findall(r"[\w£$%'’-]+", vis))
    sents = count_sentences(vis)
    if not 150 <= words <= 500:
        err(f"{name}: {words} visible words, expected 150-500")
    if not 25 <= sents <= 45:
        err(f"{name}: about {sents} sentences, expected 25-45")
    doc_stats[name] = (words, sents, cats["pushy"], cats["impersonal"], len(traps))
    if name.endswith(".html") and not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", src):
        err(f"{name}: no merge tags")
    if name.endswith(".html") and 'class="' not in src:
        err(f"{name}: no CSS classes")

if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)

if "-v" in sys.argv:
    print("rows:", len(rows), {PREFIX[p] + f" ({p})": len(v) for p, v in sorted(by_prefix.items())})
    for c in CHANNELS:
        print(f"  channel {c}: {channels[c]}")
    for t, n in sorted(tactics.items(), key=lambda x: (-x[1], x[0])):
        print(f"  tactic {t}: {n}")
    for d, (w, s, p, i, t) in doc_stats.items():
        print(f"  {d}: {w} words, ~{s} sentences, expected {p} pushy + {i} impersonal, {t} traps")
print("OK")
