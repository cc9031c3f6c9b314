#!/usr/bin/env python3
"""Validate the holdout-zv evaluation batch. Prints OK when every check passes."""
import collections
import os
import re
import sys

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
QUOTES = tuple("\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a")
SECTIONS = {  # prefix: (count, label)
    "p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
    "n": (108, "fine"), "f": (12, "fine")}
DOCUMENTS = {"landing-page": "landing-page.md",
             "roof-appeal-email": "roof-appeal-email.html",
             "sms-push-schedule": "sms-push-schedule.txt"}

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{os.path.relpath(path, HERE)}: header is {lines[0]!r} if any, want {header!r}")
        return []
    ncol = header.count("\t") + 1
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncol:
            err(f"{os.path.relpath(path, HERE)}:{n}: {len(fields)} fields, want {ncol}")
            continue
        for fv in fields:
            if not fv.strip():
                err(f"{os.path.relpath(path, HERE)}:{n}: empty field")
            if fv.startswith(QUOTES):
                err(f"{os.path.relpath(path, HERE)}:{n}: field starts with a quote: {fv[:30]!r}")
            if fv != fv.strip():
                err(f"{os.path.relpath(path, HERE)}:{n}: leading/trailing space in {fv[:30]!r}")
        rows.append(fields)
    return rows


# ---- sentences.tsv -------------------------------------------------------
rows = read_tsv(os.path.join(HERE, "sentences.tsv"), "id\ttext\tlabels\tchannel\ttactic")
if len(rows) != 330:
    err(f"sentences.tsv: {len(rows)} rows, want 330")

ids = [r[0] for r in rows]
if len(set(ids)) != len(ids):
    err("sentences.tsv: duplicate ids")
texts = [r[1] for r in rows]
dups = [t for t, c in collections.Counter(texts).items() if c > 1]
if dups:
    err(f"sentences.tsv: duplicate texts: {dups[:3]}")

by_prefix = collections.defaultdict(list)
for r in rows:
    m = re.fullmatch(r"([pibnf])(\d{3})", r[0])
    if not m:
        err(f"bad id {r[0]!r}")
        continue
    by_prefix[m.group(1)].append((int(m.group(2)), r))

expected_order = []
for prefix, (count, label) in SECTIONS.items():
    got = by_prefix.get(prefix, [])
    nums = [n for n, _ in got]
    if nums != list(range(1, count + 1)):
        err(f"ids {prefix}: want {prefix}001..{prefix}{count:03d} in order, got {len(nums)} ids")
    expected_order += [f"{prefix}{i:03d}" for i in range(1, count + 1)]
    for _, r in got:
        if r[2] != label:
            err(f"{r[0]}: labels {r[2]!r}, want {label!r}")
        if r[3] not in CHANNELS:
            err(f"{r[0]}: unknown channel {r[3]!r}")
if ids != expected_order:
    err("sentences.tsv: ids are not in the order p, i, b, n, f")

# pushy: 6-7 per tactic, in the guide's order
p_tactics = [r[4] for _, r in by_prefix["p"]]
for t in p_tactics:
    if t not in PUSHY:
        err(f"pushy row with unknown tactic {t!r}")
seen = []
for t in p_tactics:
    if not seen or seen[-1] != t:
        seen.append(t)
if seen != PUSHY:
    err("pushy tactics are not contiguous and in the guide's order")
for t, c in collections.Counter(p_tactics).items():
    if not 6 <= c <= 7:
        err(f"pushy tactic {t!r}: {c} rows, want 6-7")

# impersonal: 11-12 per family, in the guide's order
i_fams = [r[4] for _, r in by_prefix["i"]]
seen = []
for t in i_fams:
    if t not in IMPERSONAL:
        err(f"impersonal row with unknown family {t!r}")
    if not seen or seen[-1] != t:
        seen.append(t)
if seen != IMPERSONAL:
    err("impersonal families are not contiguous and in the guide's order")
for t, c in collections.Counter(i_fams).items():
    if not 11 <= c <= 12:
        err(f"impersonal family {t!r}: {c} rows, want 11-12")

# both: tactic+family
for _, r in by_prefix["b"]:
    parts = r[4].split("+")
    if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
        err(f"{r[0]}: tactic {r[4]!r} is not 'tactic+family'")

# near-misses: name a tactic or family they resemble
for _, r in by_prefix["n"]:
    if r[4] not in PUSHY + IMPERSONAL:
        err(f"{r[0]}: near-miss tactic {r[4]!r} is not a guide tactic or family")
for _, r in by_prefix["f"]:
    if r[4] != "none":
        err(f"{r[0]}: plain fine copy must have tactic 'none'")

fine = sum(1 for r in rows if r[2] == "fine")
if rows and fine * 3 < len(rows):
    err(f"only {fine}/{len(rows)} rows are fine; want at least a third")

ch = collections.Counter(r[3] for r in rows)
for c in CHANNELS:
    if ch[c] < 8:
        err(f"channel {c!r} used {ch[c]} times, want at least 8")

# ---- documents -------------------------------------------------------------
for stem, docname in DOCUMENTS.items():
    dpath = os.path.join(DOCS, docname)
    if not os.path.isfile(dpath):
        err(f"missing document {docname}")
        continue
    with open(dpath, encoding="utf-8") as fh:
        doc = fh.read()
    exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
    traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
    if not exp:
        err(f"{stem}.expected.tsv has no rows")
    if not traps:
        err(f"{stem}.traps.tsv has no rows")
    for cat, snip in exp:
        if cat not in ("pushy", "impersonal"):
            err(f"{stem}.expected.tsv: bad category {cat!r}")
        if snip not in doc:
            err(f"{stem}.expected.tsv: snippet not in document: {snip!r}")
    for (snip,) in traps:
        if snip not in doc:
            err(f"{stem}.traps.tsv: snippet not in document: {snip!r}")
        for _, e in exp:
            if snip in e or e in snip:
                err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
    if docname.endswith(".md") and not re.match(r"---\n.*?\n---\n", doc, re.S):
        err("landing-page.md has no YAML front matter")
    if docname.endswith(".html") and ("{{first_name}}" not in doc or 'class="' not in doc or "href=" not in doc):
        err("HTML email lacks merge tag, CSS class or link")

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
