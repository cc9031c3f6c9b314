#!/usr/bin/env python3
"""Validate the holdout-g evaluation batch.

Usage:  python3 validate.py [--guide PATH]

Checks sentences.tsv, near-miss-kinds.tsv and documents/.  Prints a summary
and "OK" when everything passes; otherwise lists the problems and exits 1.
Files are read as plain tab-separated text (no CSV quoting is used anywhere).
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Names exactly as the labelling guide spells them.
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
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal",
                "n": "fine", "f": "fine"}
# The near-miss kinds the guide lists under "Fine, including near-misses".
NEAR_MISS_KINDS = [
    "deadline-with-reason", "stock-fact-with-reason", "guarantee-with-terms",
    "trigger-word-in-name", "news-or-how-to", "past-tense-story",
    "only-you-can-decide", "no-rush", "quoted-or-discussed",
    "passive-in-context", "warm-we", "acronym-or-code",
]
TARGETS = {"pushy": 110, "impersonal": 80, "pushy,impersonal": 20, "fine": 120}
MIN_NEAR_MISS = 108
DOC_CATEGORIES = {"pushy", "impersonal"}
DOC_WORDS = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    """Return list of (line_no, fields). Checks the header and tab hygiene."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{path}: header must be {header!r}, got {lines[0] if lines else None!r}")
        return rows
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path}:{n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for f in fields:
            if f != f.strip():
                err(f"{path}:{n}: leading/trailing whitespace in field {f!r}")
            if not f:
                err(f"{path}:{n}: empty field")
            if f.startswith('"'):
                err(f"{path}:{n}: field starts with a double quote (looks CSV-quoted): {f[:40]!r}")
        rows.append((n, fields))
    return rows


def check_guide(path):
    """Cross-check the embedded name lists against the guide, if it is present."""
    if not path or not os.path.exists(path):
        print(f"note: guide not found at {path!r}; using embedded name lists only")
        return
    text = open(path, encoding="utf-8").read()

    def table_names(start, end):
        sec = text.split(start, 1)[1].split(end, 1)[0]
        names = []
        for line in sec.splitlines():
            m = re.match(r"^\|\s*([^|]+?)\s*\|", line)
            if m and m.group(1) not in ("tactic", "family") and not set(m.group(1)) <= set("-: "):
                names.append(m.group(1))
        return names

    tactics = table_names("### Pushy", "### Impersonal")
    families = table_names("### Impersonal", "### Fine")
    m = re.search(r"tactics and channels:\s*(.+?)\.\s*Vary register", text, re.S)
    channels = [c.strip() for c in m.group(1).split(",")] if m else []
    for what, mine, theirs in (("pushy tactics", PUSHY_TACTICS, tactics),
                               ("impersonal families", IMPERSONAL_FAMILIES, families),
                               ("channels", CHANNELS, channels)):
        if sorted(mine) != sorted(theirs):
            err(f"guide mismatch for {what}: embedded {sorted(set(mine) ^ set(theirs))}")
    print(f"guide cross-check: {len(tactics)} tactics, {len(families)} families, "
          f"{len(channels)} channels read from {path}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, ["id", "text", "labels", "channel", "tactic"])
    ids, texts = Counter(), Counter()
    labels, channels, tactics, prefixes = Counter(), Counter(), Counter(), Counter()
    for n, (rid, text, label, channel, tactic) in rows:
        ids[rid] += 1
        texts[text.casefold()] += 1
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{path}:{n}: bad id {rid!r}")
            continue
        pre = m.group(1)
        prefixes[pre] += 1
        if label not in LABELS:
            err(f"{path}:{n}: unknown label {label!r}")
        elif PREFIX_LABEL[pre] != label:
            err(f"{path}:{n}: id {rid} needs label {PREFIX_LABEL[pre]!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"{path}:{n}: unknown channel {channel!r}")
        allowed = {"p": PUSHY_TACTICS, "i": IMPERSONAL_FAMILIES,
                   "b": PUSHY_TACTICS + IMPERSONAL_FAMILIES,
                   "n": ["near-miss"], "f": ["plain"]}[pre]
        if tactic not in allowed:
            err(f"{path}:{n}: tactic {tactic!r} not allowed for id {rid}")
        labels[label] += 1
        channels[channel] += 1
        tactics[(pre, tactic)] += 1
    for rid, c in ids.items():
        if c > 1:
            err(f"{path}: duplicate id {rid}")
    for t, c in texts.items():
        if c > 1:
            err(f"{path}: duplicate text {t[:60]!r}")
    for pre in "pibnf":
        nums = sorted(int(r[1:]) for r in ids if r[0] == pre)
        if nums != list(range(1, len(nums) + 1)):
            err(f"{path}: ids with prefix {pre!r} are not numbered 001..{len(nums):03d} without gaps")
    if len(rows) != sum(TARGETS.values()):
        err(f"{path}: {len(rows)} rows, expected {sum(TARGETS.values())}")
    for lab, want in TARGETS.items():
        if abs(labels[lab] - want) > 5:
            err(f"{path}: {labels[lab]} {lab!r} rows, target about {want}")
    if prefixes["n"] < MIN_NEAR_MISS:
        err(f"{path}: only {prefixes['n']} near-miss rows, need >= {MIN_NEAR_MISS}")
    if labels["fine"] * 3 < len(rows):
        err(f"{path}: fine rows are under a third of the batch")
    used_p = {t for (p, t) in tactics if p in "pb"}
    used_i = {t for (p, t) in tactics if p in "ib"}
    for t in PUSHY_TACTICS:
        if t not in used_p:
            err(f"{path}: pushy tactic {t!r} not covered")
    for t in IMPERSONAL_FAMILIES:
        if t not in used_i:
            err(f"{path}: impersonal family {t!r} not covered")
    for c in CHANNELS:
        if channels[c] == 0:
            err(f"{path}: channel {c!r} not covered")
    return rows, labels, channels, tactics, prefixes


def check_kinds(rows):
    path = os.path.join(HERE, "near-miss-kinds.tsv")
    if not os.path.exists(path):
        err(f"{path}: missing")
        return Counter()
    n_ids = {f[0] for _, f in rows if f[0].startswith("n")}
    kinds = Counter()
    seen = set()
    for n, (rid, kind) in read_tsv(path, ["id", "kind"]):
        if rid not in n_ids:
            err(f"{path}:{n}: {rid} is not a near-miss id in sentences.tsv")
        if rid in seen:
            err(f"{path}:{n}: duplicate id {rid}")
        seen.add(rid)
        if kind not in NEAR_MISS_KINDS:
            err(f"{path}:{n}: unknown kind {kind!r}")
        kinds[kind] += 1
    for rid in sorted(n_ids - seen):
        err(f"{path}: near-miss {rid} has no kind")
    for k in NEAR_MISS_KINDS:
        if kinds[k] == 0:
            err(f"{path}: near-miss kind {k!r} not covered")
    return kinds


def spans(text, snippet):
    out, start = [], 0
    while True:
        i = text.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def word_count(name, text):
    if name.endswith((".html", ".htm")):
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    return len(text.split())


def check_documents():
    ddir = os.path.join(HERE, "documents")
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
    summary = []
    if len(docs) < 3:
        err(f"{ddir}: expected 3 documents, found {len(docs)}")
    exts = {os.path.splitext(d)[1] for d in docs}
    for need in (".md", ".html"):
        if need not in exts:
            err(f"{ddir}: no {need} document")
    for doc in docs:
        stem = os.path.splitext(doc)[0]
        dpath = os.path.join(ddir, doc)
        text = open(dpath, encoding="utf-8").read()
        if doc.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
            err(f"{doc}: Markdown document has no YAML front matter")
        wc = word_count(doc, text)
        if not DOC_WORDS[0] <= wc <= DOC_WORDS[1]:
            err(f"{doc}: {wc} words, outside {DOC_WORDS}")
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        exp_spans, cats = [], Counter()
        if not os.path.exists(exp_path):
            err(f"{doc}: missing {stem}.expected.tsv")
            exp = []
        else:
            exp = read_tsv(exp_path, ["category", "snippet"])
        seen = set()
        for n, (cat, snip) in exp:
            if cat not in DOC_CATEGORIES:
                err(f"{exp_path}:{n}: category {cat!r} not in {sorted(DOC_CATEGORIES)}")
            cats[cat] += 1
            if snip in seen:
                err(f"{exp_path}:{n}: duplicate snippet {snip!r}")
            seen.add(snip)
            s = spans(text, snip)
            if not s:
                err(f"{exp_path}:{n}: snippet not found verbatim in {doc}: {snip!r}")
            elif len(s) > 1:
                err(f"{exp_path}:{n}: snippet occurs {len(s)} times in {doc} (ambiguous): {snip!r}")
            exp_spans += [(a, b, snip) for a, b in s]
        if not os.path.exists(trap_path):
            err(f"{doc}: missing {stem}.traps.tsv")
            traps = []
        else:
            traps = read_tsv(trap_path, ["snippet"])
        for n, (snip,) in traps:
            s = spans(text, snip)
            if not s:
                err(f"{trap_path}:{n}: trap not found verbatim in {doc}: {snip!r}")
            for a, b in s:
                for ea, eb, esnip in exp_spans:
                    if a < eb and ea < b:
                        err(f"{trap_path}:{n}: trap {snip!r} overlaps expected snippet {esnip!r}")
            for _, (_, esnip) in exp:
                if snip in esnip or esnip in snip:
                    err(f"{trap_path}:{n}: trap {snip!r} and expected {esnip!r} contain one another")
        summary.append((doc, wc, dict(cats), len(traps)))
    return summary


def main():
    guide = None
    if "--guide" in sys.argv:
        guide = sys.argv[sys.argv.index("--guide") + 1]
    else:
        guide = os.path.normpath(os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md"))
    check_guide(guide)
    rows, labels, channels, tactics, prefixes = check_sentences()
    kinds = check_kinds(rows)
    docs = check_documents()

    print(f"sentences: {len(rows)} rows")
    for lab in LABELS:
        print(f"  {lab:18s} {labels[lab]}")
    print(f"  (near-miss n### {prefixes['n']}, plain f### {prefixes['f']})")
    print("channels: " + ", ".join(f"{c}={channels[c]}" for c in CHANNELS))
    print("near-miss kinds: " + ", ".join(f"{k}={kinds[k]}" for k in NEAR_MISS_KINDS))
    for doc, wc, cats, ntraps in docs:
        print(f"document {doc}: {wc} words, expected {cats}, traps {ntraps}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
