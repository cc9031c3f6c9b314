#!/usr/bin/env python3
"""Format checks for the holdout-zu evaluation batch (stdlib only).

Run from anywhere:  python3 validate.py
Prints OK and exits 0 when every rule passes; otherwise lists each problem and exits 1.
"""
import collections
import html
import os
import re
import sys

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
# id prefix -> (how many, label, allowed tactic values or None for special handling)
BLOCKS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
QUOTE_CHARS = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
                  "\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033")
MIN_PER_CHANNEL = 8
DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8; enforce no BOM, LF line endings, final newline."""
    rel = os.path.relpath(path, HERE)
    if not os.path.isfile(path):
        err(f"{rel}: missing")
        return None
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: starts with a BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: no final newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{rel}: not valid UTF-8 ({exc})")
        return None


def read_tsv(path, header):
    """Return list of (line_no, fields) rows; check header and column count."""
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        err(f"{rel}: empty")
        return []
    if lines[0] != "\t".join(header):
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel}:{no}: {len(fields)} fields, expected {len(header)} (stray tab?)")
            continue
        for name, value in zip(header, fields):
            if value == "":
                err(f"{rel}:{no}: empty field {name}")
            elif value != value.strip():
                err(f"{rel}:{no}: field {name} has leading/trailing whitespace")
            elif value[0] in QUOTE_CHARS:
                err(f"{rel}:{no}: field {name} starts with a quotation mark: {value[:20]!r}")
        rows.append((no, fields))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    header = ["id", "text", "labels", "channel", "tactic"]
    rows = read_tsv(path, header)
    if not rows:
        return {}
    expected_ids = []
    for prefix, count, _ in BLOCKS:
        expected_ids += [f"{prefix}{k:03d}" for k in range(1, count + 1)]
    ids = [f[0] for _, f in rows]
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        err(f"sentences.tsv: duplicate ids {dup}")
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, n001-n108, "
            f"f001-f012 in order (missing {missing[:10]}, unexpected {extra[:10]})")

    label_for = {p: lab for p, _, lab in BLOCKS}
    texts = collections.Counter()
    channels = collections.Counter()
    labels = collections.Counter()
    pushy_seq, imp_seq = [], []
    for no, (rid, text, lab, chan, tactic) in rows:
        texts[text.casefold()] += 1
        labels[lab] += 1
        channels[chan] += 1
        if chan not in CHANNELS:
            err(f"sentences.tsv:{no}: unknown channel {chan!r}")
        prefix = rid[:1]
        want = label_for.get(prefix)
        if want is None:
            err(f"sentences.tsv:{no}: bad id {rid!r}")
            continue
        if lab != want:
            err(f"sentences.tsv:{no}: {rid} has labels {lab!r}, expected {want!r}")
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv:{no}: {rid} tactic {tactic!r} is not a pushy tactic")
            pushy_seq.append(tactic)
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{no}: {rid} tactic {tactic!r} is not an impersonal family")
            imp_seq.append(tactic)
        elif prefix == "b":
            parts = tactic.split("+")
            if (len(parts) != 2 or parts[0] not in PUSHY_TACTICS
                    or parts[1] not in IMPERSONAL_FAMILIES):
                err(f"sentences.tsv:{no}: {rid} tactic {tactic!r} is not 'pushy tactic+impersonal family'")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"sentences.tsv:{no}: {rid} tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv:{no}: {rid} tactic must be 'plain'")

    check_blocks("pushy", pushy_seq, PUSHY_TACTICS, 6, 7)
    check_blocks("impersonal", imp_seq, IMPERSONAL_FAMILIES, 11, 12)

    for chan in CHANNELS:
        if channels[chan] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {chan!r} used {channels[chan]} times (< {MIN_PER_CHANNEL})")
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        err(f"sentences.tsv: duplicate texts: {dups[:5]}")
    fine = labels["fine"]
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows, fewer than a third")
    return {"labels": labels, "channels": channels}


def check_blocks(kind, seq, order, lo, hi):
    """Tactics must appear as contiguous blocks, in the guide's order, lo..hi rows each."""
    blocks = []
    for t in seq:
        if blocks and blocks[-1][0] == t:
            blocks[-1][1] += 1
        else:
            blocks.append([t, 1])
    names = [b[0] for b in blocks]
    if names != order:
        err(f"sentences.tsv: {kind} tactics are not one block each in guide order: {names}")
    for name, count in blocks:
        if not lo <= count <= hi:
            err(f"sentences.tsv: {kind} tactic {name!r} has {count} rows (want {lo}-{hi})")


