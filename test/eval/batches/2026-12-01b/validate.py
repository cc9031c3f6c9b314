#!/usr/bin/env python3
"""Validate the holdout-12b evaluation batch. Prints OK or a list of problems.

Self-contained: the tactic, family and channel names are copied here from the
labelling guide so this script needs nothing else from the repository.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

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
QUOTE_CHARS = set("\"'`\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f")

# prefix -> (count, label, per-group min, per-group max)
SECTIONS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
DOCS = {
    "landing-page.md": "md",
    "hedgehog-appeal.html": "html",
    "gravity-goats-march.txt": "txt",
}
EXPECTED_CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        err(f"{os.path.basename(path)}: contains carriage returns")
    if not data.endswith("\n"):
        err(f"{os.path.basename(path)}: no final newline")
    return data.rstrip("\n").split("\n")


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    lines = read_lines(path)
    if lines[0] != "id\ttext\tlabels\tchannel\ttactic":
        err(f"sentences.tsv: bad header {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, want 5")
            continue
        for fld in fields:
            if fld == "":
                err(f"sentences.tsv line {n}: empty field")
            elif fld[0] in QUOTE_CHARS:
                err(f"sentences.tsv line {n}: field starts with a quote: {fld[:20]!r}")
            if fld != fld.strip():
                err(f"sentences.tsv line {n}: leading/trailing space in {fld[:20]!r}")
        rows.append(fields)

    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, want 330")

    # ids: exact sequence p001..p110, i001..i080, b001..b020, n001..n108, f001..f012
    want_ids = [f"{p}{k:03d}" for p, cnt, _ in SECTIONS for k in range(1, cnt + 1)]
    got_ids = [r[0] for r in rows]
    if got_ids != want_ids:
        err("sentences.tsv: ids are not the expected sequence p001-p110, i001-i080, b001-b020, n001-n108, f001-f012")

    texts = Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t!r}")

    labels = {p: lab for p, _, lab in SECTIONS}
    for rid, text, lab, ch, tac in rows:
        p = rid[0]
        if p not in labels:
            err(f"{rid}: unknown prefix")
            continue
        if lab != labels[p]:
            err(f"{rid}: label {lab!r}, want {labels[p]!r}")
        if ch not in CHANNELS:
            err(f"{rid}: unknown channel {ch!r}")
        if p == "p" and tac not in PUSHY_TACTICS:
            err(f"{rid}: unknown pushy tactic {tac!r}")
        if p == "i" and tac not in IMPERSONAL_FAMILIES:
            err(f"{rid}: unknown impersonal family {tac!r}")
        if p == "b":
            parts = tac.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic {tac!r} is not 'pushy tactic+impersonal family'")
        if p == "n" and tac != "near-miss":
            err(f"{rid}: tactic {tac!r}, want 'near-miss'")
        if p == "f" and tac != "plain":
            err(f"{rid}: tactic {tac!r}, want 'plain'")

    def check_groups(prefix, names, lo, hi, what):
        seq = [r[4] for r in rows if r[0][0] == prefix]
        cnt = Counter(seq)
        for name in names:
            if not lo <= cnt.get(name, 0) <= hi:
                err(f"{what} {name!r}: {cnt.get(name, 0)} rows, want {lo}-{hi}")
        idx = [names.index(t) for t in seq if t in names]
        if idx != sorted(idx):
            err(f"{what} rows are not in guide order")

    check_groups("p", PUSHY_TACTICS, 6, 7, "pushy tactic")
    check_groups("i", IMPERSONAL_FAMILIES, 11, 12, "impersonal family")

    ch_count = Counter(r[3] for r in rows)
    for ch in CHANNELS:
        if ch_count.get(ch, 0) < 8:
            err(f"channel {ch!r}: {ch_count.get(ch, 0)} rows, want >= 8")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine} are less than a third of {len(rows)}")


# ---------------------------------------------------------------- documents
def prose_of(text, kind):
    """Reader-visible prose, roughly: markup, code, front matter and URLs removed."""
    if kind == "md":
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"<[^>]+>", "", text)
        text = "\n".join(l for l in text.split("\n") if not l.startswith("#"))
    elif kind == "html":
        text = re.sub(r"<head>.*?</head>", "", text, flags=re.S)
        text = re.sub(r"<h\d[^>]*>.*?</h\d>", "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    elif kind == "txt":
        keep = []
        for l in text.split("\n"):
            if l.startswith(("#", "Owner:", "Merge tags:")):
                continue
            keep.append(l)
        text = "\n".join(keep[1:])  # drop title line
    return text


def count_sentences(prose):
    return len(re.findall(r"[.!?]+[\"'\u201d\u2019)]*(?=\s|$)", prose))


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    for name, kind in DOCS.items():
        path = os.path.join(ddir, name)
        if not os.path.exists(path):
            err(f"documents/{name} missing")
            continue
        with open(path, encoding="utf-8") as f:
            doc = f.read()
        stem = os.path.splitext(name)[0]

        if kind == "md" and not doc.startswith("---\n"):
            err(f"{name}: no YAML front matter")
        if kind == "html":
            if "*|" not in doc and "{{" not in doc:
                err(f"{name}: no merge tags")
            if 'class="' not in doc or "href=" not in doc:
                err(f"{name}: needs CSS classes and links")

        prose = prose_of(doc, kind)
        n_sent = count_sentences(prose)
        n_words = len(prose.split())
        if not 25 <= n_sent <= 45:
            err(f"{name}: about {n_sent} sentences, want 25-45")
        if not 150 <= n_words <= 500:
            err(f"{name}: about {n_words} words, want 150-500")

        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        expected, traps = [], []
        if not os.path.exists(exp_path):
            err(f"{stem}.expected.tsv missing")
        else:
            lines = read_lines(exp_path)
            if lines[0] != "category\tsnippet":
                err(f"{stem}.expected.tsv: bad header {lines[0]!r}")
            for n, line in enumerate(lines[1:], 2):
                fields = line.split("\t")
                if len(fields) != 2:
                    err(f"{stem}.expected.tsv line {n}: {len(fields)} fields")
                    continue
                cat, snip = fields
                if cat not in EXPECTED_CATEGORIES:
                    err(f"{stem}.expected.tsv line {n}: bad category {cat!r}")
                if snip not in doc:
                    err(f"{stem}.expected.tsv line {n}: snippet not in document: {snip!r}")
                expected.append(snip)
            if len(expected) < 5:
                err(f"{stem}.expected.tsv: only {len(expected)} problems")
        if not os.path.exists(trap_path):
            err(f"{stem}.traps.tsv missing")
        else:
            lines = read_lines(trap_path)
            if lines[0] != "snippet":
                err(f"{stem}.traps.tsv: bad header {lines[0]!r}")
            for n, snip in enumerate(lines[1:], 2):
                if "\t" in snip or not snip:
                    err(f"{stem}.traps.tsv line {n}: bad row")
                    continue
                if snip not in doc:
                    err(f"{stem}.traps.tsv line {n}: snippet not in document: {snip!r}")
                for e in expected:
                    if snip in e:
                        err(f"{stem}: trap {snip!r} sits inside expected snippet {e!r}")
                traps.append(snip)
            if len(traps) < 3:
                err(f"{stem}.traps.tsv: only {len(traps)} traps")
        # problem sentences should be well under half the document
        if n_sent and len(expected) * 2 > n_sent:
            err(f"{name}: {len(expected)} problems in about {n_sent} sentences; add more fine ones")


def main():
    check_sentences()
    check_documents()
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
