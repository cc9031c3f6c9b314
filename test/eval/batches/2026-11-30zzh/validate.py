#!/usr/bin/env python3
"""Validate the holdout-zzh evaluation batch. Prints OK when everything passes."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
# prefix -> (count, label)
GROUPS = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
          "n": (108, "fine"), "f": (12, "fine")}
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a`"
HEADER = "id\ttext\tlabels\tchannel\ttactic"
DOCUMENTS = ["landing-page.md", "newsletter.html", "sms-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.rstrip("\n").split("\n")
    if lines[0] != HEADER:
        err(f"bad header: {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: expected 5 fields, got {len(fields)}")
            continue
        for f in fields:
            if not f.strip():
                err(f"line {n}: empty field")
            elif f[0] in QUOTES:
                err(f"line {n}: field starts with a quote: {f[:20]!r}")
            if f != f.strip():
                err(f"line {n}: leading/trailing whitespace in {f[:20]!r}")
        rows.append(fields)
    if len(rows) != 330:
        err(f"expected 330 rows, got {len(rows)}")

    # ids in order, per group
    expected_ids = [f"{p}{k:03d}" for p, (c, _) in GROUPS.items() for k in range(1, c + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
    if len(set(r[1] for r in rows)) != len(rows):
        dup = [t for t, c in collections.Counter(r[1] for r in rows).items() if c > 1]
        err(f"duplicate texts: {dup[:3]}")

    by_group = collections.defaultdict(list)
    for r in rows:
        by_group[r[0][0]].append(r)
    for p, (_, label) in GROUPS.items():
        for r in by_group[p]:
            if r[2] != label:
                err(f"{r[0]}: label {r[2]!r}, expected {label!r}")

    # pushy: 6-7 per tactic, in the guide's order
    p_tactics = [r[4] for r in by_group["p"]]
    for r in by_group["p"]:
        if r[4] not in TACTICS:
            err(f"{r[0]}: unknown tactic {r[4]!r}")
    c = collections.Counter(p_tactics)
    for t in TACTICS:
        if not 6 <= c[t] <= 7:
            err(f"pushy tactic {t!r} has {c[t]} rows (need 6-7)")
    order = [t for i, t in enumerate(p_tactics) if i == 0 or p_tactics[i - 1] != t]
    if order != TACTICS:
        err("pushy rows are not grouped in the guide's tactic order")

    # impersonal: 11-12 per family, in the guide's order
    i_fams = [r[4] for r in by_group["i"]]
    for r in by_group["i"]:
        if r[4] not in FAMILIES:
            err(f"{r[0]}: unknown family {r[4]!r}")
    c = collections.Counter(i_fams)
    for f in FAMILIES:
        if not 11 <= c[f] <= 12:
            err(f"impersonal family {f!r} has {c[f]} rows (need 11-12)")
    order = [t for i, t in enumerate(i_fams) if i == 0 or i_fams[i - 1] != t]
    if order != FAMILIES:
        err("impersonal rows are not grouped in the guide's family order")

    # both: tactic+family
    for r in by_group["b"]:
        parts = r[4].split("+")
        if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
            err(f"{r[0]}: tactic must be 'tactic+family', got {r[4]!r}")

    # near-misses: a tactic or family name; plain: 'plain'
    for r in by_group["n"]:
        if r[4] not in TACTICS and r[4] not in FAMILIES:
            err(f"{r[0]}: near-miss tactic {r[4]!r} is not a guide tactic/family")
    for r in by_group["f"]:
        if r[4] != "plain":
            err(f"{r[0]}: plain row must have tactic 'plain'")

    # channels
    cc = collections.Counter(r[3] for r in rows)
    for r in rows:
        if r[3] not in CHANNELS:
            err(f"{r[0]}: unknown channel {r[3]!r}")
    for ch in CHANNELS:
        if cc[ch] < 8:
            err(f"channel {ch!r} used {cc[ch]} times (need >= 8)")

    fine = sum(1 for r in rows if r[2] == "fine")
    if fine * 3 < len(rows):
        err(f"fine rows are fewer than a third ({fine}/{len(rows)})")
    return rows, cc


def visible_text(name, text):
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
    elif name.endswith(".html"):
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
    elif name.endswith(".txt"):
        text = "\n".join(l for l in text.splitlines()
                         if not l.startswith("#") and not l.startswith("["))
    return text


def read_tsv(path, header):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().rstrip("\n").split("\n")
    if lines[0] != header:
        err(f"{os.path.basename(path)}: bad header {lines[0]!r}")
    return [l.split("\t") for l in lines[1:]]


def check_documents():
    stats = {}
    for doc in DOCUMENTS:
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            err(f"missing document {doc}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        name = os.path.splitext(doc)[0]

        if doc.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"{doc}: missing YAML front matter")
        if doc.endswith(".html"):
            if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", text):
                err(f"{doc}: no merge tags")
            if 'class="' not in text or 'href="' not in text:
                err(f"{doc}: needs CSS classes and links")

        vis = visible_text(doc, text)
        sentences = len(re.findall(r"[.!?]+(?=[\s)*\"'\u201d]|$)", vis))
        words = len(re.findall(r"\S+", vis))
        stats[doc] = (sentences, words)
        if not 25 <= sentences <= 45:
            err(f"{doc}: about {sentences} sentences (need 25-45)")
        if not 150 <= words <= 500:
            err(f"{doc}: about {words} words (need 150-500)")

        exp_rows = read_tsv(os.path.join(DOCS, name + ".expected.tsv"), "category\tsnippet")
        expected = []
        if not exp_rows:
            err(f"{name}.expected.tsv is empty")
        for r in exp_rows:
            if len(r) != 2:
                err(f"{name}.expected.tsv: bad row {r!r}")
                continue
            cat, snip = r
            if cat not in ("pushy", "impersonal"):
                err(f"{name}.expected.tsv: bad category {cat!r}")
            if not snip or snip[0] in QUOTES:
                err(f"{name}.expected.tsv: empty or quote-initial snippet {snip!r}")
            if snip not in text:
                err(f"{name}.expected.tsv: snippet not in document: {snip!r}")
            expected.append(snip)
        cats = {r[0] for r in exp_rows if len(r) == 2}
        if cats != {"pushy", "impersonal"}:
            err(f"{name}.expected.tsv should mix pushy and impersonal, got {cats}")

        trap_rows = read_tsv(os.path.join(DOCS, name + ".traps.tsv"), "snippet")
        if not trap_rows:
            err(f"{name}.traps.tsv is empty")
        for r in trap_rows:
            if len(r) != 1 or not r[0]:
                err(f"{name}.traps.tsv: bad row {r!r}")
                continue
            snip = r[0]
            if snip[0] in QUOTES:
                err(f"{name}.traps.tsv: quote-initial snippet {snip!r}")
            if snip not in text:
                err(f"{name}.traps.tsv: snippet not in document: {snip!r}")
            for e in expected:
                if snip in e or e in snip:
                    err(f"{name}: trap {snip!r} overlaps expected snippet {e!r}")
    return stats


def main():
    rows, cc = check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    if "-v" in sys.argv:
        for ch in CHANNELS:
            print(f"{cc[ch]:3d}  {ch}")
        for d, (s, w) in stats.items():
            print(f"{d}: ~{s} sentences, ~{w} words")
    print("OK")


if __name__ == "__main__":
    main()
