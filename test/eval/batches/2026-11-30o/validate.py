#!/usr/bin/env python3
"""Format checker for the holdout-o evaluation batch.

Run from anywhere:  python3 validate.py
Prints OK when every check passes, otherwise lists the problems and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCES = os.path.join(HERE, "sentences.tsv")
DOCS = os.path.join(HERE, "documents")
README = os.path.join(HERE, "README.md")

HEADER = ["id", "text", "labels", "channel", "tactic"]

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
LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
QUOTES = set("\"'“”‘’„‚«»‹›「」『』`")

DOCUMENTS = {
    "landing-page.md": "markdown",
    "email.html": "html",
    "sms-schedule.txt": "sms",
}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if "\r" in text:
        err(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.basename(path)}: starts with a BOM")
    if text and not text.endswith("\n"):
        err(f"{os.path.basename(path)}: missing final newline")
    return text


def check_field(where, value):
    if value == "":
        err(f"{where}: empty field")
        return
    if "\t" in value or "\n" in value or "\r" in value:
        err(f"{where}: tab or line break inside field")
    if value[0] in QUOTES:
        err(f"{where}: field starts with a quotation mark: {value[:30]!r}")
    if value != value.strip():
        err(f"{where}: leading/trailing whitespace")


# ---------------------------------------------------------------- sentences
def check_sentences():
    text = read_text(SENTENCES)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {'<TAB>'.join(HEADER)!r}")
        return None
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

    seen_ids, seen_text = set(), {}
    per_prefix = collections.defaultdict(list)
    for r in rows:
        rid, where = r["id"], f"sentences.tsv line {r['line']} ({r['id']})"
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id")
            continue
        if rid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(rid)
        prefix = m.group(1)
        per_prefix[prefix].append(int(m.group(2)))
        key = r["text"].casefold()
        if key in seen_text:
            err(f"{where}: duplicate text (also {seen_text[key]})")
        seen_text[key] = rid

        if r["labels"] not in LABELS:
            err(f"{where}: invalid labels {r['labels']!r}")
        elif r["labels"] != PREFIX_LABEL[prefix]:
            err(f"{where}: labels {r['labels']!r} do not match id prefix {prefix!r}")
        if r["channel"] not in CHANNELS:
            err(f"{where}: invalid channel {r['channel']!r}")

        tactic = r["tactic"]
        if prefix == "p" and tactic not in PUSHY_TACTICS:
            err(f"{where}: pushy tactic {tactic!r} is not in the guide")
        elif prefix == "i" and tactic not in IMPERSONAL_FAMILIES:
            err(f"{where}: impersonal family {tactic!r} is not in the guide")
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{where}: both-row tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n" and tactic != "near-miss":
            err(f"{where}: near-miss rows need tactic 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"{where}: plain rows need tactic 'plain'")

    # ids consecutive per prefix, and grouped in file order
    for prefix, nums in per_prefix.items():
        if nums != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids with prefix {prefix!r} are not consecutive from 001 in file order")

    # counts
    counts = {p: len(v) for p, v in per_prefix.items()}
    for p, want in EXPECTED_COUNTS.items():
        if counts.get(p, 0) != want:
            err(f"sentences.tsv: {counts.get(p, 0)} rows with prefix {p!r}, expected {want}")
    fine = counts.get("n", 0) + counts.get("f", 0)
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if counts.get("n", 0) < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {counts.get('n', 0)} near-misses, need at least {MIN_NEAR_MISS}")
    if rows and fine * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")

    # coverage
    used_channels = {r["channel"] for r in rows}
    for c in CHANNELS:
        if c not in used_channels:
            err(f"sentences.tsv: channel {c!r} never used")
    used_p = {r["tactic"] for r in rows if r["id"].startswith("p")}
    used_i = {r["tactic"] for r in rows if r["id"].startswith("i")}
    for t in PUSHY_TACTICS:
        if t not in used_p:
            err(f"sentences.tsv: pushy tactic {t!r} not covered")
    for t in IMPERSONAL_FAMILIES:
        if t not in used_i:
            err(f"sentences.tsv: impersonal family {t!r} not covered")
    return rows


# ---------------------------------------------------------------- documents
def visible_text(kind, text):
    if kind == "markdown":
        if not text.startswith("---\n"):
            err("landing-page.md: missing YAML front matter")
        else:
            end = text.find("\n---\n", 4)
            if end < 0:
                err("landing-page.md: unterminated YAML front matter")
            else:
                text = text[end + 5:]
        text = re.sub(r"\]\([^)]*\)", "]", text)
        text = re.sub(r"^[#>\-\s]+", "", text, flags=re.M)
        text = text.replace("[", "").replace("]", "")
    elif kind == "html":
        text = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", text)
        text = re.sub(r"(?is)<span class=\"preheader\".*?</span>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", "\n", text)
        text = html.unescape(text)
    else:  # sms schedule: keep only the message column
        msgs = []
        for line in text.split("\n"):
            parts = line.split(" | ")
            if len(parts) == 4:
                msgs.append(parts[3])
        text = "\n".join(msgs)
    return text


def count_sentences(text):
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p for p in pieces if len(re.findall(r"[A-Za-z0-9£%]+", p)) >= 2]


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    name = os.path.basename(path)
    if not lines or lines[0] != "\t".join(header):
        err(f"{name}: header must be {'<TAB>'.join(header)!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{name} line {n}: {len(fields)} fields, expected {len(header)}")
            continue
        for h, v in zip(header, fields):
            check_field(f"{name} line {n} [{h}]", v)
        out.append(fields)
    return out


def check_documents():
    summary = {}
    for doc, kind in DOCUMENTS.items():
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            err(f"documents/{doc}: missing")
            continue
        text = read_text(path)
        stem = os.path.splitext(doc)[0]
        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        cats = collections.Counter()
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not verbatim in {doc}: {snip!r}")
            cats[cat] += 1
        for (snip,) in traps:
            if snip not in text:
                err(f"{stem}.traps.tsv: snippet not verbatim in {doc}: {snip!r}")
            for _, e in exp:
                if snip in e or e in snip:
                    err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
        if not cats.get("pushy") or not cats.get("impersonal"):
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 5:
            err(f"{stem}.traps.tsv: fewer than 5 traps")
        body = visible_text(kind, text)
        sents = count_sentences(body)
        words = len(re.findall(r"\S+", body))
        if not 25 <= len(sents) <= 45:
            err(f"{doc}: {len(sents)} sentences, expected 25-45")
        if not 150 <= words <= 500:
            err(f"{doc}: {words} words of copy, expected 150-500")
        if kind == "html" and not re.search(r"\*\|[A-Z:]+\|\*|\{\{\s*\w+\s*\}\}", text):
            err(f"{doc}: no merge tag")
        if kind == "html" and 'class="' not in text:
            err(f"{doc}: no CSS classes")
        if kind == "sms" and not re.search(r"\bSEG_[A-Z0-9_]+\b", text):
            err(f"{doc}: no segment codes")
        summary[doc] = (len(sents), words, cats["pushy"], cats["impersonal"], len(traps))
    return summary


# ---------------------------------------------------------------- README
def check_readme(rows):
    if not os.path.exists(README):
        err("README.md missing")
        return
    text = read_text(README)
    tables = {
        "labels": collections.Counter(r["labels"] for r in rows),
        "channel": collections.Counter(r["channel"] for r in rows),
        "tactic": collections.Counter(r["tactic"] for r in rows),
    }
    for name, counter in tables.items():
        for key, n in counter.items():
            if f"| {key} | {n} |" not in text:
                err(f"README.md: count row '| {key} | {n} |' ({name}) missing or wrong")


def main():
    rows = check_sentences()
    summary = check_documents()
    if rows is not None:
        check_readme(rows)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    labels = collections.Counter(r["labels"] for r in rows)
    print("rows:", len(rows), dict(labels))
    for doc, (s, w, p, i, t) in summary.items():
        print(f"{doc}: {s} sentences, {w} words, expected {p} pushy + {i} impersonal, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
