#!/usr/bin/env python3
"""Validate the holdout-12p evaluation batch. Prints OK when every check passes."""
import csv, html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

# Names copied from the labelling guide, in the guide's order.
PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
FAMILIES = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
            "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
NEAR_KINDS = ["deadline with a date and a reason", "stock fact with a reason", "guarantee that states its terms",
              "names of clubs, venues, products and programmes", "news and how-to prose", "past-tense story",
              "only you can decide", "there's no rush", "pushy language quoted or discussed",
              "passive voice right in context", "warm personal we", "capitals as acronyms, codes or identifiers"]
QUOTES = "\"'`‘’“”«»„‚‹›"
HEADER = ["id", "text", "labels", "channel", "tactic"]

# ---------------------------------------------------------------- sentences.tsv
path = os.path.join(HERE, "sentences.tsv")
rows = []
with open(path, encoding="utf-8", newline="") as f:
    raw = f.read()
if "\r" in raw:
    err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if not lines or lines[0].split("\t") != HEADER:
    err(f"bad header: {lines[0] if lines else None!r}")
for ln, line in enumerate(lines[1:], start=2):
    parts = line.split("\t")
    if len(parts) != 5:
        err(f"line {ln}: expected 5 fields, got {len(parts)}")
        continue
    for name, v in zip(HEADER, parts):
        if not v.strip():
            err(f"line {ln}: empty field {name}")
        elif v[0] in QUOTES:
            err(f"line {ln}: field {name} starts with a quote character")
        if v != v.strip():
            err(f"line {ln}: field {name} has leading/trailing whitespace")
    rows.append(dict(zip(HEADER, parts)))

if len(rows) != 330:
    err(f"expected 330 rows, got {len(rows)}")

expected_ids = ([f"p{i:03d}" for i in range(1, 111)] + [f"i{i:03d}" for i in range(1, 81)] +
                [f"b{i:03d}" for i in range(1, 21)] + [f"n{i:03d}" for i in range(1, 109)] +
                [f"f{i:03d}" for i in range(1, 13)])
ids = [r["id"] for r in rows]
if ids != expected_ids:
    err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")

LABEL_FOR = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
for r in rows:
    want = LABEL_FOR.get(r["id"][:1])
    if r["labels"] != want:
        err(f"{r['id']}: labels {r['labels']!r}, want {want!r}")
    if r["channel"] not in CHANNELS:
        err(f"{r['id']}: unknown channel {r['channel']!r}")

def check_blocks(prefix, names, lo, hi, total, transform=lambda t: t):
    seq = [transform(r["tactic"]) for r in rows if r["id"].startswith(prefix)]
    if len(seq) != total:
        err(f"{prefix}: {len(seq)} rows, want {total}")
    # contiguous blocks in the given order
    blocks = []
    for t in seq:
        if blocks and blocks[-1][0] == t:
            blocks[-1][1] += 1
        else:
            blocks.append([t, 1])
    order = [b[0] for b in blocks]
    if order != names:
        err(f"{prefix}: tactics not in guide order / not contiguous: {order}")
    for t, c in blocks:
        if not lo <= c <= hi:
            err(f"{prefix}: {t!r} has {c} rows, want {lo}-{hi}")

check_blocks("p", PUSHY, 6, 7, 110)
check_blocks("i", FAMILIES, 11, 12, 80)
NEAR_PREFIX = "near-miss: "
def strip_near(t):
    if not t.startswith(NEAR_PREFIX):
        err(f"near-miss tactic without prefix: {t!r}")
        return t
    return t[len(NEAR_PREFIX):]
check_blocks("n", NEAR_KINDS, 9, 9, 108, strip_near)

seen_t, seen_f = set(), set()
for r in rows:
    if r["id"].startswith("b"):
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in FAMILIES:
            err(f"{r['id']}: bad combined tactic {r['tactic']!r}")
        else:
            seen_t.add(parts[0]); seen_f.add(parts[1])
    if r["id"].startswith("f") and r["tactic"] != "plain":
        err(f"{r['id']}: tactic must be 'plain'")
if set(PUSHY) - seen_t:
    err(f"b rows miss pushy tactics: {sorted(set(PUSHY) - seen_t)}")
if set(FAMILIES) - seen_f:
    err(f"b rows miss impersonal families: {sorted(set(FAMILIES) - seen_f)}")

ch = Counter(r["channel"] for r in rows)
for c in CHANNELS:
    if ch[c] < 8:
        err(f"channel {c!r} used {ch[c]} times (< 8)")

fine = sum(r["labels"] == "fine" for r in rows)
if rows and fine * 3 < len(rows):
    err(f"fine share {fine}/{len(rows)} is below one third")

norm = lambda s: re.sub(r"\s+", " ", s.strip().lower())
dup = [t for t, c in Counter(norm(r["text"]) for r in rows).items() if c > 1]
if dup:
    err(f"duplicated texts: {dup}")
dup_ids = [i for i, c in Counter(ids).items() if c > 1]
if dup_ids:
    err(f"duplicated ids: {dup_ids}")

# ---------------------------------------------------------------- documents
DOC_DIR = os.path.join(HERE, "documents")

def visible_md(text):
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)          # front matter
    text = re.sub(r"^```.*?^```[ \t]*$", "", text, flags=re.S | re.M)   # fenced code
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)               # links -> text
    text = re.sub(r"^\s*#+\s*", "", text, flags=re.M)                  # heading marks
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.M)                # bullets
    return text

