#!/usr/bin/env python3
"""Validate the holdout batch: sentences.tsv and documents/. Prints OK when everything passes."""
import collections, html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

TACTICS = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
           "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
           "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
           "assumptive close", "manufactured need", "shouting"]
FAMILIES = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
            "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
SPEC = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"), ("n", 108, "fine"), ("f", 12, "fine")]
HEADER = "id\ttext\tlabels\tchannel\ttactic"

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, encoding="utf-8", newline="").read()
if "\r" in raw: err("sentences.tsv contains carriage returns")
lines = raw.split("\n")
if lines and lines[-1] == "": lines = lines[:-1]
if not lines or lines[0] != HEADER: err("bad header in sentences.tsv: %r" % (lines[0] if lines else None))
rows = []
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5: err("line %d: %d fields, want 5 (tab inside a field?)" % (n, len(f))); continue
    if any(x != x.strip() or not x for x in f): err("line %d: empty field or stray whitespace" % n)
    rows.append(f)
if len(rows) != 330: err("want 330 rows, got %d" % len(rows))

expected_ids = [f"{p}{k:03d}" for p, cnt, _ in SPEC for k in range(1, cnt + 1)]
got_ids = [r[0] for r in rows]
if got_ids != expected_ids:
    err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
label_of = {p: lab for p, _, lab in SPEC}
texts = collections.Counter(r[1] for r in rows)
for t, c in texts.items():
    if c > 1: err("duplicate text: %r" % t)
for r in rows:
    rid, text, lab, ch, tac = r
    want = label_of.get(rid[:1])
    if lab != want: err(f"{rid}: label {lab!r}, want {want!r}")
    if ch not in CHANNELS: err(f"{rid}: unknown channel {ch!r}")
    if len(text.split()) < 2: err(f"{rid}: text too short")

def check_sequence(prefix, names, lo, hi, what):
    seq = [r[4] for r in rows if r[0].startswith(prefix)]
    cnt = collections.Counter(seq)
    for t in seq:
        if t not in names: err(f"{prefix}-rows: unknown {what} {t!r}")
    for name in names:
        if not lo <= cnt[name] <= hi: err(f"{what} {name!r}: {cnt[name]} rows, want {lo}-{hi}")
    idx = [names.index(t) for t in seq if t in names]
    if idx != sorted(idx): err(f"{prefix}-rows: {what}s not in the guide's table order")
check_sequence("p", TACTICS, 6, 7, "tactic")
check_sequence("i", FAMILIES, 11, 12, "family")

for r in rows:
    if r[0].startswith("b"):
        parts = r[4].split("+")
        if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
            err(f"{r[0]}: tactic {r[4]!r} is not <tactic>+<family>")
nm = [r[4] for r in rows if r[0].startswith("n")]
for t in nm:
    if not t.startswith("near-miss: ") or len(t) <= len("near-miss: "): err(f"bad near-miss tactic {t!r}")
nmc = collections.Counter(nm)
if len(nmc) != 12 or any(v != 9 for v in nmc.values()):
    err("near-misses: want 12 kinds x 9 rows, got %s" % dict(nmc))
for r in rows:
    if r[0].startswith("f") and r[4] != "plain": err(f"{r[0]}: tactic should be 'plain'")
chc = collections.Counter(r[3] for r in rows)
for ch in CHANNELS:
    if chc[ch] < 8: err(f"channel {ch!r}: {chc[ch]} rows, want >= 8")
fine = sum(1 for r in rows if r[2] == "fine")
if fine * 3 < len(rows): err("fewer than a third of rows are fine")

# ---------- documents ----------
DOCDIR = os.path.join(HERE, "documents")
docs = sorted(x for x in os.listdir(DOCDIR) if not x.endswith(".tsv"))
kinds = {"md": [d for d in docs if d.endswith("-landing.md")],
         "html": [d for d in docs if d.endswith("-email.html")],
         "txt": [d for d in docs if d.endswith("-sms.txt")]}
if len(docs) != 3 or any(len(v) != 1 for v in kinds.values()):
    err(f"want exactly one *-landing.md, one *-email.html, one *-sms.txt; got {docs}")

def visible_text(name, s):
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", s, re.S)
        if not m: err(f"{name}: no YAML front matter")
        else: s = s[m.end():]
        fences = re.findall(r"^```", s, re.M)
        if len(fences) != 2: err(f"{name}: want exactly one fenced code block, found {len(fences)//2}")
        s = re.sub(r"^```.*?^```[^\n]*\n", "", s, flags=re.S | re.M)
        s = re.sub(r"^#+\s*", "", s, flags=re.M)
        return s
    if name.endswith(".html"):
        if "href=" not in s: err(f"{name}: no links")
        s = re.sub(r"<head>.*?</head>", "", s, flags=re.S | re.I)
        s = re.sub(r"<(script|style)\b.*?</\1>", "", s, flags=re.S | re.I)
        s = re.sub(r"<br\s*/?>|</(p|div|h\d|li|footer|tr)>", "\n", s, flags=re.I)
        s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s)
    # plain-text schedule: drop the slot header lines, keep message copy and notes
    return "\n".join(l for l in s.splitlines() if not l.startswith("["))

def count_sentences(text):
    n = 0
    for line in text.splitlines():
        for piece in re.split(r"(?<=[.!?])\s+", line.strip()):
            if re.search(r"[A-Za-z]", piece): n += 1
    return n

for name in docs:
    stem = name.rsplit(".", 1)[0]
    s = open(os.path.join(DOCDIR, name), encoding="utf-8").read()
    if name.endswith(".html") and not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", s):
        err(f"{name}: no merge tags")
    vis = visible_text(name, s)
    words = len(re.findall(r"[A-Za-z0-9£$€][\w'’.,%£$/:-]*", vis))
    sents = count_sentences(vis)
    print(f"{name}: {words} words, {sents} sentences")
    if not 150 <= words <= 500: err(f"{name}: {words} words, want 150-500")
    if not 25 <= sents <= 45: err(f"{name}: {sents} sentences, want 25-45")
    exp_snips = []
    for suffix, header, lo, hi in ((".expected.tsv", "category\tsnippet", 6, 10), (".traps.tsv", "snippet", 12, 18)):
        p = os.path.join(DOCDIR, stem + suffix)
        if not os.path.exists(p): err(f"missing {stem + suffix}"); continue
        tl = open(p, encoding="utf-8").read().rstrip("\n").split("\n")
        if tl[0] != header: err(f"{stem + suffix}: bad header {tl[0]!r}")
        body = tl[1:]
        if not lo <= len(body) <= hi: err(f"{stem + suffix}: {len(body)} rows, want {lo}-{hi}")
        if len(set(body)) != len(body): err(f"{stem + suffix}: duplicate rows")
        for l in body:
            f = l.split("\t")
            if suffix == ".expected.tsv":
                if len(f) != 2 or f[0] not in ("pushy", "impersonal"): err(f"{stem + suffix}: bad row {l!r}"); continue
                snip = f[1]; exp_snips.append(snip)
            else:
                if len(f) != 1: err(f"{stem + suffix}: bad row {l!r}"); continue
                snip = f[0]
                for e in exp_snips:
                    if snip in e or e in snip: err(f"{name}: trap {snip!r} overlaps expected snippet {e!r}")
            if not snip.strip(): err(f"{stem + suffix}: empty snippet")
            elif snip not in s: err(f"{name}: snippet not found verbatim: {snip!r}")

if errors:
    for e in errors: print("FAIL:", e)
    sys.exit(1)
print("OK")
