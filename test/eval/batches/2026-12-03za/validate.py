#!/usr/bin/env python3
"""Validate the holdout-2026-12-03za evaluation batch.

Standard library only. Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists every problem and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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

# id prefix -> (first, last, label)
ID_GROUPS = {
    "p": (1, 110, "pushy"),
    "i": (1, 80, "impersonal"),
    "b": (1, 20, "pushy,impersonal"),
    "n": (1, 108, "fine"),
    "f": (1, 12, "fine"),
}
TOTAL_ROWS = sum(last - first + 1 for first, last, _ in ID_GROUPS.values())  # 330

# Every kind of near-miss the guide lists must be represented at least once.
# Each entry: (description, regex that at least one near-miss tactic must match)
NEAR_MISS_KINDS = [
    ("deadline with a date and a reason", r"deadline with reason"),
    ("stock fact with a reason", r"stock fact with reason"),
    ("guarantee that states its terms", r"guarantee with terms"),
    ("names of clubs/venues/products/programmes",
     r"(venue|club|product|programme|company|event|place|street|guide) name"),
    ("news and how-to prose", r"(news|how-to) prose"),
    ("past-tense story", r"past-tense story"),
    ("'only you can decide' / 'there's no rush'", r"(only you can decide|no rush)"),
    ("pushy language quoted or discussed", r"quoted pushy language"),
    ("passive voice right in context", r"passive in "),
    ("warm, personal 'we'", r"warm we"),
    ("capitals as acronyms, codes or identifiers", r"(acronym|code/identifier|promo code)"),
]
MIN_NEAR_MISS_PER_KIND = 5

DOC_KINDS = {".md": "markdown", ".html": "html", ".txt": "text"}
MERGE_TAG_RE = re.compile(r"\{\{\s*[\w.]+\s*\}\}|\*\|[A-Z0-9_:=]+\|\*|%[A-Z_]+%")
LINK_RE = re.compile(r"https?://\S+|\b[\w-]+\.(?:co\.uk|uk|com|org)/\S*")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 and check LF line endings and a final newline."""
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
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    return text


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    header = "id\ttext\tlabels\tchannel\ttactic"
    if lines[0] != header:
        err(f"sentences.tsv: header is {lines[0]!r}, expected {header!r}")
    rows = lines[1:]
    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    seen_ids = set()
    texts = {}
    channel_counts = Counter()
    tactic_counts = Counter()
    family_counts = Counter()
    label_counts = Counter()
    near_miss_tactics = []

    for lineno, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv:{lineno}: {len(fields)} fields, expected 5 (tab inside a field?)")
            continue
        rid, txt, labels, channel, tactic = fields
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not value.strip():
                err(f"sentences.tsv:{lineno}: empty {name}")
            elif value != value.strip():
                err(f"sentences.tsv:{lineno}: {name} has leading/trailing whitespace")
        if any(c in txt for c in "\r\n\t\x0b\x0c\u2028\u2029"):
            err(f"sentences.tsv:{lineno}: line break or tab inside text")

        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv:{lineno}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        first, last, want_label = ID_GROUPS[prefix]
        if not first <= num <= last:
            err(f"sentences.tsv:{lineno}: id {rid} outside {prefix}{first:03d}-{prefix}{last:03d}")
        if rid in seen_ids:
            err(f"sentences.tsv:{lineno}: duplicate id {rid}")
        seen_ids.add(rid)
        if labels != want_label:
            err(f"sentences.tsv:{lineno}: {rid} labelled {labels!r}, expected {want_label!r}")
        label_counts[labels] += 1

        if channel not in CHANNELS:
            err(f"sentences.tsv:{lineno}: unknown channel {channel!r}")
        channel_counts[channel] += 1

        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv:{lineno}: {rid} unknown pushy tactic {tactic!r}")
            tactic_counts[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{lineno}: {rid} unknown impersonal family {tactic!r}")
            family_counts[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{lineno}: {rid} tactic {tactic!r} is not '<pushy tactic> + <impersonal family>'")
        elif prefix == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"sentences.tsv:{lineno}: {rid} tactic {tactic!r} should start with 'near-miss: '")
            near_miss_tactics.append(tactic)
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv:{lineno}: {rid} tactic {tactic!r} should be 'plain'")

        key = re.sub(r"\s+", " ", txt).strip().casefold()
        if key in texts:
            err(f"sentences.tsv:{lineno}: duplicate text (same as {texts[key]})")
        else:
            texts[key] = rid

    for prefix, (first, last, _) in ID_GROUPS.items():
        for num in range(first, last + 1):
            rid = f"{prefix}{num:03d}"
            if rid not in seen_ids:
                err(f"sentences.tsv: missing id {rid}")

    for t in PUSHY_TACTICS:
        if not 6 <= tactic_counts[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {tactic_counts[t]} rows, expected 6-7")
    for f in IMPERSONAL_FAMILIES:
        if not 11 <= family_counts[f] <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {family_counts[f]} rows, expected 11-12")
    for c in CHANNELS:
        if channel_counts[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channel_counts[c]} rows, expected at least {MIN_PER_CHANNEL}")

    fine = label_counts["fine"]
    if fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows; the guide asks for at least a third")
    for desc, pattern in NEAR_MISS_KINDS:
        n = sum(1 for t in near_miss_tactics if re.search(pattern, t))
        if n < MIN_NEAR_MISS_PER_KIND:
            err(f"sentences.tsv: near-miss kind '{desc}' has {n} rows, expected at least {MIN_NEAR_MISS_PER_KIND}")

    return label_counts, channel_counts


def visible_text(raw_html):
    """Rough visible text of an HTML document (for word counts)."""
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw_html)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


def occurrences(text, snippet):
    spans, start = [], 0
    while True:
        i = text.find(snippet, start)
        if i < 0:
            return spans
        spans.append((i, i + len(snippet)))
        start = i + 1


def read_tsv(path, header):
    rel = os.path.relpath(path, HERE)
    text = read_text(path)
    if text is None:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{rel}: header is {lines[0] if lines else ''!r}, expected {header!r}")
        return None
    ncols = header.count("\t") + 1
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{rel}:{lineno}: {len(fields)} fields, expected {ncols}")
            continue
        if any(not f.strip() for f in fields):
            err(f"{rel}:{lineno}: empty field")
            continue
        rows.append((lineno, fields))
    if not rows:
        err(f"{rel}: no rows")
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return []
    docs = sorted(
        f for f in os.listdir(DOCS)
        if os.path.splitext(f)[1] in DOC_KINDS and not f.endswith(".tsv")
    )
    kinds = Counter(DOC_KINDS[os.path.splitext(f)[1]] for f in docs)
    if len(docs) != 3 or set(kinds) != set(DOC_KINDS.values()):
        err(f"documents/: expected exactly one .md, one .html and one .txt, found {docs}")

    allowed = set(docs)
    for d in docs:
        stem = os.path.splitext(d)[0]
        allowed |= {stem + ".expected.tsv", stem + ".traps.tsv"}
    for f in os.listdir(DOCS):
        if f not in allowed:
            err(f"documents/{f}: unexpected file")

    summary = []
    for d in docs:
        path = os.path.join(DOCS, d)
        stem, ext = os.path.splitext(d)
        raw = read_text(path)
        if raw is None:
            continue
        kind = DOC_KINDS[ext]

        if kind == "markdown":
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m:
                err(f"documents/{d}: no YAML front matter at the top")
            elif not re.search(r"(?m)^title:\s*\S", m.group(1)):
                err(f"documents/{d}: front matter has no title")
            words_text = raw
        elif kind == "html":
            if not re.search(r"(?i)<!doctype html>|<html\b", raw):
                err(f"documents/{d}: does not look like HTML")
            words_text = visible_text(raw)
        else:
            words_text = raw
        nwords = len(re.findall(r"\S+", words_text))
        if not 150 <= nwords <= 500:
            err(f"documents/{d}: {nwords} words, expected 150-500")
        if not MERGE_TAG_RE.search(raw):
            err(f"documents/{d}: no merge tag")
        if not LINK_RE.search(raw):
            err(f"documents/{d}: no link")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet") or []
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet") or []

        cats = Counter()
        exp_spans = []
        exp_snips = []
        for lineno, (cat, snip) in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{lineno}: category {cat!r} must be pushy or impersonal")
            cats[cat] += 1
            spans = occurrences(raw, snip)
            if not spans:
                err(f"documents/{stem}.expected.tsv:{lineno}: snippet not found verbatim in {d}: {snip!r}")
            exp_spans.extend(spans)
            exp_snips.append(snip)
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"documents/{stem}.expected.tsv: no {c} snippet (documents must mix both)")
        if len(set(exp_snips)) != len(exp_snips):
            err(f"documents/{stem}.expected.tsv: duplicate snippets")

        trap_snips = []
        for lineno, (snip,) in traps:
            spans = occurrences(raw, snip)
            if not spans:
                err(f"documents/{stem}.traps.tsv:{lineno}: snippet not found verbatim in {d}: {snip!r}")
            for a, b in spans:
                for x, y in exp_spans:
                    if a < y and x < b:
                        err(f"documents/{stem}.traps.tsv:{lineno}: trap {snip!r} overlaps an expected snippet")
                        break
            trap_snips.append(snip)
        if len(set(trap_snips)) != len(trap_snips):
            err(f"documents/{stem}.traps.tsv: duplicate snippets")

        summary.append((d, nwords, cats["pushy"], cats["impersonal"], len(trap_snips)))
    return summary


def check_readme():
    path = os.path.join(HERE, "README.md")
    text = read_text(path)
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-zj/labelling-guide.md"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for d in ("gower-swell-winter-guide.md", "saffron-sumac-december.html", "ironbark-jan-batch.txt"):
        if d not in text:
            err(f"README.md: document {d} not listed")
    for c in CHANNELS:
        if c not in text:
            err(f"README.md: channel {c!r} not listed")


def main():
    verbose = "-v" in sys.argv[1:]
    res = check_sentences()
    summary = check_documents()
    check_readme()
    read_text(os.path.abspath(__file__))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if verbose and res:
        labels, channels = res
        print("labels:", dict(labels))
        print("channels:", dict(sorted(channels.items())))
        for d, w, p, i, t in summary:
            print(f"{d}: {w} words, {p} pushy + {i} impersonal expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
