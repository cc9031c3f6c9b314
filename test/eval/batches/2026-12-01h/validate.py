#!/usr/bin/env python3
"""Format checks for the holdout-12h evaluation batch. Prints OK when everything passes."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PUSHY = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
NEAR_MISS = [
    "deadline with a date and a reason", "stock fact with a reason",
    "guarantee that states its terms",
    "names of clubs, venues, products and programmes",
    "news and how-to prose", "past-tense stories", "only you can decide",
    "there's no rush", "pushy language quoted or discussed",
    "passive voice that is right in context", 'warm, personal "we"',
    "capitals that are acronyms, codes or identifiers",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses",
    "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
QUOTES = set("\"'`“”‘’„‚«»‹›")
HEADER = ["id", "text", "labels", "channel", "tactic"]
RANGES = [  # prefix, count, label
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
DOCUMENTS = ["landing-page.md", "appeal-email.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def check_fields(where, fields):
    for f in fields:
        if f == "":
            err(f"{where}: empty field")
        elif f[0] in QUOTES:
            err(f"{where}: field starts with a quote character: {f[:40]!r}")
        elif f != f.strip():
            err(f"{where}: leading/trailing whitespace in {f[:40]!r}")


# ---------------------------------------------------------------- sentences
rows = read_tsv(os.path.join(HERE, "sentences.tsv"))
if not rows or rows[0] != HEADER:
    err(f"sentences.tsv: header must be {HEADER}, got {rows[0] if rows else None}")
body = rows[1:]
expected_ids = [f"{p}{k:03d}" for p, n, _ in RANGES for k in range(1, n + 1)]
ids = [r[0] for r in body]
if ids != expected_ids:
    err(f"sentences.tsv: ids not exactly {len(expected_ids)} rows p001-p110, i001-i080, "
        f"b001-b020, n001-n108, f001-f012 in order (got {len(ids)} rows)")
label_for = {p: lab for p, _, lab in RANGES}
channel_count = collections.Counter()
tactic_count = collections.defaultdict(collections.Counter)
texts = collections.Counter()
last_index = {"p": -1, "i": -1}
for r in body:
    where = f"sentences.tsv {r[0] if r else '?'}"
    if len(r) != 5:
        err(f"{where}: expected 5 fields, got {len(r)}")
        continue
    check_fields(where, r)
    rid, text, labels, channel, tactic = r
    prefix = rid[:1]
    texts[text] += 1
    if label_for.get(prefix) != labels:
        err(f"{where}: labels {labels!r} should be {label_for.get(prefix)!r}")
    if channel not in CHANNELS:
        err(f"{where}: unknown channel {channel!r}")
    channel_count[channel] += 1
    tactic_count[prefix][tactic] += 1
    if prefix == "p":
        if tactic not in PUSHY:
            err(f"{where}: unknown pushy tactic {tactic!r}")
        else:
            idx = PUSHY.index(tactic)
            if idx < last_index["p"]:
                err(f"{where}: pushy tactics not in the guide's order")
            last_index["p"] = idx
    elif prefix == "i":
        if tactic not in IMPERSONAL:
            err(f"{where}: unknown impersonal family {tactic!r}")
        else:
            idx = IMPERSONAL.index(tactic)
            if idx < last_index["i"]:
                err(f"{where}: impersonal families not in the guide's order")
            last_index["i"] = idx
    elif prefix == "b":
        parts = tactic.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
    elif prefix == "n":
        if tactic not in NEAR_MISS:
            err(f"{where}: unknown near-miss kind {tactic!r}")

for t in PUSHY:
    if not 6 <= tactic_count["p"][t] <= 7:
        err(f"pushy tactic {t!r}: {tactic_count['p'][t]} rows (want 6-7)")
for f in IMPERSONAL:
    if not 11 <= tactic_count["i"][f] <= 12:
        err(f"impersonal family {f!r}: {tactic_count['i'][f]} rows (want 11-12)")
for k in NEAR_MISS:
    if tactic_count["n"][k] < 1:
        err(f"near-miss kind {k!r} unused")
for c in CHANNELS:
    if channel_count[c] < 8:
        err(f"channel {c!r}: {channel_count[c]} rows (want >= 8)")
for t, k in texts.items():
    if k > 1:
        err(f"duplicate text x{k}: {t[:50]!r}")
fine = sum(1 for r in body if len(r) == 5 and r[2] == "fine")
if body and fine * 3 < len(body):
    err(f"fine rows {fine} are less than a third of {len(body)}")

# ---------------------------------------------------------------- documents
docdir = os.path.join(HERE, "documents")


def word_count(name, text):
    if name.endswith(".html"):
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    return sum(1 for t in text.split() if re.search(r"[A-Za-z0-9]", t))


def sentence_count(name, text):
    if name.endswith(".html"):
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<(p|br|div|li|span|title)\b[^>]*>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # drop front matter
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    n = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if re.match(r"^\[\d+\] ", line):  # schedule slot header
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z*\[])", line) if re.search(r"[A-Za-z]{2}", p)]
        n += len(parts)
    return n


present = sorted(os.listdir(docdir))
for name in DOCUMENTS:
    path = os.path.join(docdir, name)
    if not os.path.isfile(path):
        err(f"documents/{name} missing")
        continue
    with open(path, encoding="utf-8") as fh:
        doc = fh.read()
    if name.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", doc, flags=re.S):
        err(f"{name}: no YAML front matter")
    if name.endswith(".html"):
        if "{{first_name}}" not in doc or "class=" not in doc or "href=" not in doc:
            err(f"{name}: needs {{{{first_name}}}} merge tag, CSS classes and links")
    wc = word_count(name, doc)
    if not 150 <= wc <= 500:
        err(f"{name}: {wc} words (want 150-500)")
    sc = sentence_count(name, doc)
    if not 25 <= sc <= 45:
        err(f"{name}: about {sc} sentences (want 25-45)")
    stem = name.rsplit(".", 1)[0]
    exp_rows = read_tsv(os.path.join(docdir, stem + ".expected.tsv"))
    trap_rows = read_tsv(os.path.join(docdir, stem + ".traps.tsv"))
    if not exp_rows or exp_rows[0] != ["category", "snippet"]:
        err(f"{stem}.expected.tsv: bad header")
    if not trap_rows or trap_rows[0] != ["snippet"]:
        err(f"{stem}.traps.tsv: bad header")
    cats = collections.Counter()
    expected = []
    for r in exp_rows[1:]:
        where = f"{stem}.expected.tsv"
        if len(r) != 2:
            err(f"{where}: row needs 2 fields: {r}")
            continue
        check_fields(where, r)
        cat, snip = r
        if cat not in ("pushy", "impersonal"):
            err(f"{where}: bad category {cat!r}")
        cats[cat] += 1
        if snip not in doc:
            err(f"{where}: snippet not in document: {snip!r}")
        expected.append(snip)
    if not cats["pushy"] or not cats["impersonal"]:
        err(f"{stem}.expected.tsv: needs both pushy and impersonal snippets")
    traps = []
    for r in trap_rows[1:]:
        where = f"{stem}.traps.tsv"
        if len(r) != 1:
            err(f"{where}: row needs 1 field: {r}")
            continue
        check_fields(where, r)
        snip = r[0]
        if snip not in doc:
            err(f"{where}: snippet not in document: {snip!r}")
        for e in expected:
            if snip in e or e in snip:
                err(f"{where}: trap {snip!r} overlaps expected snippet {e!r}")
        traps.append(snip)
    if not traps:
        err(f"{stem}.traps.tsv: no traps")
    for suffix in (".expected.tsv", ".traps.tsv"):
        if stem + suffix not in present:
            err(f"documents/{stem}{suffix} missing")
allowed = set(DOCUMENTS) | {d.rsplit(".", 1)[0] + s for d in DOCUMENTS for s in (".expected.tsv", ".traps.tsv")}
for extra in set(present) - allowed:
    err(f"documents/{extra}: unexpected file")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
