#!/usr/bin/env python3
"""Format checks for the holdout-i evaluation batch. Prints OK or a list of problems."""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
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
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
TOTAL = 330
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
HEADER = ["id", "text", "labels", "channel", "tactic"]

DOCS = {
    "thornbury-season.md": "markdown",
    "larkspur-renewal.html": "html",
    "coldharbour-sms.txt": "text",
}
DOC_WORDS = (150, 500)      # labelling guide
DOC_SENTENCES = (25, 60)    # brief

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return ""
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (use LF line endings)")
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{path}: header must be {'<TAB>'.join(header)!r}, got {lines[0] if lines else ''!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            err(f"{path}:{n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path}:{n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for f in fields:
            if f != f.strip() or f == "":
                err(f"{path}:{n}: empty field or stray whitespace in {f!r}")
        rows.append((n, fields))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    seen_ids, seen_texts = set(), set()
    per_prefix = Counter()
    channels = Counter()
    tactics_seen = Counter()
    numbers = {k: [] for k in PREFIX}
    for n, (rid, text, labels, channel, tactic) in rows:
        where = f"sentences.tsv:{n} ({rid})"
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id")
            continue
        prefix, num = m.group(1), int(m.group(2))
        numbers[prefix].append(num)
        if rid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(rid)
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen_texts:
            err(f"{where}: duplicate text")
        seen_texts.add(key)
        if text.startswith('"') or text.startswith("\u201c"):
            err(f"{where}: text starts with a quote mark (CSV readers may treat it as quoting)")
        if labels not in LABELS:
            err(f"{where}: label {labels!r} not in {sorted(LABELS)}")
        if PREFIX[prefix] != labels:
            err(f"{where}: id prefix {prefix!r} needs label {PREFIX[prefix]!r}, got {labels!r}")
        if channel not in CHANNELS:
            err(f"{where}: channel {channel!r} is not one of the guide's channels")
        channels[channel] += 1
        per_prefix[prefix] += 1
        # tactic column
        if prefix == "p":
            ok = tactic in PUSHY_TACTICS
            tactics_seen[tactic] += 1
        elif prefix == "i":
            ok = tactic in IMPERSONAL_FAMILIES
            tactics_seen[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            ok = len(parts) == 2 and parts[0] in PUSHY_TACTICS and parts[1] in IMPERSONAL_FAMILIES
            for p in parts:
                tactics_seen[p] += 1
        elif prefix == "n":
            ok = tactic == "near-miss"
        else:
            ok = tactic == "plain"
        if not ok:
            err(f"{where}: tactic {tactic!r} does not fit label {labels!r}")
        if re.search(r"https?://", text):
            for host in re.findall(r"https?://([^/\s]+)", text):
                if not host.endswith(".example"):
                    err(f"{where}: link host {host!r} is not on .example")
    for prefix, nums in numbers.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids with prefix {prefix!r} are not numbered 001..{len(nums):03d} without gaps")
    for prefix, want in EXPECTED_COUNTS.items():
        if per_prefix[prefix] != want:
            err(f"sentences.tsv: {PREFIX[prefix]} rows ({prefix}…) = {per_prefix[prefix]}, expected {want}")
    fine = per_prefix["n"] + per_prefix["f"]
    total = sum(per_prefix.values())
    if total != TOTAL:
        err(f"sentences.tsv: {total} rows, expected {TOTAL}")
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if per_prefix["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: {per_prefix['n']} near-misses, expected at least {MIN_NEAR_MISS}")
    if total and fine * 3 < total:
        err("sentences.tsv: fine rows are less than a third of the batch")
    for c in CHANNELS:
        if channels[c] == 0:
            err(f"sentences.tsv: channel {c!r} not covered")
    for t in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if tactics_seen[t] < 3:
            err(f"sentences.tsv: tactic/family {t!r} has only {tactics_seen[t]} rows")
    return per_prefix, channels


def doc_prose(text, kind):
    """Reader-visible prose, for word and sentence counts."""
    if kind == "markdown":
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^[#>\-\s*]+", "", text, flags=re.M)
        text = text.replace("**", "")
    elif kind == "html":
        text = re.sub(r"<head>.*?</head>", "", text, flags=re.S | re.I)
        text = re.sub(r'<div class="preheader".*?</div>', "", text, flags=re.S)
        text = re.sub(r"<br\s*/?>", " ", text)
        text = re.sub(r"</(p|h\d|div)>", "\n", text)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    else:
        # drop template id lines such as "01 [tpl_reminder_week]"
        text = re.sub(r"^\d+ \[tpl_[a-z0-9_]+\]\s*$", "", text, flags=re.M)
    return text


def count_sentences(prose):
    total = 0
    for line in prose.split("\n"):
        line = line.strip()
        if not re.search(r"[A-Za-z]{2}", line):
            continue
        parts = re.split(r"(?<=[.!?…])[\"”')]*\s+(?=[A-Z0-9\"“{*£])", line)
        total += sum(1 for p in parts if len(p.split()) >= 2)
    return total


def check_documents():
    docdir = os.path.join(HERE, "documents")
    stats = {}
    if not os.path.isdir(docdir):
        err("documents/ missing")
        return stats
    present = sorted(f for f in os.listdir(docdir) if not f.endswith(".tsv"))
    if present != sorted(DOCS):
        err(f"documents/: expected documents {sorted(DOCS)}, found {present}")
    for name, kind in DOCS.items():
        path = os.path.join(docdir, name)
        if not os.path.exists(path):
            continue
        text = read_text(path)
        if kind == "markdown" and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"{name}: Markdown document lacks YAML front matter")
        if kind == "html":
            if "<html" not in text.lower():
                err(f"{name}: not an HTML document")
            if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", text):
                err(f"{name}: HTML email has no merge tags")
        for host in re.findall(r"https?://([^/\s\"')]+)", text) + re.findall(r"\b([a-z][a-z0-9.-]*\.[a-z]+)/", text):
            if not host.endswith(".example") and not host.startswith("img"):
                err(f"{name}: link host {host!r} is not on .example")
        prose = doc_prose(text, kind)
        words = len(re.findall(r"\S+", prose))
        sentences = count_sentences(prose)
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{name}: {words} words of prose, expected {DOC_WORDS[0]}–{DOC_WORDS[1]}")
        if not DOC_SENTENCES[0] <= sentences <= DOC_SENTENCES[1]:
            err(f"{name}: about {sentences} sentences, expected {DOC_SENTENCES[0]}–{DOC_SENTENCES[1]}")
        base = name.rsplit(".", 1)[0]
        exp = read_tsv(os.path.join(docdir, base + ".expected.tsv"), ["category", "snippet"]) \
            if os.path.exists(os.path.join(docdir, base + ".expected.tsv")) else err(f"{base}.expected.tsv missing") or []
        traps = read_tsv(os.path.join(docdir, base + ".traps.tsv"), ["snippet"]) \
            if os.path.exists(os.path.join(docdir, base + ".traps.tsv")) else err(f"{base}.traps.tsv missing") or []
        cats = Counter()
        for n, (cat, snip) in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{base}.expected.tsv:{n}: category {cat!r} must be pushy or impersonal")
            if text.count(snip) == 0:
                err(f"{base}.expected.tsv:{n}: snippet not found verbatim: {snip!r}")
        for n, (snip,) in traps:
            if text.count(snip) == 0:
                err(f"{base}.traps.tsv:{n}: snippet not found verbatim: {snip!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{base}.expected.tsv: needs both pushy and impersonal rows")
        stats[name] = (words, sentences, cats["pushy"], cats["impersonal"], len(traps))
    return stats


def main():
    per_prefix, channels = check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("sentences.tsv:", dict(per_prefix), "total", sum(per_prefix.values()),
          "| channels:", len(channels))
    for name, (w, s, p, i, t) in stats.items():
        print(f"{name}: {w} words, ~{s} sentences, expected {p} pushy + {i} impersonal, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
