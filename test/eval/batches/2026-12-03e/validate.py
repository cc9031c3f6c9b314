#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 from the labelling guide."""
import os, re, sys, glob
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
CHANNELS = ["ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit", "political-email",
            "real-estate", "fitness", "finance-crypto", "travel", "restaurants", "courses", "events",
            "cancellation-flow", "app-store", "local-services", "newsletter", "legal-footer"]
PREFIX = {"p": ("pushy", 110), "i": ("impersonal", 80), "b": ("pushy,impersonal", 20), "n": ("fine", 108), "f": ("fine", 12)}
MIN_PER_CHANNEL = 12

# ---------- sentences.tsv ----------
path = os.path.join(HERE, "sentences.tsv")
raw = open(path, "rb").read()
try:
    text = raw.decode("utf-8")
except UnicodeDecodeError as e:
    err(f"sentences.tsv not UTF-8: {e}"); text = raw.decode("utf-8", "replace")
if b"\r" in raw: err("sentences.tsv contains CR characters (need LF line endings)")
if raw.startswith(b"\xef\xbb\xbf"): err("sentences.tsv has a BOM")
if not text.endswith("\n"): err("sentences.tsv does not end with a newline")
lines = text.split("\n")
if lines and lines[-1] == "": lines = lines[:-1]
if not lines or lines[0] != "id\ttext\tlabels\tchannel\ttactic":
    err(f"bad header: {lines[0]!r}" if lines else "empty file")
rows = lines[1:]
if len(rows) != 330: err(f"expected 330 rows, found {len(rows)}")

seen_ids, seen_texts = set(), {}
ids_by_prefix = {k: [] for k in PREFIX}
channel_count, pushy_used, imp_used, label_count = Counter(), Counter(), Counter(), Counter()
for ln, row in enumerate(rows, 2):
    f = row.split("\t")
    if len(f) != 5:
        err(f"line {ln}: {len(f)} fields (need 5)"); continue
    rid, sent, labels, channel, tactic = f
    for name, v in zip(["id", "text", "labels", "channel", "tactic"], f):
        if not v.strip(): err(f"line {ln}: empty {name}")
        if v != v.strip(): err(f"line {ln}: leading/trailing whitespace in {name}")
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m:
        err(f"line {ln}: bad id {rid!r}"); continue
    if rid in seen_ids: err(f"line {ln}: duplicate id {rid}")
    seen_ids.add(rid)
    pre = m.group(1)
    ids_by_prefix[pre].append(int(m.group(2)))
    want_label = PREFIX[pre][0]
    if labels != want_label: err(f"{rid}: label {labels!r}, expected {want_label!r}")
    label_count[labels] += 1
    key = sent.strip().casefold()
    if key in seen_texts: err(f"{rid}: duplicate text of {seen_texts[key]}")
    seen_texts[key] = rid
    if channel not in CHANNELS: err(f"{rid}: unknown channel {channel!r}")
    channel_count[channel] += 1
    if pre == "p":
        if tactic not in PUSHY: err(f"{rid}: unknown pushy tactic {tactic!r}")
        pushy_used[tactic] += 1
    elif pre == "i":
        if tactic not in IMPERSONAL: err(f"{rid}: unknown impersonal family {tactic!r}")
        imp_used[tactic] += 1
    elif pre == "b":
        parts = [x.strip() for x in tactic.split(";")]
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL or tactic != f"{parts[0]}; {parts[1]}":
            err(f"{rid}: b tactic must be 'pushy tactic; impersonal family', got {tactic!r}")
        else:
            pushy_used[parts[0]] += 1; imp_used[parts[1]] += 1
    else:
        if len(tactic) > 80: err(f"{rid}: fine description too long")

for pre, (lab, n) in PREFIX.items():
    nums = ids_by_prefix[pre]
    if nums != list(range(1, n + 1)):
        err(f"ids with prefix {pre!r} are not consecutive {pre}001-{pre}{n:03d} in order (found {len(nums)})")
for ch in CHANNELS:
    if channel_count[ch] < MIN_PER_CHANNEL: err(f"channel {ch} used {channel_count[ch]} times (< {MIN_PER_CHANNEL})")
