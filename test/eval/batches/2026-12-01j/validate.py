#!/usr/bin/env python3
"""Format checks for the holdout-12j evaluation batch. Prints OK when everything passes."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "text", "labels", "channel", "tactic"]
QUOTES = set("\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a")

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats",
         "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging",
              "form-letter phrases", "grandiose posturing"]
NEAR_MISS = ["deadline with a date and a reason", "stock fact with a reason",
             "guarantee that states its terms",
             "names of clubs, venues, products and programmes",
             "news and how-to prose", "past-tense stories", "only you can decide",
             "there's no rush", "pushy language quoted or discussed",
             "passive voice right in context", "warm, personal we",
             "capitals that are acronyms, codes or identifiers"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
            "push notifications", "nonprofit appeals", "political email", "real estate",
            "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
            "cancellation and unsubscribe flows", "app-store text", "local services",
            "newsletters", "legal footers"]
# prefix -> (count, label)
GROUPS = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
          "n": (108, "fine"), "f": (12, "fine")}
DOCS = ["landing-page.md", "winter-appeal-email.html", "gravelrun-sms-schedule.txt"]

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


def check_sentences():
    rows = read_tsv(os.path.join(HERE, "sentences.tsv"))
    if not rows or rows[0] != HEADER:
        err(f"sentences.tsv: header must be {HEADER}, got {rows[0] if rows else None}")
        return
    seen = {}
    by_prefix = {k: [] for k in GROUPS}
    channels = Counter()
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 5:
            err(f"line {n}: expected 5 fields, got {len(row)}")
            continue
        rid, text, labels, channel, tactic = row
        for field in row:
            if not field.strip():
                err(f"line {n}: empty field")
            elif field[0] in QUOTES:
                err(f"line {n}: field starts with a quote: {field[:20]!r}")
            if field != field.strip():
                err(f"line {n}: leading/trailing whitespace in {field[:20]!r}")
        if rid in seen:
            err(f"line {n}: duplicate id {rid}")
        seen[rid] = n
        if text in (r[1] for r in rows[1:n - 1]):
            err(f"line {n}: duplicate text")
        prefix = rid[:1]
        if prefix not in GROUPS or len(rid) != 4 or not rid[1:].isdigit():
            err(f"line {n}: bad id {rid}")
            continue
        by_prefix[prefix].append((rid, labels, tactic))
        if labels != GROUPS[prefix][1]:
            err(f"{rid}: labels {labels!r}, expected {GROUPS[prefix][1]!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channels[channel] += 1
        if prefix == "p" and tactic not in PUSHY:
            err(f"{rid}: unknown pushy tactic {tactic!r}")
        if prefix == "i" and tactic not in IMPERSONAL:
            err(f"{rid}: unknown impersonal family {tactic!r}")
        if prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic must be pushy-tactic+impersonal-family, got {tactic!r}")
        if prefix == "n" and tactic not in NEAR_MISS:
            err(f"{rid}: unknown near-miss kind {tactic!r}")

    for prefix, (count, _) in GROUPS.items():
        ids = [r[0] for r in by_prefix[prefix]]
        want = [f"{prefix}{k:03d}" for k in range(1, count + 1)]
        if ids != want:
            err(f"{prefix}-ids: expected {want[0]}..{want[-1]} in order ({count}), got {len(ids)}")

    # pushy: 6-7 per tactic, in the guide's order
    tac = [t for _, _, t in by_prefix["p"]]
    c = Counter(tac)
    for t in PUSHY:
        if not 6 <= c[t] <= 7:
            err(f"pushy tactic {t!r}: {c[t]} rows (want 6-7)")
    order = [t for k, t in enumerate(tac) if k == 0 or tac[k - 1] != t]
    if order != PUSHY:
        err("pushy tactics are not in the guide's order / not contiguous")
    fam = [t for _, _, t in by_prefix["i"]]
    c = Counter(fam)
    for t in IMPERSONAL:
        if not 11 <= c[t] <= 12:
            err(f"impersonal family {t!r}: {c[t]} rows (want 11-12)")
    order = [t for k, t in enumerate(fam) if k == 0 or fam[k - 1] != t]
    if order != IMPERSONAL:
        err("impersonal families are not in the guide's order / not contiguous")
    c = Counter(t for _, _, t in by_prefix["n"])
    for t in NEAR_MISS:
        if c[t] < 1:
            err(f"near-miss kind {t!r} missing")
    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"channel {ch!r}: {channels[ch]} rows (want >= 8)")
    total = len(rows) - 1
    if total != 330:
        err(f"sentences.tsv: {total} rows, want 330")
    fine = sum(1 for r in rows[1:] if len(r) == 5 and r[2] == "fine")
    if fine * 3 < total:
        err(f"fine rows {fine} are less than a third of {total}")
    return channels


def check_documents():
    ddir = os.path.join(HERE, "documents")
    for doc in DOCS:
        path = os.path.join(ddir, doc)
        if not os.path.exists(path):
            err(f"missing document {doc}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        stem = doc.rsplit(".", 1)[0]
        if doc.endswith(".md") and not text.startswith("---\n"):
            err(f"{doc}: missing YAML front matter")
        if doc.endswith(".html") and ("{{first_name}}" not in text or "class=" not in text or "href=" not in text):
            err(f"{doc}: needs {{{{first_name}}}}, CSS classes and links")
        exp = read_tsv(os.path.join(ddir, stem + ".expected.tsv"))
        if not exp or exp[0] != ["category", "snippet"]:
            err(f"{stem}.expected.tsv: bad header")
        expected = []
        for row in exp[1:]:
            if len(row) != 2 or row[0] not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad row {row}")
                continue
            expected.append(row[1])
            if row[1] not in text:
                err(f"{stem}.expected.tsv: snippet not in document: {row[1]!r}")
            if row[1][:1] in QUOTES:
                err(f"{stem}.expected.tsv: snippet starts with a quote")
        traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"))
        if not traps or traps[0] != ["snippet"]:
            err(f"{stem}.traps.tsv: bad header")
        for row in traps[1:]:
            if len(row) != 1:
                err(f"{stem}.traps.tsv: bad row {row}")
                continue
            if row[0] not in text:
                err(f"{stem}.traps.tsv: snippet not in document: {row[0]!r}")
            if row[0][:1] in QUOTES:
                err(f"{stem}.traps.tsv: snippet starts with a quote")
            for e in expected:
                if e in row[0] or row[0] in e:
                    err(f"{stem}: trap {row[0]!r} overlaps expected {e!r}")
        if len(exp) < 6 or len(traps) < 6:
            err(f"{stem}: too few expected or trap snippets")


check_sentences()
check_documents()
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
