#!/usr/bin/env python3
"""Validate the holdout-2026-12-03x first-sight evaluation batch.

Standard library only. Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists each problem and exits 1.
"""
import os
import re
import sys
import html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (label, count, per-tactic min, per-tactic max)
GROUPS = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
MIN_PER_CHANNEL = 12
DOCUMENTS = {
    "crumb-and-crust-open-day.md": "markdown",
    "meeple-room-december.html": "html",
    "lone-star-air-sms-batch.txt": "text",
}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 with LF endings; record errors. Returns str or None."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{path}: cannot read ({e})")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not valid UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        err(f"{path}: has a UTF-8 BOM")
    if "\r" in text:
        err(f"{path}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def rel(path):
    return os.path.relpath(path, HERE)


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header is {lines[0]!r}, expected {chr(9).join(HEADER)!r}")
    body = lines[1:]
    if len(body) != 330:
        err(f"sentences.tsv: {len(body)} data rows, expected 330")

    ids = []
    texts = Counter()
    channel_counts = Counter()
    tactic_counts = {"p": Counter(), "i": Counter(), "b_p": Counter(), "b_i": Counter()}
    prefix_counts = Counter()
    for n, line in enumerate(body, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected 5")
            continue
        rid, txt, labels, channel, tactic = fields
        for name, value in zip(HEADER, fields):
            if not value.strip():
                err(f"sentences.tsv line {n}: empty field {name}")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: field {name} has leading/trailing whitespace")
        ids.append(rid)
        texts[txt.strip().lower()] += 1

        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        prefix_counts[prefix] += 1
        label, total = GROUPS[prefix]
        if not 1 <= num <= total:
            err(f"sentences.tsv line {n}: id {rid} outside {prefix}001-{prefix}{total:03d}")
        if labels != label:
            err(f"sentences.tsv line {n}: id {rid} has labels {labels!r}, expected {label!r}")
        if channel not in CHANNELS:
            err(f"sentences.tsv line {n}: unknown channel {channel!r}")
        channel_counts[channel] += 1

        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv line {n}: {rid} tactic {tactic!r} is not a pushy tactic")
            tactic_counts["p"][tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv line {n}: {rid} tactic {tactic!r} is not an impersonal family")
            tactic_counts["i"][tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv line {n}: {rid} tactic {tactic!r} is not '<pushy tactic> + <impersonal family>'")
            else:
                tactic_counts["b_p"][parts[0]] += 1
                tactic_counts["b_i"][parts[1]] += 1
        elif prefix == "n":
            if not tactic.startswith("near-miss: "):
                err(f"sentences.tsv line {n}: {rid} tactic should start with 'near-miss: '")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv line {n}: {rid} tactic should be 'plain'")

    # ids: unique and complete
    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        err(f"sentences.tsv: duplicate ids {dup_ids}")
    expected_ids = {f"{p}{i:03d}" for p, (_, total) in GROUPS.items() for i in range(1, total + 1)}
    missing = sorted(expected_ids - set(ids))
    extra = sorted(set(ids) - expected_ids)
    if missing:
        err(f"sentences.tsv: missing ids {missing[:10]}{' ...' if len(missing) > 10 else ''}")
    if extra:
        err(f"sentences.tsv: unexpected ids {extra[:10]}")
    for p, (_, total) in GROUPS.items():
        if prefix_counts[p] != total:
            err(f"sentences.tsv: {prefix_counts[p]} rows with prefix {p}, expected {total}")

    # duplicates (case-insensitive)
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        err(f"sentences.tsv: duplicate texts: {dups[:5]}")

    # tactic spread
    for t in PUSHY_TACTICS:
        c = tactic_counts["p"][t]
        if not 6 <= c <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {c} rows, expected 6-7")
    for f in IMPERSONAL_FAMILIES:
        c = tactic_counts["i"][f]
        if not 11 <= c <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {c} rows, expected 11-12")

    # channels
    for ch in CHANNELS:
        if channel_counts[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} has {channel_counts[ch]} rows, need >= {MIN_PER_CHANNEL}")

    fine = prefix_counts["n"] + prefix_counts["f"]
    if fine * 3 < len(body):
        err(f"sentences.tsv: only {fine} fine rows, need at least a third")


# ---------------------------------------------------------------- documents
def visible_words(text, kind):
    if kind == "html":
        t = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
        t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    elif kind == "markdown":
        t = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # drop front matter
    else:
        t = text
    return len(t.split())


def read_snippet_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != header:
        err(f"{rel(path)}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(not f.strip() for f in fields):
            err(f"{rel(path)} line {n}: expected {len(header)} non-empty fields")
            continue
        rows.append(fields)
    if not rows:
        err(f"{rel(path)}: no rows")
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    kinds_seen = set()
    for name, kind in DOCUMENTS.items():
        path = os.path.join(DOCS, name)
        text = read_text(path)
        if text is None:
            continue
        kinds_seen.add(kind)
        stem = os.path.splitext(name)[0]

        words = visible_words(text, kind)
        if not 150 <= words <= 500:
            err(f"documents/{name}: {words} words, expected 150-500")

        if kind == "markdown" and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"documents/{name}: no YAML front matter")
        if kind == "html" and not re.search(r"<html\b", text, flags=re.I):
            err(f"documents/{name}: does not look like HTML")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_:]+\|\*", text):
            err(f"documents/{name}: no merge tags")
        if not re.search(r"https?://|\w+://|\b\w+\.(?:example|co|com|uk|io|app|dev)/", text):
            err(f"documents/{name}: no links")

        expected = read_snippet_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        cats = Counter()
        for cat, snippet in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snippet not in text:
                err(f"documents/{stem}.expected.tsv: snippet not found verbatim: {snippet!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"documents/{stem}.expected.tsv: needs both pushy and impersonal snippets")

        traps = read_snippet_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        for (snippet,) in traps:
            if snippet not in text:
                err(f"documents/{stem}.traps.tsv: snippet not found verbatim: {snippet!r}")
            for _, exp in expected:
                if snippet in exp or exp in snippet:
                    err(f"documents/{stem}: trap {snippet!r} overlaps expected snippet {exp!r}")
    if kinds_seen != {"markdown", "html", "text"}:
        err(f"documents: expected one markdown, one html and one text document, found {sorted(kinds_seen)}")


# ---------------------------------------------------------------- readme
def check_readme():
    path = os.path.join(HERE, "README.md")
    text = read_text(path)
    if text is None:
        return
    for needle in ["2026-12-03", "/work/brief-zg/labelling-guide.md"] + list(DOCUMENTS):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")


def check_all_text_files():
    """Every text file in the batch must be UTF-8 with LF endings."""
    for root, _, files in os.walk(HERE):
        for f in files:
            if f.endswith((".tsv", ".md", ".html", ".txt", ".py")):
                p = os.path.join(root, f)
                if p.endswith(("sentences.tsv", "README.md")) or root == DOCS:
                    continue  # already checked
                read_text(p)


def main():
    check_sentences()
    check_documents()
    check_readme()
    check_all_text_files()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