for t in PUSHY:
    c = sum(1 for r in rows if r.split("\t")[0].startswith("p") and r.split("\t")[-1] == t)
    if pushy_used[t] == 0: err(f"pushy tactic never used: {t}")
    if not 6 <= c <= 8: err(f"pushy tactic {t!r} used {c} times in p rows (want about 7)")
for t in IMPERSONAL:
    c = sum(1 for r in rows if r.split("\t")[0].startswith("i") and r.split("\t")[-1] == t)
    if imp_used[t] == 0: err(f"impersonal family never used: {t}")
    if not 10 <= c <= 12: err(f"impersonal family {t!r} used {c} times in i rows (want about 11)")
if label_count["fine"] * 3 < len(rows): err(f"fine rows {label_count['fine']} < a third of {len(rows)}")

# ---------- documents ----------
DOC = os.path.join(HERE, "documents")
def words(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
    return len(t.split())

def spans(hay, needle):
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0: return out
        out.append((i, i + len(needle))); start = i + 1

docs = sorted(p for p in glob.glob(os.path.join(DOC, "*"))
              if not p.endswith(".tsv") and os.path.isfile(p))
exts = Counter(os.path.splitext(p)[1] for p in docs)
if len(docs) != 3 or exts != Counter({".md": 1, ".html": 1, ".txt": 1}):
    err(f"documents/ must hold exactly one .md, one .html and one .txt, found {[os.path.basename(p) for p in docs]}")
for d in docs:
    name = os.path.basename(d)
    body = open(d, encoding="utf-8").read()
    if "\r" in body: err(f"{name}: CR line endings")
    n = words(d)
    if not 150 <= n <= 500: err(f"{name}: {n} words (need 150-500)")
    if d.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", body, re.S)
        if not m or not re.search(r"^\w[\w-]*:\s*\S", m.group(1), re.M):
            err(f"{name}: YAML front matter missing or empty")
    if d.endswith(".html") and "<html" not in body.lower():
        err(f"{name}: no <html tag")
    stem = os.path.splitext(d)[0]
    exp_p, trap_p = stem + ".expected.tsv", stem + ".traps.tsv"
    expected_spans, cats = [], set()
    if not os.path.exists(exp_p): err(f"{name}: missing expected.tsv")
    else:
        el = open(exp_p, encoding="utf-8").read().split("\n")
        if el[-1] == "": el = el[:-1]
        if el[0] != "category\tsnippet": err(f"{name}: bad expected header {el[0]!r}")
        if len(el) - 1 < 3: err(f"{name}: fewer than 3 expected rows")
        for r in el[1:]:
            f = r.split("\t")
            if len(f) != 2 or not f[1]:
                err(f"{name}: bad expected row {r!r}"); continue
            cat, snip = f
            if cat not in ("pushy", "impersonal", "pushy,impersonal"): err(f"{name}: bad category {cat!r}")
            cats.update(cat.split(","))
            s = spans(body, snip)
            if not s: err(f"{name}: expected snippet not found verbatim: {snip!r}")
            expected_spans += s
        if not {"pushy", "impersonal"} <= cats: err(f"{name}: expected rows must include pushy and impersonal")
    if not os.path.exists(trap_p): err(f"{name}: missing traps.tsv")
    else:
        tl = open(trap_p, encoding="utf-8").read().split("\n")
        if tl[-1] == "": tl = tl[:-1]
        if tl[0] != "snippet": err(f"{name}: bad traps header {tl[0]!r}")
        if len(tl) - 1 < 3: err(f"{name}: fewer than 3 traps")
        for snip in tl[1:]:
            if not snip or "\t" in snip: err(f"{name}: bad trap row {snip!r}"); continue
            s = spans(body, snip)
            if not s: err(f"{name}: trap not found verbatim: {snip!r}")
            for a, b in s:
                for c, d2 in expected_spans:
                    if a < d2 and c < b: err(f"{name}: trap {snip!r} overlaps an expected snippet")

# ---------- README ----------
rp = os.path.join(HERE, "README.md")
if not os.path.exists(rp): err("README.md missing")
elif "2026-12-03" not in open(rp, encoding="utf-8").read(): err("README.md does not give the date 2026-12-03")

if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problem(s)"); sys.exit(1)
print("OK")
