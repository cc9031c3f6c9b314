#!/usr/bin/env python3
"""Validate the holdout batch in this folder. Prints OK or a list of problems."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats",
         "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging",
              "form-letter phrases", "grandiose posturing"]
CHANNELS = ["ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
            "political-email", "real-estate", "fitness", "finance-crypto", "travel",
            "restaurants", "courses", "events", "cancellation-flow", "app-store",
            "local-services", "newsletter", "legal-footer"]
RANGES = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
          "n": (108, "fine"), "f": (12, "fine")}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 12
errors = []

def err(msg):
    errors.append(msg)

def read_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if "\r" in text:
        err(f"{path}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        err(f"{path}: has a BOM")
    return text

# ---------------------------------------------------------------- sentences
text = read_text(os.path.join(HERE, "sentences.tsv"))
lines = text.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
else:
    err("sentences.tsv: missing final newline")
if not lines or lines[0] != HEADER:
    err(f"sentences.tsv: header must be exactly {HEADER!r}")
rows = []
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 5:
        err(f"sentences.tsv line {n}: {len(f)} fields, expected 5")
        continue
    if any(x.strip() == "" for x in f):
        err(f"sentences.tsv line {n}: empty field")
    if any(x != x.strip() for x in f):
        err(f"sentences.tsv line {n}: leading/trailing whitespace in a field")
    rows.append(f)
if len(rows) != 330:
    err(f"sentences.tsv: {len(rows)} rows, expected 330")

ids_by_prefix = collections.defaultdict(list)
seen_ids, seen_texts = set(), {}
chan = collections.Counter()
ptac, itac = collections.Counter(), collections.Counter()
fine = 0
for i, t, lab, ch, tac in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", i)
    if not m:
        err(f"{i}: bad id"); continue
    if i in seen_ids:
        err(f"{i}: duplicate id")
    seen_ids.add(i)
    pre = m.group(1)
    ids_by_prefix[pre].append(int(m.group(2)))
    if lab != RANGES[pre][1]:
        err(f"{i}: label {lab!r} should be {RANGES[pre][1]!r}")
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in seen_texts:
        err(f"{i}: duplicate text of {seen_texts[key]}")
    seen_texts[key] = i
    if ch not in CHANNELS:
        err(f"{i}: unknown channel {ch!r}")
    chan[ch] += 1
    if pre == "p":
        if tac not in PUSHY:
            err(f"{i}: {tac!r} is not a pushy tactic")
        ptac[tac] += 1
    elif pre == "i":
        if tac not in IMPERSONAL:
            err(f"{i}: {tac!r} is not an impersonal family")
        itac[tac] += 1
    elif pre == "b":
        parts = tac.split("; ")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{i}: tactic must be 'pushy tactic; impersonal family', got {tac!r}")
    else:
        fine += 1
        if tac in PUSHY or tac in IMPERSONAL:
            err(f"{i}: fine row should have a free description, not a tactic name")

for pre, (count, _) in RANGES.items():
    got = sorted(ids_by_prefix[pre])
    if got != list(range(1, count + 1)):
        err(f"ids {pre}: expected {pre}001-{pre}{count:03d} consecutive, got {len(got)} ids")
for c in CHANNELS:
    if chan[c] < MIN_PER_CHANNEL:
        err(f"channel {c}: used {chan[c]} times, need >= {MIN_PER_CHANNEL}")
for t in PUSHY:
    if not 5 <= ptac[t] <= 9:
        err(f"pushy tactic {t!r}: {ptac[t]} rows, want about 7 (5-9)")
for t in IMPERSONAL:
    if not 9 <= itac[t] <= 13:
        err(f"impersonal family {t!r}: {itac[t]} rows, want about 11 (9-13)")
if rows and fine * 3 < len(rows):
    err(f"only {fine} fine rows out of {len(rows)}; need at least a third")

# ---------------------------------------------------------------- documents
DOCS = os.path.join(HERE, "documents")
docs = sorted(f for f in os.listdir(DOCS)
              if not f.endswith(".tsv") and not f.startswith("."))
exts = sorted(os.path.splitext(d)[1] for d in docs)
if exts != [".html", ".md", ".txt"]:
    err(f"documents: need exactly one .md, one .html and one .txt, got {docs}")

def tsv(path, header):
    if not os.path.exists(path):
        err(f"{path}: missing"); return []
    ls = read_text(path).split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    if not ls or ls[0] != header:
        err(f"{os.path.basename(path)}: header must be {header!r}")
        return []
    out = []
    for k, l in enumerate(ls[1:], start=2):
        f = l.split("\t")
        if len(f) != len(header.split("\t")) or any(x == "" for x in f):
            err(f"{os.path.basename(path)} line {k}: malformed row")
            continue
        out.append(f)
    return out

def spans(doc, snip):
    out, start = [], 0
    while True:
        k = doc.find(snip, start)
        if k < 0:
            return out
        out.append((k, k + len(snip)))
        start = k + 1

for d in docs:
    path = os.path.join(DOCS, d)
    name, ext = os.path.splitext(d)
    body = read_text(path)
    plain = body
    if ext == ".html":
        if "<html" not in body.lower():
            err(f"{d}: no <html")
        plain = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S | re.I)
        plain = re.sub(r"<!--.*?-->", " ", plain, flags=re.S)
        plain = re.sub(r"<[^>]+>", " ", plain)
    fm_end = -1
    if ext == ".md":
        m = re.match(r"---\n(.*?)\n---\n", body, flags=re.S)
        if not m or not re.search(r"^\w[\w-]*:", m.group(1), flags=re.M):
            err(f"{d}: YAML front matter missing")
        else:
            fm_end = m.end()
    words = len(plain.split())
    if not 150 <= words <= 500:
        err(f"{d}: {words} words, need 150-500")
    if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", body):
        err(f"{d}: no merge tag")
    if not re.search(r"https?://|\b[\w-]+\.(?:co\.uk|org\.uk|app|events|com)\b", body):
        err(f"{d}: no link")

    exp = tsv(os.path.join(DOCS, name + ".expected.tsv"), "category\tsnippet")
    traps = tsv(os.path.join(DOCS, name + ".traps.tsv"), "snippet")
    if len(exp) < 3:
        err(f"{d}: need at least 3 expected rows")
    cats = set()
    exp_spans = []
    for cat, snip in exp:
        if cat not in ("pushy", "impersonal", "pushy,impersonal"):
            err(f"{d}: bad category {cat!r}")
        cats.update(cat.split(","))
        sp = spans(body, snip)
        if not sp:
            err(f"{d}: expected snippet not found verbatim: {snip!r}")
        exp_spans += sp
    if not {"pushy", "impersonal"} <= cats:
        err(f"{d}: expected rows must include both pushy and impersonal")
    if len(traps) < 3:
        err(f"{d}: need at least 3 traps")
    # code regions: fenced blocks, inline code, <code>/<pre>
    code = [(m.start(), m.end()) for m in re.finditer(r"```.*?```|`[^`\n]+`|<(code|pre)\b.*?</\1>", body, flags=re.S)]
    for (snip,) in traps:
        sp = spans(body, snip)
        if not sp:
            err(f"{d}: trap not found verbatim: {snip!r}")
        for a, b in sp:
            for x, y in exp_spans:
                if a < y and x < b:
                    err(f"{d}: trap {snip!r} overlaps an expected snippet")
            in_context = (b <= fm_end or any(x <= a and b <= y for x, y in code)
                          or re.search(r"://|\.\w+/|\{\{|\*\||[\"'“”‘’«»„`]", snip))
            if not in_context:
                err(f"{d}: trap {snip!r} is not inside code, a URL, a merge tag, front matter or quotes")

# ---------------------------------------------------------------- README
rd = os.path.join(HERE, "README.md")
if not os.path.exists(rd) or "2026-12-03" not in read_text(rd):
    err("README.md missing or does not mention 2026-12-03")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
