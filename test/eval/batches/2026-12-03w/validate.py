#!/usr/bin/env python3
"""Validate the first-sight evaluation batch in this directory.

Standard library only. Prints OK when every check passes; otherwise prints
each problem on its own line and exits with status 1.

Usage: python3 validate.py [batch_dir]
"""
import html
import os
import re
import sys
from collections import Counter

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

PUSHY_TACTICS = [
    "bare urgency",
    "manufactured scarcity",
    "fear of missing out",
    "peer and competitor pressure",
    "buy-now commands",
    "confirm-shaming",
    "guilt-tripping",
    "shaming and identity pressure",
    "regret threats",
    "loss framing",
    "fear appeals",
    "threats in legal dress",
    "hype and guarantees",
    "assumptive close",
    "manufactured need",
    "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon",
    "bureaucratic passive",
    "legalese in marketing",
    "the reader in the third person",
    "we-centric bragging",
    "form-letter phrases",
    "grandiose posturing",
]
CHANNELS = [
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]

# prefix -> (label, first number, last number)
ID_GROUPS = {
    "p": ("pushy", 1, 110),
    "i": ("impersonal", 1, 80),
    "b": ("pushy,impersonal", 1, 20),
    "n": ("fine", 1, 108),
    "f": ("fine", 1, 12),
}
TOTAL_ROWS = 330

