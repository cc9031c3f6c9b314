#!/usr/bin/env python3
"""Validate the holdout-12c evaluation batch.

Checks sentences.tsv (header, ids, counts, labels, tactic names and order,
channels, field hygiene) and the three documents (format, length, expected
and trap snippets occurring verbatim). Prints OK when everything passes,
otherwise lists every problem and exits with status 1.

Usage: python3 validate.py [batch_dir]   (defaults to this file's folder)
"""
import collections
import os
import re
import sys

HEADER = ["id", "text", "labels", "channel", "tactic"]

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
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
QUOTE_CHARS = set("\"'`“”‘’«»„‚‹›「」『』")

# prefix -> (count, label, per-group range)
SECTIONS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
MIN_PER_CHANNEL = 8

DOCUMENTS = {
    "landing-page.md": "markdown",
    "winter-appeal.html": "html",
    "race-week-sms.txt": "text",
}
DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)
EXPECTED_CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def check_sentences(path):
    if not os.path.isfile(path):
        err(f"missing {path}")
        return
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv header must be exactly {'<TAB>'.join(HEADER)}")
        return
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"line {no}: expected {len(HEADER)} fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER, fields):
            if value == "" or value != value.strip():
                err(f"line {no}: field {name} is empty or has stray spaces")
            elif value[0] in QUOTE_CHARS:
                err(f"line {no}: field {name} starts with a quote character")
        rows.append(dict(zip(HEADER, fields)))

    total = sum(n for _, n, _ in SECTIONS)
    if len(rows) != total:
        err(f"sentences.tsv has {len(rows)} rows, expected {total}")

    expected_ids = [f"{p}{k:03d}" for p, n, _ in SECTIONS for k in range(1, n + 1)]
    ids = [r["id"] for r in rows]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"ids not in expected order; missing={missing[:5]} extra={extra[:5]}")

    texts = collections.Counter(r["text"].casefold() for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]}")

    label_for = {p: lab for p, _, lab in SECTIONS}
    by_prefix = collections.defaultdict(list)
    for r in rows:
        p = r["id"][:1]
        by_prefix[p].append(r)
        if p in label_for and r["labels"] != label_for[p]:
            err(f"{r['id']}: label {r['labels']!r}, expected {label_for[p]!r}")
        if r["channel"] not in CHANNELS:
            err(f"{r['id']}: unknown channel {r['channel']!r}")

    def check_groups(prefix, names, lo, hi):
        seq = [r["tactic"] for r in by_prefix[prefix]]
        for r in by_prefix[prefix]:
            if r["tactic"] not in names:
                err(f"{r['id']}: unknown tactic/family {r['tactic']!r}")
        # groups must be contiguous and in guide order
        order = []
        for t in seq:
            if not order or order[-1] != t:
                order.append(t)
        if order != names:
            err(f"{prefix}-rows: tactics not contiguous / not in guide order")
        counts = collections.Counter(seq)
        for name in names:
            if not lo <= counts[name] <= hi:
                err(f"{prefix}-rows: {name!r} has {counts[name]} rows, expected {lo}-{hi}")

    check_groups("p", PUSHY_TACTICS, 6, 7)
    check_groups("i", IMPERSONAL_FAMILIES, 11, 12)

    combos = set()
    for r in by_prefix["b"]:
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"{r['id']}: tactic must be 'pushy tactic+impersonal family', got {r['tactic']!r}")
        combos.add(r["tactic"])
    if len(combos) < 15:
        err(f"b-rows: only {len(combos)} distinct tactic+family pairs")
    for r in by_prefix["n"]:
        if r["tactic"] != "near-miss":
            err(f"{r['id']}: tactic must be 'near-miss'")
    for r in by_prefix["f"]:
        if r["tactic"] != "plain":
            err(f"{r['id']}: tactic must be 'plain'")

    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine}/{len(rows)} rows are fine; guide asks for at least a third")

    chan = collections.Counter(r["channel"] for r in rows)
    for c in CHANNELS:
        if chan[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r} used {chan[c]} times, need >= {MIN_PER_CHANNEL}")
    return rows, chan


def visible_text(text, kind):
    if kind == "markdown":
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if not m:
            err("landing-page.md: missing YAML front matter")
        else:
            text = text[m.end():]
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = re.sub(r"^\s*(#+|>|-)\s*", "", text, flags=re.M)
    elif kind == "html":
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<!DOCTYPE[^>]*>", " ", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = text.replace("&amp;", "&")
    else:
        # drop the schedule's header block and slot lines
        text = re.sub(r"^\[[^\]]*\].*$", " ", text, flags=re.M)
    return text


