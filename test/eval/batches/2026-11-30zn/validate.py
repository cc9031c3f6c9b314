#!/usr/bin/env python3
"""Format checks for the holdout-zn evaluation batch (stdlib only).

Run from anywhere:  python3 validate.py
Prints OK when every rule passes, otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
# prefix -> (count, label, tactic rule)
BLOCKS = {
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
ORDER = ["p", "i", "b", "n", "f"]
HEADER = "id\ttext\tlabels\tchannel\ttactic"
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07"

errors = []


def err(msg):
    errors.append(msg)


def read_strict(path):
    """Read a file as UTF-8 and check: no BOM, LF line endings, final newline."""
    with open(path, "rb") as fh:
        raw = fh.read()
    name = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{name}: contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{name}: not valid UTF-8 ({exc})")
        return ""
    if text and not text.endswith("\n"):
        err(f"{name}: missing final newline")
    return text.lstrip("\ufeff")


def check_field(name, lineno, field, what):
    if field == "":
        err(f"{name}:{lineno}: empty {what}")
        return
    if field[0] in QUOTES:
        err(f"{name}:{lineno}: {what} starts with a quotation mark: {field[:30]!r}")
    if field != field.strip():
        err(f"{name}:{lineno}: {what} has leading/trailing whitespace")


def check_blocks(rows, families, lo, hi, prefix):
    """Tactics must form contiguous blocks in the guide's order, lo..hi rows each."""
    seq = [r["tactic"] for r in rows]
    blocks = []
    for t in seq:
        if not blocks or blocks[-1][0] != t:
            blocks.append([t, 0])
        blocks[-1][1] += 1
    names = [b[0] for b in blocks]
    if names != families:
        err(f"{prefix}-rows: tactic blocks {names} are not exactly the guide's list in order")
    for t, n in blocks:
        if not lo <= n <= hi:
            err(f"{prefix}-rows: tactic {t!r} has {n} rows (expected {lo}-{hi})")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_strict(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
        return
    rows = []
    seen_ids = set()
    seen_text = set()
    for lineno, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 5:
            err(f"sentences.tsv:{lineno}: expected 5 tab-separated fields, got {len(parts)}")
            continue
        for field, what in zip(parts, ["id", "text", "labels", "channel", "tactic"]):
            check_field("sentences.tsv", lineno, field, what)
        rid, txt, labels, channel, tactic = parts
        if rid in seen_ids:
            err(f"sentences.tsv:{lineno}: duplicate id {rid}")
        seen_ids.add(rid)
        if txt in seen_text:
            err(f"sentences.tsv:{lineno}: duplicate text")
        seen_text.add(txt)
        if channel not in CHANNELS:
            err(f"sentences.tsv:{lineno}: unknown channel {channel!r}")
        rows.append(dict(line=lineno, id=rid, text=txt, labels=labels,
                         channel=channel, tactic=tactic))

    # ids: correct prefixes, contiguous numbering, blocks in order p, i, b, n, f
    expected_ids = [f"{p}{n:03d}" for p in ORDER for n in range(1, BLOCKS[p][0] + 1)]
    actual_ids = [r["id"] for r in rows]
    if actual_ids != expected_ids:
        missing = sorted(set(expected_ids) - set(actual_ids))
        extra = sorted(set(actual_ids) - set(expected_ids))
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, n001-n108, "
            f"f001-f012 in order (missing {missing[:5]}, extra {extra[:5]})")
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows (expected 330)")

    by_prefix = {p: [r for r in rows if r["id"][:1] == p] for p in ORDER}
    for p in ORDER:
        count, label = BLOCKS[p]
        got = by_prefix[p]
        if len(got) != count:
            err(f"sentences.tsv: {len(got)} {p}-rows (expected {count})")
        for r in got:
            if r["labels"] != label:
                err(f"sentences.tsv:{r['line']}: {r['id']} labels {r['labels']!r} (expected {label!r})")

    for r in by_prefix["p"]:
        if r["tactic"] not in PUSHY:
            err(f"sentences.tsv:{r['line']}: {r['id']} tactic {r['tactic']!r} is not a pushy tactic")
    check_blocks(by_prefix["p"], PUSHY, 6, 7, "p")

    for r in by_prefix["i"]:
        if r["tactic"] not in IMPERSONAL:
            err(f"sentences.tsv:{r['line']}: {r['id']} tactic {r['tactic']!r} is not an impersonal family")
    check_blocks(by_prefix["i"], IMPERSONAL, 11, 12, "i")

    for r in by_prefix["b"]:
        bits = r["tactic"].split("+")
        if len(bits) != 2 or bits[0] not in PUSHY or bits[1] not in IMPERSONAL:
            err(f"sentences.tsv:{r['line']}: {r['id']} tactic {r['tactic']!r} "
                f"is not 'pushy tactic+impersonal family'")
    for r in by_prefix["n"]:
        if r["tactic"] != "near-miss":
            err(f"sentences.tsv:{r['line']}: {r['id']} tactic must be 'near-miss'")
    for r in by_prefix["f"]:
        if r["tactic"] != "plain":
            err(f"sentences.tsv:{r['line']}: {r['id']} tactic must be 'plain'")

    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows; guide wants at least a third")

    chan = Counter(r["channel"] for r in rows)
    for c in CHANNELS:
        if chan[c] < 8:
            err(f"sentences.tsv: channel {c!r} appears {chan[c]} times (need >= 8)")
    return rows, chan


