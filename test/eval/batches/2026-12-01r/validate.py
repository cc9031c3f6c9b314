#!/usr/bin/env python3
"""Validate holdout batch 12r: sentences.tsv and documents/. Prints OK when everything passes."""
import csv, html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = "/work/shared/docs/labelling-guide.md"

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
NEAR_MISS = ["deadline with a date and a reason", "stock fact with a reason", "guarantee that states its terms",
             "trigger word as a name of a club, venue, product or programme", "news and how-to prose",
             "past-tense story", "only you can decide", "there's no rush", "pushy language quoted or discussed",
             "passive voice right in context", "warm personal we", "capitals as acronyms, codes or identifiers"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
QUOTES = "\"'“”‘’«»„‚‹›`"

errors = []
def err(msg):
    errors.append(msg)

# ---------- cross-check the hard-coded names against the guide, when it is present ----------
def guide_table(text, heading):
    m = re.search(re.escape(heading) + r".*?\n\|[^\n]*\n\|[-| ]+\n((?:\|[^\n]*\n)+)", text, re.S)
    return [r.split("|")[1].strip() for r in m.group(1).strip().split("\n")] if m else None

if os.path.exists(GUIDE):
    g = open(GUIDE, encoding="utf-8").read()
    if guide_table(g, "### Pushy") != PUSHY:
        err("pushy tactic list differs from the guide: %r" % guide_table(g, "### Pushy"))
    if guide_table(g, "### Impersonal") != IMPERSONAL:
        err("impersonal family list differs from the guide: %r" % guide_table(g, "### Impersonal"))
    cov = re.search(r"channels: (.*?)\. Vary", g, re.S)
    if cov:
        gch = [c.strip() for c in cov.group(1).replace("\n", " ").split(",")]
        if gch != CHANNELS:
            err("channel list differs from the guide: %r" % gch)

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError:
    err("sentences.tsv is not UTF-8"); text = raw.decode("utf-8", "replace")
if "\r" in text:
    err("sentences.tsv contains carriage returns")
lines = text.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if not lines or lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err("bad header: %r" % (lines[0] if lines else None))
rows = []
for n, line in enumerate(lines[1:], 2):
    f = line.split("\t")
    if len(f) != 5:
        err("line %d: expected 5 fields, got %d" % (n, len(f))); continue
    for v in f:
        if not v.strip():
            err("line %d: empty field" % n)
        elif v[0] in QUOTES:
            err("line %d: field starts with a quote character: %r" % (n, v[:20]))
        if v != v.strip():
            err("line %d: field has leading/trailing whitespace" % n)
    rows.append(f)

SPEC = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
        ("n", 108, "fine"), ("f", 12, "fine")]
expected_ids = [f"{p}{k:03d}" for p, c, _ in SPEC for k in range(1, c + 1)]
if len(rows) != 330:
    err("expected 330 rows, got %d" % len(rows))
if [r[0] for r in rows] != expected_ids:
    err("ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
label_for = {p: lab for p, _, lab in SPEC}
for r in rows:
    if label_for.get(r[0][:1]) != r[2]:
        err("%s: label %r is wrong for this id range" % (r[0], r[2]))
    if r[3] not in CHANNELS:
        err("%s: unknown channel %r" % (r[0], r[3]))

def check_group(prefix, names, lo, hi, what):
    tac = [r[4] for r in rows if r[0].startswith(prefix)]
    for t in tac:
        if t not in names:
            err("%s: unknown %s %r" % (prefix, what, t))
    idx = [names.index(t) for t in tac if t in names]
    if idx != sorted(idx):
        err("%s rows are not in the guide's %s order" % (prefix, what))
    c = Counter(tac)
    for nme in names:
        if not lo <= c[nme] <= hi:
            err("%s: %s %r has %d rows (want %d-%d)" % (prefix, what, nme, c[nme], lo, hi))

check_group("p", PUSHY, 6, 7, "tactic")
check_group("i", IMPERSONAL, 11, 12, "family")
seen_t, seen_f = set(), set()
for r in rows:
    if r[0].startswith("b"):
        parts = r[4].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err("%s: tactic must be <pushy tactic>+<impersonal family>, got %r" % (r[0], r[4])); continue
        seen_t.add(parts[0]); seen_f.add(parts[1])
for t in PUSHY:
    if t not in seen_t: err("b rows: pushy tactic %r never used" % t)
for f in IMPERSONAL:
    if f not in seen_f: err("b rows: impersonal family %r never used" % f)
nm = [r[4] for r in rows if r[0].startswith("n")]
want_nm = [f"near-miss: {k}" for k in NEAR_MISS for _ in range(9)]
if nm != want_nm:
    c = Counter(nm)
    err("n rows must be 9 each of the 12 near-miss kinds, in order; got %r" % dict(c))
for r in rows:
    if r[0].startswith("f") and r[4] != "plain":
        err("%s: tactic must be 'plain'" % r[0])
chc = Counter(r[3] for r in rows)
for ch in CHANNELS:
    if chc[ch] < 8:
        err("channel %r used %d times (want >= 8)" % (ch, chc[ch]))
fine = sum(1 for r in rows if r[2] == "fine")
if rows and fine * 3 < len(rows):
    err("fine share %d/%d is below one third" % (fine, len(rows)))
norm = lambda s: re.sub(r"\s+", " ", s.strip().lower())
dup = [t for t, k in Counter(norm(r[1]) for r in rows).items() if k > 1]
if dup:
    err("duplicated text: %r" % dup[:5])
dupid = [t for t, k in Counter(r[0] for r in rows).items() if k > 1]
if dupid:
    err("duplicated ids: %r" % dupid)

# ---------- documents ----------
DOCS = os.path.join(HERE, "documents")

def prose_md(s):
    m = re.match(r"---\n.*?\n---\n", s, re.S)
    if not m:
        err("landing-page.md: no YAML front matter")
    else:
        s = s[m.end():]
    if not re.search(r"^```", s, re.M):
        err("landing-page.md: no fenced code block")
    s = re.sub(r"^```.*?^```[ \t]*$", "\n", s, flags=re.S | re.M)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"^\s*(#+|[-*+]|\d+\.)\s+", "", s, flags=re.M)
    s = s.replace("**", "").replace("__", "")
    return [l.strip() for l in s.split("\n") if l.strip()]

