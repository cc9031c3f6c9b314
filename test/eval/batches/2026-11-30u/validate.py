#!/usr/bin/env python3
"""Format checker for the holdout-u evaluation batch. Prints OK or a list of problems."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats",
         "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging",
              "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
            "push notifications", "nonprofit appeals", "political email", "real estate",
            "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
            "cancellation and unsubscribe flows", "app-store text", "local services",
            "newsletters", "legal footers"]
LABEL_BY_PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal",
                   "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
QUOTES = "\"'“”‘’„‚«»‹›`"
HEADER = "id\ttext\tlabels\tchannel\ttactic"
DOCUMENTS = {"landing-page.md": "md", "renewal-email.html": "html",
             "sms-push-schedule.txt": "txt"}

errors = []
def err(msg):
    errors.append(msg)

def read_lf(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return ""
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text

# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_lf(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
        return None
    rows, seen_ids, seen_text = [], set(), {}
    last_num = collections.defaultdict(int)
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: {len(fields)} fields, expected 5")
            continue
        rid, txt, labels, channel, tactic = fields
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if value == "" or value != value.strip():
                err(f"line {n}: field {name} empty or has surrounding whitespace")
            if value[:1] in QUOTES:
                err(f"line {n}: field {name} starts with a quotation mark")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        if rid in seen_ids:
            err(f"line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        if num != last_num[prefix] + 1:
            err(f"line {n}: id {rid} not consecutive (previous {prefix}{last_num[prefix]:03d})")
        last_num[prefix] = num
        if labels != LABEL_BY_PREFIX[prefix]:
            err(f"line {n}: {rid} labels {labels!r}, expected {LABEL_BY_PREFIX[prefix]!r}")
        if channel not in CHANNELS:
            err(f"line {n}: unknown channel {channel!r}")
        if prefix == "p" and tactic not in PUSHY:
            err(f"line {n}: {rid} tactic {tactic!r} is not a pushy tactic")
        if prefix == "i" and tactic not in IMPERSONAL:
            err(f"line {n}: {rid} tactic {tactic!r} is not an impersonal family")
        if prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"line {n}: {rid} tactic {tactic!r} must be 'pushy tactic+impersonal family'")
        if prefix == "n" and tactic != "near-miss":
            err(f"line {n}: {rid} tactic must be 'near-miss'")
        if prefix == "f" and tactic != "plain":
            err(f"line {n}: {rid} tactic must be 'plain'")
        key = txt.casefold()
        if key in seen_text:
            err(f"line {n}: text duplicates {seen_text[key]}")
        seen_text[key] = rid
        rows.append((rid, prefix, txt, labels, channel, tactic))

    per_prefix = collections.Counter(r[1] for r in rows)
    for p, want in EXPECTED_COUNTS.items():
        if per_prefix[p] != want:
            err(f"sentences.tsv: {per_prefix[p]} rows with prefix {p}, expected {want}")
    fine = per_prefix["n"] + per_prefix["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if per_prefix["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {per_prefix['n']} near-misses, need {MIN_NEAR_MISS}")
    if rows and fine * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, expected 330")

    channels = collections.Counter(r[4] for r in rows)
    for c in CHANNELS:
        if channels[c] < 10:
            err(f"sentences.tsv: channel {c!r} used {channels[c]} times (need at least 10)")
    tactic_use = collections.Counter()
    for r in rows:
        if r[1] in "pib":
            for part in r[5].split("+"):
                tactic_use[part] += 1
    for t in PUSHY + IMPERSONAL:
        if tactic_use[t] < 5:
            err(f"sentences.tsv: tactic/family {t!r} used only {tactic_use[t]} times")
    return rows

# ---------------------------------------------------------------- documents
def prose_of(kind, text):
    if kind == "md":
        if not text.startswith("---\n"):
            err("landing-page.md: no YAML front matter")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
        text = re.sub(r"^[#\-*\s]+", "", text, flags=re.M)
    elif kind == "html":
        text = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
    elif kind == "txt":
        msgs = [l.rsplit(" | ", 1)[1] for l in text.splitlines() if l.count(" | ") >= 5]
        text = "\n".join(msgs)
    return text

def count_sentences(prose):
    parts = re.split(r"(?<=[.!?])[\"”’)]*\s+|\n\s*\n|\n(?=[A-Z])", prose)
    return sum(1 for p in parts if len(re.findall(r"[A-Za-z0-9£$%]+", p)) >= 2)

def read_tsv(path, header):
    text = read_lf(path)
    lines = [l for l in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{os.path.basename(path)}: header must be exactly {header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != header.count("\t") + 1 or any(f == "" for f in fields):
            err(f"{os.path.basename(path)} line {n}: wrong number of fields or empty field")
            continue
        out.append(fields)
    return out

def check_documents():
    present = sorted(f for f in os.listdir(DOCS)
                     if not f.endswith(".tsv") and not f.startswith("."))
    if present != sorted(DOCUMENTS):
        err(f"documents/: expected {sorted(DOCUMENTS)}, found {present}")
    stats = {}
    for name, kind in DOCUMENTS.items():
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            err(f"documents/{name} missing")
            continue
        doc = read_lf(path)
        base = name.rsplit(".", 1)[0]
        exp = read_tsv(os.path.join(DOCS, base + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(DOCS, base + ".traps.tsv"), "snippet")
        cats = collections.Counter()
        for cat, snip in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{base}.expected.tsv: bad category {cat!r}")
            if snip not in doc:
                err(f"{base}.expected.tsv: snippet not found verbatim: {snip!r}")
        for (snip,) in traps:
            if snip not in doc:
                err(f"{base}.traps.tsv: snippet not found verbatim: {snip!r}")
            for _, e in exp:
                if snip in e or e in snip:
                    err(f"{base}: trap {snip!r} overlaps expected snippet {e!r}")
        if cats["pushy"] < 3 or cats["impersonal"] < 3:
            err(f"{base}: needs at least 3 pushy and 3 impersonal expected snippets")
        if len(traps) < 5:
            err(f"{base}.traps.tsv: fewer than 5 traps")
        if kind in ("html", "md") and not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}|https?://", doc):
            err(f"{name}: no merge tag or link")
        if kind == "html" and not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
            err(f"{name}: no merge tag")
        if kind == "html" and 'class="' not in doc:
            err(f"{name}: no CSS classes")
        if kind == "txt" and not re.search(r"\bSEG_[A-Z0-9_]+", doc):
            err(f"{name}: no segment codes")
        prose = prose_of(kind, doc)
        words = len(prose.split())
        sentences = count_sentences(prose)
        if not 150 <= words <= 500:
            err(f"{name}: {words} words of prose, expected 150-500")
        if not 25 <= sentences <= 45:
            err(f"{name}: about {sentences} sentences, expected 25-45")
        stats[name] = (words, sentences, cats["pushy"], cats["impersonal"], len(traps))
    return stats

# ---------------------------------------------------------------- README
def check_readme(rows):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    readme = read_lf(path)
    if rows is None:
        return
    for col, idx in (("labels", 3), ("channel", 4), ("tactic", 5)):
        for value, n in collections.Counter(r[idx] for r in rows).items():
            if not re.search(r"^\|\s*`?" + re.escape(value) + r"`?\s*\|\s*" + str(n) + r"\s*\|", readme, re.M):
                err(f"README.md: no table row '| {value} | {n} |' for {col}")

rows = check_sentences()
stats = check_documents()
check_readme(rows)
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
for name, (w, s, p, i, t) in stats.items():
    print(f"  {name}: {w} words, ~{s} sentences, {p} pushy + {i} impersonal snippets, {t} traps")
print("OK")
