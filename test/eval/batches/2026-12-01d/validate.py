#!/usr/bin/env python3
"""Validate the holdout-12d evaluation batch. Prints OK or a list of problems."""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Spelled exactly as in labelling-guide.md, in guide order.
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
    "fitness", "finance and crypto", "travel", "restaurants", "courses",
    "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
# id prefix -> (count, label, allowed tactic check)
BLOCKS = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
          ("n", 108, "fine"), ("f", 12, "fine")]
QUOTE_CHARS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u201e\u201a\u300c\u300d\u300e\u300f\u2032\u2033"
# quote styles the near-miss rows must cover: (name, opening mark)
QUOTE_STYLES = [("straight double", '"'), ("straight single", "'"),
                ("curly double", "\u201c"), ("curly single", "\u2018"),
                ("guillemets", "\u00ab"), ("single guillemets", "\u2039"),
                ("German low double", "\u201e"), ("German low single", "\u201a"),
                ("backticks", "`"), ("corner brackets", "\u300c")]
DOCS = {
    "landing-page": "landing-page.md",
    "winter-appeal": "winter-appeal.html",
    "november-sms-schedule": "november-sms-schedule.txt",
}

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err(f"{path}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{path}: header is {lines[0]!r} if any, expected {header!r}")
        return []
    ncol = header.count("\t") + 1
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != ncol:
            err(f"{path}:{n}: {len(parts)} fields, expected {ncol}")
            continue
        for p in parts:
            if p == "" or p != p.strip():
                err(f"{path}:{n}: empty field or stray whitespace: {line!r}")
            if p[:1] in QUOTE_CHARS:
                err(f"{path}:{n}: field starts with a quote character: {p!r}")
        rows.append(parts)
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, "id\ttext\tlabels\tchannel\ttactic")
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, expected 330")
    expected_ids = [f"{p}{k:03d}" for p, n, _ in BLOCKS for k in range(1, n + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        err("sentences.tsv: ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
    texts = [r[1] for r in rows]
    for t, c in Counter(texts).items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t!r}")
    label_of = {p: lab for p, _, lab in BLOCKS}
    chan = Counter()
    pushy_seq, imp_seq = [], []
    quote_seen = set()
    for rid, text, labels, channel, tactic in rows:
        p = rid[0]
        if labels != label_of.get(p):
            err(f"{rid}: label {labels!r}, expected {label_of.get(p)!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        chan[channel] += 1
        if p == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
            else:
                pushy_seq.append(PUSHY_TACTICS.index(tactic))
        elif p == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {tactic!r}")
            else:
                imp_seq.append(IMPERSONAL_FAMILIES.index(tactic))
        elif p == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif p == "n":
            if tactic != "near-miss":
                err(f"{rid}: tactic must be 'near-miss', got {tactic!r}")
            for name, mark in QUOTE_STYLES:
                if mark in text:
                    quote_seen.add(name)
        elif p == "f":
            if tactic != "plain":
                err(f"{rid}: tactic must be 'plain', got {tactic!r}")
    # guide order and per-tactic counts
    if pushy_seq != sorted(pushy_seq):
        err("pushy rows are not in guide tactic order")
    pc = Counter(pushy_seq)
    for k, name in enumerate(PUSHY_TACTICS):
        if not 6 <= pc[k] <= 7:
            err(f"pushy tactic {name!r}: {pc[k]} rows, expected 6-7")
    if imp_seq != sorted(imp_seq):
        err("impersonal rows are not in guide family order")
    ic = Counter(imp_seq)
    for k, name in enumerate(IMPERSONAL_FAMILIES):
        if not 11 <= ic[k] <= 12:
            err(f"impersonal family {name!r}: {ic[k]} rows, expected 11-12")
    for c in CHANNELS:
        if chan[c] < 8:
            err(f"channel {c!r}: {chan[c]} rows, expected at least 8")
    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine} are under a third of {len(rows)}")
    for name, _ in QUOTE_STYLES:
        if name not in quote_seen:
            err(f"near-miss rows never use the {name} quote style")
    return rows, chan


def visible_text(name, raw):
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", raw, re.S)
        if not m:
            err(f"{name}: no YAML front matter")
        else:
            raw = raw[m.end():]
        raw = re.sub(r"\{%.*?%\}", " ", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        raw = re.sub(r"^#+\s*", "", raw, flags=re.M)
    elif name.endswith(".html"):
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = re.sub(r"<title.*?</title>", " ", raw, flags=re.S)
        raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
        raw = re.sub(r"<(p|div|br|li|h\d)\b[^>]*>", "\n", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    else:
        raw = re.sub(r"^#\d+ \|.*$", " ", raw, flags=re.M)
    return raw


def count_sentences(text):
    chunks = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            if len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
                chunks.append(s)
    return len(chunks)


def check_documents():
    ddir = os.path.join(HERE, "documents")
    present = sorted(os.listdir(ddir))
    wanted = sorted([f for stem, f in DOCS.items()] +
                    [f"{stem}.expected.tsv" for stem in DOCS] +
                    [f"{stem}.traps.tsv" for stem in DOCS])
    if present != wanted:
        err(f"documents/: files {present}, expected {wanted}")
    stats = {}
    for stem, fname in DOCS.items():
        path = os.path.join(ddir, fname)
        if not os.path.exists(path):
            err(f"missing document {fname}")
            continue
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        if fname.endswith(".html"):
            for needle, what in [("*|FNAME|*", "Mailchimp merge tag"), ("{{first_name}}", "{{first_name}} merge tag"),
                                 ("class=", "CSS classes"), ("href=", "links"), ("<style", "CSS")]:
                if needle not in raw:
                    err(f"{fname}: no {what}")
        if fname.endswith(".md") and "](" not in raw:
            err(f"{fname}: no Markdown link")
        if fname.endswith(".txt") and "{{" not in raw:
            err(f"{fname}: no merge tags")
        vis = visible_text(fname, raw)
        n_sent = count_sentences(vis)
        n_words = len(re.findall(r"\w[\w'’&%£.,:/-]*", vis))
        stats[fname] = (n_sent, n_words)
        if not 25 <= n_sent <= 45:
            err(f"{fname}: about {n_sent} sentences, expected 25-45")
        if not 150 <= n_words <= 500:
            err(f"{fname}: about {n_words} words of copy, expected 150-500")
        exp = read_tsv(os.path.join(ddir, f"{stem}.expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(ddir, f"{stem}.traps.tsv"), "snippet")
        if len(exp) < 8:
            err(f"{stem}.expected.tsv: only {len(exp)} problems")
        if {c for c, _ in exp} != {"pushy", "impersonal"}:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            if snip not in raw:
                err(f"{stem}.expected.tsv: snippet not in document verbatim: {snip!r}")
        if len(traps) < 4:
            err(f"{stem}.traps.tsv: only {len(traps)} traps")
        for (snip,) in traps:
            if snip not in raw:
                err(f"{stem}.traps.tsv: snippet not in document verbatim: {snip!r}")
            for _, e in exp:
                if snip in e or e in snip:
                    err(f"{stem}: trap {snip!r} overlaps expected snippet {e!r}")
        if len(exp) * 2 > n_sent:
            err(f"{fname}: {len(exp)} problems in {n_sent} sentences; fine sentences should be the majority")
    return stats


def check_folder():
    for root, dirs, files in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ present in {root}")
        for f in files:
            if f.endswith((".py", ".pyc", ".sh")) and os.path.join(root, f) != os.path.abspath(__file__):
                err(f"helper script left behind: {os.path.join(root, f)}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")


def main():
    sys.dont_write_bytecode = True
    rows, chan = check_sentences()
    stats = check_documents()
    check_folder()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    labels = Counter(r[2] for r in rows)
    print(f"rows: {len(rows)}  " + "  ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    print(f"channels: {len(chan)} (min {min(chan.values())}, max {max(chan.values())})")
    for f, (s, w) in stats.items():
        print(f"{f}: ~{s} sentences, ~{w} words")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
