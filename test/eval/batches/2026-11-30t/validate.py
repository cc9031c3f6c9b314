#!/usr/bin/env python3
"""Validate the holdout-t evaluation batch (sentences.tsv and documents/).

Run from anywhere:  python3 validate.py   -> prints OK, or lists every problem and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = "id\ttext\tlabels\tchannel\ttactic"
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate", "fitness",
    "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services", "newsletters", "legal footers",
]
PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing",
]
LABEL_BY_PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
TOTAL = 330
QUOTES = "\"'“”‘’„‚«»‹›`＂＇「」『』"
DOC_CATEGORIES = {"pushy", "impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (LF line endings required)")
    if raw and not raw.endswith(b"\n"):
        err(f"{path}: no final newline")
    return text


def check_field(where, value):
    if value == "":
        err(f"{where}: empty field")
        return
    if "\t" in value or "\n" in value or "\r" in value:
        err(f"{where}: tab or line break inside field")
    if value[0] in QUOTES:
        err(f"{where}: field starts with a quotation mark: {value[:30]!r}")
    if value != value.strip():
        err(f"{where}: leading/trailing whitespace")


# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
        return
    seen_ids, seen_texts = set(), {}
    numbers = collections.defaultdict(list)
    prefix_counts = collections.Counter()
    channel_counts = collections.Counter()
    pushy_tactics, impersonal_families = collections.Counter(), collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        where = f"sentences.tsv line {n}"
        if line.strip() == "":
            err(f"{where}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER.split("\t"), fields):
            check_field(f"{where} [{name}]", value)
        rid, rtext, labels, channel, tactic = fields
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        if rid in seen_ids:
            err(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        numbers[prefix].append(num)
        prefix_counts[prefix] += 1
        key = re.sub(r"\s+", " ", rtext.strip().lower())
        if key in seen_texts:
            err(f"{where}: duplicate text (same as {seen_texts[key]})")
        seen_texts[key] = rid
        if labels != LABEL_BY_PREFIX[prefix]:
            err(f"{where}: id {rid} needs labels {LABEL_BY_PREFIX[prefix]!r}, got {labels!r}")
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channel_counts[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: {tactic!r} is not a pushy tactic")
            pushy_tactics[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: {tactic!r} is not an impersonal family")
            impersonal_families[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{where}: both-rows need 'pushy tactic+impersonal family', got {tactic!r}")
            else:
                pushy_tactics[parts[0]] += 0  # counted separately below
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"{where}: near-miss rows need tactic 'near-miss', got {tactic!r}")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{where}: plain rows need tactic 'plain', got {tactic!r}")
    for prefix, nums in numbers.items():
        if nums != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids with prefix {prefix!r} are not consecutive from 001 in file order")
    for prefix, want in EXPECTED_COUNTS.items():
        if prefix_counts[prefix] != want:
            err(f"sentences.tsv: {want} rows with prefix {prefix!r} expected, got {prefix_counts[prefix]}")
    fine = prefix_counts["n"] + prefix_counts["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {FINE_TOTAL} fine rows expected, got {fine}")
    if prefix_counts["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: at least {MIN_NEAR_MISS} near-misses expected, got {prefix_counts['n']}")
    total = sum(prefix_counts.values())
    if total != TOTAL:
        err(f"sentences.tsv: {TOTAL} rows expected, got {total}")
    if fine * 3 < total:
        err("sentences.tsv: fine rows must be at least a third of the batch")
    for ch in CHANNELS:
        if channel_counts[ch] == 0:
            err(f"sentences.tsv: channel {ch!r} never used")
    for t in PUSHY_TACTICS:
        if pushy_tactics[t] == 0:
            err(f"sentences.tsv: pushy tactic {t!r} has no p-row")
    for fam in IMPERSONAL_FAMILIES:
        if impersonal_families[fam] == 0:
            err(f"sentences.tsv: impersonal family {fam!r} has no i-row")
    return prefix_counts, channel_counts


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    """Rough reader-visible prose of a document, one chunk per line."""
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            err(f"{name}: Markdown document must start with YAML front matter")
            body = text
        else:
            body = text[m.end():]
        body = re.sub(r"\{\{<.*?>\}\}", "", body)
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        lines = [l for l in body.split("\n") if l.strip() and not l.lstrip().startswith("#")]
        return lines
    if name.endswith(".html"):
        body = re.sub(r"<(head|style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
        body = re.sub(r"<br\s*/?>|</(p|div|h\d|td|li|span)>", "\n", body, flags=re.I)
        body = re.sub(r"<[^>]+>", "", body)
        body = html.unescape(body)
        return [l.strip() for l in body.split("\n") if l.strip()]
    if name.endswith(".txt"):
        out = []
        for l in text.split("\n"):
            if not l.strip() or l.lstrip().startswith("#"):
                continue
            parts = l.split(" | ")
            if len(parts) != 5:
                err(f"{name}: schedule line needs 5 ' | '-separated columns: {l[:50]!r}")
                continue
            out.append(parts[4].strip())
        return out
    err(f"{name}: unknown document type")
    return []


def count_sentences(lines):
    n = 0
    for line in lines:
        for piece in re.split(r"(?<=[.!?])\s+", line):
            if re.search(r"[A-Za-z]{2,}", piece):
                n += 1
    return n


def check_tsv(path, header, ncols):
    text = read_text(path)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{os.path.basename(path)}: header must be exactly {header!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        where = f"{os.path.basename(path)} line {n}"
        if len(fields) != ncols:
            err(f"{where}: expected {ncols} field(s), got {len(fields)}")
            continue
        for value in fields:
            check_field(where, value)
        rows.append(fields)
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ folder missing")
        return {}
    names = sorted(f for f in os.listdir(DOCS)
                   if not f.endswith(".expected.tsv") and not f.endswith(".traps.tsv"))
    kinds = {os.path.splitext(f)[1] for f in names}
    if len(names) != 3 or kinds != {".md", ".html", ".txt"}:
        err(f"documents/: expected exactly one .md, one .html and one .txt document, got {names}")
    stats = {}
    for name in names:
        path = os.path.join(DOCS, name)
        text = read_text(path)
        if text is None:
            continue
        stem = os.path.splitext(name)[0]
        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.exists(p):
                err(f"{os.path.basename(p)} missing")
        expected = check_tsv(exp_path, "category\tsnippet", 2) if os.path.exists(exp_path) else []
        traps = check_tsv(trap_path, "snippet", 1) if os.path.exists(trap_path) else []
        for cat, snip in expected:
            if cat not in DOC_CATEGORIES:
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not found verbatim in {name}: {snip!r}")
        for (snip,) in traps:
            if snip not in text:
                err(f"{stem}.traps.tsv: snippet not found verbatim in {name}: {snip!r}")
            for _, e in expected:
                if snip in e or e in snip:
                    err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
        cats = collections.Counter(c for c, _ in expected)
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 5:
            err(f"{stem}.traps.tsv: fewer than 5 traps")
        lines = visible_text(name, text)
        n_sent = count_sentences(lines)
        n_words = sum(len(l.split()) for l in lines)
        if not 25 <= n_sent <= 45:
            err(f"{name}: {n_sent} sentences (25-45 required)")
        if not 150 <= n_words <= 500:
            err(f"{name}: {n_words} words of visible prose (150-500 required)")
        if name.endswith(".md") and not text.startswith("---\n"):
            err(f"{name}: must start with YAML front matter")
        if name.endswith(".html") and not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", text):
            err(f"{name}: no merge tags found")
        if name.endswith(".html") and not re.search(r'class="', text):
            err(f"{name}: no CSS classes found")
        if re.search(r"https?://(?![\w.-]*\.example[/\"'\s)])", text):
            err(f"{name}: link outside the .example domain")
        stats[name] = (n_sent, n_words, cats["pushy"], cats["impersonal"], len(traps))
    return stats


def main():
    res = check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    prefix_counts, channel_counts = res
    if "-v" in sys.argv:
        print("rows per prefix:", dict(prefix_counts))
        for ch in CHANNELS:
            print(f"  {channel_counts[ch]:3d}  {ch}")
        for name, (s, w, p, i, t) in stats.items():
            print(f"  {name}: {s} sentences, {w} words, {p} pushy + {i} impersonal expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
