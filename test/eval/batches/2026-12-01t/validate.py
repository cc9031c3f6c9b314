#!/usr/bin/env python3
"""Validate the holdout-12t evaluation batch. Prints OK when every check passes."""
import csv, html, os, re, sys
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
NEAR = ["deadline with a date and a reason", "stock fact with a reason", "guarantee that states its terms",
        "trigger word as a name of a club/venue/product/programme", "news and how-to prose", "past-tense story",
        "only you can decide", "there's no rush", "pushy language quoted or discussed in varied quote styles",
        "passive voice right in context", "warm personal we", "capitals as acronyms, codes or identifiers"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
QUOTES = "\"'“”‘’«»„‚`"
HEADER = ["id", "text", "labels", "channel", "tactic"]
SPEC = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
        "n": (108, "fine"), "f": (12, "fine")}

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, encoding="utf-8").read()
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if "\r" in raw:
    err("sentences.tsv contains carriage returns")
if lines[0].split("\t") != HEADER:
    err(f"bad header: {lines[0]!r}")
rows = []
for n, line in enumerate(lines[1:], 2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"line {n}: {len(f)} fields")
        continue
    for v in f:
        if not v.strip():
            err(f"line {n}: empty field")
        elif v[0] in QUOTES:
            err(f"line {n}: field starts with a quote character: {v[:20]!r}")
        elif v != v.strip():
            err(f"line {n}: leading/trailing whitespace")
    rows.append(dict(zip(HEADER, f)))
if len(rows) != 330:
    err(f"expected 330 rows, got {len(rows)}")