DOCS = {
    "md": "roastwell-journal.md",
    "html": "glen-orrin-winter.html",
    "txt": "suds-shine-sms-batch.txt",
}
DOC_MIN_WORDS, DOC_MAX_WORDS = 150, 500

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 and check LF line endings and final newline."""
    rel = os.path.relpath(path, BASE)
    if not os.path.isfile(path):
        err(f"{rel}: missing")
        return None
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    return text


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def check_sentences():
    path = os.path.join(BASE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    header = lines[0].split("\t")
    if header != HEADER:
        err(f"sentences.tsv: header is {header!r}, expected {HEADER!r}")
    rows = lines[1:]
    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    seen_ids = set()
    seen_texts = {}
    ids_by_prefix = {k: [] for k in ID_GROUPS}
    pushy_tactics = Counter()
    imp_families = Counter()
    channels = Counter()
    label_counts = Counter()

    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        rid, sent, labels, channel, tactic = fields
        for name, value in zip(HEADER, fields):
            if not value.strip():
                err(f"sentences.tsv line {n}: empty field '{name}'")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: leading/trailing whitespace in '{name}'")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        exp_label, lo, hi = ID_GROUPS[prefix]
        if not lo <= num <= hi:
            err(f"sentences.tsv line {n}: id {rid} outside {prefix}{lo:03d}-{prefix}{hi:03d}")
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        ids_by_prefix[prefix].append(num)
        if labels != exp_label:
            err(f"sentences.tsv line {n}: id {rid} has labels {labels!r}, expected {exp_label!r}")
        label_counts[labels] += 1

        key = norm(sent)
        if key in seen_texts:
            err(f"sentences.tsv line {n}: duplicate text (same as {seen_texts[key]})")
        else:
            seen_texts[key] = rid

        if channel not in CHANNELS:
            err(f"sentences.tsv line {n}: unknown channel {channel!r}")
        channels[channel] += 1

        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv line {n}: unknown pushy tactic {tactic!r}")
            pushy_tactics[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv line {n}: unknown impersonal family {tactic!r}")
            imp_families[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv line {n}: both-row tactic {tactic!r} must be '<pushy tactic> + <impersonal family>'")
        elif prefix == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"sentences.tsv line {n}: near-miss tactic {tactic!r} must start with 'near-miss: '")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv line {n}: plain-line tactic {tactic!r} must be 'plain'")

    for prefix, (label, lo, hi) in ID_GROUPS.items():
        got = sorted(ids_by_prefix[prefix])
        if got != list(range(lo, hi + 1)):
            missing = sorted(set(range(lo, hi + 1)) - set(got))
            err(f"sentences.tsv: ids {prefix}{lo:03d}-{prefix}{hi:03d} incomplete; missing {missing[:10]}")

    expected_labels = {"pushy": 110, "impersonal": 80, "pushy,impersonal": 20, "fine": 120}
    for lab, want in expected_labels.items():
        if label_counts[lab] != want:
            err(f"sentences.tsv: {label_counts[lab]} rows labelled {lab!r}, expected {want}")
    fine = label_counts["fine"]
    if fine * 3 < TOTAL_ROWS:
        err(f"sentences.tsv: fine rows ({fine}) are less than a third of the batch")

    for t in PUSHY_TACTICS:
        if not 6 <= pushy_tactics[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_tactics[t]} rows, expected 6-7")
    for f in IMPERSONAL_FAMILIES:
        if not 11 <= imp_families[f] <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {imp_families[f]} rows, expected 11-12")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channels[c]} rows, minimum {MIN_PER_CHANNEL}")


def visible_text(name, text):
    """Text a reader sees, for word counts."""
    if name.endswith(".html"):
        t = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        return html.unescape(t)
    if name.endswith(".md"):
        return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    return "\n".join(l for l in text.split("\n") if not l.startswith("#"))


def read_tsv(path, header):
    rel = os.path.relpath(path, BASE)
    text = read_text(path)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{rel}: header must be {header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {n}: {len(fields)} fields, expected {len(header)}")
            continue
        if any(not f.strip() for f in fields):
            err(f"{rel} line {n}: empty field")
            continue
        out.append((n, fields))
    if not out:
        err(f"{rel}: no rows")
    return out


def check_documents():
    ddir = os.path.join(BASE, "documents")
    if not os.path.isdir(ddir):
        err("documents/: missing")
        return
    for kind, name in DOCS.items():
        path = os.path.join(ddir, name)
        text = read_text(path)
        if text is None:
            continue
        stem = name.rsplit(".", 1)[0]
        words = len(visible_text(name, text).split())
        if not DOC_MIN_WORDS <= words <= DOC_MAX_WORDS:
            err(f"documents/{name}: {words} words, expected {DOC_MIN_WORDS}-{DOC_MAX_WORDS}")
        if kind == "md" and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"documents/{name}: no YAML front matter")
        if kind == "html" and not re.search(r"(?i)<html\b.*</html>", text, flags=re.S):
            err(f"documents/{name}: does not look like an HTML document")
        if not re.search(r"\{\{[^}]+\}\}|\*\|[A-Z_]+\|\*", text):
            err(f"documents/{name}: no merge tags")

        expected = read_tsv(os.path.join(ddir, stem + ".expected.tsv"), ["category", "snippet"])
        cats = Counter()
        exp_snips = set()
        for n, (cat, snip) in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv line {n}: category {cat!r} must be pushy or impersonal")
            cats[cat] += 1
            exp_snips.add(snip)
            if snip not in text:
                err(f"documents/{stem}.expected.tsv line {n}: snippet not found verbatim in {name}: {snip!r}")
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"documents/{stem}.expected.tsv: no {cat} snippets")

        traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"), ["snippet"])
        for n, (snip,) in traps:
            if snip not in text:
                err(f"documents/{stem}.traps.tsv line {n}: snippet not found verbatim in {name}: {snip!r}")
            for e in exp_snips:
                if snip in e or e in snip:
                    err(f"documents/{stem}.traps.tsv line {n}: trap overlaps an expected snippet: {snip!r}")


def check_readme():
    text = read_text(os.path.join(BASE, "README.md"))
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-zf/labelling-guide.md"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for name in DOCS.values():
        if name not in text:
            err(f"README.md: does not list documents/{name}")


def main():
    check_sentences()
    check_documents()
    check_readme()
    read_text(os.path.abspath(__file__))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
