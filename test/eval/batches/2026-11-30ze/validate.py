#!/usr/bin/env python3
"""Validate the holdout-ze evaluation batch. Standard library only.

Usage: python3 validate.py        (run from anywhere; paths are relative to this file)
Prints OK on success, otherwise one line per problem and exits with status 1.
"""
import html
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
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
# prefix -> (count, label)
SECTIONS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
QUOTES = "\"'`“”‘’„‚«»‹›「」『』＂＇"
MIN_PER_CHANNEL = 8
DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)

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
        return None
    rel = os.path.relpath(path, HERE)
    if text.startswith("\ufeff"):
        err(f"{rel}: has a byte-order mark")
    if "\r" in text:
        err(f"{rel}: contains CR characters (must be LF only)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def spread_ok(counter, names, what):
    missing = [n for n in names if counter.get(n, 0) == 0]
    if missing:
        err(f"{what}: unused: {', '.join(missing)}")
    vals = [counter.get(n, 0) for n in names]
    if vals and max(vals) - min(vals) > 1:
        err(f"{what}: uneven spread {dict(counter)}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "\t".join(HEADER):
        err("sentences.tsv: header must be exactly: " + "\\t".join(HEADER))
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 fields, got {len(fields)}")
            continue
        for f in fields:
            if f == "" or f != f.strip():
                err(f"sentences.tsv line {n}: empty field or stray whitespace: {f!r}")
            if f and f[0] in QUOTES:
                err(f"sentences.tsv line {n}: field starts with a quotation mark: {f!r}")
        rows.append((n, fields))

    expected_ids = [f"{p}{k:03d}" for p, c, _ in SECTIONS for k in range(1, c + 1)]
    got_ids = [f[0] for _, f in rows]
    if got_ids != expected_ids:
        dup = [i for i, c in Counter(got_ids).items() if c > 1]
        missing = sorted(set(expected_ids) - set(got_ids))
        extra = sorted(set(got_ids) - set(expected_ids))
        err(f"sentences.tsv: ids wrong (total {len(got_ids)}, want {len(expected_ids)}; "
            f"dup {dup[:5]}, missing {missing[:5]}, extra {extra[:5]}, or out of order)")

    label_of = {p: lab for p, _, lab in SECTIONS}
    texts = Counter()
    channels = Counter()
    pushy_t = Counter()
    imp_t = Counter()
    fine = 0
    for n, (id_, text_, labels, channel, tactic) in rows:
        texts[text_] += 1
        prefix = id_[:1]
        if prefix not in label_of:
            err(f"line {n}: unknown id prefix {id_}")
            continue
        if labels != label_of[prefix]:
            err(f"line {n} {id_}: label {labels!r}, want {label_of[prefix]!r}")
        if labels == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"line {n} {id_}: unknown channel {channel!r}")
        channels[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY:
                err(f"line {n} {id_}: {tactic!r} is not a pushy tactic from the guide")
            pushy_t[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                err(f"line {n} {id_}: {tactic!r} is not an impersonal family from the guide")
            imp_t[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"line {n} {id_}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"line {n} {id_}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"line {n} {id_}: tactic must be 'plain'")

    spread_ok(pushy_t, PUSHY, "pushy tactics (p rows)")
    spread_ok(imp_t, IMPERSONAL, "impersonal families (i rows)")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch!r} used {channels[ch]} times (< {MIN_PER_CHANNEL})")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine} are fewer than a third of {len(rows)}")
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        err(f"duplicate texts: {dups[:3]}")


def prose_of(name, text):
    """Rough reader-visible prose of a document, one block per line."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)(\{[^}]*\})?", "]", text)
        text = re.sub(r"[#>*\[\]\-]", " ", text)
    elif name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", "", text, flags=re.S | re.I)
        text = re.sub(r"<div class=\"preheader\".*?</div>", "", text, flags=re.S)
        text = re.sub(r"<(h1|h2)[^>]*>.*?</\1>", "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", "\n", text)
        text = html.unescape(text)
    else:
        out = []
        for line in text.split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            out.append(line.split("|")[-1])
        text = "\n".join(out)
    return text


def count_doc(name, text):
    prose = prose_of(name, text)
    sentences = 0
    for block in prose.split("\n"):
        block = block.strip()
        if len(block.split()) < 3:
            continue  # headings, buttons, stray tokens
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9a-z🎃🛼⚠])", block) if p.strip()]
        sentences += len(parts)
    words = len(re.findall(r"[A-Za-z0-9£$][\w'’£$.,:/-]*", prose))
    return sentences, words


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rel = os.path.relpath(path, HERE)
    if not lines or lines[0] != "\t".join(header):
        err(f"{rel}: header must be exactly {chr(9).join(header)!r}")
        return None
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(f == "" or f != f.strip() for f in fields):
            err(f"{rel} line {n}: bad row {line!r}")
            continue
        rows.append(fields)
    if not rows:
        err(f"{rel}: no rows")
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if not f.endswith(".tsv")]
    if "landing-page.md" not in docs:
        err("documents/landing-page.md missing")
    if len([d for d in docs if d.endswith(".html")]) != 1:
        err("documents/: need exactly one .html email")
    if len([d for d in docs if d.endswith(".txt")]) != 1:
        err("documents/: need exactly one .txt SMS/push schedule")
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {docs}")
    for f in files:
        if f.endswith(".tsv"):
            base = f.rsplit(".", 2)[0]
            if not any(d.rsplit(".", 1)[0] == base for d in docs):
                err(f"documents/{f}: no matching document")
    for doc in docs:
        path = os.path.join(DOCS, doc)
        text = read_text(path)
        if text is None:
            continue
        base = doc.rsplit(".", 1)[0]
        s, w = count_doc(doc, text)
        if not DOC_SENTENCES[0] <= s <= DOC_SENTENCES[1]:
            err(f"{doc}: about {s} sentences, want {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")
        if not DOC_WORDS[0] <= w <= DOC_WORDS[1]:
            err(f"{doc}: about {w} words of prose, want {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if doc.endswith(".md") and not re.match(r"---\n.+?\n---\n", text, re.S):
            err(f"{doc}: missing YAML front matter")
        if doc.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{doc}: no merge tags")
            if "class=" not in text or "href=" not in text:
                err(f"{doc}: needs CSS classes and links")
        if doc.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9-]+", text):
                err(f"{doc}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]+/[A-Za-z0-9_-]+", text):
                err(f"{doc}: no short links")

        exp_path = os.path.join(DOCS, base + ".expected.tsv")
        trap_path = os.path.join(DOCS, base + ".traps.tsv")
        exp = read_tsv(exp_path, ["category", "snippet"]) if os.path.isfile(exp_path) else None
        traps = read_tsv(trap_path, ["snippet"]) if os.path.isfile(trap_path) else None
        if exp is None and not os.path.isfile(exp_path):
            err(f"{base}.expected.tsv missing")
        if traps is None and not os.path.isfile(trap_path):
            err(f"{base}.traps.tsv missing")
        exp = exp or []
        traps = traps or []
        cats = Counter()
        for cat, snip in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{base}.expected.tsv: bad category {cat!r}")
            if snip not in text:
                err(f"{base}.expected.tsv: snippet not verbatim in {doc}: {snip!r}")
        for need in ("pushy", "impersonal"):
            if cats[need] == 0:
                err(f"{base}.expected.tsv: no {need} snippets")
        exp_snips = [s for _, s in exp]
        for dup in [s for s, c in Counter(exp_snips).items() if c > 1]:
            err(f"{base}.expected.tsv: duplicate snippet {dup!r}")
        trap_snips = [t[0] for t in traps]
        for dup in [s for s, c in Counter(trap_snips).items() if c > 1]:
            err(f"{base}.traps.tsv: duplicate snippet {dup!r}")
        for t in trap_snips:
            if t not in text:
                err(f"{base}.traps.tsv: snippet not verbatim in {doc}: {t!r}")
            for e in exp_snips:
                if t in e or e in t:
                    err(f"{base}: trap {t!r} overlaps expected {e!r}")


def check_readme():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
