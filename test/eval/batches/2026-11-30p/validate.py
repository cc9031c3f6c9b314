#!/usr/bin/env python3
"""Format checks for the holdout-p evaluation batch.

Usage:
    python3 validate.py                 # run all checks, print OK or the problems
    python3 validate.py --print-counts  # print the Markdown count tables used in README.md

Only the standard library is used. Paths are relative to this file.
"""
import html
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SENTENCES = ROOT / "sentences.tsv"
DOCS = ROOT / "documents"
README = ROOT / "README.md"

HEADER = "id\ttext\tlabels\tchannel\ttactic"
LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
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
    "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
    "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
]
# id prefix -> (label, allowed tactic check)
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
PREFIX_ORDER = ["p", "i", "b", "n", "f"]
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
TOTAL = 330
QUOTE_CHARS = "\"'“”‘’„‚«»‹›「」『』`＂＇"

DOCUMENTS = {
    "willow-wake-landing.md": "markdown",
    "groove-vault-email.html": "html",
    "pulsebox-sms-schedule.txt": "sms",
}
DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)

problems = []


def fail(msg):
    problems.append(msg)


def read_text_strict(path):
    """Read a file as UTF-8 with LF line endings and a final newline."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path.name}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{path.name}: not UTF-8 ({exc})")
        return None
    if "\r" in text:
        fail(f"{path.name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        fail(f"{path.name}: does not end with a newline")
    return text


def tactic_ok(prefix, tactic):
    if prefix == "p":
        return tactic in PUSHY_TACTICS
    if prefix == "i":
        return tactic in IMPERSONAL_FAMILIES
    if prefix == "b":
        parts = tactic.split("+")
        return len(parts) == 2 and parts[0] in PUSHY_TACTICS and parts[1] in IMPERSONAL_FAMILIES
    if prefix == "n":
        return tactic == "near-miss"
    if prefix == "f":
        return tactic == "plain"
    return False


def load_sentences():
    text = read_text_strict(SENTENCES)
    if text is None:
        return []
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != HEADER:
        fail(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            fail(f"sentences.tsv line {n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            fail(f"sentences.tsv line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER.split("\t"), fields):
            if value == "":
                fail(f"sentences.tsv line {n}: empty {name}")
            elif value[0] in QUOTE_CHARS:
                fail(f"sentences.tsv line {n}: {name} starts with a quotation mark")
            elif value != value.strip():
                fail(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
        rows.append((n, *fields))
    return rows


def check_sentences(rows):
    seen_prefix = []
    next_num = Counter()
    texts = Counter()
    for n, id_, text, label, channel, tactic in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", id_)
        if not m:
            fail(f"line {n}: bad id {id_!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        if not seen_prefix or seen_prefix[-1] != prefix:
            if prefix in seen_prefix:
                fail(f"line {n}: prefix {prefix!r} appears in more than one block")
            seen_prefix.append(prefix)
        next_num[prefix] += 1
        if num != next_num[prefix]:
            fail(f"line {n}: id {id_} out of sequence (expected {prefix}{next_num[prefix]:03d})")
        if label not in LABELS:
            fail(f"line {n}: label {label!r} not one of {LABELS}")
        elif label != PREFIX_LABEL[prefix]:
            fail(f"line {n}: id {id_} should have label {PREFIX_LABEL[prefix]!r}, got {label!r}")
        if channel not in CHANNELS:
            fail(f"line {n}: channel {channel!r} is not a channel from the guide")
        if not tactic_ok(prefix, tactic):
            fail(f"line {n}: tactic {tactic!r} not valid for id prefix {prefix!r}")
        texts[text.casefold()] += 1
    if seen_prefix != [p for p in PREFIX_ORDER if p in seen_prefix]:
        fail(f"id blocks out of order: {seen_prefix} (expected order {PREFIX_ORDER})")
    for t, c in texts.items():
        if c > 1:
            fail(f"duplicate text ({c}x): {t!r}")

    counts = Counter(r[1][0] for r in rows)
    for prefix, want in EXPECTED_COUNTS.items():
        if counts[prefix] != want:
            fail(f"count of {prefix}-rows is {counts[prefix]}, expected {want}")
    if counts["n"] + counts["f"] != FINE_TOTAL:
        fail(f"fine rows (n+f) = {counts['n'] + counts['f']}, expected {FINE_TOTAL}")
    if counts["n"] < MIN_NEAR_MISS:
        fail(f"near-miss rows = {counts['n']}, expected at least {MIN_NEAR_MISS}")
    if len(rows) != TOTAL:
        fail(f"total rows = {len(rows)}, expected {TOTAL}")
    if 3 * (counts["n"] + counts["f"]) < len(rows):
        fail("fine rows are less than a third of the batch")

    used_channels = {r[4] for r in rows}
    for ch in CHANNELS:
        if ch not in used_channels:
            fail(f"channel {ch!r} is never used")
    used_pushy = Counter(r[5] for r in rows if r[1].startswith("p"))
    used_imp = Counter(r[5] for r in rows if r[1].startswith("i"))
    for t in PUSHY_TACTICS:
        if used_pushy[t] < 5:
            fail(f"pushy tactic {t!r} has only {used_pushy[t]} rows (want >= 5)")
    for f in IMPERSONAL_FAMILIES:
        if used_imp[f] < 8:
            fail(f"impersonal family {f!r} has only {used_imp[f]} rows (want >= 8)")


# ---------------------------------------------------------------- documents

def prose_lines(kind, text):
    """Approximate reader-visible prose, one block per line."""
    if kind == "markdown":
        if not text.startswith("---\n"):
            fail("markdown document has no YAML front matter")
            return []
        end = text.find("\n---\n", 4)
        if end < 0:
            fail("markdown front matter is not closed")
            return []
        body = text[end + 5:]
        out = []
        for line in body.split("\n"):
            s = line.strip()
            if not s or s.startswith("#") or s.startswith("{{") or re.fullmatch(r"\[[^\]]*\]\([^)]*\)", s):
                continue
            out.append(s)
        return out
    if kind == "html":
        body = re.sub(r"(?is)<head>.*?</head>", "", text)
        body = re.sub(r"(?is)<(style|script)\b.*?</\1>", "", body)
        body = re.sub(r"(?i)</(p|div|h\d|li|tr)>", "\n", body)
        body = re.sub(r"<[^>]+>", " ", body)
        body = html.unescape(body)
        return [re.sub(r"\s+", " ", l).strip() for l in body.split("\n") if l.strip()]
    if kind == "sms":
        out = []
        for line in text.split("\n"):
            m = re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d\s+\S+\s+\S+\s+(.*)$", line)
            if m:
                out.append(m.group(1).strip())
        return out
    raise ValueError(kind)


def count_sentences(lines):
    n = 0
    for line in lines:
        for piece in re.split(r"(?<=[.!?])\s+", line):
            if len(re.findall(r"\w+", piece)) >= 2:
                n += 1
    return n


def read_tsv(path, header):
    text = read_text_strict(path)
    if text is None:
        return []
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != header:
        fail(f"{path.name}: header must be exactly {header!r}")
        return []
    rows = []
    width = len(header.split("\t"))
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != width or any(f == "" for f in fields):
            fail(f"{path.name} line {n}: expected {width} non-empty tab-separated fields")
            continue
        if fields[-1][0] in QUOTE_CHARS:
            fail(f"{path.name} line {n}: snippet starts with a quotation mark")
        rows.append(fields)
    return rows


def check_documents():
    if not DOCS.is_dir():
        fail("documents/ folder is missing")
        return {}
    stats = {}
    for name, kind in DOCUMENTS.items():
        path = DOCS / name
        if not path.exists():
            fail(f"documents/{name} is missing")
            continue
        text = read_text_strict(path)
        if text is None:
            continue
        stem = name.rsplit(".", 1)[0]
        expected = read_tsv(DOCS / f"{stem}.expected.tsv", "category\tsnippet")
        traps = read_tsv(DOCS / f"{stem}.traps.tsv", "snippet")
        cats = Counter()
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                fail(f"{stem}.expected.tsv: bad category {cat!r}")
            if snip not in text:
                fail(f"{stem}.expected.tsv: snippet not found verbatim: {snip!r}")
            cats[cat] += 1
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                fail(f"{stem}.expected.tsv: no {cat} rows")
        if len(traps) < 8:
            fail(f"{stem}.traps.tsv: only {len(traps)} traps (want >= 8)")
        exp_snips = [s for _, s in expected]
        for (trap,) in traps:
            if trap not in text:
                fail(f"{stem}.traps.tsv: snippet not found verbatim: {trap!r}")
            for s in exp_snips:
                if trap in s or s in trap:
                    fail(f"{stem}: trap {trap!r} overlaps expected snippet {s!r}")
        if kind == "html" and not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
            fail(f"{name}: no merge tags")
        if kind == "html" and 'class="' not in text:
            fail(f"{name}: no CSS classes")
        if kind == "sms" and not re.search(r"\bSEG_[A-Z0-9_]+", text):
            fail(f"{name}: no segment codes")
        if ".example" not in text:
            fail(f"{name}: no .example links")
        lines = prose_lines(kind, text)
        sents = count_sentences(lines)
        words = sum(len(l.split()) for l in lines)
        raw_words = len(text.split())
        if not DOC_SENTENCES[0] <= sents <= DOC_SENTENCES[1]:
            fail(f"{name}: {sents} sentences (want {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]})")
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1] or raw_words > DOC_WORDS[1]:
            fail(f"{name}: {words} prose words / {raw_words} raw words (want {DOC_WORDS[0]}-{DOC_WORDS[1]})")
        stats[name] = (sents, words, raw_words, cats["pushy"], cats["impersonal"], len(traps))
    return stats


# ---------------------------------------------------------------- counts

def count_tables(rows):
    out = []
    by_label = Counter(r[3] for r in rows)
    out.append("| labels | rows |\n|---|---|")
    for lab in LABELS:
        out.append(f"| {lab} | {by_label[lab]} |")
    by_prefix = Counter(r[1][0] for r in rows)
    out.append(f"| (fine: near-miss n) | {by_prefix['n']} |")
    out.append(f"| (fine: plain f) | {by_prefix['f']} |")
    out.append(f"| total | {len(rows)} |")
    out.append("")
    out.append("| channel | pushy | impersonal | pushy,impersonal | fine | total |\n|---|---|---|---|---|---|")
    for ch in CHANNELS:
        c = Counter(r[3] for r in rows if r[4] == ch)
        out.append(f"| {ch} | {c['pushy']} | {c['impersonal']} | {c['pushy,impersonal']} | {c['fine']} | {sum(c.values())} |")
    out.append("")
    out.append("| pushy tactic | pushy rows | also in both rows |\n|---|---|---|")
    for t in PUSHY_TACTICS:
        a = sum(1 for r in rows if r[1][0] == "p" and r[5] == t)
        b = sum(1 for r in rows if r[1][0] == "b" and r[5].split("+")[0] == t)
        out.append(f"| {t} | {a} | {b} |")
    out.append("")
    out.append("| impersonal family | impersonal rows | also in both rows |\n|---|---|---|")
    for f in IMPERSONAL_FAMILIES:
        a = sum(1 for r in rows if r[1][0] == "i" and r[5] == f)
        b = sum(1 for r in rows if r[1][0] == "b" and r[5].split("+")[-1] == f)
        out.append(f"| {f} | {a} | {b} |")
    return "\n".join(out)


def main():
    rows = load_sentences()
    if "--print-counts" in sys.argv:
        print(count_tables(rows))
        return 0
    check_sentences(rows)
    stats = check_documents()
    if not README.exists():
        fail("README.md is missing")
    elif count_tables(rows) not in README.read_text(encoding="utf-8"):
        fail("README.md count tables are out of date (regenerate with --print-counts)")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    for name, (s, w, rw, p, i, t) in stats.items():
        print(f"  {name}: ~{s} sentences, {w} prose words ({rw} raw), expected pushy={p} impersonal={i}, traps={t}")
    print(f"  sentences.tsv: {len(rows)} rows")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
