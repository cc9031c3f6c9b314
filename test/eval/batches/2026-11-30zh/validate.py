#!/usr/bin/env python3
"""Format checks for the holdout-zh evaluation batch (stdlib only).

Run from anywhere:  python3 -B validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

# --- vocabulary taken from the labelling guide ---------------------------
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

HEADER = "id\ttext\tlabels\tchannel\ttactic"
SECTIONS = [  # prefix, count, label
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
MIN_PER_CHANNEL = 8
# every kind of opening quotation mark we refuse at the start of a field
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb"
             "\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\uff07")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings and a final newline."""
    with open(path, "rb") as fh:
        raw = fh.read()
    name = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{name}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{name}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{name}: not valid UTF-8 ({exc})")
        return raw.decode("utf-8", "replace")


# --- sentences.tsv --------------------------------------------------------
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err("sentences.tsv: header must be exactly " + repr(HEADER))
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            err(f"sentences.tsv line {n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected 5")
            continue
        for name, value in zip(HEADER.split("\t"), fields):
            if value == "":
                err(f"sentences.tsv line {n}: empty {name}")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
            elif value[0] in QUOTES:
                err(f"sentences.tsv line {n}: {name} starts with a quotation mark")
        rows.append(fields)

    expected_rows = sum(c for _, c, _ in SECTIONS)
    if len(rows) != expected_rows:
        err(f"sentences.tsv: {len(rows)} rows, expected {expected_rows}")

    ids = [r[0] for r in rows]
    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        err(f"sentences.tsv: duplicate ids {dup_ids}")
    wanted = [f"{p}{i:03d}" for p, c, _ in SECTIONS for i in range(1, c + 1)]
    if set(ids) != set(wanted):
        missing = sorted(set(wanted) - set(ids))
        extra = sorted(set(ids) - set(wanted))
        err(f"sentences.tsv: id set wrong; missing {missing[:10]} extra {extra[:10]}")
    elif ids != wanted:
        err("sentences.tsv: ids are not in order p, i, b, n, f (each ascending)")

    texts = Counter(r[1].casefold() for r in rows)
    dups = [t for t, v in texts.items() if v > 1]
    if dups:
        err(f"sentences.tsv: duplicate texts {dups[:5]}")

    label_of = {p: lab for p, _, lab in SECTIONS}
    pushy_count, imp_count = Counter(), Counter()
    both_pushy, both_imp = Counter(), Counter()
    for rid, text, labels, channel, tactic in rows:
        prefix = rid[:1]
        if prefix not in label_of:
            continue
        if labels != label_of[prefix]:
            err(f"{rid}: labels {labels!r}, expected {label_of[prefix]!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: {tactic!r} is not a pushy tactic from the guide")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: {tactic!r} is not an impersonal family from the guide")
            imp_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic {tactic!r} must be 'pushy tactic+impersonal family'")
            else:
                both_pushy[parts[0]] += 1
                both_imp[parts[1]] += 1
        elif prefix == "n" and tactic != "near-miss":
            err(f"{rid}: tactic must be 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"{rid}: tactic must be 'plain'")

    def even(counter, vocab, what):
        missing = [v for v in vocab if counter[v] == 0]
        if missing:
            err(f"{what}: never used: {missing}")
        vals = [counter[v] for v in vocab]
        if vals and max(vals) - min(vals) > 1:
            err(f"{what}: uneven spread {dict(counter)}")

    even(pushy_count, PUSHY_TACTICS, "pushy tactics (p rows)")
    even(imp_count, IMPERSONAL_FAMILIES, "impersonal families (i rows)")
    if set(both_imp) != set(IMPERSONAL_FAMILIES):
        err(f"b rows: not every impersonal family used: {dict(both_imp)}")

    ch = Counter(r[3] for r in rows)
    for c in CHANNELS:
        if ch[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r} used {ch[c]} times (< {MIN_PER_CHANNEL})")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"only {fine} of {len(rows)} rows are fine (guide asks for at least a third)")


# --- documents -------------------------------------------------------------
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'\u2019\u201d)]*\s+")
FRONT_TRIGGERS = re.compile(r"(?i)\b(now|hurry|urgent|limited|last|miss|act|sale|fomo|deadline)\b")


def prose_md(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    body = text[m.end():] if m else text
    chunks = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        chunks.append(line)
    return chunks


def prose_html(text):
    text = re.sub(r"(?is)<head>.*?</head>", " ", text)
    text = re.sub(r"(?is)<(h[1-6])[^>]*>.*?</\1>", "\n", text)  # headings are not sentences
    text = re.sub(r"(?is)<!DOCTYPE[^>]*>", " ", text)
    text = re.sub(r"(?s)<br\s*/?>|</(p|div|td|tr|li|h\d)>", "\n", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    text = html.unescape(text)
    return [re.sub(r"\s+", " ", l).strip() for l in text.split("\n") if l.strip()]


def prose_txt(text):
    chunks = []
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        chunks.append(line.rsplit(" | ", 1)[-1].strip())
    return chunks


def count_sentences(chunks):
    n = 0
    for c in chunks:
        n += sum(1 for s in SENT_SPLIT.split(c) if re.search(r"[A-Za-z]", s))
    return n


def count_words(chunks):
    return sum(len(c.split()) for c in chunks)


def read_tsv(path, header):
    name = os.path.relpath(path, HERE)
    if not os.path.isfile(path):
        err(f"{name}: missing")
        return []
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{name}: header must be exactly {header!r}")
        return []
    width = len(header.split("\t"))
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != width or any(not f.strip() for f in fields):
            err(f"{name} line {n}: expected {width} non-empty field(s)")
            continue
        out.append(fields)
    return out


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
    md = [d for d in docs if d == "landing-page.md"]
    htmls = [d for d in docs if d.endswith(".html")]
    txts = [d for d in docs if d.endswith(".txt")]
    if len(md) != 1:
        err("documents/: landing-page.md missing")
    if len(htmls) != 1:
        err(f"documents/: need exactly one .html email, found {htmls}")
    if len(txts) != 1:
        err(f"documents/: need exactly one .txt SMS/push schedule, found {txts}")
    if len(docs) != 3:
        err(f"documents/: expected exactly three documents, found {docs}")
    tsvs = sorted(f for f in os.listdir(DOCS) if f.endswith(".tsv"))
    want_tsvs = sorted(f"{os.path.splitext(d)[0]}.{k}.tsv" for d in docs for k in ("expected", "traps"))
    if tsvs != want_tsvs:
        err(f"documents/: tsv files {tsvs}, expected {want_tsvs}")

    for d in docs:
        path = os.path.join(DOCS, d)
        text = read_text(path)
        stem = os.path.splitext(d)[0]
        if d.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{d}: must start with YAML front matter between --- lines")
            elif not FRONT_TRIGGERS.search(m.group(1)):
                err(f"{d}: front matter has no trigger words")
            chunks = prose_md(text)
        elif d.endswith(".html"):
            if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_]+\|\*", text):
                err(f"{d}: no merge tags")
            if 'class="' not in text:
                err(f"{d}: no CSS classes")
            if "href=" not in text:
                err(f"{d}: no links")
            chunks = prose_html(text)
        else:
            if not re.search(r"\bSEG_[A-Z0-9_]+\b", text):
                err(f"{d}: no segment codes")
            if not re.search(r"\b[A-Z]{4,}[0-9]*\b", text):
                err(f"{d}: no promo codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/[\w/-]+", text):
                err(f"{d}: no short links")
            chunks = prose_txt(text)
        ns, nw = count_sentences(chunks), count_words(chunks)
        if not 25 <= ns <= 45:
            err(f"{d}: about {ns} sentences, expected 25-45")
        if not 150 <= nw <= 500:
            err(f"{d}: about {nw} words of copy, expected 150-500")

        expected = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
        cats = Counter()
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not verbatim in {d}: {snip!r}")
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")
        dup = [k for k, v in Counter(s for _, s in expected).items() if v > 1]
        if dup:
            err(f"{stem}.expected.tsv: duplicate snippets {dup}")
        for (snip,) in traps:
            if snip not in text:
                err(f"{stem}.traps.tsv: snippet not verbatim in {d}: {snip!r}")
            for _, e in expected:
                if snip in e or e in snip:
                    err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
        dup = [k for k, v in Counter(s for (s,) in traps).items() if v > 1]
        if dup:
            err(f"{stem}.traps.tsv: duplicate snippets {dup}")
        for f in (os.path.join(DOCS, stem + ".expected.tsv"), os.path.join(DOCS, stem + ".traps.tsv")):
            if os.path.isfile(f):
                with open(f, encoding="utf-8") as fh:
                    for n, line in enumerate(fh, 1):
                        cells = line.rstrip("\n").split("\t")
                        if n > 1 and cells[-1][:1] in QUOTES:
                            err(f"{os.path.basename(f)} line {n}: snippet starts with a quotation mark")


def check_misc():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")
    else:
        read_text(os.path.join(HERE, "README.md"))
    for root, dirs, _ in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"stray __pycache__ in {os.path.relpath(root, HERE)}")


def main():
    check_sentences()
    check_documents()
    check_misc()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
