#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 (sentences.tsv, documents/, README.md)."""
import csv
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


PUSHY = {
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
IMPERSONAL = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
}
CHANNELS = {
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
}
GROUPS = [  # prefix, expected count, label
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
MIN_PER_CHANNEL = 12  # brief asks for >= 12 (stricter than >= 10)


def read_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (need LF line endings)")
    return text


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if not text.endswith("\n"):
        err("sentences.tsv: no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be {'<TAB>'.join(HEADER)!r}, got {lines[0] if lines else ''!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, need 5")
            continue
        if any(f.strip() == "" for f in fields):
            err(f"sentences.tsv line {n}: empty field")
        if any(f != f.strip() for f in fields):
            err(f"sentences.tsv line {n}: leading/trailing whitespace in a field")
        rows.append(dict(zip(HEADER, fields)))
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, need exactly 330")

    # ids, labels, consecutive ranges
    by_prefix = {}
    seen_ids = set()
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"bad id {r['id']!r}")
            continue
        if r["id"] in seen_ids:
            err(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        by_prefix.setdefault(m.group(1), []).append(int(m.group(2)))
    for prefix, count, label in GROUPS:
        nums = by_prefix.get(prefix, [])
        if nums != list(range(1, count + 1)):
            err(f"ids {prefix}: need {prefix}001..{prefix}{count:03d} consecutive and in order; got {len(nums)} ids")
    label_of = {p: lab for p, _, lab in GROUPS}
    for r in rows:
        want = label_of.get(r["id"][:1])
        if want and r["labels"] != want:
            err(f"{r['id']}: label {r['labels']!r}, expected {want!r}")

    # channels
    ch = Counter(r["channel"] for r in rows)
    for c in ch:
        if c not in CHANNELS:
            err(f"unknown channel {c!r}")
    for c in CHANNELS:
        if ch.get(c, 0) < MIN_PER_CHANNEL:
            err(f"channel {c} used {ch.get(c, 0)} times, need >= {MIN_PER_CHANNEL}")

    # tactics
    pt, it = Counter(), Counter()
    for r in rows:
        t, pre = r["tactic"], r["id"][:1]
        if pre == "p":
            if t not in PUSHY:
                err(f"{r['id']}: unknown pushy tactic {t!r}")
            pt[t] += 1
        elif pre == "i":
            if t not in IMPERSONAL:
                err(f"{r['id']}: unknown impersonal family {t!r}")
            it[t] += 1
        elif pre == "b":
            parts = [x.strip() for x in t.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{r['id']}: tactic must be 'pushy tactic; impersonal family', got {t!r}")
        else:
            if len(t.strip()) < 3:
                err(f"{r['id']}: fine-row tactic description too short")
    for t in PUSHY:
        if not 5 <= pt.get(t, 0) <= 9:
            err(f"pushy tactic {t!r} used {pt.get(t, 0)} times in p rows (want about 7)")
    for t in IMPERSONAL:
        if not 9 <= it.get(t, 0) <= 13:
            err(f"impersonal family {t!r} used {it.get(t, 0)} times in i rows (want about 11)")

    # fine share
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine}/{len(rows)} rows are fine; need at least a third")

    # duplicates
    norm = Counter(re.sub(r"\s+", " ", r["text"].strip().lower()) for r in rows)
    for t, c in norm.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]!r}")
    return rows


def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return html.unescape(text)


def read_tsv(path, header):
    if not os.path.exists(path):
        err(f"{path} missing")
        return []
    text = read_text(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0].split("\t") != header:
        err(f"{path}: header must be {'<TAB>'.join(header)!r}")
        return []
    out = []
    for n, l in enumerate(lines[1:], 2):
        f = l.split("\t")
        if len(f) != len(header) or any(x.strip() == "" for x in f):
            err(f"{path} line {n}: need {len(header)} non-empty fields")
            continue
        out.append(f)
    return out


def spans(doc, snippet):
    res, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return res
        res.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f)))
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: need exactly one .md, one .html and one .txt; got {docs}")
    for name in docs:
        path = os.path.join(ddir, name)
        stem, ext = os.path.splitext(name)
        doc = read_text(path)
        body = doc
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", doc, re.S)
            if not m:
                err(f"{name}: YAML front matter missing")
            elif not re.search(r"(?m)^\w[\w-]*:\s*\S", m.group(1)):
                err(f"{name}: front matter has no key: value lines")
        if ext == ".html":
            if "<html" not in doc.lower():
                err(f"{name}: no <html tag")
            body = strip_html(doc)
        words = len(re.findall(r"\S+", body))
        if not 150 <= words <= 500:
            err(f"{name}: {words} words, need 150-500")

        exp = read_tsv(os.path.join(ddir, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"), ["snippet"])
        if len(exp) < 3:
            err(f"{stem}.expected.tsv: {len(exp)} rows, need >= 3")
        cats = set()
        exp_spans = []
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal", "pushy,impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            s = spans(doc, snip)
            if not s:
                err(f"{stem}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend(s)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 3:
            err(f"{stem}.traps.tsv: {len(traps)} rows, need >= 3")
        for (snip,) in traps:
            s = spans(doc, snip)
            if not s:
                err(f"{stem}.traps.tsv: snippet not found verbatim: {snip!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{stem}.traps.tsv: trap {snip!r} overlaps an expected snippet")
            for _, esnip in exp:
                if snip in esnip or esnip in snip:
                    err(f"{stem}.traps.tsv: trap {snip!r} and expected {esnip!r} contain one another")


def check_readme(rows):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 not mentioned")
    if rows:
        c = Counter(r["labels"] for r in rows)
        for lab, n in c.items():
            if str(n) not in text:
                err(f"README.md: count {n} for {lab} not mentioned")


if __name__ == "__main__":
    rows = check_sentences()
    check_documents()
    check_readme(rows)
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        print(f"{len(ERRORS)} problem(s)")
        sys.exit(1)
    print("OK")
