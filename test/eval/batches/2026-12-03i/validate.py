#!/usr/bin/env python3
"""Validate the holdout batch: sentences.tsv, documents/, README.md. Prints OK or a list of problems."""
import os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
CHANNELS = ["ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit", "political-email",
            "real-estate", "fitness", "finance-crypto", "travel", "restaurants", "courses", "events",
            "cancellation-flow", "app-store", "local-services", "newsletter", "legal-footer"]
PREFIX = {"p": ("pushy", 110), "i": ("impersonal", 80), "b": ("pushy,impersonal", 20),
          "n": ("fine", 108), "f": ("fine", 12)}
MIN_PER_CHANNEL = 12  # brief asks for >=12 (stricter than the >=10 floor)

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as e:
    err(f"sentences.tsv is not UTF-8: {e}"); text = raw.decode("utf-8", "replace")
if b"\r" in raw: err("sentences.tsv contains CR characters (need LF line endings)")
if raw.startswith(b"\xef\xbb\xbf"): err("sentences.tsv has a BOM")
if not text.endswith("\n"): err("sentences.tsv does not end with a newline")
lines = text.split("\n")
if lines and lines[-1] == "": lines = lines[:-1]
if not lines or lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err(f"bad header: {lines[0]!r}" if lines else "empty file")
rows = []
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"line {n}: expected 5 fields, got {len(f)}"); continue
    if any(x.strip() == "" for x in f): err(f"line {n}: empty field")
    if any(x != x.strip() for x in f): err(f"line {n}: leading/trailing whitespace in a field")
    rows.append(f)
if len(rows) != 330: err(f"expected 330 rows, got {len(rows)}")

ids_by_prefix = {k: [] for k in PREFIX}
seen_ids, seen_texts = set(), {}
channel_count = {c: 0 for c in CHANNELS}
pushy_used, imp_used = {t: 0 for t in PUSHY}, {t: 0 for t in IMPERSONAL}
fine = 0
for id_, txt, lab, ch, tac in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", id_)
    if not m: err(f"{id_}: bad id"); continue
    if id_ in seen_ids: err(f"{id_}: duplicate id")
    seen_ids.add(id_)
    pre = m.group(1); ids_by_prefix[pre].append(int(m.group(2)))
    want_lab = PREFIX[pre][0]
    if lab != want_lab: err(f"{id_}: label {lab!r} should be {want_lab!r}")
    if lab == "fine": fine += 1
    key = re.sub(r"\s+", " ", txt.strip().lower())
    if key in seen_texts: err(f"{id_}: duplicate text of {seen_texts[key]}")
    seen_texts[key] = id_
    if ch not in CHANNELS: err(f"{id_}: unknown channel {ch!r}")
    else: channel_count[ch] += 1
    if pre == "p":
        if tac not in PUSHY: err(f"{id_}: unknown pushy tactic {tac!r}")
        else: pushy_used[tac] += 1
    elif pre == "i":
        if tac not in IMPERSONAL: err(f"{id_}: unknown impersonal family {tac!r}")
        else: imp_used[tac] += 1
    elif pre == "b":
        parts = [x.strip() for x in tac.split(";")]
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{id_}: b tactic must be 'pushy tactic; impersonal family', got {tac!r}")
    else:
        if len(tac) > 80: err(f"{id_}: tactic description too long")
for pre, (lab, cnt) in PREFIX.items():
    got = sorted(ids_by_prefix[pre])
    if got != list(range(1, cnt + 1)):
        err(f"ids {pre}: expected {pre}001..{pre}{cnt:03d} consecutive, got {len(got)} ids")
for c, k in channel_count.items():
    if k < MIN_PER_CHANNEL: err(f"channel {c} used {k} times (< {MIN_PER_CHANNEL})")
for t, k in pushy_used.items():
    if k == 0: err(f"pushy tactic unused in p rows: {t}")
for t, k in imp_used.items():
    if k == 0: err(f"impersonal family unused in i rows: {t}")
if rows and fine * 3 < len(rows): err(f"fine rows {fine} are fewer than a third of {len(rows)}")

# ---------- documents ----------
docdir = os.path.join(HERE, "documents")
docs = sorted(x for x in os.listdir(docdir)
              if not x.endswith(".tsv") and os.path.isfile(os.path.join(docdir, x)))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]: err(f"documents must be one .md, one .html, one .txt; got {docs}")

def words(s): return len(re.findall(r"\S+", s))
def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)

def spans(doc, snip):
    out, i = [], doc.find(snip)
    while i != -1:
        out.append((i, i + len(snip))); i = doc.find(snip, i + 1)
    return out

def read_tsv(p, header):
    if not os.path.exists(p): err(f"missing {os.path.basename(p)}"); return []
    b = open(p, "rb").read()
    if b"\r" in b: err(f"{os.path.basename(p)}: CR line endings")
    ls = [l for l in b.decode("utf-8").split("\n") if l != ""]
    if not ls or ls[0] != header: err(f"{os.path.basename(p)}: header should be {header!r}"); return []
    return [l.split("\t") for l in ls[1:]]

for d in docs:
    p = os.path.join(docdir, d)
    name, ext = os.path.splitext(d)
    doc = open(p, encoding="utf-8").read()
    if "\r" in doc: err(f"{d}: CR line endings")
    body = doc
    if ext == ".html":
        if "<html" not in doc.lower(): err(f"{d}: no <html")
        body = strip_html(doc)
    if ext == ".md":
        m = re.match(r"---\n(.*?)\n---\n", doc, re.S)
        if not m: err(f"{d}: YAML front matter missing")
        elif not re.search(r"^\w[\w-]*\s*:", m.group(1), re.M): err(f"{d}: front matter has no keys")
    wc = words(body)
    if not 150 <= wc <= 500: err(f"{d}: {wc} words (need 150-500)")
    exp = read_tsv(os.path.join(docdir, name + ".expected.tsv"), "category\tsnippet")
    traps = read_tsv(os.path.join(docdir, name + ".traps.tsv"), "snippet")
    if len(exp) < 3: err(f"{d}: fewer than 3 expected rows")
    cats = set()
    exp_spans = []
    for r in exp:
        if len(r) != 2 or not r[1].strip(): err(f"{d}: bad expected row {r}"); continue
        cat, snip = r
        if cat not in ("pushy", "impersonal", "pushy,impersonal"): err(f"{d}: bad category {cat!r}")
        cats.update(cat.split(","))
        sp = spans(doc, snip)
        if not sp: err(f"{d}: expected snippet not found verbatim: {snip!r}")
        exp_spans += sp
    if not {"pushy", "impersonal"} <= cats: err(f"{d}: expected rows must include pushy and impersonal")
    if len(traps) < 3: err(f"{d}: fewer than 3 traps")
    for r in traps:
        if len(r) != 1 or not r[0].strip(): err(f"{d}: bad trap row {r}"); continue
        snip = r[0]
        sp = spans(doc, snip)
        if not sp: err(f"{d}: trap not found verbatim: {snip!r}")
        for a, b in sp:
            for x, y in exp_spans:
                if a < y and x < b: err(f"{d}: trap {snip!r} overlaps an expected snippet")
        for e in exp:
            if len(e) == 2 and (snip in e[1] or e[1] in snip):
                err(f"{d}: trap {snip!r} and expected {e[1]!r} contain one another")

# ---------- README ----------
rp = os.path.join(HERE, "README.md")
if not os.path.exists(rp): err("README.md missing")
else:
    r = open(rp, encoding="utf-8").read()
    if "2026-12-03" not in r: err("README.md does not mention 2026-12-03")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print("OK")
