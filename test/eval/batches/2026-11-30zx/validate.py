#!/usr/bin/env python3
"""Validate the holdout-zx evaluation batch. Prints OK when every check passes."""
import collections
import csv
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
HEADER = ["id", "text", "labels", "channel", "tactic"]
SECTIONS = {  # prefix: (count, label)
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
MIN_PER_CHANNEL = 8

errors = []


def err(msg):
    errors.append(msg)


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "\t".join(HEADER):
        err("bad header: %r" % (lines[0] if lines else None))
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err("line %d: %d fields, expected %d" % (n, len(fields), len(HEADER)))
            continue
        for name, value in zip(HEADER, fields):
            if value == "" or value != value.strip():
                err("line %d: field %s empty or padded" % (n, name))
            if value[:1] in QUOTES:
                err("line %d: field %s starts with a quote character" % (n, name))
        rows.append(dict(zip(HEADER, fields)))

    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate ids: %s" % [k for k, v in collections.Counter(ids).items() if v > 1])
    texts = [r["text"] for r in rows]
    if len(texts) != len(set(texts)):
        err("duplicate texts: %s" % [k for k, v in collections.Counter(texts).items() if v > 1])

    # ids, order and counts per section
    expected_ids = []
    for prefix, (count, _) in SECTIONS.items():
        expected_ids += ["%s%03d" % (prefix, k) for k in range(1, count + 1)]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err("ids not as expected (missing %s, extra %s, or out of order)" % (missing[:5], extra[:5]))
    if len(rows) != 330:
        err("expected 330 rows, found %d" % len(rows))

    by_prefix = collections.defaultdict(list)
    for r in rows:
        by_prefix[r["id"][0]].append(r)
    for prefix, (count, label) in SECTIONS.items():
        got = by_prefix.get(prefix, [])
        if len(got) != count:
            err("section %s: %d rows, expected %d" % (prefix, len(got), count))
        for r in got:
            if r["labels"] != label:
                err("%s: label %r, expected %r" % (r["id"], r["labels"], label))
            t = r["tactic"]
            if prefix == "p" and t not in TACTICS:
                err("%s: unknown tactic %r" % (r["id"], t))
            if prefix == "i" and t not in FAMILIES:
                err("%s: unknown family %r" % (r["id"], t))
            if prefix == "b":
                parts = t.split("+")
                if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                    err("%s: tactic %r is not tactic+family" % (r["id"], t))
            if prefix == "n" and t not in TACTICS + FAMILIES:
                err("%s: near-miss tactic %r names no tactic or family" % (r["id"], t))
            if prefix == "f" and t != "none":
                err("%s: plain fine row must have tactic none" % r["id"])

    # pushy rows: guide order, 6-7 per tactic
    p_tactics = [r["tactic"] for r in by_prefix["p"]]
    order = []
    for t in p_tactics:
        if not order or order[-1] != t:
            order.append(t)
    if order != TACTICS:
        err("pushy rows are not grouped in the guide's order of tactics")
    for t, c in collections.Counter(p_tactics).items():
        if not 6 <= c <= 7:
            err("pushy tactic %r has %d rows (want 6-7)" % (t, c))
    i_fams = [r["tactic"] for r in by_prefix["i"]]
    order = []
    for t in i_fams:
        if not order or order[-1] != t:
            order.append(t)
    if order != FAMILIES:
        err("impersonal rows are not grouped in the guide's order of families")
    for t, c in collections.Counter(i_fams).items():
        if not 11 <= c <= 12:
            err("impersonal family %r has %d rows (want 11-12)" % (t, c))

    # fine share: at least a third
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if fine * 3 < len(rows):
        err("fine rows are fewer than a third (%d of %d)" % (fine, len(rows)))

    # channels
    ch = collections.Counter(r["channel"] for r in rows)
    for c in ch:
        if c not in CHANNELS:
            err("unknown channel %r" % c)
    for c in CHANNELS:
        if ch.get(c, 0) < MIN_PER_CHANNEL:
            err("channel %r used %d times (want >= %d)" % (c, ch.get(c, 0), MIN_PER_CHANNEL))
    return rows


def visible_text(name, text):
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\{%.*?%\}", " ", text)
        text = re.sub(r"\]\([^)]*\)", "]", text)
        text = "\n".join(l for l in text.splitlines() if not l.startswith("|"))
    if name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", "\n", text)
        text = text.replace("&amp;", "&")
    if name.endswith(".txt"):
        text = re.sub(r"^\d\d \w{3} \d\d:\d\d (SMS|PUSH): ", "", text, flags=re.M)
    return text


def rough_sentences(text):
    count = 0
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if not re.search(r"[A-Za-z]", line):
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9{*\"])", line)
        count += sum(1 for p in parts if re.search(r"[A-Za-z]{2}", p))
    return count


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "\t".join(header):
        err("%s: bad header %r" % (os.path.basename(path), lines[0] if lines else None))
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(f == "" for f in fields):
            err("%s line %d: malformed" % (os.path.basename(path), n))
            continue
        out.append(fields)
    return out


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and not f.startswith("."))
    if len(docs) != 3:
        err("expected 3 documents, found %s" % docs)
    exts = {os.path.splitext(d)[1] for d in docs}
    if "landing-page.md" not in docs:
        err("landing-page.md missing")
    if ".html" not in exts or ".txt" not in exts:
        err("need one .html email and one .txt SMS/push schedule")
    for doc in docs:
        name = os.path.splitext(doc)[0]
        with open(os.path.join(DOCS, doc), encoding="utf-8") as fh:
            text = fh.read()
        if doc.endswith(".md") and not text.startswith("---\n"):
            err("%s: no YAML front matter" % doc)
        if doc.endswith(".html") and ("{{first_name}}" not in text or "class=" not in text or "href=" not in text):
            err("%s: expected merge tags, CSS classes and links" % doc)
        vis = visible_text(doc, text)
        words = len(vis.split())
        sents = rough_sentences(vis)
        if not 150 <= words <= 500:
            err("%s: %d visible words (want 150-500)" % (doc, words))
        if not 25 <= sents <= 45:
            err("%s: roughly %d sentences (want 25-45)" % (doc, sents))
        exp_path = os.path.join(DOCS, name + ".expected.tsv")
        trap_path = os.path.join(DOCS, name + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.exists(p):
                err("missing %s" % os.path.basename(p))
        if not (os.path.exists(exp_path) and os.path.exists(trap_path)):
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]
        cats = collections.Counter(c for c, _ in expected)
        if not cats.get("pushy") or not cats.get("impersonal"):
            err("%s: expected.tsv needs both pushy and impersonal rows" % name)
        if not traps:
            err("%s: no traps" % name)
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                err("%s: bad category %r" % (name, cat))
            if snip not in text:
                err("%s: expected snippet not in document: %r" % (name, snip))
        for snip in traps:
            if snip not in text:
                err("%s: trap snippet not in document: %r" % (name, snip))
        for _, e in expected:
            for t in traps:
                if e in t or t in e:
                    err("%s: trap %r overlaps expected %r" % (name, t, e))
        for s in [s for _, s in expected] + traps:
            if s[:1] in QUOTES:
                err("%s: snippet starts with a quote: %r" % (name, s))


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if "2026-11-30" not in text:
        err("README.md lacks the date 2026-11-30")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
