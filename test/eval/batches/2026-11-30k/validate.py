#!/usr/bin/env python3
"""Format checker for the holdout-k evaluation batch.

Run from anywhere:  python3 /work/holdout-k/validate.py
Prints one line per problem and exits 1, or prints a summary and OK.
"""
import html
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "documents")

LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate", "fitness",
    "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services", "newsletters",
    "legal footers",
]
PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
]
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
TOTAL = 330
HEADER = "id\ttext\tlabels\tchannel\ttactic"

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{path}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not valid UTF-8 ({exc})")
        return raw.decode("utf-8", "replace")


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(ROOT, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return {}
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be {HEADER!r}, got {lines[0] if lines else None!r}")
    ids, texts = set(), Counter()
    by_prefix, tactics, channels, labels = Counter(), Counter(), Counter(), Counter()
    numbers = {k: [] for k in PREFIX_LABEL}
    for n, line in enumerate(lines[1:], start=2):
        where = f"sentences.tsv line {n}"
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        sid, text, label, channel, tactic = fields
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if value != value.strip() or not value:
                err(f"{where}: field {name} empty or has leading/trailing space")
        if text.startswith('"') and text.endswith('"'):
            err(f"{where}: text is wrapped in double quotes (CSV readers would strip them)")
        m = re.fullmatch(r"([pibnf])(\d{3})", sid)
        if not m:
            err(f"{where}: bad id {sid!r}")
            continue
        if sid in ids:
            err(f"{where}: duplicate id {sid}")
        ids.add(sid)
        prefix = m.group(1)
        numbers[prefix].append(int(m.group(2)))
        by_prefix[prefix] += 1
        texts[text] += 1
        labels[label] += 1
        channels[channel] += 1
        if label not in LABELS:
            err(f"{where}: label {label!r} not one of {LABELS}")
        if PREFIX_LABEL[prefix] != label:
            err(f"{where}: id {sid} needs label {PREFIX_LABEL[prefix]!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"{where}: channel {channel!r} not in the guide's list")
        if prefix == "p":
            ok = tactic in PUSHY_TACTICS
            tactics[tactic] += 1
        elif prefix == "i":
            ok = tactic in IMPERSONAL_FAMILIES
            tactics[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            ok = len(parts) == 2 and parts[0] in PUSHY_TACTICS and parts[1] in IMPERSONAL_FAMILIES
            for part in parts:
                tactics[part] += 1
        elif prefix == "n":
            ok = tactic == "near-miss"
        else:
            ok = tactic == "plain"
        if not ok:
            err(f"{where}: tactic {tactic!r} not valid for id prefix {prefix!r}")
    for prefix, nums in numbers.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids with prefix {prefix!r} are not numbered 001..{len(nums):03d} without gaps")
    for text, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text ({c}x): {text[:60]!r}")
    total = sum(by_prefix.values())
    if total != TOTAL:
        err(f"sentences.tsv: {total} rows, expected {TOTAL}")
    for prefix, want in EXPECTED_COUNTS.items():
        if by_prefix[prefix] != want:
            err(f"sentences.tsv: {by_prefix[prefix]} rows with prefix {prefix!r}, expected {want}")
    fine = by_prefix["n"] + by_prefix["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if by_prefix["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {by_prefix['n']} near-misses, need at least {MIN_NEAR_MISS}")
    if total and fine * 3 < total:
        err("sentences.tsv: fine rows are less than a third of the batch")
    for ch in CHANNELS:
        if channels[ch] == 0:
            err(f"sentences.tsv: channel {ch!r} not covered")
    for t in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if tactics[t] < 5:
            err(f"sentences.tsv: tactic/family {t!r} has only {tactics[t]} rows (want >= 5)")
    return {"rows": total, "prefix": by_prefix, "labels": labels, "channels": channels}


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    """Rough reader-visible prose, used only for the length checks."""
    if name.endswith(".md"):
        if not text.startswith("---\n"):
            err(f"{name}: Markdown document must start with YAML front matter")
        else:
            end = text.find("\n---\n", 4)
            if end < 0:
                err(f"{name}: YAML front matter not closed")
            else:
                text = text[end + 5:]
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^#+\s*|^>\s*", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        # drop the batch header (up to the first blank line) and the per-message metadata lines
        text = text.split("\n\n", 1)[-1]
        text = "\n".join(l for l in text.split("\n") if not re.match(r"^[A-Z]+-\d+ \|", l))
    return text


def count_sentences(prose):
    pieces = []
    for line in prose.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\[¡¿\"“*])", line)
        pieces.extend(p for p in parts if len(p.split()) >= 2)
    return len(pieces)


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if not f.endswith(".tsv")]
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if len(docs) != 3 or exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected one .md, one .html and one .txt document, found {docs}")
    stats = {}
    for doc in docs:
        base = os.path.splitext(doc)[0]
        text = read_text(os.path.join(DOCS, doc))
        prose = visible_text(doc, text)
        words = len(prose.split())
        sentences = count_sentences(prose)
        if not 150 <= words <= 500:
            err(f"{doc}: {words} words of prose, want 150-500")
        if not 25 <= sentences <= 45:
            err(f"{doc}: about {sentences} sentences, want 25-45")
        if doc.endswith(".html") and not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", text):
            err(f"{doc}: HTML email has no merge tags")
        counts = {"pushy": 0, "impersonal": 0, "traps": 0}
        for kind, header in (("expected", "category\tsnippet"), ("traps", "snippet")):
            tsv = f"{base}.{kind}.tsv"
            tpath = os.path.join(DOCS, tsv)
            if not os.path.exists(tpath):
                err(f"{tsv} missing")
                continue
            rows = read_text(tpath).split("\n")
            if rows and rows[-1] == "":
                rows.pop()
            if not rows or rows[0] != header:
                err(f"{tsv}: header must be {header!r}")
            seen = set()
            for n, row in enumerate(rows[1:], start=2):
                fields = row.split("\t")
                if kind == "expected":
                    if len(fields) != 2:
                        err(f"{tsv} line {n}: expected 2 fields")
                        continue
                    cat, snip = fields
                    if cat not in ("pushy", "impersonal"):
                        err(f"{tsv} line {n}: category {cat!r} must be pushy or impersonal")
                    else:
                        counts[cat] += 1
                else:
                    if len(fields) != 1:
                        err(f"{tsv} line {n}: expected 1 field")
                        continue
                    snip = fields[0]
                    counts["traps"] += 1
                if not snip or snip != snip.strip():
                    err(f"{tsv} line {n}: empty snippet or leading/trailing space")
                if row in seen:
                    err(f"{tsv} line {n}: duplicate row")
                seen.add(row)
                if snip not in text:
                    err(f"{tsv} line {n}: snippet not found verbatim in {doc}: {snip!r}")
        # a trap must never be identical to a problem snippet
        try:
            exp = {l.split("\t")[1] for l in read_text(os.path.join(DOCS, f"{base}.expected.tsv")).split("\n")[1:] if "\t" in l}
            trp = {l for l in read_text(os.path.join(DOCS, f"{base}.traps.tsv")).split("\n")[1:] if l}
            for s in exp & trp:
                err(f"{base}: snippet is both expected and a trap: {s!r}")
        except FileNotFoundError:
            pass
        if counts["pushy"] == 0 or counts["impersonal"] == 0 or counts["traps"] == 0:
            err(f"{doc}: needs at least one pushy, one impersonal and one trap snippet")
        stats[doc] = (words, sentences, counts)
    return stats


def main():
    s = check_sentences()
    d = check_documents()
    if not os.path.exists(os.path.join(ROOT, "README.md")):
        err("README.md missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    p = s["prefix"]
    print(f"sentences.tsv: {s['rows']} rows | pushy {p['p']} | impersonal {p['i']} | "
          f"pushy,impersonal {p['b']} | fine {p['n'] + p['f']} (near-miss {p['n']}, plain {p['f']}) | "
          f"{len(s['channels'])} channels")
    for doc, (w, n, c) in d.items():
        print(f"documents/{doc}: {w} words, ~{n} sentences, expected pushy {c['pushy']} / "
              f"impersonal {c['impersonal']}, traps {c['traps']}")
    print("OK")


if __name__ == "__main__":
    main()
