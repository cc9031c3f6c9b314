#!/usr/bin/env python3
"""Format checks for the holdout-zl evaluation batch (python3 stdlib only).

Run from anywhere:  python3 validate.py
Prints OK and exits 0 when every check passes; otherwise lists the problems
and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GUIDE = os.path.normpath(os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md"))

# Tactic and family names, copied from the labelling guide.
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
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
SECTIONS = [  # prefix, count, label
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
MIN_PER_CHANNEL = 8
# Every quotation-mark character we know of, straight, curly, angled, CJK.
QUOTES = set("\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
             "\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\uff07")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF endings and no BOM."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel(path)}: starts with a BOM")
    if b"\r" in raw:
        err(f"{rel(path)}: contains CR characters (LF line endings only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{rel(path)}: not valid UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if text and not text.endswith("\n"):
        err(f"{rel(path)}: does not end with a newline")
    return text


def rel(path):
    return os.path.relpath(path, HERE)


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        err(f"{rel(path)}: header must be exactly {'<TAB>'.join(header)!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel(path)}:{n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for name, value in zip(header, fields):
            if value != value.strip() or not value:
                err(f"{rel(path)}:{n}: field {name!r} is empty or has stray spaces")
            if value[:1] in QUOTES:
                err(f"{rel(path)}:{n}: field {name!r} starts with a quotation mark")
        rows.append((n, fields))
    return rows


def check_guide_lists():
    """If the guide sits where we expect, make sure our names still match it."""
    if not os.path.exists(GUIDE):
        return
    with open(GUIDE, encoding="utf-8") as fh:
        guide = fh.read()

    def table_first_column(heading):
        part = guide.split(heading, 1)[1].split("\n###", 1)[0].split("\n## ", 1)[0]
        names = []
        for line in part.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if line.startswith("|") and cells and cells[0] not in ("tactic", "family") \
                    and not set(cells[0]) <= set("-: "):
                names.append(cells[0])
        return names

    try:
        if table_first_column("### Pushy") != PUSHY:
            err("pushy tactic list no longer matches the labelling guide")
        if table_first_column("### Impersonal") != IMPERSONAL:
            err("impersonal family list no longer matches the labelling guide")
        cov = guide.split("## Coverage", 1)[1].split("\n##", 1)[0]
        for ch in CHANNELS:
            if ch not in cov:
                err(f"channel {ch!r} not found in the guide's Coverage section")
    except IndexError:
        err("could not parse the labelling guide's tables")


def spread_ok(counter, names, total, what):
    missing = [n for n in names if counter[n] == 0]
    if missing:
        err(f"{what}: never used: {missing}")
    if sum(counter[n] for n in names) != total:
        err(f"{what}: counts add up to {sum(counter.values())}, expected {total}")
    if names and max(counter[n] for n in names) - min(counter[n] for n in names) > 1:
        err(f"{what}: uneven spread {dict(counter)}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv is missing")
        return
    rows = read_tsv(path, HEADER)
    expected_ids = [f"{p}{k:03d}" for p, c, _ in SECTIONS for k in range(1, c + 1)]
    ids = [f[0] for _, f in rows]
    if len(rows) != sum(c for _, c, _ in SECTIONS):
        err(f"sentences.tsv: {len(rows)} rows, expected {sum(c for _, c, _ in SECTIONS)}")
    if ids != expected_ids:
        dup = [i for i, c in collections.Counter(ids).items() if c > 1]
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: ids not in the expected order p001..f012 "
            f"(duplicates {dup[:5]}, missing {missing[:5]}, unexpected {extra[:5]})")
    label_for = {p: lab for p, _, lab in SECTIONS}
    pushy_t, imp_t, pairs = collections.Counter(), collections.Counter(), collections.Counter()
    channels = collections.Counter()
    texts = collections.Counter()
    fine = 0
    for n, (rid, text, labels, channel, tactic) in rows:
        where = f"sentences.tsv:{n} ({rid})"
        prefix = rid[:1]
        if not re.fullmatch(r"[pibnf]\d{3}", rid):
            err(f"{where}: malformed id")
            continue
        if labels != label_for[prefix]:
            err(f"{where}: label {labels!r}, expected {label_for[prefix]!r}")
        if labels == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels[channel] += 1
        texts[text] += 1
        if prefix == "p":
            if tactic not in PUSHY:
                err(f"{where}: {tactic!r} is not a pushy tactic from the guide")
            pushy_t[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                err(f"{where}: {tactic!r} is not an impersonal family from the guide")
            imp_t[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
            else:
                pairs[tactic] += 1
        elif prefix == "n" and tactic != "near-miss":
            err(f"{where}: tactic must be 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"{where}: tactic must be 'plain'")
        if len(text) < 12:
            err(f"{where}: text suspiciously short")
    spread_ok(pushy_t, PUSHY, 110, "pushy tactics")
    spread_ok(imp_t, IMPERSONAL, 80, "impersonal families")
    for tac, c in pairs.items():
        if c > 1:
            err(f"pushy,impersonal combination used {c} times: {tac}")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch!r} used {channels[ch]} times, need at least {MIN_PER_CHANNEL}")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]}")
    if rows and fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, the guide wants at least a third")


# ---------------------------------------------------------------- documents

def visible_text(path, raw):
    """Rough reader-visible prose of a document, one block per line."""
    ext = os.path.splitext(path)[1]
    if ext == ".md":
        m = re.match(r"---\n.*?\n---\n", raw, re.S)
        body = raw[m.end():] if m else raw
        body = re.sub(r"\]\([^)]*\)", "]", body)
        lines = []
        for line in body.splitlines():
            line = re.sub(r"^\s*(#+|[-*]|\d+\.)\s+", "", line)
            lines.append(line.replace("**", "").replace("[", "").replace("]", ""))
        return "\n".join(lines)
    if ext in (".html", ".htm"):
        body = re.sub(r"(?is)<head>.*?</head>", "", raw)
        body = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", body)
        body = re.sub(r"(?i)<(br|/p|/h\d|/div|/li|/td|/tr)[^>]*>", "\n", body)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    # plain-text schedule: copy is the last pipe-separated column of each slot
    lines = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lines.append(line.rsplit(" | ", 1)[-1] if line.startswith("[") else line)
    return "\n".join(lines)


def count_sentences(text):
    n = 0
    for line in text.splitlines():
        line = line.strip()
        if not re.search(r"\w", line):
            continue
        ends = re.findall(r"[.!?\u2026]+[\"'\u201d\u2019)]*(?=\s|$)", line)
        tail = re.split(r"[.!?\u2026]+[\"'\u201d\u2019)]*(?=\s|$)", line)[-1]
        n += len(ends) + (1 if re.search(r"[A-Za-z]{2}", tail) else 0)
    return n


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
                  if not f.endswith(".tsv") and not f.startswith("."))
    by_ext = collections.Counter(os.path.splitext(f)[1] for f in docs)
    if "landing-page.md" not in docs:
        err("documents/landing-page.md is missing")
    if by_ext[".html"] != 1 or by_ext[".txt"] != 1 or by_ext[".md"] != 1 or len(docs) != 3:
        err(f"documents/ must hold exactly one .md, one .html and one .txt, found {docs}")
    for name in docs:
        path = os.path.join(DOCS, name)
        raw = read_text(path)
        stem = os.path.splitext(name)[0]
        ext = os.path.splitext(name)[1]
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
            if not m:
                err(f"{name}: no YAML front matter")
            elif not re.search(r"(?i)urgent|hurry|last.?chance|limited|buy now|miss", m.group(1)):
                err(f"{name}: front matter has no trigger words")
        if ext == ".html":
            for need, what in (("class=", "CSS classes"), ("href=", "links"),
                               ("<style", "a style block")):
                if need not in raw:
                    err(f"{name}: no {what}")
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", raw):
                err(f"{name}: no merge tags")
        if ext == ".txt":
            if not re.search(r"\bSEG_[A-Z0-9_]+", raw):
                err(f"{name}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,3}/\w+", raw):
                err(f"{name}: no short links")
            if not re.search(r"\b[A-Z]{4,}\d+\b", raw):
                err(f"{name}: no promo codes")
        prose = visible_text(path, raw)
        words = len(re.findall(r"[^\W_][\w'’£%.,:/-]*", prose))
        sents = count_sentences(prose)
        if not 150 <= words <= 500:
            err(f"{name}: about {words} words, the guide wants 150-500")
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences, the brief wants 25-45")

        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        if not os.path.exists(exp_path) or not os.path.exists(trap_path):
            err(f"{name}: missing {stem}.expected.tsv or {stem}.traps.tsv")
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = read_tsv(trap_path, ["snippet"])
        cats = collections.Counter()
        hot = []
        for n, (cat, snip) in expected:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{rel(exp_path)}:{n}: category must be pushy or impersonal")
            found = spans(raw, snip)
            if not found:
                err(f"{rel(exp_path)}:{n}: snippet not found verbatim: {snip!r}")
            hot.extend(found)
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{rel(exp_path)}: needs both pushy and impersonal snippets")
        if not traps:
            err(f"{rel(trap_path)}: no trap snippets")
        for n, (snip,) in traps:
            found = spans(raw, snip)
            if not found:
                err(f"{rel(trap_path)}:{n}: snippet not found verbatim: {snip!r}")
            for a, b in found:
                if any(a < y and x < b for x, y in hot):
                    err(f"{rel(trap_path)}:{n}: trap overlaps an expected snippet: {snip!r}")
        for tsv in (exp_path, trap_path):
            seen = collections.Counter(line for line in read_text(tsv).splitlines())
            for line, c in seen.items():
                if c > 1:
                    err(f"{rel(tsv)}: duplicate line {line!r}")
    extra = sorted(f for f in os.listdir(DOCS) if f.endswith(".tsv")
                   and f.rsplit(".", 2)[0] not in {os.path.splitext(d)[0] for d in docs})
    if extra:
        err(f"documents/: TSV files without a document: {extra}")


def main():
    check_guide_lists()
    check_sentences()
    check_documents()
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md is missing")
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