# ids in order
expected_ids = [f"{p}{i:03d}" for p in "pibnf" for i in range(1, SPEC[p][0] + 1)]
if [r["id"] for r in rows] != expected_ids:
    err("ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
by = {p: [r for r in rows if r["id"][:1] == p] for p in SPEC}
for p, (cnt, lab) in SPEC.items():
    if len(by[p]) != cnt:
        err(f"{p}: expected {cnt} rows, got {len(by[p])}")
    for r in by[p]:
        if r["labels"] != lab:
            err(f"{r['id']}: labels {r['labels']!r} should be {lab!r}")

def check_blocks(rs, names, lo, hi, what):
    seq = [r["tactic"] for r in rs]
    for r in rs:
        if r["tactic"] not in names:
            err(f"{r['id']}: unknown {what} {r['tactic']!r}")
    # contiguous blocks in guide order
    order = []
    for t in seq:
        if not order or order[-1] != t:
            order.append(t)
    if order != names:
        err(f"{what}s not in guide order / not contiguous: {order}")
    c = Counter(seq)
    for nme in names:
        if not lo <= c[nme] <= hi:
            err(f"{what} {nme!r}: {c[nme]} rows, want {lo}-{hi}")

check_blocks(by["p"], PUSHY, 6, 7, "tactic")
check_blocks(by["i"], IMPERSONAL, 11, 12, "family")
check_blocks(by["n"], ["near-miss: " + k for k in NEAR], 9, 9, "near-miss kind")
for r in by["f"]:
    if r["tactic"] != "plain":
        err(f"{r['id']}: tactic should be 'plain'")
seen_t, seen_f = set(), set()
for r in by["b"]:
    parts = r["tactic"].split("+")
    if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
        err(f"{r['id']}: bad combined tactic {r['tactic']!r}")
        continue
    seen_t.add(parts[0]); seen_f.add(parts[1])
if seen_t != set(PUSHY):
    err(f"combined rows miss tactics: {set(PUSHY) - seen_t}")
if seen_f != set(IMPERSONAL):
    err(f"combined rows miss families: {set(IMPERSONAL) - seen_f}")

ch = Counter(r["channel"] for r in rows)
for r in rows:
    if r["channel"] not in CHANNELS:
        err(f"{r['id']}: unknown channel {r['channel']!r}")
for c in CHANNELS:
    if ch[c] < 8:
        err(f"channel {c!r}: only {ch[c]} rows")
fine = sum(1 for r in rows if r["labels"] == "fine")
if fine * 3 < len(rows):
    err(f"fine share {fine}/{len(rows)} is below one third")
texts = Counter(r["text"] for r in rows)
for t, k in texts.items():
    if k > 1:
        err(f"duplicate text: {t!r}")
norm = Counter(re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows)
for t, k in norm.items():
    if k > 1:
        err(f"near-duplicate text (case/punctuation only): {t!r}")

# ---------- documents ----------
def prose_md(s):
    s = re.sub(r"\A---\n.*?\n---\n", "", s, flags=re.S)
    s = re.sub(r"```.*?```", "", s, flags=re.S)
    s = re.sub(r"`[^`]*`", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"^#+\s*", "", s, flags=re.M)
    return s

def prose_html(s):
    s = re.sub(r"<(style|script|head)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"</(p|h\d|div|li)>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)

def prose_txt(s):
    return "\n".join(l[len("text:"):].strip() for l in s.splitlines() if l.startswith("text:"))

def count(prose):
    words = [w for w in prose.split() if re.search(r"\w", w)]
    pieces = re.split(r"(?<=[.!?])\s+|\n+", prose)
    sents = [p for p in pieces if re.search(r"[A-Za-z]{2}", p)]
    return len(words), len(sents)

def occurrences(doc, snip):
    out, i = [], doc.find(snip)
    while i != -1:
        out.append((i, i + len(snip)))
        i = doc.find(snip, i + 1)
    return out

def read_tsv(p, header):
    ls = open(p, encoding="utf-8").read().split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    if ls[0] != "\t".join(header):
        err(f"{os.path.basename(p)}: bad header {ls[0]!r}")
    out = []
    for n, l in enumerate(ls[1:], 2):
        f = l.split("\t")
        if len(f) != len(header) or any(not x for x in f):
            err(f"{os.path.basename(p)} line {n}: bad row {l!r}")
            continue
        out.append(f)
    return out

docdir = os.path.join(HERE, "documents")
names = sorted(os.listdir(docdir))
docs = [n for n in names if not n.endswith(".tsv")]
kinds = {"md": prose_md, "html": prose_html, "txt": prose_txt}
if len(docs) != 3 or "landing-page.md" not in docs or sorted(n.rsplit(".", 1)[1] for n in docs) != ["html", "md", "txt"]:
    err(f"documents/ should hold landing-page.md, one .html and one .txt; found {docs}")
doc_stats = {}
for d in docs:
    stem, ext = d.rsplit(".", 1)
    text = open(os.path.join(docdir, d), encoding="utf-8").read()
    if ext == "md":
        if not text.startswith("---\n") or not re.search(r"\A---\n.*?\n---\n", text, re.S):
            err(f"{d}: no YAML front matter")
        if "```" not in text:
            err(f"{d}: no code block")
    if ext == "html":
        if 'class="' not in text or "<a " not in text or "{{" not in text:
            err(f"{d}: needs CSS classes, links and merge tags")
    if ext == "txt":
        if not re.search(r"^#\s*\w+:", text, re.M):
            err(f"{d}: no metadata lines")
    w, s = count(kinds[ext](text))
    if not 150 <= w <= 500:
        err(f"{d}: {w} prose words (want 150-500)")
    if not 25 <= s <= 45:
        err(f"{d}: {s} sentences (want 25-45)")
    exp = read_tsv(os.path.join(docdir, stem + ".expected.tsv"), ["category", "snippet"])
    traps = read_tsv(os.path.join(docdir, stem + ".traps.tsv"), ["snippet"])
    if not 6 <= len(exp) <= 10:
        err(f"{d}: {len(exp)} expected snippets (want 6-10)")
    cats = Counter(c for c, _ in exp)
    if set(cats) != {"pushy", "impersonal"}:
        err(f"{d}: expected categories must mix pushy and impersonal, got {dict(cats)}")
    if not 12 <= len(traps) <= 18:
        err(f"{d}: {len(traps)} traps (want about 15)")
    spans = []
    for c, sn in exp:
        o = occurrences(text, sn)
        if not o:
            err(f"{d}: expected snippet not found: {sn!r}")
        spans += o
    for (t,) in traps:
        o = occurrences(text, t)
        if not o:
            err(f"{d}: trap not found: {t!r}")
        for a, b in o:
            for x, y in spans:
                if a < y and x < b:
                    err(f"{d}: trap {t!r} overlaps an expected snippet")
        for c, sn in exp:
            if t in sn or sn in t:
                err(f"{d}: trap {t!r} and expected {sn!r} contain one another")
    if len({sn for _, sn in exp}) != len(exp) or len({t for (t,) in traps}) != len(traps):
        err(f"{d}: duplicate snippets")
    doc_stats[d] = (w, s, len(exp), dict(cats), len(traps))

if "--stats" in sys.argv:
    for d, v in doc_stats.items():
        print(d, v)
    print(dict(ch))
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
