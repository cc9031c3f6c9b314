#!/usr/bin/env python3
"""Validate the holdout-zy evaluation batch. Prints OK when every check passes."""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "documents"

PUSHY = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
    "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
    "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
SECTIONS = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
            ("n", 108, "fine"), ("f", 12, "fine")]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
HEADER = "id\ttext\tlabels\tchannel\ttactic"
DOC_FILES = {"landing-page": "landing-page.md",
             "winter-box-email": "winter-box-email.html",
             "spring-sms-push-schedule": "spring-sms-push-schedule.txt"}

errors = []


def err(msg):
    errors.append(msg)


def check_sentences():
    path = ROOT / "sentences.tsv"
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"bad header: {lines[0]!r}" if lines else "empty sentences.tsv")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: expected 5 fields, got {len(fields)}")
            continue
        for f in fields:
            if not f.strip():
                err(f"line {n}: empty field")
            elif f[0] in QUOTES:
                err(f"line {n}: field starts with a quote character: {f[:30]!r}")
            if f != f.strip():
                err(f"line {n}: field has leading/trailing whitespace: {f[:30]!r}")
        rows.append(fields)

    expected_ids = [f"{p}{i:03d}" for p, count, _ in SECTIONS for i in range(1, count + 1)]
    ids = [r[0] for r in rows]
    if len(rows) != 330:
        err(f"expected 330 rows, got {len(rows)}")
    if ids != expected_ids:
        err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        err(f"duplicate ids: {dup_ids}")
    dup_text = [k for k, v in Counter(r[1] for r in rows).items() if v > 1]
    if dup_text:
        err(f"duplicate texts: {dup_text[:5]}")

    label_for = {p: lab for p, _, lab in SECTIONS}
    pushy_tac, fam_tac, both_tac, near_tac = Counter(), Counter(), Counter(), Counter()
    pushy_order = []
    for rid, text, labels, channel, tactic in rows:
        prefix = rid[0]
        if labels != label_for.get(prefix):
            err(f"{rid}: labels {labels!r} should be {label_for.get(prefix)!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        if prefix == "p":
            if tactic not in PUSHY:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
            else:
                pushy_tac[tactic] += 1
                pushy_order.append(PUSHY.index(tactic))
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"{rid}: unknown impersonal family {tactic!r}")
            else:
                fam_tac[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in FAMILIES:
                err(f"{rid}: tactic must be 'tactic+family', got {tactic!r}")
            else:
                both_tac[tactic] += 1
        elif prefix == "n":
            if tactic not in PUSHY and tactic not in FAMILIES:
                err(f"{rid}: near-miss tactic must name a guide tactic or family, got {tactic!r}")
            else:
                near_tac[tactic] += 1
        elif prefix == "f":
            if tactic != "none":
                err(f"{rid}: plain fine copy must have tactic 'none', got {tactic!r}")

    for t in PUSHY:
        if not 6 <= pushy_tac[t] <= 7:
            err(f"pushy tactic {t!r} has {pushy_tac[t]} sentences (need 6-7)")
    if pushy_order != sorted(pushy_order):
        err("pushy sentences are not in the guide's order of tactics")
    for fam in FAMILIES:
        if not 11 <= fam_tac[fam] <= 12:
            err(f"impersonal family {fam!r} has {fam_tac[fam]} sentences (need 11-12)")
    for t in PUSHY + FAMILIES:
        if near_tac[t] == 0:
            err(f"no near-miss resembles {t!r}")

    chan = Counter(r[3] for r in rows)
    for c in CHANNELS:
        if chan[c] < 8:
            err(f"channel {c!r} used {chan[c]} times (need at least 8)")

    fine = sum(1 for r in rows if r[2] == "fine")
    if fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")
    return rows, chan


def visible_text(name, text):
    if name.endswith(".html"):
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def count_words(text):
    return len([w for w in text.split() if re.search(r"\w", w)])


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line or line == "---" or not re.search(r"[A-Za-z]", line):
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+", line) if re.search(r"[A-Za-z]", p)]
        n += max(1, len(parts))
    return n


def read_tsv(path, header):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{path.name}: header should be {header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != header.count("\t") + 1 or not all(f for f in fields):
            err(f"{path.name} line {n}: wrong number of fields or empty field")
            continue
        out.append(fields)
    return out


def check_documents():
    info = {}
    for stem, fname in DOC_FILES.items():
        doc = DOCS / fname
        if not doc.exists():
            err(f"missing document {fname}")
            continue
        text = doc.read_text(encoding="utf-8")
        vis = visible_text(fname, text)
        words, sents = count_words(vis), count_sentences(vis)
        if not 150 <= words <= 500:
            err(f"{fname}: {words} words (need 150-500)")
        if not 25 <= sents <= 45:
            err(f"{fname}: about {sents} sentences (need 25-45)")
        exp_rows = []
        exp_path = DOCS / f"{stem}.expected.tsv"
        trap_path = DOCS / f"{stem}.traps.tsv"
        if not exp_path.exists() or not trap_path.exists():
            err(f"{stem}: missing expected or traps file")
            continue
        exp_rows = read_tsv(exp_path, "category\tsnippet")
        trap_rows = read_tsv(trap_path, "snippet")
        cats = Counter()
        for cat, snip in exp_rows:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{exp_path.name}: bad category {cat!r}")
            if snip not in text:
                err(f"{exp_path.name}: snippet not found verbatim: {snip!r}")
        if cats["pushy"] == 0 or cats["impersonal"] == 0:
            err(f"{exp_path.name}: needs both pushy and impersonal rows")
        for (snip,) in trap_rows:
            if snip not in text:
                err(f"{trap_path.name}: snippet not found verbatim: {snip!r}")
            for _, e in exp_rows:
                if snip in e or e in snip:
                    err(f"{trap_path.name}: trap overlaps expected snippet: {snip!r}")
        if len(trap_rows) == 0:
            err(f"{trap_path.name}: no traps")
        if fname != "landing-page.md" and "{{first_name}}" not in text:
            err(f"{fname}: no {{{{first_name}}}} merge tag")
        info[fname] = (words, sents, len(exp_rows), len(trap_rows))
    md = (DOCS / "landing-page.md")
    if md.exists() and not re.match(r"---\n.*?\n---\n", md.read_text(encoding="utf-8"), flags=re.S):
        err("landing-page.md lacks YAML front matter")
    html = (DOCS / "winter-box-email.html")
    if html.exists():
        h = html.read_text(encoding="utf-8")
        if 'class="' not in h or "href=" not in h:
            err("HTML email lacks CSS classes or links")
    extra = sorted(p.name for p in DOCS.iterdir()
                   if p.name not in DOC_FILES.values()
                   and not any(p.name == f"{s}.{k}.tsv" for s in DOC_FILES for k in ("expected", "traps")))
    if extra:
        err(f"unexpected files in documents/: {extra}")
    return info


def main():
    result = check_sentences()
    info = check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    rows, chan = result
    print(f"rows: {len(rows)}; channels: {len(chan)} (min {min(chan.values())} per channel)")
    for name, (w, s, e, t) in info.items():
        print(f"{name}: {w} words, ~{s} sentences, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
