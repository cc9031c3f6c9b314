#!/usr/bin/env python3
"""Validate the holdout-2026-12-03u evaluation batch.

Standard library only. Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

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
# prefix: (label, first, last)
ID_BLOCKS = {
    "p": ("pushy", 1, 110),
    "i": ("impersonal", 1, 80),
    "b": ("pushy,impersonal", 1, 20),
    "n": ("fine", 1, 108),
    "f": ("fine", 1, 12),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]
MIN_PER_CHANNEL = 12
DOC_MIN_WORDS, DOC_MAX_WORDS = 150, 500

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings."""
    rel = os.path.relpath(path, HERE)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{rel}: cannot read ({e})")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        err(f"{rel}: has a byte-order mark")
    if "\r" in text:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err(f"{rel}: empty")
        return []
    if lines[0].split("\t") != header:
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for name, value in zip(header, fields):
            if not value.strip():
                err(f"{rel}:{n}: empty field {name!r}")
            elif value != value.strip():
                err(f"{rel}:{n}: leading/trailing whitespace in {name!r}")
        rows.append((n, dict(zip(header, fields))))
    return rows


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")

    seen_ids = Counter()
    seen_texts = {}
    channels = Counter()
    pushy_tactics = Counter()
    imp_families = Counter()
    fine = 0

    for n, r in rows:
        rid, text, labels, channel, tactic = (r[k] for k in HEADER)
        where = f"sentences.tsv:{n} ({rid})"
        seen_ids[rid] += 1

        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: malformed id")
            continue
        prefix, num = m.group(1), int(m.group(2))
        want_label, lo, hi = ID_BLOCKS[prefix]
        if not lo <= num <= hi:
            err(f"{where}: id out of range {prefix}{lo:03d}-{prefix}{hi:03d}")
        if labels != want_label:
            err(f"{where}: labels {labels!r}, expected {want_label!r}")

        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels[channel] += 1

        if prefix == "p":
            if tactic not in PUSHY:
                err(f"{where}: unknown pushy tactic {tactic!r}")
            pushy_tactics[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                err(f"{where}: unknown impersonal family {tactic!r}")
            imp_families[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{where}: tactic must be '<pushy tactic> + <impersonal family>', got {tactic!r}")
        elif prefix == "n":
            fine += 1
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"{where}: near-miss tactic should look like 'near-miss: ...', got {tactic!r}")
        elif prefix == "f":
            fine += 1
            if tactic != "plain":
                err(f"{where}: plain line tactic should be 'plain', got {tactic!r}")

        key = re.sub(r"\s+", " ", text.strip().lower())
        if key in seen_texts:
            err(f"{where}: duplicate text (same as line {seen_texts[key]})")
        else:
            seen_texts[key] = n
        if len(text.split()) < 3 and prefix not in "p":
            # very short lines are only expected for confirm-shaming buttons
            err(f"{where}: suspiciously short text")

    # every id present exactly once
    for prefix, (_, lo, hi) in ID_BLOCKS.items():
        for k in range(lo, hi + 1):
            rid = f"{prefix}{k:03d}"
            if seen_ids[rid] == 0:
                err(f"sentences.tsv: missing id {rid}")
    for rid, c in seen_ids.items():
        if c > 1:
            err(f"sentences.tsv: id {rid} appears {c} times")

    for t in PUSHY:
        if not 6 <= pushy_tactics[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_tactics[t]} rows, expected 6-7")
    for f in IMPERSONAL:
        if not 11 <= imp_families[f] <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {imp_families[f]} rows, expected 11-12")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channels[c]} rows, expected >= {MIN_PER_CHANNEL}")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows, need at least a third of {len(rows)}")
    return len(rows), channels