def visible_text(name, text):
    """Rough reader-visible prose of a document, one segment per line."""
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if not m:
            err(f"documents/{name}: no YAML front matter")
        else:
            text = text[m.end():]
        text = re.sub(r"\]\([^)]*\)", "]", text)
        lines = [ln for ln in text.split("\n") if not ln.lstrip().startswith("#")]
    elif name.endswith(".html"):
        text = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?is)<div[^>]*display:none[^>]*>.*?</div>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>", " ", text)
        text = re.sub(r"(?i)</?(p|h[1-6]|tr|td|div|table)\b[^>]*>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        lines = html.unescape(text).split("\n")
    else:
        lines = [ln for ln in text.split("\n")
                 if not ln.startswith("#") and not re.match(r"\[[A-Z]+-\d+\]", ln)]
    return [ln.strip() for ln in lines if ln.strip()]


def count_sentences(lines):
    n = 0
    for line in lines:
        for piece in re.split(r"(?<=[.!?])[\"'\u201d\u2019\u00bb*]*\s+", line):
            if len(re.findall(r"[A-Za-z\u00c0-\u024f]{2,}", piece)) >= 2:
                n += 1
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return {}
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and not f.startswith("."))
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected exactly one .md, one .html and one .txt document, found {docs}")
    if "landing-page.md" not in docs:
        err("documents/: landing-page.md missing")
    stats = {}
    for name in docs:
        path = os.path.join(DOCS, name)
        text = read_text(path)
        if text is None:
            continue
        stem = os.path.splitext(name)[0]
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"documents/{name}: no merge tags")
            if 'class="' not in text:
                err(f"documents/{name}: no CSS classes")
            if "href=" not in text:
                err(f"documents/{name}: no links")
        lines = visible_text(name, text)
        sentences = count_sentences(lines)
        words = len(re.findall(r"\S+", " ".join(lines)))
        if not DOC_SENTENCES[0] <= sentences <= DOC_SENTENCES[1]:
            err(f"documents/{name}: about {sentences} sentences (want {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]})")
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"documents/{name}: about {words} visible words (want {DOC_WORDS[0]}-{DOC_WORDS[1]})")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        spans = []
        cats = collections.Counter()
        for no, (cat, snip) in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{no}: category {cat!r} not pushy/impersonal")
            if snip not in text:
                err(f"documents/{stem}.expected.tsv:{no}: snippet not found verbatim: {snip!r}")
                continue
            for m in re.finditer(re.escape(snip), text):
                spans.append((m.start(), m.end()))
        for no, (snip,) in traps:
            if snip not in text:
                err(f"documents/{stem}.traps.tsv:{no}: snippet not found verbatim: {snip!r}")
                continue
            for m in re.finditer(re.escape(snip), text):
                if any(m.start() < e and s < m.end() for s, e in spans):
                    err(f"documents/{stem}.traps.tsv:{no}: trap {snip!r} overlaps an expected snippet")
                    break
        for col, rows_ in (("expected", [f[1] for _, f in exp]), ("traps", [f[0] for _, f in traps])):
            d = [k for k, v in collections.Counter(rows_).items() if v > 1]
            if d:
                err(f"documents/{stem}.{col}.tsv: duplicate snippets {d}")
        if not exp:
            err(f"documents/{stem}.expected.tsv: no rows")
        if not traps:
            err(f"documents/{stem}.traps.tsv: no rows")
        stats[name] = (sentences, words, cats["pushy"], cats["impersonal"], len(traps))
    return stats


def main():
    s = check_sentences()
    d = check_documents()
    readme = read_text(os.path.join(HERE, "README.md"))
    if readme is not None and "labelling guide" not in readme.lower():
        err("README.md: does not say it was written from the labelling guide")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    if "-v" in sys.argv:
        print("labels:", dict(s["labels"]))
        print("channels:", dict(sorted(s["channels"].items(), key=lambda kv: kv[1])))
        for name, (sent, words, p, i, t) in d.items():
            print(f"{name}: ~{sent} sentences, ~{words} words, expected pushy={p} impersonal={i}, traps={t}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