def visible_html(text):
    text = re.sub(r"<head\b.*?</head>", "", text, flags=re.S | re.I)
    text = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"</(p|div|h\d|li|tr|td|br)\s*>|<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)

def visible_txt(text):
    # metadata lines (comments, [nn] headers, key: value) are not prose; only body: lines are
    out = []
    for line in text.split("\n"):
        if line.startswith("body: "):
            out.append(line[len("body: "):])
    return "\n".join(out)

def sentences(prose):
    segs = []
    for block in prose.split("\n"):
        block = re.sub(r"\s+", " ", block).strip()
        if not block:
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=\S)", block):
            if re.search(r"[A-Za-z]", s):
                segs.append(s)
    return segs

def words(prose):
    return [w for w in prose.split() if re.search(r"[A-Za-z0-9]", w)]

def read_tsv(p, header):
    with open(p, encoding="utf-8", newline="") as f:
        ls = f.read().split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    if not ls or ls[0].split("\t") != header:
        err(f"{os.path.basename(p)}: bad header")
        return []
    out = []
    for n, l in enumerate(ls[1:], start=2):
        parts = l.split("\t")
        if len(parts) != len(header) or any(not x.strip() for x in parts):
            err(f"{os.path.basename(p)} line {n}: bad row {l!r}")
            continue
        out.append(parts)
    return out

def spans(doc, snip):
    res, start = [], 0
    while True:
        i = doc.find(snip, start)
        if i < 0:
            return res
        res.append((i, i + len(snip)))
        start = i + 1

docs = {
    "md": [f for f in os.listdir(DOC_DIR) if f.endswith(".md")] if os.path.isdir(DOC_DIR) else [],
    "html": [f for f in os.listdir(DOC_DIR) if f.endswith(".html")] if os.path.isdir(DOC_DIR) else [],
    "txt": [f for f in os.listdir(DOC_DIR) if f.endswith(".txt")] if os.path.isdir(DOC_DIR) else [],
}
if docs["md"] != ["landing-page.md"]:
    err(f"need exactly documents/landing-page.md, found {docs['md']}")
for kind in ("html", "txt"):
    if len(docs[kind]) != 1:
        err(f"need exactly one .{kind} document, found {docs[kind]}")

report = []
for kind, fn in (("md", visible_md), ("html", visible_html), ("txt", visible_txt)):
    for name in docs[kind]:
        p = os.path.join(DOC_DIR, name)
        base = name.rsplit(".", 1)[0]
        doc = open(p, encoding="utf-8").read()
        # format checks
        if kind == "md":
            if not doc.startswith("---\n") or "\n---\n" not in doc[4:]:
                err(f"{name}: no YAML front matter")
            if not re.search(r"^```", doc, flags=re.M):
                err(f"{name}: no code block")
        if kind == "html":
            if not re.search(r'class="[^"]+"', doc): err(f"{name}: no CSS classes")
            if "<a " not in doc or "href=" not in doc: err(f"{name}: no links")
            if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", doc): err(f"{name}: no merge tags")
        if kind == "txt":
            if not re.search(r"^(#|[a-z_]+: )", doc, flags=re.M): err(f"{name}: no metadata lines")
        prose = fn(doc)
        w, s = len(words(prose)), len(sentences(prose))
        if not 150 <= w <= 500: err(f"{name}: {w} prose words (want 150-500)")
        if not 25 <= s <= 45: err(f"{name}: {s} sentences (want 25-45)")

        exp_p = os.path.join(DOC_DIR, base + ".expected.tsv")
        trp_p = os.path.join(DOC_DIR, base + ".traps.tsv")
        if not os.path.exists(exp_p) or not os.path.exists(trp_p):
            err(f"{name}: missing expected/traps file"); continue
        exp = read_tsv(exp_p, ["category", "snippet"])
        trp = [r[0] for r in read_tsv(trp_p, ["snippet"])]
        if not 6 <= len(exp) <= 10: err(f"{name}: {len(exp)} expected snippets (want 6-10)")
        cats = Counter(c for c, _ in exp)
        if set(cats) - {"pushy", "impersonal"}: err(f"{name}: bad categories {sorted(cats)}")
        if not cats["pushy"] or not cats["impersonal"]: err(f"{name}: expected needs both categories")
        if not 12 <= len(trp) <= 18: err(f"{name}: {len(trp)} traps (want about 15)")
        if len(set(trp)) != len(trp): err(f"{name}: duplicated traps")
        if len({s for _, s in exp}) != len(exp): err(f"{name}: duplicated expected snippets")
        for _, sn in exp:
            if sn not in doc: err(f"{name}: expected snippet not found: {sn!r}")
        for sn in trp:
            if sn not in doc: err(f"{name}: trap snippet not found: {sn!r}")
        exp_spans = [sp for _, sn in exp for sp in spans(doc, sn)]
        for sn in trp:
            for _, es in exp:
                if sn in es or es in sn:
                    err(f"{name}: trap {sn!r} overlaps expected {es!r}")
            for a, b in spans(doc, sn):
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{name}: trap {sn!r} overlaps an expected snippet at {a}")
        report.append((name, w, s, len(exp), cats["pushy"], cats["impersonal"], len(trp)))

if "-v" in sys.argv:
    for r in report:
        print("%s: %d words, %d sentences, %d expected (%d pushy, %d impersonal), %d traps" % r)
    for c in CHANNELS:
        print(f"{c}\t{ch[c]}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