def prose_html(s, name):
    for need, what in [(r'class="', "CSS classes"), (r'<a [^>]*href="https?://', "links"),
                       (r"(\{\{\w+\}\}|\*\|\w+(:\w+)?\|\*)", "merge tags"), (r"<style", "a style block")]:
        if not re.search(need, s):
            err("%s: no %s" % (name, what))
    s = re.sub(r"<(head|style|script)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>|</(p|h\d|div|li|td|tr)>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return [re.sub(r"\s+", " ", l).strip() for l in s.split("\n") if l.strip()]

def prose_txt(s, name):
    meta = [l for l in s.split("\n") if re.match(r"^(#|[a-z_]+: )", l) and not l.startswith("body: ")]
    if len(meta) < 10:
        err("%s: too few metadata lines (%d)" % (name, len(meta)))
    out = []
    for l in s.split("\n"):
        if l.startswith("body: "):
            out.append(l[6:].strip())
        elif l.strip() and not re.match(r"^(#|\[\d+\]$|[a-z_]+: )", l.strip()):
            out.append(l.strip())
    return out

def sentences(blocks):
    out = []
    for b in blocks:
        for piece in re.split(r"(?<=[.!?])[\"”’)]*\s+(?=\S)", b):
            if re.search(r"[A-Za-z]", piece):
                out.append(piece)
    return out

def words(blocks):
    return sum(1 for b in blocks for t in b.split() if re.search(r"[A-Za-z0-9]", t))

def read_tsv(p, header):
    if not os.path.exists(p):
        err("missing %s" % os.path.basename(p)); return []
    t = open(p, encoding="utf-8").read()
    ls = t.split("\n")
    if ls[-1] == "": ls = ls[:-1]
    if not ls or ls[0] != header:
        err("%s: bad header %r" % (os.path.basename(p), ls[0] if ls else None)); return []
    ncols = header.count("\t") + 1
    out = []
    for l in ls[1:]:
        f = l.split("\t")
        if len(f) != ncols or any(not x.strip() for x in f):
            err("%s: bad row %r" % (os.path.basename(p), l)); continue
        out.append(f)
    return out

files = sorted(os.listdir(DOCS)) if os.path.isdir(DOCS) else []
docs = [f for f in files if not f.endswith(".tsv")]
md = [f for f in docs if f.endswith(".md")]
ht = [f for f in docs if f.endswith(".html")]
tx = [f for f in docs if f.endswith(".txt")]
if md != ["landing-page.md"] or len(ht) != 1 or len(tx) != 1 or len(docs) != 3:
    err("documents/ must hold landing-page.md, one .html and one .txt; found %r" % docs)
summary = []
for d in docs:
    p = os.path.join(DOCS, d)
    s = open(p, encoding="utf-8").read()
    stem = d.rsplit(".", 1)[0]
    if d.endswith(".md"):
        blocks = prose_md(s)
    elif d.endswith(".html"):
        blocks = prose_html(s, d)
    else:
        blocks = prose_txt(s, d)
    w, n = words(blocks), len(sentences(blocks))
    if not 150 <= w <= 500:
        err("%s: %d prose words (want 150-500)" % (d, w))
    if not 25 <= n <= 45:
        err("%s: %d sentences (want 25-45)" % (d, n))
    exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
    trp = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
    if not 6 <= len(exp) <= 10:
        err("%s: %d expected snippets (want 6-10)" % (d, len(exp)))
    cats = Counter(c for c, _ in exp)
    for c in cats:
        if c not in ("pushy", "impersonal"):
            err("%s: bad category %r" % (d, c))
    if not (cats["pushy"] and cats["impersonal"]):
        err("%s: expected snippets must mix pushy and impersonal" % d)
    if not 12 <= len(trp) <= 18:
        err("%s: %d traps (want about 15)" % (d, len(trp)))
    exp_s = [x for _, x in exp]
    trp_s = [x[0] for x in trp]
    for lst, kind in ((exp_s, "expected"), (trp_s, "trap")):
        for x, k in Counter(lst).items():
            if k > 1: err("%s: duplicated %s snippet %r" % (d, kind, x))
        for x in lst:
            if x not in s:
                err("%s: %s snippet not found verbatim: %r" % (d, kind, x))
    # no overlap: neither textually nor by position in the document
    spans = lambda x: [(m.start(), m.start() + len(x)) for m in re.finditer(re.escape(x), s)]
    for t in trp_s:
        for e in exp_s:
            if t.lower() in e.lower() or e.lower() in t.lower():
                err("%s: trap %r overlaps expected %r" % (d, t, e)); continue
            for a, b in spans(t):
                for c_, d_ in spans(e):
                    if a < d_ and c_ < b:
                        err("%s: trap %r overlaps expected %r in the text" % (d, t, e))
    summary.append((d, w, n, cats["pushy"], cats["impersonal"], len(trp)))

if "-v" in sys.argv:
    for x in summary:
        print("%s: %d words, %d sentences, %d pushy + %d impersonal expected, %d traps" % x)
    print("channels:", dict(sorted(chc.items(), key=lambda kv: -kv[1])))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
