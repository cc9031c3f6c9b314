#!/usr/bin/env python3
"""Validate the holdout-12s evaluation batch. Prints OK when every check passes."""
import csv, html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats",
         "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging",
              "form-letter phrases", "grandiose posturing"]
NEAR_MISS = ["deadline with a date and a reason", "stock fact with a reason",
             "guarantee that states its terms",
             "trigger word as a name of a club/venue/product/programme",
             "news and how-to prose", "past-tense story", "only you can decide",
             "there's no rush",
             "pushy language quoted or discussed in varied quote styles",
             "passive voice right in context", "warm personal we",
             "capitals as acronyms, codes or identifiers"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
            "push notifications", "nonprofit appeals", "political email", "real estate",
            "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
            "cancellation and unsubscribe flows", "app-store text", "local services",
            "newsletters", "legal footers"]
QUOTES = set("\"'`“”‘’«»„‚‹›「」『』")
SPEC = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
        ("n", 108, "fine"), ("f", 12, "fine")]

# ---------------------------------------------------------------- sentences.tsv
path = os.path.join(HERE, "sentences.tsv")
try:
    raw = open(path, encoding="utf-8", newline="").read()
except (OSError, UnicodeDecodeError) as e:
    print("FAIL: cannot read sentences.tsv as UTF-8:", e); sys.exit(1)
if "\r" in raw:
    err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if not lines or lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err(f"bad header: {lines[0] if lines else None!r}")
rows = []
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"line {n}: expected 5 fields, got {len(f)}"); continue
    for v in f:
        if not v.strip():
            err(f"line {n}: empty field")
        elif v != v.strip():
            err(f"line {n}: leading/trailing whitespace in {v!r}")
        elif v[0] in QUOTES:
            err(f"line {n}: field starts with a quote character: {v[:20]!r}")
    rows.append(f)

expected_ids = [f"{p}{k:03d}" for p, c, _ in SPEC for k in range(1, c + 1)]
ids = [r[0] for r in rows]
if ids != expected_ids:
    err(f"ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order "
        f"(got {len(ids)} rows)")
texts = [r[1] for r in rows]
dups = [t for t, c in Counter(t.casefold() for t in texts).items() if c > 1]
if dups:
    err(f"duplicated text: {dups[:3]}")

by_prefix = {p: [r for r in rows if r[0].startswith(p)] for p, _, _ in SPEC}
for p, c, lab in SPEC:
    got = by_prefix[p]
    if len(got) != c:
        err(f"{p}: expected {c} rows, got {len(got)}")
    for r in got:
        if r[2] != lab:
            err(f"{r[0]}: label {r[2]!r}, expected {lab!r}")

def check_ordered(prefix, names, lo, hi):
    tacs = [r[4] for r in by_prefix[prefix]]
    for r in by_prefix[prefix]:
        if r[4] not in names:
            err(f"{r[0]}: unknown tactic {r[4]!r}")
    idx = [names.index(t) for t in tacs if t in names]
    if idx != sorted(idx):
        err(f"{prefix}: tactics are not in the guide's order")
    cnt = Counter(tacs)
    for name in names:
        if not lo <= cnt[name] <= hi:
            err(f"{prefix}: {name!r} has {cnt[name]} rows, expected {lo}-{hi}")

check_ordered("p", PUSHY, 6, 7)
check_ordered("i", IMPERSONAL, 11, 12)
check_ordered("n", ["near-miss: " + k for k in NEAR_MISS], 9, 9)

seen_t, seen_f = set(), set()
for r in by_prefix["b"]:
    parts = r[4].split("+")
    if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
        err(f"{r[0]}: bad blended tactic {r[4]!r}"); continue
    seen_t.add(parts[0]); seen_f.add(parts[1])
for t in PUSHY:
    if t not in seen_t: err(f"blended rows miss pushy tactic {t!r}")
for fam in IMPERSONAL:
    if fam not in seen_f: err(f"blended rows miss impersonal family {fam!r}")
for r in by_prefix["f"]:
    if r[4] != "plain":
        err(f"{r[0]}: tactic should be 'plain', got {r[4]!r}")

ch = Counter(r[3] for r in rows)
for r in rows:
    if r[3] not in CHANNELS:
        err(f"{r[0]}: unknown channel {r[3]!r}")
for c in CHANNELS:
    if ch[c] < 8:
        err(f"channel {c!r} used {ch[c]} times (< 8)")
fine = sum(1 for r in rows if r[2] == "fine")
if rows and fine * 3 < len(rows):
    err(f"fine share {fine}/{len(rows)} is below one third")

# ---------------------------------------------------------------- documents
DOCS = os.path.join(HERE, "documents")

def prose_md(text):
    m = re.match(r"^---\n.*?\n---\n", text, re.S)
    if not m:
        err("landing-page.md: no YAML front matter")
    else:
        text = text[m.end():]
    if not re.search(r"^```", text, re.M):
        err("landing-page.md: no code block")
    text = re.sub(r"^```.*?^```[^\n]*$", "", text, flags=re.S | re.M)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+", "", text, flags=re.M)
    text = re.sub(r"[*_`]{1,3}", "", text)
    return text

