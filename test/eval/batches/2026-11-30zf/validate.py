#!/usr/bin/env python3
"""Validate the hand-written holdout batch in this directory.

Standard library only. Run from anywhere:  python3 validate.py
Prints OK and exits 0 when every rule holds; otherwise lists the problems
and exits 1.
"""
import html
import os
import re
import sys
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
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
# prefix -> (count, label, tactic rule)
SECTIONS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 8
# Every kind of opening quotation mark (and the closing ones, for safety).
QUOTES = set("\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
             "\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\uff02\uff07")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings and a final newline."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{os.path.relpath(path, HERE)}: cannot read ({e})")
        return None
    rel = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None


def check_field(rel, lineno, name, value):
    if value == "":
        err(f"{rel}:{lineno}: empty field {name}")
        return
    if value != value.strip():
        err(f"{rel}:{lineno}: field {name} has leading/trailing whitespace")
    if value[0] in QUOTES:
        err(f"{rel}:{lineno}: field {name} starts with a quotation mark: {value[:30]!r}")
    if "\n" in value or "\t" in value:
        err(f"{rel}:{lineno}: field {name} contains a tab or newline")


def read_tsv(path, header, ncols):
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{rel}: header must be exactly {header!r}, got {lines[0] if lines else ''!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            err(f"{rel}:{n}: blank line")
            continue
        parts = line.split("\t")
        if len(parts) != ncols:
            err(f"{rel}:{n}: expected {ncols} tab-separated fields, got {len(parts)}")
            continue
        for name, value in zip(header.split("\t"), parts):
            check_field(rel, n, name, value)
        rows.append((n, parts))
    return rows


def guide_cross_check():
    """If the labelling guide is reachable, confirm our lists match its tables."""
    guide = os.path.normpath(os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md"))
    if not os.path.exists(guide):
        return
    text = open(guide, encoding="utf-8").read()

    def table_after(heading):
        idx = text.find(heading)
        if idx < 0:
            return None
        names = []
        for line in text[idx:].split("\n")[1:]:
            if line.startswith("#"):
                break
            m = re.match(r"\|\s*([^|]+?)\s*\|", line)
            if m and not set(m.group(1)) <= set("-: "):
                names.append(m.group(1))
        return names[1:]  # drop the table header cell

    pushy = table_after("### Pushy")
    imp = table_after("### Impersonal")
    if pushy is not None and set(pushy) != set(PUSHY_TACTICS):
        err(f"pushy tactics differ from the guide: {sorted(set(pushy) ^ set(PUSHY_TACTICS))}")
    if imp is not None and set(imp) != set(IMPERSONAL_FAMILIES):
        err(f"impersonal families differ from the guide: {sorted(set(imp) ^ set(IMPERSONAL_FAMILIES))}")
    m = re.search(r"Spread every batch over tactics and channels:(.*?)\. Vary", text, re.S)
    if m:
        listed = [c.strip() for c in re.split(r",\s*", m.group(1).strip())]
        if set(listed) != set(CHANNELS):
            err(f"channels differ from the guide: {sorted(set(listed) ^ set(CHANNELS))}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER, 5)
    expected_ids = [f"{p}{i:03d}" for p, n, _ in SECTIONS for i in range(1, n + 1)]
    ids = [parts[0] for _, parts in rows]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        dup = sorted(k for k, v in Counter(ids).items() if v > 1)
        err(f"sentences.tsv: ids must be exactly p001-p110, i001-i080, b001-b020, "
            f"n001-n108, f001-f012 in that order (missing {missing[:5]}, extra {extra[:5]}, "
            f"duplicated {dup[:5]}, rows {len(ids)})")
    label_of = {p: lab for p, _, lab in SECTIONS}
    pushy_count, imp_count, chan_count = Counter(), Counter(), Counter()
    texts = Counter()
    fine = 0
    for n, (rid, text, labels, channel, tactic) in rows:
        where = f"sentences.tsv:{n} ({rid})"
        prefix = rid[:1]
        texts[text] += 1
        if prefix not in label_of:
            err(f"{where}: unknown id prefix")
            continue
        if labels != label_of[prefix]:
            err(f"{where}: label must be {label_of[prefix]!r}, got {labels!r}")
        if labels == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        chan_count[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: {tactic!r} is not a pushy tactic from the guide")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: {tactic!r} is not an impersonal family from the guide")
            imp_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"{where}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{where}: tactic must be 'plain'")
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t[:50]!r}")
    # even spread: every tactic/family used, counts differ by at most one
    for name, counter, allowed in (("pushy tactic", pushy_count, PUSHY_TACTICS),
                                   ("impersonal family", imp_count, IMPERSONAL_FAMILIES)):
        counts = [counter.get(t, 0) for t in allowed]
        if rows and (min(counts) == 0 or max(counts) - min(counts) > 1):
            err(f"sentences.tsv: {name}s not spread evenly: {dict(zip(allowed, counts))}")
    for ch in CHANNELS:
        if rows and chan_count.get(ch, 0) < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {chan_count.get(ch, 0)} times (< {MIN_PER_CHANNEL})")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} of {len(rows)} rows are fine (need at least a third)")


# ---------------------------------------------------------------- documents

