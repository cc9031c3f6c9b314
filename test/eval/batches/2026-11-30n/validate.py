#!/usr/bin/env python3
"""Format checks for the holdout-n evaluation batch. Prints OK or a list of problems."""
import csv, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
            "push notifications", "nonprofit appeals", "political email", "real estate",
            "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
            "cancellation and unsubscribe flows", "app-store text", "local services",
            "newsletters", "legal footers"]
PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats", "loss framing",
         "fear appeals", "threats in legal dress", "hype and guarantees", "assumptive close",
         "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging", "form-letter phrases",
              "grandiose posturing"]
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
QUOTES = "\"'“”‘’«»„‚‹›`"
HEADER = ["id", "text", "labels", "channel", "tactic"]
URL_RE = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/?#:\s)\]\"'<]|$)", re.I)
FILE_EXT = ("html", "jpg", "png", "md", "txt", "tsv", "py", "css", "js")

def check_domains(text, where):
    for m in URL_RE.finditer(text):
        host = m.group(1).lower()
        if host.split(".")[-1] in FILE_EXT or re.fullmatch(r"[\d.]+", host):
            continue
        if host in ("e.g", "i.e", "no.", "a.m", "p.m"):
            continue
        if not host.endswith(".example"):
            err(f"{where}: domain not on .example: {host}")

def read_bytes(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR (must be LF only)")
    if not raw.endswith(b"\n"):
        err(f"{path}: no final newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return raw.decode("utf-8", "replace")

# ---------------------------------------------------------------- sentences
spath = os.path.join(ROOT, "sentences.tsv")
text = read_bytes(spath)
lines = text.rstrip("\n").split("\n")
if lines[0].split("\t") != HEADER:
    err(f"sentences.tsv: bad header {lines[0]!r}")
ids, texts = set(), Counter()
counts, chan_count, tac_count = Counter(), Counter(), Counter()
seq = Counter()
for ln, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"line {ln}: {len(f)} fields"); continue
    rid, txt, label, chan, tac = f
    where = f"line {ln} ({rid})"
    for v in f:
        if not v or v != v.strip():
            err(f"{where}: empty field or stray whitespace")
        if v and v[0] in QUOTES:
            err(f"{where}: field starts with a quotation mark: {v[:20]!r}")
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m:
        err(f"{where}: bad id"); continue
    if rid in ids:
        err(f"{where}: duplicate id")
    ids.add(rid)
    p, num = m.group(1), int(m.group(2))
    seq[p] += 1
    if num != seq[p]:
        err(f"{where}: ids for prefix {p} not consecutive (expected {seq[p]:03d})")
    if label != PREFIX[p]:
        err(f"{where}: label {label!r} does not match id prefix {p}")
    if chan not in CHANNELS:
        err(f"{where}: channel {chan!r} not in guide")
    chan_count[chan] += 1
    if p == "p" and tac not in PUSHY:
        err(f"{where}: tactic {tac!r} is not a pushy tactic")
    if p == "i" and tac not in IMPERSONAL:
        err(f"{where}: tactic {tac!r} is not an impersonal family")
    if p == "b":
        parts = tac.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tac!r}")
        else:
            tac_count[parts[0]] += 1; tac_count[parts[1]] += 1
    if p == "n" and tac != "near-miss":
        err(f"{where}: n-rows must have tactic near-miss")
    if p == "f" and tac != "plain":
        err(f"{where}: f-rows must have tactic plain")
    if p in "pi":
        tac_count[tac] += 1
    key = re.sub(r"\W+", " ", txt.lower()).strip()
    if texts[key]:
        err(f"{where}: duplicate text")
    texts[key] += 1
    check_domains(txt, where)
    counts[p] += 1

total = sum(counts.values())
fine = counts["n"] + counts["f"]
if total != 330: err(f"sentences: {total} rows, expected 330")
if not 100 <= counts["p"] <= 120: err(f"pushy rows {counts['p']} not about 110")
if not 70 <= counts["i"] <= 90: err(f"impersonal rows {counts['i']} not about 80")
if not 15 <= counts["b"] <= 25: err(f"pushy,impersonal rows {counts['b']} not about 20")
if fine != 120: err(f"fine rows {fine}, expected 120")
if counts["n"] < 108: err(f"near-miss rows {counts['n']} < 108")
if fine * 3 < total: err("fine rows are less than a third of the batch")
for c in CHANNELS:
    if chan_count[c] < 5: err(f"channel {c!r} has only {chan_count[c]} rows")
for t in PUSHY:
    if tac_count[t] < 5: err(f"pushy tactic {t!r} has only {tac_count[t]} rows")
