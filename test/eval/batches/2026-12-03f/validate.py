#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 (sentences.tsv, documents/, README.md).

Run from anywhere: python3 validate.py  -> prints OK or a list of problems.
"""
import collections
import csv
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["id", "text", "labels", "channel", "tactic"]
TOTAL_ROWS = 330
# prefix -> (label, count)
ID_RANGES = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
CHANNELS = {
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
}
MIN_PER_CHANNEL_CHECK = 10   # the validator's floor
MIN_PER_CHANNEL_BRIEF = 12   # what the writing brief asked for
PUSHY_TACTICS = {
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
IMPERSONAL_FAMILIES = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
}
DOC_CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def check_text_file(path):
    """UTF-8, LF only; returns decoded text or None."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return None
    if b"\r" in raw:
        err(f"{path}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        err(f"{path}: has a BOM")
    return text


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = check_text_file(path)
    if text is None:
        return
    if not text.endswith("\n"):
        err("sentences.tsv: no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    header = lines[0].split("\t")
    if header != HEADER:
        err(f"sentences.tsv: header is {header!r}, expected {HEADER!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            err(f"sentences.tsv line {n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        for name, value in zip(HEADER, fields):
            if value.strip() == "":
                err(f"sentences.tsv line {n}: empty field {name}")
            if value != value.strip():
                err(f"sentences.tsv line {n}: field {name} has leading/trailing whitespace")
        rows.append(dict(zip(HEADER, fields), _line=n))

    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    # ids, labels, consecutive ranges
    seen_ids = set()
    by_prefix = collections.defaultdict(list)
    for r in rows:
        rid = r["id"]
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {r['_line']}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"line {r['_line']}: duplicate id {rid}")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        by_prefix[prefix].append(num)
        want_label = ID_RANGES[prefix][0]
        if r["labels"] != want_label:
            err(f"{rid}: label {r['labels']!r}, expected {want_label!r}")
    for prefix, (label, count) in ID_RANGES.items():
        nums = by_prefix.get(prefix, [])
        if nums != list(range(1, count + 1)):
            err(f"ids {prefix}: expected {prefix}001..{prefix}{count:03d} in order, "
                f"got {len(nums)} ids" + (f" ({prefix}{min(nums):03d}..{prefix}{max(nums):03d})" if nums else ""))

    # channels
    chan_counts = collections.Counter(r["channel"] for r in rows)
    for ch in chan_counts:
        if ch not in CHANNELS:
            err(f"unknown channel {ch!r}")
    for ch in sorted(CHANNELS):
        c = chan_counts.get(ch, 0)
        if c < MIN_PER_CHANNEL_CHECK:
            err(f"channel {ch}: {c} rows (< {MIN_PER_CHANNEL_CHECK})")
        elif c < MIN_PER_CHANNEL_BRIEF:
            err(f"channel {ch}: {c} rows (< {MIN_PER_CHANNEL_BRIEF} asked for in the brief)")

    # tactics
    pushy_used = collections.Counter()
    imp_used = collections.Counter()
    for r in rows:
        rid, tac = r["id"], r["tactic"]
        p = rid[0]
        if p == "p":
            if tac not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tac!r}")
            pushy_used[tac] += 1
        elif p == "i":
            if tac not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {tac!r}")
            imp_used[tac] += 1
        elif p == "b":
            parts = tac.split("; ")
            if len(parts) != 2:
                err(f"{rid}: tactic must be 'pushy tactic; impersonal family', got {tac!r}")
                continue
            if parts[0] not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {parts[0]!r}")
            if parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {parts[1]!r}")
        else:  # n, f: free description
            if tac in PUSHY_TACTICS or tac in IMPERSONAL_FAMILIES:
                err(f"{rid}: fine row should carry a free description, not a tactic name")
    for t in sorted(PUSHY_TACTICS - set(pushy_used)):
        err(f"pushy tactic never used in p rows: {t}")
    for t in sorted(IMPERSONAL_FAMILIES - set(imp_used)):
        err(f"impersonal family never used in i rows: {t}")
    # even spread: pushy ~7 each (110/16), impersonal ~11 each (80/7)
    for t, c in pushy_used.items():
        if not 6 <= c <= 8:
            err(f"pushy tactic {t!r} used {c} times in p rows (want 6-8)")
    for t, c in imp_used.items():
        if not 10 <= c <= 12:
            err(f"impersonal family {t!r} used {c} times in i rows (want 10-12)")

    # at least a third fine
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine}/{len(rows)} rows are fine (need at least a third)")

    # duplicates
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]!r}")
    norm = collections.Counter(re.sub(r"\W+", " ", r["text"].lower()).strip() for r in rows)
    for t, c in norm.items():
        if c > 1:
            err(f"near-duplicate text ({c}x, ignoring case/punctuation): {t[:60]!r}")

    return rows


