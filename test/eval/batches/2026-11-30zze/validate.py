#!/usr/bin/env python3
"""Validate the holdout-zze evaluation batch. Prints OK when every check passes."""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
         "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
         "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
         "assumptive close", "manufactured need", "shouting"]
FAMILIES = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
            "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
            "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
            "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
            "local services", "newsletters", "legal footers"]
QUOTES = tuple('"\'`“”‘’«»„')
SPEC = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"), "n": (108, "fine"), "f": (12, "fine")}
errors = []

def err(msg):
    errors.append(msg)

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l.split("\t") for l in lines]

# --- sentences.tsv ---
rows = read_tsv(os.path.join(HERE, "sentences.tsv"))
if rows[0] != ["id", "text", "labels", "channel", "tactic"]:
    err(f"sentences.tsv header is {rows[0]!r}")
body = rows[1:]
if len(body) != 330:
    err(f"expected 330 rows, got {len(body)}")
ids, prefix_n, chan = set(), Counter(), Counter()
pushy_t, fam_t = Counter(), Counter()
for n, r in enumerate(body, 2):
    if len(r) != 5:
        err(f"line {n}: {len(r)} fields"); continue
    rid, text, labels, channel, tactic = r
    for f in r:
        if not f.strip():
            err(f"line {n}: empty field")
        elif f.startswith(QUOTES):
            err(f"line {n}: field starts with a quote: {f[:20]!r}")
        if "\r" in f:
            err(f"line {n}: carriage return in field")
    if rid in ids:
        err(f"duplicate id {rid}")
    ids.add(rid)
    m = re.fullmatch(r"([pibnf])(\d{3})", rid)
    if not m:
        err(f"line {n}: bad id {rid}"); continue
    p, num = m.group(1), int(m.group(2))
    prefix_n[p] += 1
    if not 1 <= num <= SPEC[p][0]:
        err(f"{rid}: number out of range")
    if labels != SPEC[p][1]:
        err(f"{rid}: label {labels!r}, expected {SPEC[p][1]!r}")
    if channel not in CHANNELS:
        err(f"{rid}: unknown channel {channel!r}")
    chan[channel] += 1
    if p == "p":
        if tactic not in PUSHY: err(f"{rid}: unknown pushy tactic {tactic!r}")
        pushy_t[tactic] += 1
    elif p == "i":
        if tactic not in FAMILIES: err(f"{rid}: unknown family {tactic!r}")
        fam_t[tactic] += 1
    elif p == "b":
        parts = tactic.split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in FAMILIES:
            err(f"{rid}: bad both-tactic {tactic!r}")
    elif p == "n":
        if tactic not in PUSHY + FAMILIES: err(f"{rid}: near-miss tactic {tactic!r} not in guide")
    elif p == "f":
        if tactic != "plain": err(f"{rid}: tactic should be plain")
for p, (want, _) in SPEC.items():
    if prefix_n[p] != want:
        err(f"prefix {p}: {prefix_n[p]} rows, expected {want}")
# ids must be in order p, i, b, n, f
order = [r[0] for r in body if len(r) == 5]
expected_order = [f"{p}{k:03d}" for p in "pibnf" for k in range(1, SPEC[p][0] + 1)]
if order != expected_order:
    err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
for t in PUSHY:
    if not 6 <= pushy_t[t] <= 7: err(f"pushy tactic {t!r}: {pushy_t[t]} rows (want 6-7)")
for t in FAMILIES:
    if not 11 <= fam_t[t] <= 12: err(f"family {t!r}: {fam_t[t]} rows (want 11-12)")
for c in CHANNELS:
    if chan[c] < 8: err(f"channel {c!r}: only {chan[c]} rows (want >= 8)")
fine = prefix_n["n"] + prefix_n["f"]
if fine * 3 < len(body):
    err("fine rows are less than a third of the batch")

# --- documents ---
docdir = os.path.join(HERE, "documents")
docs = sorted(f for f in os.listdir(docdir) if not f.endswith(".tsv"))
if len(docs) != 3:
    err(f"expected 3 documents, found {docs}")
kinds = {"md": False, "html": False, "txt": False}
for d in docs:
    name, ext = os.path.splitext(d)
    ext = ext.lstrip(".")
    if ext in kinds: kinds[ext] = True
    text = open(os.path.join(docdir, d), encoding="utf-8").read()
    if ext == "md" and not text.startswith("---\n"):
        err(f"{d}: no YAML front matter")
    if ext == "html" and not re.search(r"(\*\|\w+\|\*|\{\{\s*\w+\s*\}\})", text):
        err(f"{d}: no merge tags")
    if ext == "html" and ("class=" not in text or "href=" not in text):
        err(f"{d}: needs CSS classes and links")
    prose = re.sub(r"<[^>]+>", " ", text)
    prose = re.sub(r"^---\n.*?\n---\n", "", prose, flags=re.S)
    words = len(prose.split())
    sentences = len(re.findall(r"[.!?]+(?=\s|$|<)", prose))
    if not 150 <= words <= 500: err(f"{d}: {words} words (want 150-500)")
    if not 25 <= sentences <= 45: err(f"{d}: about {sentences} sentences (want 25-45)")
    for suffix, header in ((".expected.tsv", ["category", "snippet"]), (".traps.tsv", ["snippet"])):
        p = os.path.join(docdir, name + suffix)
        if not os.path.exists(p):
            err(f"missing {name + suffix}"); continue
        t = read_tsv(p)
        if not t or t[0] != header:
            err(f"{name + suffix}: bad header {t[0] if t else None!r}"); continue
        if len(t) < 4:
            err(f"{name + suffix}: too few rows")
        for r in t[1:]:
            if len(r) != len(header):
                err(f"{name + suffix}: bad row {r!r}"); continue
            snip = r[-1]
            if suffix == ".expected.tsv" and r[0] not in ("pushy", "impersonal"):
                err(f"{name + suffix}: bad category {r[0]!r}")
            if not snip:
                err(f"{name + suffix}: empty snippet")
            elif snip not in text:
                err(f"{name + suffix}: snippet not in {d}: {snip!r}")
            if snip.startswith(QUOTES):
                err(f"{name + suffix}: snippet starts with a quote: {snip!r}")
for k, v in kinds.items():
    if not v: err(f"no .{k} document")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
