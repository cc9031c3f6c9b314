#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 (batch d). Prints OK or a list of problems."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
CHANNELS = [
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
SECTIONS = {  # prefix: (label, expected row count)
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 12


def read_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.relpath(path, HERE)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        err(f"{os.path.relpath(path, HERE)}: has a BOM")
    return text


# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text is None:
        return
    if not text.endswith("\n"):
        err("sentences.tsv: missing final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
        return
    rows = lines[1:]
    if len(rows) != 330:
        err(f"sentences.tsv: expected 330 rows, found {len(rows)}")

    seen_texts = {}
    ids_by_prefix = {k: [] for k in SECTIONS}
    channel_count = Counter()
    pushy_count = Counter()      # tactics on p rows
    family_count = Counter()     # families on i rows
    b_pushy = Counter()
    b_family = Counter()
    label_count = Counter()
    all_ids = set()

    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: expected 5 tab-separated fields, found {len(fields)}")
            continue
        rid, txt, label, channel, tactic = fields
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not val.strip():
                err(f"line {n}: empty {name}")
            elif val != val.strip():
                err(f"line {n}: leading/trailing whitespace in {name}")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        if rid in all_ids:
            err(f"line {n}: duplicate id {rid}")
        all_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        ids_by_prefix[prefix].append(num)
        want_label = SECTIONS[prefix][0]
        if label != want_label:
            err(f"{rid}: label {label!r} should be {want_label!r}")
        label_count[label] += 1
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channel_count[channel] += 1
        key = re.sub(r"\s+", " ", txt.strip().lower())
        if key in seen_texts:
            err(f"{rid}: duplicate text (same as {seen_texts[key]})")
        seen_texts[key] = rid
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: tactic {tactic!r} is not a pushy tactic from the guide")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic {tactic!r} is not an impersonal family from the guide")
            family_count[tactic] += 1
        elif prefix == "b":
            parts = [p.strip() for p in tactic.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic {tactic!r} must be 'pushy tactic; impersonal family'")
            else:
                b_pushy[parts[0]] += 1
                b_family[parts[1]] += 1
        else:  # n, f: free description
            if tactic in PUSHY_TACTICS or tactic in IMPERSONAL_FAMILIES:
                err(f"{rid}: fine row should carry a free description, not a problem tactic name")

    # id ranges consecutive from 001
    for prefix, (label, count) in SECTIONS.items():
        nums = sorted(ids_by_prefix[prefix])
        if nums != list(range(1, count + 1)):
            err(f"ids {prefix}: expected {prefix}001..{prefix}{count:03d} consecutive, got {len(nums)} ids")

    # channels
    for ch in CHANNELS:
        if channel_count[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch!r} used {channel_count[ch]} times (< {MIN_PER_CHANNEL})")

    # every tactic and family used, spread evenly
    for t in PUSHY_TACTICS:
        if not 6 <= pushy_count[t] <= 8:
            err(f"pushy tactic {t!r} used {pushy_count[t]} times on p rows (want about 7)")
    for f in IMPERSONAL_FAMILIES:
        if not 10 <= family_count[f] <= 12:
            err(f"impersonal family {f!r} used {family_count[f]} times on i rows (want about 11)")
    unused_b = [f for f in IMPERSONAL_FAMILIES if b_family[f] == 0]
    if unused_b:
        err(f"b rows never use families: {unused_b}")

    fine = label_count["fine"]
    if fine * 3 < len(rows):
        err(f"only {fine} of {len(rows)} rows are fine (need at least a third)")


# ---------------------------------------------------------------- documents
def strip_html(t):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    return re.sub(r"<[^>]+>", " ", t)


def occurrences(hay, needle):
    spans, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return spans
        spans.append((i, i + len(needle)))
        start = i + 1


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return None
    lines = [l for l in text.split("\n") if l != ""]
    rel = os.path.relpath(path, HERE)
    if not lines or lines[0] != header:
        err(f"{rel}: header must be {header!r}")
        return None
    out = []
    ncol = len(header.split("\t"))
    for k, l in enumerate(lines[1:], start=2):
        f = l.split("\t")
        if len(f) != ncol or any(not x.strip() for x in f):
            err(f"{rel} line {k}: expected {ncol} non-empty tab-separated fields")
            continue
        out.append(f)
    return out


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f)))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: need exactly one .md, one .html and one .txt, found {docs}")
    for d in docs:
        path = os.path.join(ddir, d)
        name, ext = os.path.splitext(d)
        text = read_text(path)
        if text is None:
            continue
        body = strip_html(text) if ext == ".html" else text
        words = len(body.split())
        if not 150 <= words <= 500:
            err(f"{d}: {words} words (need 150-500)")
        if ext == ".md":
            if not re.match(r"---\n(.+?\n)+?---\n", text):
                err(f"{d}: YAML front matter missing")
        if ext == ".html" and "<html" not in text.lower():
            err(f"{d}: does not contain <html")

        exp = read_tsv(os.path.join(ddir, name + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(ddir, name + ".traps.tsv"), "snippet")
        if exp is None or traps is None:
            continue
        if len(exp) < 3:
            err(f"{name}.expected.tsv: need at least 3 rows")
        cats = [c for c, _ in exp]
        for c in cats:
            if c not in ("pushy", "impersonal", "pushy,impersonal"):
                err(f"{name}.expected.tsv: bad category {c!r}")
        if not any("pushy" in c for c in cats) or not any("impersonal" in c for c in cats):
            err(f"{name}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: need at least 3 rows")

        exp_spans = []
        for c, s in exp:
            sp = occurrences(text, s)
            if not sp:
                err(f"{name}.expected.tsv: snippet not found verbatim: {s!r}")
            exp_spans.extend(sp)
        for (s,) in traps:
            sp = occurrences(text, s)
            if not sp:
                err(f"{name}.traps.tsv: snippet not found verbatim: {s!r}")
            for a, b in sp:
                for x, y in exp_spans:
                    if a < y and x < b:
                        err(f"{name}: trap {s!r} overlaps an expected snippet")
            for _, e in exp:
                if s in e or e in s:
                    err(f"{name}: trap {s!r} and expected {e!r} contain one another")


# ---------------------------------------------------------------- README
def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = read_text(path) or ""
    if "2026-12-03" not in text:
        err("README.md: should state the date 2026-12-03")
    for ch in CHANNELS:
        if ch not in text:
            err(f"README.md: channel {ch!r} not mentioned")


check_sentences()
check_documents()
check_readme()

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
