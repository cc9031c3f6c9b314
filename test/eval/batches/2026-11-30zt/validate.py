#!/usr/bin/env python3
"""Format checks for the holdout-zt evaluation batch (stdlib only).

Usage:  python3 validate.py        (run from anywhere)
Prints OK and exits 0 when every rule holds; otherwise lists the problems
and exits 1.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
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
# (prefix, count, labels)
GROUPS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
MIN_PER_CHANNEL = 8
# Every quotation mark we know of: straight, curly, low-9, guillemets,
# primes, backtick, CJK corner brackets, fullwidth.
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
             "\u00ab\u00bb\u2039\u203a\u2032\u2033\u300c\u300d\u300e\u300f"
             "\uff02\uff07")
DOC_EXTS = {".md", ".html", ".txt"}
SENTENCES_RANGE = (25, 45)
WORDS_RANGE = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file and enforce UTF-8, no BOM, LF line endings, final newline."""
    with open(path, "rb") as fh:
        raw = fh.read()
    name = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: starts with a BOM")
    if b"\r" in raw:
        err(f"{name}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{name}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{name}: not valid UTF-8 ({exc})")
        return raw.decode("utf-8", "replace")


def read_tsv(path, header):
    """Return data rows (lists of fields) of a TSV; check header and shape."""
    name = os.path.relpath(path, HERE)
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err(f"{name}: empty file")
        return []
    if lines[0].split("\t") != header:
        err(f"{name}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{name}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for col, value in zip(header, fields):
            if value == "":
                err(f"{name}:{n}: empty {col}")
            elif value != value.strip():
                err(f"{name}:{n}: {col} has leading/trailing whitespace")
            elif value[0] in QUOTES:
                err(f"{name}:{n}: {col} starts with a quotation mark: {value[:20]!r}")
        rows.append(fields)
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv is missing")
        return
    rows = read_tsv(path, HEADER)
    expected_total = sum(c for _, c, _ in GROUPS)
    if len(rows) != expected_total:
        err(f"sentences.tsv: {len(rows)} rows, expected {expected_total}")

    expected_ids = [f"{p}{k:03d}" for p, c, _ in GROUPS for k in range(1, c + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, "
            f"n001-n108, f001-f012 in order (missing {missing[:5]}, extra {extra[:5]})")
    dup_ids = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup_ids:
        err(f"sentences.tsv: duplicate ids {dup_ids[:5]}")
    texts = collections.Counter(r[1] for r in rows)
    dups = [t for t, v in texts.items() if v > 1]
    if dups:
        err(f"sentences.tsv: duplicate texts {dups[:3]}")

    label_of = {p: lab for p, _, lab in GROUPS}
    by_prefix = collections.defaultdict(list)
    channel_counts = collections.Counter()
    for r in rows:
        rid, text, labels, channel, tactic = r
        prefix = rid[:1]
        if prefix not in label_of:
            err(f"{rid}: unknown id prefix")
            continue
        by_prefix[prefix].append(r)
        if labels != label_of[prefix]:
            err(f"{rid}: labels {labels!r}, expected {label_of[prefix]!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channel_counts[channel] += 1
        if prefix == "p" and tactic not in PUSHY_TACTICS:
            err(f"{rid}: {tactic!r} is not a pushy tactic from the guide")
        elif prefix == "i" and tactic not in IMPERSONAL_FAMILIES:
            err(f"{rid}: {tactic!r} is not an impersonal family from the guide")
        elif prefix == "b":
            parts = tactic.split("+")
            if (len(parts) != 2 or parts[0] not in PUSHY_TACTICS
                    or parts[1] not in IMPERSONAL_FAMILIES):
                err(f"{rid}: tactic {tactic!r} is not 'pushy tactic+impersonal family'")
        elif prefix == "n" and tactic != "near-miss":
            err(f"{rid}: tactic must be 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"{rid}: tactic must be 'plain'")

    def check_blocks(prefix, order, lo, hi, what):
        seq = [r[4] for r in by_prefix[prefix]]
        blocks = []
        for t in seq:
            if not blocks or blocks[-1][0] != t:
                blocks.append([t, 0])
            blocks[-1][1] += 1
        names = [b[0] for b in blocks]
        if names != order:
            err(f"{prefix}-rows: {what} blocks are not contiguous in the guide's "
                f"order (got {names})")
        for t, count in blocks:
            if not lo <= count <= hi:
                err(f"{prefix}-rows: {what} {t!r} has {count} rows, expected {lo}-{hi}")

    check_blocks("p", PUSHY_TACTICS, 6, 7, "tactic")
    check_blocks("i", IMPERSONAL_FAMILIES, 11, 12, "family")

    for ch in CHANNELS:
        if channel_counts[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch!r} appears {channel_counts[ch]} times, "
                f"needs at least {MIN_PER_CHANNEL}")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")
    return channel_counts


def prose_of(name, text):
    """Visible prose of a document, for rough sentence and word counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    elif name.endswith(".html"):
        text = re.sub(r"<(style|head)[^>]*>.*?</\1>", "", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>", " ", text)
        text = re.sub(r"</(p|div|h\d|li|span)>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
    elif name.endswith(".txt"):
        text = "\n".join(l for l in text.split("\n")
                         if not l.startswith("#") and not l.startswith("["))
    return text


def count_sentences(prose):
    count = 0
    for line in prose.split("\n"):
        line = line.strip().lstrip("#-*> ").strip()
        if not line:
            continue
        for piece in re.split(r"(?<=[.!?…])\s+", line):
            if len(piece.split()) >= 2:
                count += 1
    return count


def spans(haystack, needle):
    out, start = [], 0
    while True:
        k = haystack.find(needle, start)
        if k < 0:
            return out
        out.append((k, k + len(needle)))
        start = k + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if os.path.splitext(f)[1] in DOC_EXTS
                  and not f.endswith(".expected.tsv") and not f.endswith(".traps.tsv"))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != sorted(DOC_EXTS):
        err(f"documents/: expected exactly one .md, one .html and one .txt, got {docs}")
    if "landing-page.md" not in docs:
        err("documents/landing-page.md is missing")
    allowed = set(docs)
    for d in docs:
        stem = os.path.splitext(d)[0]
        allowed |= {stem + ".expected.tsv", stem + ".traps.tsv"}
    for f in os.listdir(DOCS):
        if f not in allowed:
            err(f"documents/: unexpected file {f}")

    for d in docs:
        path = os.path.join(DOCS, d)
        text = read_text(path)
        stem = os.path.splitext(d)[0]
        prose = prose_of(d, text)
        n_sent = count_sentences(prose)
        n_words = len(prose.split())
        if not SENTENCES_RANGE[0] <= n_sent <= SENTENCES_RANGE[1]:
            err(f"{d}: about {n_sent} sentences, expected {SENTENCES_RANGE[0]}-{SENTENCES_RANGE[1]}")
        if not WORDS_RANGE[0] <= n_words <= WORDS_RANGE[1]:
            err(f"{d}: about {n_words} words, expected {WORDS_RANGE[0]}-{WORDS_RANGE[1]}")
        if d.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"{d}: no YAML front matter")
        if d.endswith(".html"):
            if not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{d}: no merge tags")
            if "class=" not in text or "href=" not in text:
                err(f"{d}: needs CSS classes and links")
        if d.endswith(".txt") and not re.search(r"\b\d{1,2}:\d{2}\b", text):
            err(f"{d}: no times found")

        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        if not os.path.isfile(exp_path):
            err(f"{stem}.expected.tsv is missing")
            continue
        if not os.path.isfile(trap_path):
            err(f"{stem}.traps.tsv is missing")
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = read_tsv(trap_path, ["snippet"])
        cats = collections.Counter()
        exp_spans = []
        seen = set()
        for cat, snip in expected:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            if snip in seen:
                err(f"{stem}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            found = spans(text, snip)
            if not found:
                err(f"{stem}.expected.tsv: not an exact substring of {d}: {snip!r}")
            exp_spans += [(a, b, snip) for a, b in found]
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal snippets")
        seen = set()
        for (snip,) in traps:
            if snip in seen:
                err(f"{stem}.traps.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            found = spans(text, snip)
            if not found:
                err(f"{stem}.traps.tsv: not an exact substring of {d}: {snip!r}")
            for a, b in found:
                for ea, eb, esnip in exp_spans:
                    if a < eb and ea < b:
                        err(f"{stem}: trap {snip!r} overlaps expected {esnip!r}")
        print(f"  {d}: ~{n_sent} sentences, ~{n_words} words, "
              f"{len(expected)} expected ({dict(cats)}), {len(traps)} traps")


def check_other_files():
    for f in ("README.md", "validate.py"):
        if not os.path.isfile(os.path.join(HERE, f)):
            err(f"{f} is missing")
        else:
            read_text(os.path.join(HERE, f))


def main():
    counts = check_sentences()
    if counts:
        print("  channels: " + ", ".join(f"{c}={counts[c]}" for c in CHANNELS))
    check_documents()
    check_other_files()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