def count_sentences(text):
    return len(re.findall(r"[^\s.!?][.!?]+[\"”’')]*(?=\s|$)", text))


def check_documents(docdir):
    summary = {}
    for name, kind in DOCUMENTS.items():
        path = os.path.join(docdir, name)
        if not os.path.isfile(path):
            err(f"missing document {name}")
            continue
        with open(path, encoding="utf-8") as fh:
            doc = fh.read()
        if kind == "markdown" and not doc.startswith("---\n"):
            err(f"{name}: must start with YAML front matter")
        if kind == "html":
            for need in ("<html", "class=", "href=", "{{", "*|"):
                if need not in doc:
                    err(f"{name}: expected {need!r} somewhere in the HTML")
        if "{{" not in doc and "*|" not in doc:
            err(f"{name}: no merge tags")
        vis = visible_text(doc, kind)
        words = len(vis.split())
        sents = count_sentences(vis)
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{name}: {words} visible words, expected {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if not DOC_SENTENCES[0] <= sents <= DOC_SENTENCES[1]:
            err(f"{name}: about {sents} sentences, expected {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")

        stem = name.rsplit(".", 1)[0]
        spans = []
        exp_path = os.path.join(docdir, stem + ".expected.tsv")
        n_exp = n_trap = 0
        if not os.path.isfile(exp_path):
            err(f"missing {stem}.expected.tsv")
        else:
            with open(exp_path, encoding="utf-8") as fh:
                lines = fh.read().rstrip("\n").split("\n")
            if lines[0] != "category\tsnippet":
                err(f"{stem}.expected.tsv: header must be category<TAB>snippet")
            for line in lines[1:]:
                parts = line.split("\t")
                if len(parts) != 2:
                    err(f"{stem}.expected.tsv: bad line {line!r}")
                    continue
                cat, snip = parts
                n_exp += 1
                if cat not in EXPECTED_CATEGORIES:
                    err(f"{stem}.expected.tsv: bad category {cat!r}")
                if snip[:1] in QUOTE_CHARS:
                    err(f"{stem}.expected.tsv: snippet starts with a quote: {snip!r}")
                pos = doc.find(snip)
                if pos < 0:
                    err(f"{stem}.expected.tsv: not found verbatim: {snip!r}")
                else:
                    spans.append((pos, pos + len(snip)))
        trap_path = os.path.join(docdir, stem + ".traps.tsv")
        if not os.path.isfile(trap_path):
            err(f"missing {stem}.traps.tsv")
        else:
            with open(trap_path, encoding="utf-8") as fh:
                lines = fh.read().rstrip("\n").split("\n")
            if lines[0] != "snippet":
                err(f"{stem}.traps.tsv: header must be snippet")
            for snip in lines[1:]:
                n_trap += 1
                if "\t" in snip or not snip.strip():
                    err(f"{stem}.traps.tsv: bad line {snip!r}")
                    continue
                if snip[:1] in QUOTE_CHARS:
                    err(f"{stem}.traps.tsv: snippet starts with a quote: {snip!r}")
                if snip not in doc:
                    err(f"{stem}.traps.tsv: not found verbatim: {snip!r}")
                    continue
                # a trap must not sit inside a sentence we expect to be flagged
                start = 0
                while True:
                    pos = doc.find(snip, start)
                    if pos < 0:
                        break
                    for a, b in spans:
                        if pos < b and pos + len(snip) > a:
                            err(f"{stem}: trap {snip!r} overlaps an expected snippet")
                    start = pos + 1
        if n_exp < 5:
            err(f"{stem}: only {n_exp} expected problems")
        if n_trap < 5:
            err(f"{stem}: only {n_trap} traps")
        summary[name] = (words, sents, n_exp, n_trap)
    return summary


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    res = check_sentences(os.path.join(base, "sentences.tsv"))
    docs = check_documents(os.path.join(base, "documents"))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    rows, chan = res
    labels = collections.Counter(r["labels"] for r in rows)
    print(f"sentences: {len(rows)} rows, labels {dict(labels)}, {len(chan)} channels (min {min(chan.values())})")
    for name, (w, s, e, t) in docs.items():
        print(f"{name}: {w} words, ~{s} sentences, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