def read_tsv(path, header):
    name = os.path.relpath(path, HERE)
    if not os.path.isfile(path):
        err(f"{name} missing")
        return []
    text = read_strict(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{name}: header must be exactly {header!r}")
        return []
    ncol = header.count("\t") + 1
    out = []
    for lineno, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != ncol:
            err(f"{name}:{lineno}: expected {ncol} fields, got {len(parts)}")
            continue
        for i, field in enumerate(parts):
            check_field(name, lineno, field, f"field {i + 1}")
        out.append((lineno, parts))
    return out


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def prose_of(name, doc):
    """Roughly strip markup so sentences and words can be counted."""
    text = doc
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^[#>\-\s]+", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"<(head|style)\b.*?</\1>", "", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>|</(p|div|h\d|li|small)>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        text = re.sub(r"^\[\d+\].*$", "", text, flags=re.M)
        # the opt-out footer is boilerplate repeated on every SMS: not prose
        text = re.sub(r"Reply STOP to opt out", "", text)
    return text


def count_sentences(prose):
    pieces = re.split(r"(?<=[.!?])\s+|\n+", prose)
    return [p for p in pieces if len(re.findall(r"[A-Za-z]{2,}", p)) >= 2]


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    names = sorted(f for f in os.listdir(DOCS)
                   if not f.endswith(".tsv") and not f.startswith("."))
    exts = sorted(os.path.splitext(n)[1] for n in names)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected exactly one .md, one .html and one .txt, found {names}")
    if "landing-page.md" not in names:
        err("documents/landing-page.md missing")
    stats = {}
    for name in names:
        path = os.path.join(DOCS, name)
        doc = read_strict(path)
        stem = os.path.splitext(name)[0]
        if name.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", doc, flags=re.S):
            err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"{name}: no merge tags")
            if "class=" not in doc or "href=" not in doc:
                err(f"{name}: needs CSS classes and links")
        prose = prose_of(name, doc)
        sents = count_sentences(prose)
        words = len(re.findall(r"\S+", prose))
        stats[name] = (len(sents), words)
        if not 25 <= len(sents) <= 45:
            err(f"{name}: about {len(sents)} sentences (expected 25-45)")
        if not 150 <= words <= 500:
            err(f"{name}: about {words} words (guide: 150-500)")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), "snippet")
        cats = Counter()
        flagged = []
        for lineno, (cat, snip) in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv:{lineno}: bad category {cat!r}")
            cats[cat] += 1
            sp = spans(doc, snip)
            if not sp:
                err(f"{stem}.expected.tsv:{lineno}: snippet not found verbatim: {snip!r}")
            flagged.extend(sp)
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")
        if not traps:
            err(f"{stem}.traps.tsv: no traps")
        for lineno, (snip,) in traps:
            sp = spans(doc, snip)
            if not sp:
                err(f"{stem}.traps.tsv:{lineno}: snippet not found verbatim: {snip!r}")
            for a, b in sp:
                for fa, fb in flagged:
                    if a < fb and fa < b:
                        err(f"{stem}.traps.tsv:{lineno}: trap {snip!r} overlaps an expected snippet")
        stats[name] += (sum(cats.values()), len(traps))
    return stats


def main():
    res = check_sentences()
    stats = check_documents()
    for required in ("README.md",):
        if not os.path.isfile(os.path.join(HERE, required)):
            err(f"{required} missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    rows, chan = res
    labels = Counter(r["labels"] for r in rows)
    print("rows:", len(rows), dict(labels))
    print("channels:", ", ".join(f"{c}={chan[c]}" for c in CHANNELS))
    for name, (s, w, e, t) in stats.items():
        print(f"{name}: ~{s} sentences, ~{w} words, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
