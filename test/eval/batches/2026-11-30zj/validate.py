#!/usr/bin/env python3
"""Format checker for the holdout-zj evaluation batch (python3 stdlib only).

Run from anywhere:  python3 validate.py
Prints OK when every rule passes, otherwise lists each problem and exits 1.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

# Taken from the labelling guide (tables "Pushy" and "Impersonal", section "Coverage").
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
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (count, label, tactic rule)
GROUPS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
MIN_PER_CHANNEL = 8
QUOTES = set("\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a"
             "\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033")
DOC_WORDS = (150, 500)
DOC_SENTENCES = (25, 45)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings; return text or None."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{os.path.relpath(path, HERE)}: cannot read ({e})")
        return None
    name = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{name}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{name}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        return None


def spread_ok(counter, names, what):
    missing = [n for n in names if counter.get(n, 0) == 0]
    if missing:
        err(f"{what}: never used: {missing}")
    vals = [counter.get(n, 0) for n in names]
    if vals and max(vals) - min(vals) > 1:
        err(f"{what}: uneven spread (min {min(vals)}, max {max(vals)}): {dict(counter)}")


def check_field(where, value):
    if value == "":
        err(f"{where}: empty field")
        return
    if value != value.strip():
        err(f"{where}: leading or trailing whitespace")
    if value[0] in QUOTES:
        err(f"{where}: starts with a quotation mark")
    if "\t" in value or "\n" in value or "\r" in value:
        err(f"{where}: contains a tab or line break")


# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(HEADER):
        err("sentences.tsv: header must be exactly 'id<TAB>text<TAB>labels<TAB>channel<TAB>tactic'")
        return
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
            check_field(f"sentences.tsv line {n} [{name}]", value)
        rows.append(dict(zip(HEADER, fields), line=n))

    expected_ids = [f"{p}{k:03d}" for p, count, _ in GROUPS for k in range(1, count + 1)]
    got_ids = [r["id"] for r in rows]
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, expected 330")
    dup = [i for i, c in collections.Counter(got_ids).items() if c > 1]
    if dup:
        err(f"sentences.tsv: duplicate ids {dup}")
    if got_ids != expected_ids:
        missing = sorted(set(expected_ids) - set(got_ids))
        extra = sorted(set(got_ids) - set(expected_ids))
        if missing or extra:
            err(f"sentences.tsv: missing ids {missing[:10]} extra ids {extra[:10]}")
        else:
            err("sentences.tsv: ids are not in order p, i, b, n, f")

    dup_text = [t for t, c in collections.Counter(r["text"].casefold() for r in rows).items() if c > 1]
    if dup_text:
        err(f"sentences.tsv: duplicate texts {dup_text[:5]}")

    label_of = {p: lab for p, _, lab in GROUPS}
    pushy_c, imp_c = collections.Counter(), collections.Counter()
    b_pushy, b_imp = collections.Counter(), collections.Counter()
    channels = collections.Counter()
    for r in rows:
        rid, where = r["id"], f"sentences.tsv {r['id']}"
        prefix = rid[:1]
        if prefix not in label_of:
            err(f"{where}: unknown id prefix")
            continue
        if r["labels"] != label_of[prefix]:
            err(f"{where}: label {r['labels']!r}, expected {label_of[prefix]!r}")
        if r["channel"] not in CHANNELS:
            err(f"{where}: unknown channel {r['channel']!r}")
        channels[r["channel"]] += 1
        tac = r["tactic"]
        if prefix == "p":
            if tac not in PUSHY:
                err(f"{where}: {tac!r} is not a pushy tactic from the guide")
            pushy_c[tac] += 1
        elif prefix == "i":
            if tac not in IMPERSONAL:
                err(f"{where}: {tac!r} is not an impersonal family from the guide")
            imp_c[tac] += 1
        elif prefix == "b":
            parts = tac.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tac!r}")
            else:
                b_pushy[parts[0]] += 1
                b_imp[parts[1]] += 1
        elif prefix == "n":
            if tac != "near-miss":
                err(f"{where}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tac != "plain":
                err(f"{where}: tactic must be 'plain'")

    spread_ok(pushy_c, PUSHY, "pushy tactics (p rows)")
    spread_ok(imp_c, IMPERSONAL, "impersonal families (i rows)")
    spread_ok(b_pushy, PUSHY, "pushy tactics in b rows")
    spread_ok(b_imp, IMPERSONAL, "impersonal families in b rows")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {channels[ch]} times (< {MIN_PER_CHANNEL})")
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} of {len(rows)} rows are fine (guide wants at least a third)")


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    """Rough reader-visible text of a document, one block per line."""
    if name.endswith(".html"):
        t = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", "\n", text)
        t = re.sub(r"(?i)<br\s*/?>", " ", t)
        t = re.sub(r"(?i)</?(p|div|h\d|li|tr|hr|table|body|html)\b[^>]*>", "\n", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = t.replace("&amp;", "&").replace("&nbsp;", " ")
        return t
    if name.endswith(".md"):
        t = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
        return t
    return text


def count_sentences(block_text):
    n = 0
    for line in block_text.split("\n"):
        line = re.sub(r"https?://\S+|\b\w+\.\w{2,3}/\S*", " ", line)
        line = re.sub(r"^\s*(#+|[-*>]|\d+\.)\s*", "", line).strip()
        if not re.search(r"[A-Za-z]{2,}", line):
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=\S)", line)
        n += sum(1 for p in parts if re.search(r"[A-Za-z]{2,}", p))
    return n


def spans(haystack, needle):
    out, start = [], 0
    while True:
        k = haystack.find(needle, start)
        if k < 0:
            return out
        out.append((k, k + len(needle)))
        start = k + 1


def read_tsv(path, header, ncols):
    text = read_text(path)
    name = os.path.relpath(path, HERE)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{name}: header must be exactly {header!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{name} line {n}: {len(fields)} fields, expected {ncols}")
            continue
        for f in fields:
            check_field(f"{name} line {n}", f)
        rows.append(fields)
    if not rows:
        err(f"{name}: no rows")
    seen = collections.Counter(tuple(r) for r in rows)
    for r, c in seen.items():
        if c > 1:
            err(f"{name}: duplicate row {r}")
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if not f.endswith(".tsv")]
    kinds = collections.Counter(os.path.splitext(f)[1] for f in docs)
    if len(docs) != 3 or "landing-page.md" not in docs or kinds[".html"] != 1 or kinds[".txt"] != 1:
        err(f"documents/: expected landing-page.md, one .html and one .txt, found {docs}")
    allowed = set(docs)
    for d in docs:
        stem = os.path.splitext(d)[0]
        allowed |= {f"{stem}.expected.tsv", f"{stem}.traps.tsv"}
    for f in files:
        if f not in allowed:
            err(f"documents/{f}: unexpected file")

    for d in docs:
        path = os.path.join(DOCS, d)
        text = read_text(path)
        if text is None:
            continue
        stem = os.path.splitext(d)[0]
        where = f"documents/{d}"

        # format-specific features
        front = ""
        if d.endswith(".md"):
            m = re.match(r"\A---\n(.*?)\n---\n", text, flags=re.S)
            if not m:
                err(f"{where}: no YAML front matter")
            else:
                front = m.group(1)
        if d.endswith(".html"):
            for need, why in [(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", "merge tags"),
                              (r"\bclass=\"", "CSS classes"), (r"href=\"https?://", "links")]:
                if not re.search(need, text):
                    err(f"{where}: no {why}")
            if not re.search(r"\*\|\w+\|\*", text) or not re.search(r"\{\{\s*\w+\s*\}\}", text):
                err(f"{where}: should use both {{{{...}}}} and *|...|* merge tags")
        if d.endswith(".txt"):
            if not re.search(r"\b[A-Z]+(?:-[A-Z0-9]+)+\b", text):
                err(f"{where}: no segment codes")
            if not re.search(r"\b[A-Z]{3,}\d+\b", text):
                err(f"{where}: no promo codes")
            if not re.search(r"\b[a-z0-9]+\.[a-z]{2,3}/[\w-]+", text):
                err(f"{where}: no short links")

        vis = visible_text(d, text)
        words = len(vis.split()) if not d.endswith(".md") else len(text.split())
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{where}: {words} words, expected {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        sents = count_sentences(vis)
        if not DOC_SENTENCES[0] <= sents <= DOC_SENTENCES[1]:
            err(f"{where}: about {sents} sentences, expected {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")

        exp = read_tsv(os.path.join(DOCS, f"{stem}.expected.tsv"), "category\tsnippet", 2)
        traps = read_tsv(os.path.join(DOCS, f"{stem}.traps.tsv"), "snippet", 1)
        cats = collections.Counter()
        exp_spans = []
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            found = spans(text, snip)
            if not found:
                err(f"{stem}.expected.tsv: snippet not verbatim in {d}: {snip!r}")
            exp_spans += found
        if exp and (not cats["pushy"] or not cats["impersonal"]):
            err(f"{stem}.expected.tsv: needs both pushy and impersonal snippets")
        for (snip,) in traps:
            found = spans(text, snip)
            if not found:
                err(f"{stem}.traps.tsv: snippet not verbatim in {d}: {snip!r}")
            for a, b in found:
                for c, e in exp_spans:
                    if a < e and c < b:
                        err(f"{stem}.traps.tsv: trap {snip!r} overlaps a flagged snippet")
                        break
        if d.endswith(".md") and front and not any(s in front for (s,) in traps):
            err(f"{stem}.traps.tsv: no trap taken from the front matter")


def check_readme():
    text = read_text(os.path.join(HERE, "README.md"))
    if text is not None and len(text.strip()) < 200:
        err("README.md: too short")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
