#!/usr/bin/env python3
"""Validate evaluation batch 2026-12-01l (holdout-12l).

Checks sentences.tsv (header, ids, counts, labels, tactic/family names and
counts, channels, quote characters, tabs) and the three documents with their
expected/traps snippet files. Prints OK and exits 0 if everything passes.
Usage: python3 validate.py   (run from anywhere; paths are relative to this file)
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = ["id", "text", "labels", "channel", "tactic"]

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
    "near-miss: deadline with a date and a reason",
    "near-miss: stock fact with a reason",
    "near-miss: guarantee that states its terms",
    "near-miss: trigger word as a name",
    "near-miss: news and how-to prose",
    "near-miss: past-tense story",
    "near-miss: only you can decide",
    "near-miss: there's no rush",
    "near-miss: pushy language quoted or discussed",
    "near-miss: passive voice right in context",
    "near-miss: warm, personal we",
    "near-miss: capitals as acronyms, codes or identifiers",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
SECTIONS = [  # prefix, count, label
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
QUOTES = set("\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033")
MIN_PER_CHANNEL = 8

DOCUMENTS = {  # file name -> kind
    "landing-page.md": "md",
    "winter-appeal-email.html": "html",
    "sms-push-schedule.txt": "txt",
}

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        err(f"{os.path.basename(path)}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        err(f"{os.path.basename(path)}: header must be exactly {'<TAB>'.join(header)}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{os.path.basename(path)} line {n}: {len(fields)} fields, expected {len(header)}")
            continue
        for h, v in zip(header, fields):
            if not v.strip():
                err(f"{os.path.basename(path)} line {n}: empty {h}")
            elif v[0] in QUOTES:
                err(f"{os.path.basename(path)} line {n}: {h} starts with a quote character")
            if v != v.strip():
                err(f"{os.path.basename(path)} line {n}: {h} has leading/trailing whitespace")
        rows.append(dict(zip(header, fields)))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path, HEADER)
    expected_total = sum(c for _, c, _ in SECTIONS)
    if len(rows) != expected_total:
        err(f"sentences.tsv: {len(rows)} rows, expected {expected_total}")

    ids = [r["id"] for r in rows]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup:
        err(f"duplicate ids: {dup}")
    texts = Counter(r["text"] for r in rows)
    dupt = [k for k, v in texts.items() if v > 1]
    if dupt:
        err(f"duplicate texts: {dupt}")

    expected_ids = [f"{p}{k:03d}" for p, c, _ in SECTIONS for k in range(1, c + 1)]
    if ids != expected_ids:
        bad = [(a, b) for a, b in zip(ids, expected_ids) if a != b][:5]
        err(f"ids not in expected order/sequence (first mismatches: {bad})")

    by_prefix = {p: [r for r in rows if r["id"][:1] == p] for p, _, _ in SECTIONS}
    for p, count, label in SECTIONS:
        got = by_prefix[p]
        if len(got) != count:
            err(f"section {p}: {len(got)} rows, expected {count}")
        for r in got:
            if r["labels"] != label:
                err(f"{r['id']}: labels {r['labels']!r}, expected {label!r}")
            if not re.fullmatch(rf"{p}\d{{3}}", r["id"]):
                err(f"{r['id']}: malformed id")

    # pushy tactics: names, 6-7 each, in guide order
    tp = [r["tactic"] for r in by_prefix["p"]]
    for t in tp:
        if t not in PUSHY:
            err(f"unknown pushy tactic {t!r}")
    c = Counter(tp)
    for t in PUSHY:
        if not 6 <= c[t] <= 7:
            err(f"pushy tactic {t!r}: {c[t]} rows, expected 6-7")
    order = [t for i, t in enumerate(tp) if i == 0 or tp[i - 1] != t]
    if order != [t for t in PUSHY if c[t]]:
        err("pushy rows are not grouped in the guide's tactic order")

    # impersonal families: names, 11-12 each, in guide order
    ti = [r["tactic"] for r in by_prefix["i"]]
    for t in ti:
        if t not in IMPERSONAL:
            err(f"unknown impersonal family {t!r}")
    c = Counter(ti)
    for t in IMPERSONAL:
        if not 11 <= c[t] <= 12:
            err(f"impersonal family {t!r}: {c[t]} rows, expected 11-12")
    order = [t for i, t in enumerate(ti) if i == 0 or ti[i - 1] != t]
    if order != [t for t in IMPERSONAL if c[t]]:
        err("impersonal rows are not grouped in the guide's family order")

    # both: tactic+family
    for r in by_prefix["b"]:
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{r['id']}: tactic must be 'tactic+family', got {r['tactic']!r}")

    # near-misses: every kind used
    tn = Counter(r["tactic"] for r in by_prefix["n"])
    for t in tn:
        if t not in NEAR_MISS:
            err(f"unknown near-miss kind {t!r}")
    for t in NEAR_MISS:
        if tn[t] == 0:
            err(f"near-miss kind unused: {t!r}")
    for r in by_prefix["f"]:
        if r["tactic"] != "plain":
            err(f"{r['id']}: plain fine rows use tactic 'plain'")

    # fine share at least a third
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine}/{len(rows)} are less than a third")

    # channels
    ch = Counter(r["channel"] for r in rows)
    for k in ch:
        if k not in CHANNELS:
            err(f"unknown channel {k!r}")
    for k in CHANNELS:
        if ch[k] < MIN_PER_CHANNEL:
            err(f"channel {k!r} used {ch[k]} times, need >= {MIN_PER_CHANNEL}")
    return rows, ch


def prose(text, kind):
    """Reader-visible prose of a document (rough), for word/sentence counts."""
    if kind == "md":
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
    elif kind == "html":
        text = re.sub(r"<(head|style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
        text = re.sub(r"</(p|h\d|div|li|span|td)>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = text.replace("&amp;", "&")
    elif kind == "txt":
        # schedule slot lines ("[03] 01-06 18:00 PUSH seg=... tmpl_...") are metadata, not copy
        text = re.sub(r"^\[\d+\] .*$", "", text, flags=re.M)
    return text


def count_sentences(text):
    n = 0
    for block in re.split(r"\n", text):
        block = block.strip()
        if not block:
            continue
        parts = re.split(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+", block)
        n += sum(1 for s in parts if len(re.findall(r"[A-Za-z0-9]+", s)) >= 2)
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    stats = {}
    for name, kind in DOCUMENTS.items():
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            err(f"documents/{name} missing")
            continue
        with open(path, encoding="utf-8") as f:
            doc = f.read()
        if kind == "md" and not re.match(r"\A---\n.*?\n---\n", doc, flags=re.S):
            err(f"{name}: no YAML front matter")
        if kind == "html":
            for need in ("<html", "class=", "href=", "*|FNAME|*", "{{"):
                if need not in doc:
                    err(f"{name}: missing {need!r}")
        text = prose(doc, kind)
        words = len(text.split())
        sents = count_sentences(text)
        stats[name] = (words, sents)
        if not 150 <= words <= 500:
            err(f"{name}: {words} words of prose, expected 150-500")
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences, expected 25-45")

        stem = name.rsplit(".", 1)[0]
        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"]) \
            if os.path.exists(os.path.join(DOCS, stem + ".expected.tsv")) else err(f"{stem}.expected.tsv missing") or []
        trp = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"]) \
            if os.path.exists(os.path.join(DOCS, stem + ".traps.tsv")) else err(f"{stem}.traps.tsv missing") or []
        cats = Counter()
        for r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {r['category']!r}")
            cats[r["category"]] += 1
            if r["snippet"] not in doc:
                err(f"{stem}.expected.tsv: snippet not in document: {r['snippet']!r}")
        for k in ("pushy", "impersonal"):
            if cats[k] == 0:
                err(f"{stem}: no {k} snippets")
        if not trp:
            err(f"{stem}.traps.tsv: no traps")
        for r in trp:
            s = r["snippet"]
            if s not in doc:
                err(f"{stem}.traps.tsv: snippet not in document: {s!r}")
            for e in exp:
                if s in e["snippet"] or e["snippet"] in s:
                    err(f"{stem}: trap {s!r} overlaps expected {e['snippet']!r}")
    return stats


def main():
    res = check_sentences()
    stats = check_documents()
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} problems)")
        return 1
    rows, ch = res
    print(f"sentences: {len(rows)} rows; " + ", ".join(
        f"{p}={sum(1 for r in rows if r['id'][0] == p)}" for p, _, _ in SECTIONS))
    print("channels: " + ", ".join(f"{k}={ch[k]}" for k in CHANNELS))
    for name, (w, s) in stats.items():
        print(f"{name}: {w} words of prose, ~{s} sentences")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
