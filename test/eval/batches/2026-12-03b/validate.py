#!/usr/bin/env python3
"""Validate holdout batch 2026-12-03b: sentences.tsv, documents/ and README.md.

Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


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
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
# prefix -> (label, number of rows)
ID_SPEC = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 12
CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.relpath(path, HERE)}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        err(f"{os.path.relpath(path, HERE)}: has a BOM")
        text = text[1:]
    return text


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if not text.endswith("\n"):
        err("sentences.tsv: last line has no trailing newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0]!r}" if lines else "sentences.tsv: empty")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        if any(f.strip() == "" for f in fields):
            err(f"sentences.tsv line {n}: empty field")
        if any(f != f.strip() for f in fields):
            err(f"sentences.tsv line {n}: leading/trailing whitespace in a field")
        rows.append((n, fields))
    if len(lines) - 1 != 330:
        err(f"sentences.tsv: expected 330 data rows, got {len(lines) - 1}")

    # ids, labels, ranges
    seen_ids = set()
    by_prefix = collections.defaultdict(list)
    for n, (rid, text_, labels, channel, tactic) in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        by_prefix[prefix].append(num)
        want_label = ID_SPEC[prefix][0]
        if labels != want_label:
            err(f"sentences.tsv {rid}: label {labels!r} should be {want_label!r}")
    for prefix, (label, count) in ID_SPEC.items():
        nums = by_prefix.get(prefix, [])
        if nums != list(range(1, count + 1)):
            err(f"sentences.tsv: ids {prefix}001..{prefix}{count:03d} must be present once each, in order "
                f"(got {len(nums)} ids)")

    # channels
    ch_count = collections.Counter()
    for n, (rid, text_, labels, channel, tactic) in rows:
        if channel not in CHANNELS:
            err(f"sentences.tsv {rid}: unknown channel {channel!r}")
        ch_count[channel] += 1
    for ch in CHANNELS:
        if ch_count[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch} used {ch_count[ch]} times (need >= {MIN_PER_CHANNEL})")

    # tactics
    pushy_count = collections.Counter()
    imp_count = collections.Counter()
    for n, (rid, text_, labels, channel, tactic) in rows:
        p = rid[0]
        if p == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv {rid}: {tactic!r} is not a pushy tactic from the guide")
            pushy_count[tactic] += 1
        elif p == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: {tactic!r} is not an impersonal family from the guide")
            imp_count[tactic] += 1
        elif p == "b":
            parts = tactic.split("; ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: tactic must be 'pushy tactic; impersonal family', got {tactic!r}")
        else:
            if tactic in PUSHY_TACTICS or tactic in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: fine row should have a free description, not a problem tactic")
            if len(tactic) > 80:
                err(f"sentences.tsv {rid}: tactic description too long")
    for t in PUSHY_TACTICS:
        if pushy_count[t] == 0:
            err(f"sentences.tsv: pushy tactic {t!r} never used in p rows")
        elif not 5 <= pushy_count[t] <= 9:
            err(f"sentences.tsv: pushy tactic {t!r} used {pushy_count[t]} times (want about 7)")
    for t in IMPERSONAL_FAMILIES:
        if imp_count[t] == 0:
            err(f"sentences.tsv: impersonal family {t!r} never used in i rows")
        elif not 9 <= imp_count[t] <= 13:
            err(f"sentences.tsv: impersonal family {t!r} used {imp_count[t]} times (want about 11)")

    # fine share
    fine = sum(1 for _, f in rows if f[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} of {len(rows)} rows are fine (need at least a third)")

    # duplicates (exact and normalised)
    norm = collections.defaultdict(list)
    for n, f in rows:
        key = re.sub(r"\s+", " ", f[1].strip().lower())
        norm[key].append(f[0])
    for key, ids in norm.items():
        if len(ids) > 1:
            err(f"sentences.tsv: duplicate text in {', '.join(ids)}")


# ---------------------------------------------------------------- documents
def strip_tags(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]*>", " ", s)
    return s


def word_count(s):
    return len(re.findall(r"\S+", s))


def occurrences(hay, needle):
    spans, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return spans
        spans.append((i, i + len(needle)))
        start = i + 1


def read_tsv(path, header):
    text = read_text(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0] != header:
        err(f"{os.path.relpath(path, HERE)}: header must be {header!r}")
        return []
    return [l.split("\t") for l in lines[1:]]


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f)))
    exts = collections.Counter(os.path.splitext(f)[1] for f in docs)
    if len(docs) != 3 or exts != collections.Counter({".md": 1, ".html": 1, ".txt": 1}):
        err(f"documents/: need exactly one .md, one .html and one .txt document, got {docs}")
    for f in os.listdir(ddir):
        if f.endswith(".tsv"):
            base = f[: -len(".expected.tsv")] if f.endswith(".expected.tsv") else f[: -len(".traps.tsv")] if f.endswith(".traps.tsv") else None
            if base is None or not any(os.path.splitext(d)[0] == base for d in docs):
                err(f"documents/{f}: stray TSV with no matching document")

    for doc in docs:
        name, ext = os.path.splitext(doc)
        rel = f"documents/{doc}"
        text = read_text(os.path.join(ddir, doc))
        body = text
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{rel}: YAML front matter (--- ... ---) missing at the top")
            else:
                if not re.search(r"^\w[\w-]*:\s*\S", m.group(1), re.M):
                    err(f"{rel}: front matter has no key: value lines")
                body = text[m.end():]
        if ext == ".html":
            if "<html" not in text.lower():
                err(f"{rel}: does not contain <html")
            body = strip_tags(text)
        for label, part in (("whole document", strip_tags(text)), ("body", body)):
            wc = word_count(part)
            if not 150 <= wc <= 500:
                err(f"{rel}: {label} has {wc} words (need 150-500)")

        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_:]+\|\*", text):
            err(f"{rel}: no merge tag found")

        exp_path = os.path.join(ddir, name + ".expected.tsv")
        trap_path = os.path.join(ddir, name + ".traps.tsv")
        if not os.path.isfile(exp_path):
            err(f"{rel}: {name}.expected.tsv missing")
            continue
        if not os.path.isfile(trap_path):
            err(f"{rel}: {name}.traps.tsv missing")
            continue

        expected = read_tsv(exp_path, "category\tsnippet")
        exp_spans = []
        cats = set()
        if len(expected) < 3:
            err(f"{name}.expected.tsv: need at least 3 rows, got {len(expected)}")
        seen = set()
        for row in expected:
            if len(row) != 2 or not row[1].strip():
                err(f"{name}.expected.tsv: bad row {row!r}")
                continue
            cat, snip = row
            if cat not in CATEGORIES:
                err(f"{name}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            if snip in seen:
                err(f"{name}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            spans = occurrences(text, snip)
            if not spans:
                err(f"{name}.expected.tsv: snippet not found verbatim in {doc}: {snip!r}")
            if ext == ".html" and snip not in strip_tags(text):
                err(f"{name}.expected.tsv: snippet spans HTML tags: {snip!r}")
            exp_spans.extend(spans)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{name}.expected.tsv: needs both pushy and impersonal rows (has {sorted(cats)})")

        traps = read_tsv(trap_path, "snippet")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: need at least 3 rows, got {len(traps)}")
        for row in traps:
            if len(row) != 1 or not row[0].strip():
                err(f"{name}.traps.tsv: bad row {row!r}")
                continue
            snip = row[0]
            spans = occurrences(text, snip)
            if not spans:
                err(f"{name}.traps.tsv: trap not found verbatim in {doc}: {snip!r}")
            for a, b in spans:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{name}.traps.tsv: trap {snip!r} overlaps an expected snippet")
            for row2 in expected:
                if len(row2) == 2 and (snip in row2[1] or row2[1] in snip):
                    err(f"{name}.traps.tsv: trap {snip!r} is contained in / contains expected {row2[1]!r}")


# ---------------------------------------------------------------- README
def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: does not mention the date 2026-12-03")
    if "labelling guide" not in text.lower():
        err("README.md: does not say it was written from the labelling guide")
    for needle in ("110", "80", "20", "120", "108", "12"):
        if needle not in text:
            err(f"README.md: count {needle} not mentioned")
    for ch in CHANNELS:
        if ch not in text:
            err(f"README.md: channel {ch} not mentioned")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