def visible_text(name, text):
    """Approximate the prose a reader sees, for word and sentence counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)           # link targets
        text = re.sub(r"<[^>]+>", " ", text)                # inline HTML
        lines = []
        for line in text.split("\n"):
            line = re.sub(r"^\s*(#+|>|-|\d+\.)\s*", "", line)
            lines.append(line.replace("**", "").replace("[", "").replace("]", ""))
        return "\n".join(lines)
    if name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<div class=\"preheader\".*?</div>", " ", text, flags=re.S)
        text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
        text = re.sub(r"</(p|h\d|div|td|li)>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        return html.unescape(text)
    # plain-text schedule: message is the last ' | ' column; keep other prose lines
    lines = []
    for line in text.split("\n"):
        lines.append(line.split(" | ")[-1] if " | " in line else line)
    return "\n".join(lines)


def count_sentences(prose):
    chunks = re.split(r"(?<=[.!?])\s+|\n+", prose)
    return sum(1 for c in chunks if len(re.findall(r"[A-Za-z]{2,}", c)) >= 2)


def occurrences(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    names = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
    extra_files = sorted(f for f in os.listdir(DOCS)
                         if f.endswith(".tsv") and not any(
                             f in (os.path.splitext(d)[0] + ".expected.tsv",
                                   os.path.splitext(d)[0] + ".traps.tsv") for d in names))
    if extra_files:
        err(f"documents/: TSV files without a document: {extra_files}")
    md = [n for n in names if n.endswith(".md")]
    htm = [n for n in names if n.endswith(".html")]
    txt = [n for n in names if n.endswith(".txt")]
    if md != ["landing-page.md"] or len(htm) != 1 or len(txt) != 1 or len(names) != 3:
        err(f"documents/: need exactly landing-page.md, one .html and one .txt; found {names}")
    for name in names:
        check_document(name)


def check_document(name):
    path = os.path.join(DOCS, name)
    doc = read_text(path)
    if doc is None:
        return
    base = os.path.splitext(name)[0]
    if name.endswith(".md"):
        m = re.match(r"\A---\n(.*?)\n---\n", doc, re.S)
        if not m:
            err(f"{name}: must start with YAML front matter between --- lines")
        elif not re.search(r"(?i)urgent|hurry|last-chance|fomo|scarcity|buy", m.group(1)):
            err(f"{name}: front matter should contain some trigger words")
    if name.endswith(".html"):
        for need in ("<html", "class=", "href=", "<style"):
            if need not in doc:
                err(f"{name}: HTML email should contain {need!r}")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", doc):
            err(f"{name}: HTML email should contain merge tags")
    if name.endswith(".txt"):
        if not re.search(r"\bSEG-[A-Z0-9-]+", doc):
            err(f"{name}: schedule should contain segment codes (SEG-...)")
        if not re.search(r"\b[A-Z]{4,}\d+\b", doc):
            err(f"{name}: schedule should contain a promo code")
        if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/[\w-]+", doc):
            err(f"{name}: schedule should contain short links")
    prose = visible_text(name, doc)
    words = len(re.findall(r"\S+", prose))
    sentences = count_sentences(prose)
    if not 150 <= words <= 500:
        err(f"{name}: {words} visible words (guide asks for 150-500)")
    if not 25 <= sentences <= 45:
        err(f"{name}: about {sentences} sentences (need 25-45)")

    exp_rows = read_tsv(os.path.join(DOCS, base + ".expected.tsv"), "category\tsnippet", 2)
    trap_rows = read_tsv(os.path.join(DOCS, base + ".traps.tsv"), "snippet", 1)
    flagged = []
    cats = Counter()
    seen = set()
    for n, (cat, snip) in exp_rows:
        where = f"{base}.expected.tsv:{n}"
        if cat not in ("pushy", "impersonal"):
            err(f"{where}: category must be pushy or impersonal, got {cat!r}")
        if (cat, snip) in seen:
            err(f"{where}: duplicate row")
        seen.add((cat, snip))
        cats[cat] += 1
        occ = occurrences(doc, snip)
        if not occ:
            err(f"{where}: snippet not found verbatim in {name}: {snip!r}")
        flagged.extend(occ)
    for cat in ("pushy", "impersonal"):
        if exp_rows and not cats[cat]:
            err(f"{base}.expected.tsv: no {cat} snippets")
    trap_seen = set()
    for n, (snip,) in trap_rows:
        where = f"{base}.traps.tsv:{n}"
        if snip in trap_seen:
            err(f"{where}: duplicate trap")
        trap_seen.add(snip)
        occ = occurrences(doc, snip)
        if not occ:
            err(f"{where}: trap not found verbatim in {name}: {snip!r}")
            continue
        # a trap must have at least one occurrence outside every flagged span
        clean = [o for o in occ if not any(o[0] < f[1] and f[0] < o[1] for f in flagged)]
        if not clean:
            err(f"{where}: every occurrence of trap {snip!r} overlaps an expected snippet")
    if len(exp_rows) < 5 or len(trap_rows) < 5:
        err(f"{name}: want at least 5 expected snippets and 5 traps")


def main():
    for f in ("README.md", "validate.py"):
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"{f} is missing")
    guide_cross_check()
    check_sentences()
    check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