for t in IMPERSONAL:
    if tac_count[t] < 9: err(f"impersonal family {t!r} has only {tac_count[t]} rows")

# ---------------------------------------------------------------- documents
ddir = os.path.join(ROOT, "documents")
docs = sorted(n for n in os.listdir(ddir) if not n.endswith(".tsv"))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]:
    err(f"documents: expected one .md, one .html, one .txt, got {docs}")

def visible_text(name, raw):
    t = raw
    if name.endswith(".md"):
        if not t.startswith("---\n") or "\n---\n" not in t[4:]:
            err(f"{name}: no YAML front matter")
        else:
            t = t[4:].split("\n---\n", 1)[1]
        t = re.sub(r"```.*?```", " ", t, flags=re.S)
    if name.endswith(".html"):
        t = re.sub(r"<(style|head)\b.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = re.sub(r"</(p|div|h\d|li)>", "\n", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = t.replace("&amp;", "&")
    return t

def count_sentences(t):
    n = 0
    for line in t.split("\n"):
        line = line.strip(" #>-*\t")
        if not re.search(r"[A-Za-z]", line) or set(line) <= set("-="):
            continue
        if re.match(r"\d+\.\s+[A-Z]+\s*\|", line):  # schedule metadata, not copy
            continue
        parts = [s for s in re.split(r"(?<=[.!?])\s+", line) if re.search(r"[A-Za-z]", s)]
        n += len(parts)
    return n

for d in docs:
    path = os.path.join(ddir, d)
    raw = read_bytes(path)
    check_domains(raw, d)
    vis = visible_text(d, raw)
    words = len(re.findall(r"[A-Za-z0-9£$€'’&%-]+", vis))
    sents = count_sentences(vis)
    if not 150 <= words <= 500: err(f"{d}: {words} words, expected 150-500")
    if not 25 <= sents <= 45: err(f"{d}: about {sents} sentences, expected 25-45")
    if d.endswith(".html") and not re.search(r"\*\|[A-Z_]+\|\*|\{\{\w+\}\}", raw):
        err(f"{d}: HTML email has no merge tags")
    stem = os.path.splitext(d)[0]
    exp_path = os.path.join(ddir, stem + ".expected.tsv")
    trap_path = os.path.join(ddir, stem + ".traps.tsv")
    exp_snips, trap_snips = [], []
    if not os.path.exists(exp_path):
        err(f"{d}: missing {stem}.expected.tsv")
    else:
        el = read_bytes(exp_path).rstrip("\n").split("\n")
        if el[0] != "category\tsnippet": err(f"{stem}.expected.tsv: bad header")
        cats = Counter()
        for i, line in enumerate(el[1:], start=2):
            f = line.split("\t")
            if len(f) != 2 or f[0] not in ("pushy", "impersonal") or not f[1]:
                err(f"{stem}.expected.tsv line {i}: bad row {line!r}"); continue
            if f[1][0] in QUOTES: err(f"{stem}.expected.tsv line {i}: starts with a quote")
            if f[1] not in raw: err(f"{stem}.expected.tsv line {i}: snippet not verbatim in document: {f[1]!r}")
            cats[f[0]] += 1; exp_snips.append(f[1])
        if cats["pushy"] < 3 or cats["impersonal"] < 3:
            err(f"{stem}.expected.tsv: needs at least 3 pushy and 3 impersonal rows, got {dict(cats)}")
    if not os.path.exists(trap_path):
        err(f"{d}: missing {stem}.traps.tsv")
    else:
        tl = read_bytes(trap_path).rstrip("\n").split("\n")
        if tl[0] != "snippet": err(f"{stem}.traps.tsv: bad header")
        for i, line in enumerate(tl[1:], start=2):
            if not line or "\t" in line:
                err(f"{stem}.traps.tsv line {i}: bad row {line!r}"); continue
            if line[0] in QUOTES: err(f"{stem}.traps.tsv line {i}: starts with a quote")
            if line not in raw: err(f"{stem}.traps.tsv line {i}: snippet not verbatim in document: {line!r}")
            trap_snips.append(line)
        if len(trap_snips) < 5: err(f"{stem}.traps.tsv: fewer than 5 traps")
    for t in trap_snips:
        for e in exp_snips:
            if t in e or e in t:
                err(f"{stem}: trap {t!r} overlaps expected snippet {e!r}")
    print(f"  {d}: {words} words, ~{sents} sentences, {len(exp_snips)} expected, {len(trap_snips)} traps")

if not os.path.exists(os.path.join(ROOT, "README.md")):
    err("README.md missing")

print(f"  sentences: {total} rows; " + ", ".join(f"{k}={counts[k]}" for k in "pibnf") +
      f"; {len(chan_count)} channels")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
