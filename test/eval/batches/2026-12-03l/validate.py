#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 from the labelling guide.

Checks sentences.tsv, the three documents with their expected/traps files,
and README.md. Prints OK when everything passes; otherwise lists problems
and exits with status 1.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
CHANNELS = [
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
# prefix -> (label, expected row count)
PREFIXES = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]
TOTAL = 330
MIN_PER_CHANNEL = 12  # the brief asks for 12; stricter than the minimum of 10
CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.relpath(path, HERE)}: not UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (need LF line endings)")
    return text


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text.startswith("\ufeff"):
        err("sentences.tsv: has a BOM")
    if not text.endswith("\n"):
        err("sentences.tsv: no final newline")
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: bad header {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != len(HEADER):
            err(f"line {n}: {len(parts)} fields, expected {len(HEADER)}")
            continue
        if any(p.strip() == "" for p in parts):
            err(f"line {n}: empty field")
        if any(p != p.strip() for p in parts):
            err(f"line {n}: leading/trailing whitespace in a field")
        rows.append(dict(zip(HEADER, parts)))
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} rows, expected {TOTAL}")

    # ids, labels, consecutive ranges
    ids_by_prefix = {k: [] for k in PREFIXES}
    seen_ids = set()
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"bad id {r['id']!r}")
            continue
        if r["id"] in seen_ids:
            err(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
        pre, num = m.group(1), int(m.group(2))
        ids_by_prefix[pre].append(num)
        want_label = PREFIXES[pre][0]
        if r["labels"] != want_label:
            err(f"{r['id']}: label {r['labels']!r}, expected {want_label!r}")
    for pre, (label, count) in PREFIXES.items():
        nums = ids_by_prefix[pre]
        if nums != list(range(1, count + 1)):
            err(f"ids {pre}: expected {pre}001..{pre}{count:03d} in order, got {len(nums)} ids")

    # duplicates in text
    texts = Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]}")
    norm = Counter(re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows)
    for t, c in norm.items():
        if c > 1:
            err(f"near-duplicate text ({c}x): {t[:60]}")

    # channels
    ch = Counter(r["channel"] for r in rows)
    for c in ch:
        if c not in CHANNELS:
            err(f"unknown channel {c!r}")
    for c in CHANNELS:
        if ch[c] < MIN_PER_CHANNEL:
            err(f"channel {c} used {ch[c]} times (< {MIN_PER_CHANNEL})")

    # tactics
    pushy_used, imp_used = Counter(), Counter()
    for r in rows:
        pre, tac = r["id"][0], r["tactic"]
        if pre == "p":
            if tac not in PUSHY:
                err(f"{r['id']}: unknown pushy tactic {tac!r}")
            pushy_used[tac] += 1
        elif pre == "i":
            if tac not in IMPERSONAL:
                err(f"{r['id']}: unknown impersonal family {tac!r}")
            imp_used[tac] += 1
        elif pre == "b":
            parts = [p.strip() for p in tac.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{r['id']}: tactic must be 'pushy tactic; impersonal family', got {tac!r}")
        else:
            if tac in PUSHY or tac in IMPERSONAL or len(tac) < 3:
                err(f"{r['id']}: fine rows need a short free description, got {tac!r}")
    for t in PUSHY:
        if pushy_used[t] == 0:
            err(f"pushy tactic never used on p rows: {t}")
        elif not 5 <= pushy_used[t] <= 9:
            err(f"pushy tactic {t} used {pushy_used[t]} times (want about 7)")
    for t in IMPERSONAL:
        if imp_used[t] == 0:
            err(f"impersonal family never used on i rows: {t}")
        elif not 9 <= imp_used[t] <= 13:
            err(f"impersonal family {t} used {imp_used[t]} times (want about 11)")

    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine} fine rows of {len(rows)} (need at least a third)")
    return rows


def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def spans(doc, snippet):
    out, start = [], 0
    while True:
        k = doc.find(snippet, start)
        if k < 0:
            return out
        out.append((k, k + len(snippet)))
        start = k + 1


def read_tsv(path, header):
    text = read_text(path)
    lines = [l for l in text.rstrip("\n").split("\n")]
    if lines[0].split("\t") != header:
        err(f"{os.path.relpath(path, HERE)}: bad header {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != len(header) or any(p == "" for p in parts):
            err(f"{os.path.relpath(path, HERE)} line {n}: bad row {line!r}")
            continue
        rows.append(parts)
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    names = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
    by_ext = Counter(os.path.splitext(f)[1] for f in names)
    for ext in (".md", ".html", ".txt"):
        if by_ext[ext] != 1:
            err(f"documents/: expected exactly one {ext} document, found {by_ext[ext]}")
    if len(names) != 3:
        err(f"documents/: expected 3 documents, found {names}")
    for name in names:
        path = os.path.join(DOCS, name)
        stem, ext = os.path.splitext(name)
        doc = read_text(path)
        plain = strip_html(doc) if ext == ".html" else doc
        words = len(plain.split())
        if not 150 <= words <= 500:
            err(f"{name}: {words} words (need 150-500)")
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", doc, re.S)
            if not m or not re.search(r"^\w[\w-]*:", m.group(1), re.M):
                err(f"{name}: YAML front matter missing")
        if ext == ".html" and "<html" not in doc:
            err(f"{name}: no <html")
        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        if not os.path.exists(exp_path) or not os.path.exists(trap_path):
            err(f"{name}: missing expected or traps file")
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]
        if len(expected) < 3:
            err(f"{name}: fewer than 3 expected rows")
        if len(traps) < 3:
            err(f"{name}: fewer than 3 traps")
        cats = set()
        exp_spans = []
        for cat, snip in expected:
            if cat not in CATEGORIES:
                err(f"{name}: bad category {cat!r}")
            cats.update(cat.split(","))
            sp = spans(doc, snip)
            if not sp:
                err(f"{name}: expected snippet not found verbatim: {snip!r}")
            exp_spans.extend(sp)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{name}: expected rows must include both pushy and impersonal")
        for snip in traps:
            sp = spans(doc, snip)
            if not sp:
                err(f"{name}: trap not found verbatim: {snip!r}")
            for a, b in sp:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{name}: trap {snip!r} overlaps an expected snippet")
            for _, esnip in expected:
                if snip in esnip or esnip in snip:
                    err(f"{name}: trap {snip!r} and expected {esnip!r} contain one another")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 missing")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
