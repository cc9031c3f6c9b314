#!/usr/bin/env python3
"""Validate the holdout-h evaluation batch.

Checks sentences.tsv (header, field counts, unique ids, id prefix vs label,
label/channel/tactic names against the labelling guide, no tabs/quoting/line
breaks, counts) and documents/ (each NAME.expected.tsv / NAME.traps.tsv snippet
occurs verbatim in its document; trap occurrences never overlap expected
snippets; document length 150-500 words).

Usage: python3 validate.py [path/to/labelling-guide.md]
Prints OK and exits 0 when everything passes.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE_DEFAULT = os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md")

LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]
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
FINE_TACTICS = ["near-miss", "plain"]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal",
          "n": "fine", "f": "fine"}
TACTICS_FOR = {
    "p": set(PUSHY_TACTICS),
    "i": set(IMPERSONAL_FAMILIES),
    "b": set(PUSHY_TACTICS) | set(IMPERSONAL_FAMILIES),
    "n": {"near-miss"},
    "f": {"plain"},
}
TARGETS = {"pushy": 110, "impersonal": 80, "pushy,impersonal": 20, "fine": 120}
HEADER = ["id", "text", "labels", "channel", "tactic"]
DOC_EXTS = (".md", ".html", ".htm", ".txt")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def check_guide(path):
    """Every name used here must appear in the guide (when it is readable)."""
    if not os.path.exists(path):
        warnings.append(f"guide not found at {path}; using built-in name lists only")
        return
    text = open(path, encoding="utf-8").read()
    low = text.lower()
    for name in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if f"| {name} |" not in text:
            err(f"guide: tactic/family '{name}' not found as a table row in the guide")
    cov = re.search(r"## Coverage\s*\n(.*?)\n\s*\n", text, re.S)
    cov_text = cov.group(1) if cov else text
    for ch in CHANNELS:
        if ch not in cov_text:
            err(f"guide: channel '{ch}' not found in the guide's Coverage section")
    for lab in ["pushy", "impersonal", "pushy,impersonal", "fine"]:
        if f"`{lab}`" not in text:
            err(f"guide: label '{lab}' not found in the guide")
    if "near-miss" not in low:
        err("guide: 'near-miss' not mentioned in the guide")


def check_sentences(path):
    raw = open(path, "rb").read()
    if b"\r" in raw:
        err("sentences.tsv: contains carriage returns")
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be {'<TAB>'.join(HEADER)}")
        return
    ids = set()
    texts = collections.Counter()
    by_label = collections.Counter()
    by_prefix = collections.Counter()
    by_channel = collections.Counter()
    by_tactic = collections.Counter()
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 5:
            err(f"line {n}: expected 5 fields, got {len(f)}")
            continue
        rid, txt, lab, ch, tac = f
        for val in f:
            if not val.strip():
                err(f"line {n}: empty field")
            if val != val.strip():
                err(f"line {n}: leading/trailing whitespace in field {val!r}")
            if len(val) >= 2 and val[0] == '"' and val[-1] == '"':
                err(f"line {n}: field looks quoted: {val[:30]!r}")
        if not re.fullmatch(r"[pibnf]\d{3}", rid):
            err(f"line {n}: bad id {rid!r}")
            continue
        if rid in ids:
            err(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        if lab not in LABELS:
            err(f"line {n}: unknown label {lab!r}")
        if PREFIX[rid[0]] != lab:
            err(f"line {n}: id {rid} prefix needs label {PREFIX[rid[0]]!r}, got {lab!r}")
        if ch not in CHANNELS:
            err(f"line {n}: unknown channel {ch!r}")
        if tac not in TACTICS_FOR[rid[0]]:
            err(f"line {n}: tactic {tac!r} not allowed for id {rid}")
        texts[txt] += 1
        by_label[lab] += 1
        by_prefix[rid[0]] += 1
        by_channel[ch] += 1
        by_tactic[tac] += 1
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]}")
    total = sum(by_label.values())
    for lab, want in TARGETS.items():
        got = by_label[lab]
        if abs(got - want) > max(3, want // 10):
            err(f"count for {lab}: {got}, expected about {want}")
    if by_prefix["n"] < 108:
        err(f"only {by_prefix['n']} near-miss rows (need at least 108)")
    if by_label["fine"] * 3 < total:
        err("fine rows are less than a third of the batch")
    for name in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if by_tactic[name] == 0:
            err(f"tactic/family never used: {name}")
    for ch in CHANNELS:
        if by_channel[ch] == 0:
            err(f"channel never used: {ch}")
    print(f"sentences.tsv: {total} rows")
    for lab in LABELS:
        print(f"  {lab:18s} {by_label[lab]}")
    print(f"  near-miss (n) {by_prefix['n']}, plain (f) {by_prefix['f']}")
    print("  channels: " + ", ".join(f"{c} {by_channel[c]}" for c in CHANNELS))


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def read_tsv(path, ncols, header):
    rows = []
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{os.path.basename(path)}: header must be {'<TAB>'.join(header)}")
        return rows
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != ncols or not all(x.strip() for x in f):
            err(f"{os.path.basename(path)} line {n}: expected {ncols} non-empty field(s)")
            continue
        rows.append(f)
    return rows


def words(doc, ext):
    if ext in (".html", ".htm"):
        doc = re.sub(r"<style.*?</style>", " ", doc, flags=re.S)
        doc = re.sub(r"<[^>]+>", " ", doc)
    return len(doc.split())


def check_documents(folder):
    names = sorted(f for f in os.listdir(folder) if f.endswith(DOC_EXTS))
    if len(names) < 3:
        err(f"documents/: expected 3 documents, found {len(names)}")
    kinds = set()
    for name in names:
        base, ext = os.path.splitext(name)
        doc = open(os.path.join(folder, name), encoding="utf-8").read()
        kinds.add(ext)
        wc = words(doc, ext)
        if not 150 <= wc <= 500:
            err(f"{name}: {wc} words, guide asks for 150-500")
        if ext == ".md" and not re.match(r"---\n.*?\n---\n", doc, re.S):
            err(f"{name}: Markdown document lacks YAML front matter")
        if ext in (".html", ".htm") and "<html" not in doc.lower():
            err(f"{name}: HTML document lacks <html>")
        exp_path = os.path.join(folder, base + ".expected.tsv")
        trap_path = os.path.join(folder, base + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.exists(p):
                err(f"{name}: missing {os.path.basename(p)}")
        if not (os.path.exists(exp_path) and os.path.exists(trap_path)):
            continue
        exp = read_tsv(exp_path, 2, ["category", "snippet"])
        traps = [r[0] for r in read_tsv(trap_path, 1, ["snippet"])]
        exp_spans = []
        seen = set()
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{name}: expected category {cat!r} must be pushy or impersonal")
            if snip in seen:
                err(f"{name}: duplicate expected snippet {snip[:40]!r}")
            seen.add(snip)
            s = spans(doc, snip)
            if not s:
                err(f"{name}: expected snippet not found verbatim: {snip!r}")
            exp_spans.extend(s)
        for trap in traps:
            s = spans(doc, trap)
            if not s:
                err(f"{name}: trap snippet not found verbatim: {trap!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{name}: trap {trap!r} overlaps an expected snippet")
            for _, snip in exp:
                if trap in snip or snip in trap:
                    err(f"{name}: trap {trap!r} and expected {snip[:40]!r} contain one another")
        cats = collections.Counter(c for c, _ in exp)
        print(f"{name}: {wc} words, expected {dict(cats)}, traps {len(traps)}")
    if not ({".md"} <= kinds and kinds & {".html", ".htm"}):
        err("documents/: need one Markdown and one HTML document")


def main():
    guide = sys.argv[1] if len(sys.argv) > 1 else GUIDE_DEFAULT
    check_guide(guide)
    check_sentences(os.path.join(HERE, "sentences.tsv"))
    check_documents(os.path.join(HERE, "documents"))
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