# ---------------------------------------------------------------- documents
class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_words(name, text):
    if name.endswith(".html"):
        p = _TextExtractor()
        p.feed(text)
        body = " ".join(p.parts)
    elif name.endswith(".md"):
        body = text
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end != -1:
                body = text[end + 5:]
    else:
        body = text
    return len(re.findall(r"[^\W_][\w'’.-]*", body))


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return []
    names = sorted(f for f in os.listdir(DOCS)
                   if not f.endswith(".tsv") and not f.startswith("."))
    kinds = {os.path.splitext(f)[1] for f in names}
    if len(names) != 3 or kinds != {".md", ".html", ".txt"}:
        err(f"documents/: expected exactly one .md, one .html and one .txt, found {names}")
    summary = []
    for name in names:
        stem = os.path.splitext(name)[0]
        text = read_text(os.path.join(DOCS, name))
        if text is None:
            continue
        words = visible_words(name, text)
        if not DOC_MIN_WORDS <= words <= DOC_MAX_WORDS:
            err(f"documents/{name}: {words} words, expected {DOC_MIN_WORDS}-{DOC_MAX_WORDS}")
        if name.endswith(".md"):
            if not re.match(r"---\n(?:[^\n]*\n)+?---\n", text):
                err(f"documents/{name}: no YAML front matter")
        if name.endswith(".html") and not re.search(r"<html[\s>]", text, re.I):
            err(f"documents/{name}: does not look like HTML")
        if "{{" not in text and "*|" not in text:
            err(f"documents/{name}: no merge tags")
        if "http" not in text and "://" not in text and not re.search(r"\w\.\w+/\w", text):
            err(f"documents/{name}: no links")

        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        if not os.path.exists(exp_path):
            err(f"documents/{stem}.expected.tsv: missing")
            exp = []
        else:
            exp = read_tsv(exp_path, ["category", "snippet"])
        if not os.path.exists(trap_path):
            err(f"documents/{stem}.traps.tsv: missing")
            traps = []
        else:
            traps = read_tsv(trap_path, ["snippet"])

        cats = Counter()
        exp_snips = []
        for n, r in exp:
            cat, snip = r["category"], r["snippet"]
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{n}: category {cat!r} not pushy/impersonal")
            if snip not in text:
                err(f"documents/{stem}.expected.tsv:{n}: snippet not found verbatim in {name}: {snip!r}")
            exp_snips.append(snip)
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"documents/{stem}.expected.tsv: needs both pushy and impersonal rows, got {dict(cats)}")
        if len(set(exp_snips)) != len(exp_snips):
            err(f"documents/{stem}.expected.tsv: duplicate snippets")

        trap_snips = []
        for n, r in traps:
            snip = r["snippet"]
            if snip not in text:
                err(f"documents/{stem}.traps.tsv:{n}: snippet not found verbatim in {name}: {snip!r}")
            for e in exp_snips:
                if snip in e or e in snip:
                    err(f"documents/{stem}.traps.tsv:{n}: trap overlaps expected snippet {e!r}")
            trap_snips.append(snip)
        if not trap_snips:
            err(f"documents/{stem}.traps.tsv: no traps")
        if len(set(trap_snips)) != len(trap_snips):
            err(f"documents/{stem}.traps.tsv: duplicate snippets")
        summary.append((name, words, len(exp_snips), len(trap_snips)))
    return summary


# ---------------------------------------------------------------- readme etc.
def check_readme(total):
    path = os.path.join(HERE, "README.md")
    text = read_text(path)
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-zd/labelling-guide.md", "330"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for c in CHANNELS:
        if c not in text:
            err(f"README.md: channel {c!r} not listed")
    for f in sorted(os.listdir(DOCS)) if os.path.isdir(DOCS) else []:
        if not f.endswith(".tsv") and f not in text:
            err(f"README.md: document {f!r} not listed")


def check_other_files():
    # every text file in the batch must be UTF-8 with LF endings
    for root, _, files in os.walk(HERE):
        for f in files:
            p = os.path.join(root, f)
            if f.endswith((".tsv", ".md", ".html", ".txt", ".py")):
                if p.endswith("sentences.tsv") or os.path.dirname(p) == DOCS:
                    continue  # already checked
                read_text(p)
            elif "__pycache__" not in root:
                err(f"{os.path.relpath(p, HERE)}: unexpected file in the batch")


def main():
    total, _ = check_sentences()
    check_documents()
    check_readme(total)
    check_other_files()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
