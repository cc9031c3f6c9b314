#!/usr/bin/env python3
"""Format checks for the holdout-zp evaluation batch (stdlib only).

Run from anywhere:  python3 validate.py
Prints OK when every check passes, otherwise lists the problems and exits 1.
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
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
# (prefix, count, labels)
SECTIONS = [("p", 110, "pushy"), ("i", 80, "impersonal"),
            ("b", 20, "pushy,impersonal"), ("n", 108, "fine"), ("f", 12, "fine")]
HEADER = ["id", "text", "labels", "channel", "tactic"]
QUOTE_CHARS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07\u00b4"
# Example phrases printed in the labelling guide: the batch must not reuse them.
GUIDE_EXAMPLES = [
    "act now", "ends tonight!", "everyone else is getting this",
    "what's stopping you", "no thanks, i like wasting money",
    "you'll kick yourself", "you'll wish you had", "i've booked you in",
    "which one shall we send", "leverage synergies", "operationalise",
    "your request will be processed", "please do not hesitate",
    "we value your custom", "world-leading provider", "the global benchmark",
    "parents wishing to", "we're two people in a garage",
    "we read every reply", "only fools", "only you can decide", "there's no rush",
]

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.relpath(path, HERE)}: starts with a BOM")
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (use LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.relpath(path, HERE)}: not valid UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if text and not text.endswith("\n"):
        err(f"{os.path.relpath(path, HERE)}: does not end with a newline")
    return text


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be exactly {'<TAB>'.join(HEADER)}")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected 5")
            continue
        for name, value in zip(HEADER, fields):
            if value == "":
                err(f"sentences.tsv line {n}: empty {name}")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
            elif value[0] in QUOTE_CHARS:
                err(f"sentences.tsv line {n}: {name} starts with a quotation mark")
        rows.append(fields)

    expected_ids = [f"{p}{k:03d}" for p, c, _ in SECTIONS for k in range(1, c + 1)]
    ids = [r[0] for r in rows]
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, n001-n108, "
            f"f001-f012 in order (missing {missing[:5]}, unexpected {extra[:5]})")

    label_for = {p: lab for p, _, lab in SECTIONS}
    texts = Counter(r[1].strip().lower() for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text ({c}x): {t[:60]}")

    pushy_seq, imp_seq = [], []
    for rid, text, labels, channel, tactic in rows:
        prefix = rid[:1]
        if prefix not in label_for:
            continue
        if labels != label_for[prefix]:
            err(f"{rid}: labels {labels!r}, expected {label_for[prefix]!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        low = text.lower().replace("\u2019", "'")
        for phrase in GUIDE_EXAMPLES:
            if phrase in low:
                err(f"{rid}: reuses a guide example phrase {phrase!r}")
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
            pushy_seq.append(tactic)
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {tactic!r}")
            imp_seq.append(tactic)
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"{rid}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{rid}: tactic must be 'plain'")

    def check_blocks(seq, order, lo, hi, what):
        counts = Counter(seq)
        for t in order:
            if not lo <= counts.get(t, 0) <= hi:
                err(f"{what}: {t!r} has {counts.get(t, 0)} rows, expected {lo}-{hi}")
        blocks = [t for k, t in enumerate(seq) if k == 0 or seq[k - 1] != t]
        if blocks != [t for t in order if t in counts]:
            err(f"{what}: rows are not in contiguous blocks in the guide's order")

    check_blocks(pushy_seq, PUSHY_TACTICS, 6, 7, "pushy tactics")
    check_blocks(imp_seq, IMPERSONAL_FAMILIES, 11, 12, "impersonal families")

    ch = Counter(r[3] for r in rows)
    for c in CHANNELS:
        if ch.get(c, 0) < 8:
            err(f"channel {c!r} used {ch.get(c, 0)} times, need at least 8")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")

    # quote styles among the near-misses
    near = " ".join(r[1] for r in rows if r[0].startswith("n"))
    for name, chars in [("straight double", '"'), ("curly double", "\u201c"),
                        ("curly single", "\u2018"), ("guillemet", "\u00ab"), ("backtick", "`")]:
        if chars not in near:
            err(f"near-miss rows: no {name} quotes used")


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        body = text[m.end():] if m else text
        body = re.sub(r"\]\([^)]*\)", "]", body)  # drop link targets
        return body
    if name.endswith(".html"):
        body = re.sub(r"<head>.*?</head>", " ", text, flags=re.S | re.I)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    return text


def count_sentences(text):
    return len(re.findall(r"[.!?\u2026]+(?=[\s\"'\u201d\u2019)*]|$)", text))


def occurrences(hay, needle):
    out, start = [], 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return out
        out.append((k, k + len(needle)))
        start = k + 1


def read_tsv(path, header):
    if not os.path.isfile(path):
        err(f"{os.path.relpath(path, HERE)} missing")
        return []
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{os.path.relpath(path, HERE)}: header must be {'<TAB>'.join(header)}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(f == "" for f in fields):
            err(f"{os.path.relpath(path, HERE)} line {n}: malformed row")
            continue
        rows.append(fields)
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(DOCS, f)))
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected exactly one .md, one .html and one .txt, found {docs}")
    if "landing-page.md" not in docs:
        err("documents/landing-page.md missing")
    for name in docs:
        path = os.path.join(DOCS, name)
        text = read_text(path)
        stem = os.path.splitext(name)[0]
        vis = visible_text(name, text)
        ns, nw = count_sentences(vis), len(vis.split())
        if not 25 <= ns <= 45:
            err(f"{name}: {ns} sentences, expected 25-45")
        if not 150 <= nw <= 500:
            err(f"{name}: {nw} words of copy, expected 150-500")
        if name.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
            err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{name}: no merge tags")
            if 'class="' not in text or "href=" not in text:
                err(f"{name}: needs CSS classes and links")
        if name.endswith(".txt"):
            if not re.search(r"\b\d{2}:\d{2}\b", text) or not re.search(r"\b[a-z]+\.[a-z]{2,}/\w+", text):
                err(f"{name}: SMS schedule needs times and short links")

        expected = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        spans = []
        cats = Counter()
        seen = set()
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip in seen:
                err(f"{stem}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            occ = occurrences(text, snip)
            if not occ:
                err(f"{stem}.expected.tsv: not an exact substring: {snip!r}")
            elif len(occ) > 1:
                err(f"{stem}.expected.tsv: snippet occurs {len(occ)} times: {snip!r}")
            spans += occ
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")
        if not traps:
            err(f"{stem}.traps.tsv: no traps")
        for (snip,) in traps:
            occ = occurrences(text, snip)
            if not occ:
                err(f"{stem}.traps.tsv: not an exact substring: {snip!r}")
            for a, b in occ:
                for x, y in spans:
                    if a < y and x < b:
                        err(f"{stem}.traps.tsv: trap overlaps an expected snippet: {snip!r}")
    for f in os.listdir(DOCS):
        if f.endswith(".tsv"):
            stem = f.rsplit(".", 2)[0]
            if not any(os.path.splitext(d)[0] == stem for d in docs):
                err(f"documents/{f}: no matching document")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md missing")
        return
    if "labelling guide" not in read_text(path).lower():
        err("README.md should say the batch was written only from the labelling guide")


check_sentences()
check_documents()
check_readme()

if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