# ---------------------------------------------------------------- documents
def strip_html(text):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return html.unescape(text)


def word_count(text):
    return len(text.split())


def read_tsv(path, want_header):
    text = check_text_file(path)
    if text is None:
        return []
    lines = [l for l in text.split("\n")]
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != want_header:
        err(f"{path}: header must be {want_header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(want_header) or any(f == "" for f in fields):
            err(f"{path} line {n}: expected {len(want_header)} non-empty fields")
            continue
        out.append(fields)
    return out


def spans(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = [f for f in sorted(os.listdir(ddir))
            if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f))]
    exts = collections.Counter(os.path.splitext(f)[1] for f in docs)
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {docs}")
    for ext in (".md", ".html", ".txt"):
        if exts.get(ext, 0) != 1:
            err(f"documents/: expected exactly one {ext} document, found {exts.get(ext, 0)}")

    for name in docs:
        path = os.path.join(ddir, name)
        stem, ext = os.path.splitext(name)
        text = check_text_file(path)
        if text is None:
            continue
        if ext == ".html":
            if "<html" not in text.lower():
                err(f"{name}: no <html tag")
            body = strip_html(text)
        elif ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{name}: YAML front matter missing (must start with --- ... ---)")
            elif not re.search(r"(?m)^\w[\w-]*:\s*\S", m.group(1)):
                err(f"{name}: front matter has no key: value lines")
            body = text
        else:
            body = text
        wc = word_count(body)
        if not 150 <= wc <= 500:
            err(f"{name}: {wc} words (need 150-500)")

        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        if not os.path.exists(exp_path):
            err(f"{stem}.expected.tsv missing")
            continue
        if not os.path.exists(trap_path):
            err(f"{stem}.traps.tsv missing")
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = read_tsv(trap_path, ["snippet"])
        if len(expected) < 3:
            err(f"{stem}.expected.tsv: {len(expected)} rows (need >= 3)")
        if len(traps) < 3:
            err(f"{stem}.traps.tsv: {len(traps)} rows (need >= 3)")
        cats = set()
        exp_spans = []
        for cat, snip in expected:
            if cat not in DOC_CATEGORIES:
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            s = spans(text, snip)
            if not s:
                err(f"{stem}.expected.tsv: snippet not found verbatim: {snip[:60]!r}")
            exp_spans.extend(s)
        if "pushy" not in cats or "impersonal" not in cats:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows (has {sorted(cats)})")
        for (snip,) in traps:
            s = spans(text, snip)
            if not s:
                err(f"{stem}.traps.tsv: snippet not found verbatim: {snip[:60]!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{stem}.traps.tsv: trap {snip[:40]!r} overlaps an expected snippet")
            for _, esnip in expected:
                if snip in esnip or esnip in snip:
                    err(f"{stem}: trap {snip[:40]!r} and expected {esnip[:40]!r} contain each other")


# ---------------------------------------------------------------- readme
def check_readme(rows):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = check_text_file(path) or ""
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 not mentioned")
    if "labelling guide" not in text.lower():
        err("README.md: does not say it was written from the labelling guide")
    if rows:
        counts = collections.Counter(r["labels"] for r in rows)
        for label, c in counts.items():
            if str(c) not in text:
                err(f"README.md: count {c} for {label} not stated")


def main():
    rows = check_sentences()
    check_documents()
    check_readme(rows)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