BLOCK = r"</?(p|div|h[1-6]|li|ul|ol|tr|td|table|br|section|header|footer)\b[^>]*>"
def prose_html(text):
    for need, what in ((r'class="', "CSS classes"), (r"<a\s[^>]*href=", "links"),
                       (r"\{\{\w+\}\}|\*\|\w+\|\*", "merge tags"), (r"<style", "a style block")):
        if not re.search(need, text):
            err(f"HTML email lacks {what}")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<(head|style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
    text = re.sub(BLOCK, "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)

META = re.compile(r"^\s*(#|\[|---|[a-z][a-z0-9_]*:\s)")
def prose_txt(text):
    meta = [l for l in text.splitlines() if META.match(l)]
    if len(meta) < 5:
        err("SMS schedule has fewer than 5 metadata lines")
    return "\n".join(l for l in text.splitlines() if l.strip() and not META.match(l))

def count(prose):
    words = [w for w in prose.split() if re.search(r"\w", w)]
    sents = 0
    for line in prose.splitlines():
        for seg in re.split(r"(?<=[.!?…])[\"'”’)]*\s+", line.strip()):
            if re.search(r"\w", seg):
                sents += 1
    return len(words), sents

def read_tsv(p, header):
    try:
        data = open(p, encoding="utf-8", newline="").read()
    except OSError as e:
        err(f"missing {os.path.basename(p)}: {e}"); return []
    ls = [l for l in data.split("\n") if l != ""]
    if not ls or ls[0] != header:
        err(f"{os.path.basename(p)}: bad header {ls[0] if ls else None!r}"); return []
    out = []
    for l in ls[1:]:
        f = l.split("\t")
        if len(f) != header.count("\t") + 1 or not all(x for x in f):
            err(f"{os.path.basename(p)}: malformed line {l!r}"); continue
        out.append(f)
    return out

def spans(doc, s):
    out, i = [], doc.find(s)
    while i != -1:
        out.append((i, i + len(s))); i = doc.find(s, i + 1)
    return out

try:
    files = sorted(os.listdir(DOCS))
except OSError:
    files = []; err("documents/ directory missing")
bodies = [f for f in files if not f.endswith(".tsv")]
kinds = {"md": [f for f in bodies if f == "landing-page.md"],
         "html": [f for f in bodies if f.endswith(".html")],
         "txt": [f for f in bodies if f.endswith(".txt")]}
for k, fs in kinds.items():
    if len(fs) != 1:
        err(f"expected exactly one {k} document, found {fs}")
if len(bodies) != 3:
    err(f"expected 3 documents, found {bodies}")
doc_stats = {}
for name in bodies:
    doc = open(os.path.join(DOCS, name), encoding="utf-8").read()
    ext = name.rsplit(".", 1)[-1]
    prose = {"md": prose_md, "html": prose_html, "txt": prose_txt}.get(ext, lambda t: t)(doc)
    w, s = count(prose)
    if not 150 <= w <= 500: err(f"{name}: {w} prose words (need 150-500)")
    if not 25 <= s <= 45: err(f"{name}: {s} sentences (need 25-45)")
    stem = name.rsplit(".", 1)[0]
    exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
    trp = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
    if not 6 <= len(exp) <= 10: err(f"{name}: {len(exp)} expected snippets (need 6-10)")
    cats = Counter(c for c, _ in exp)
    for c, _ in exp:
        if c not in ("pushy", "impersonal"): err(f"{name}: bad category {c!r}")
    if not (cats["pushy"] and cats["impersonal"]):
        err(f"{name}: expected snippets must mix pushy and impersonal")
    if not 12 <= len(trp) <= 20: err(f"{name}: {len(trp)} traps (want about 15)")
    exp_spans = []
    for c, snip in exp:
        sp = spans(doc, snip)
        if not sp: err(f"{name}: expected snippet not found: {snip!r}")
        exp_spans += sp
    for (snip,) in trp:
        sp = spans(doc, snip)
        if not sp: err(f"{name}: trap not found: {snip!r}")
        for a, b in sp:
            for x, y in exp_spans:
                if a < y and x < b:
                    err(f"{name}: trap {snip!r} overlaps an expected snippet")
        for _, e in exp:
            if snip in e or e in snip:
                err(f"{name}: trap {snip!r} and expected {e!r} contain one another")
    snips = [s for _, s in exp] + [t for (t,) in trp]
    if len(snips) != len(set(snips)):
        err(f"{name}: duplicated snippet")
    doc_stats[name] = (w, s, cats["pushy"], cats["impersonal"], len(trp))

if "-v" in sys.argv:
    print("channels:", dict(sorted(ch.items(), key=lambda x: -x[1])))
    for k, v in doc_stats.items():
        print(k, "words=%d sentences=%d pushy=%d impersonal=%d traps=%d" % v)
if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
