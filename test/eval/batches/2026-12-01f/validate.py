#!/usr/bin/env python3
"""Validate the holdout-12f evaluation batch. Prints OK when every check passes."""
import html
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "documents"

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
HEADER = "id\ttext\tlabels\tchannel\ttactic"
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f")
# prefix: (label, expected row count, (min, max) per tactic or None)
GROUPS = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
DOC_NAMES = ["landing-page.md", "winter-appeal-email.html", "sms-push-schedule.txt"]

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    raw = path.read_bytes().decode("utf-8")
    if "\r" in raw:
        err(f"{path.name}: contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{path.name}: header is {lines[0]!r}, expected {header!r}")
        return []
    ncol = header.count("\t") + 1
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncol:
            err(f"{path.name}:{n}: {len(fields)} fields, expected {ncol}")
            continue
        for f in fields:
            if not f.strip():
                err(f"{path.name}:{n}: empty field")
            elif f != f.strip():
                err(f"{path.name}:{n}: field has surrounding whitespace: {f!r}")
            elif f[0] in QUOTES:
                err(f"{path.name}:{n}: field starts with a quote character: {f!r}")
        rows.append(fields)
    return rows


def check_order_and_counts(rows, names, lo, hi, what):
    tactics = [r[4] for r in rows]
    counts = Counter(tactics)
    for t in counts:
        if t not in names:
            err(f"{what}: unknown tactic/family {t!r}")
    for t in names:
        if not lo <= counts.get(t, 0) <= hi:
            err(f"{what}: {t!r} has {counts.get(t, 0)} rows, expected {lo}-{hi}")
    # guide order: the sequence of tactics must be non-decreasing in guide index
    idx = [names.index(t) for t in tactics if t in names]
    if idx != sorted(idx):
        err(f"{what}: rows are not in the guide's order")


def check_sentences():
    path = ROOT / "sentences.tsv"
    if not path.exists():
        err("sentences.tsv missing")
        return
    rows = read_tsv(path, HEADER)
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, expected 330")
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        err("sentences.tsv: duplicate ids")
    texts = [r[1] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    if dup:
        err(f"sentences.tsv: duplicate texts: {dup[:3]}")
    by_prefix = {}
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r[0])
        if not m:
            err(f"bad id {r[0]!r}")
            continue
        by_prefix.setdefault(m.group(1), []).append(r)
    expected_ids = []
    for prefix, (label, count) in GROUPS.items():
        grp = by_prefix.get(prefix, [])
        want = [f"{prefix}{k:03d}" for k in range(1, count + 1)]
        expected_ids += want
        if [r[0] for r in grp] != want:
            err(f"{prefix}-rows: ids are not {want[0]}..{want[-1]} in order")
        for r in grp:
            if r[2] != label:
                err(f"{r[0]}: label {r[2]!r}, expected {label!r}")
    if ids != expected_ids:
        err("sentences.tsv: ids not in p, i, b, n, f order")

    check_order_and_counts(by_prefix.get("p", []), PUSHY, 6, 7, "pushy")
    check_order_and_counts(by_prefix.get("i", []), IMPERSONAL, 11, 12, "impersonal")
    combos = set()
    for r in by_prefix.get("b", []):
        parts = r[4].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{r[0]}: tactic {r[4]!r} is not 'pushy tactic+impersonal family'")
        combos.add(r[4])
    if len(combos) != len(by_prefix.get("b", [])):
        err("b-rows: repeated tactic+family combination")
    for r in by_prefix.get("n", []):
        if r[4] != "near-miss":
            err(f"{r[0]}: tactic {r[4]!r}, expected 'near-miss'")
    for r in by_prefix.get("f", []):
        if r[4] != "plain":
            err(f"{r[0]}: tactic {r[4]!r}, expected 'plain'")

    ch = Counter(r[3] for r in rows)
    for c in ch:
        if c not in CHANNELS:
            err(f"unknown channel {c!r}")
    for c in CHANNELS:
        if ch.get(c, 0) < 8:
            err(f"channel {c!r} used {ch.get(c, 0)} times, expected at least 8")

    fine = sum(1 for r in rows if r[2] == "fine")
    if fine * 3 < len(rows):
        err(f"only {fine} fine rows, less than a third")
    return ch


def visible_text(name, raw):
    if name.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if not m:
            err(f"{name}: no YAML front matter")
            body = raw
        else:
            body = raw[m.end():]
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        lines = [l for l in body.splitlines() if l.strip() and not l.lstrip().startswith("#")]
        return "\n".join(lines)
    if name.endswith(".html"):
        body = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        body = re.sub(r"(?is)<!DOCTYPE[^>]*>", " ", body)
        body = re.sub(r"(?i)<br\s*/?>", " ", body)
        body = re.sub(r"(?i)</(p|div|h\d|li)>", "\n", body)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    if name.endswith(".txt"):
        lines = raw.splitlines()
        try:
            start = lines.index("")  # skip the header block
        except ValueError:
            start = 0
        keep = [l for l in lines[start:] if l.strip() and not l.startswith("[")]
        return "\n".join(keep)
    return raw


def count_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return sum(1 for p in parts if len(re.findall(r"[A-Za-z]+", p)) >= 2)


def check_documents():
    summary = {}
    if not DOCS.is_dir():
        err("documents/ missing")
        return summary
    for name in DOC_NAMES:
        path = DOCS / name
        if not path.exists():
            err(f"documents/{name} missing")
            continue
        raw = path.read_text(encoding="utf-8")
        text = visible_text(name, raw)
        n_sent = count_sentences(text)
        n_words = len(text.split())
        if not 25 <= n_sent <= 45:
            err(f"{name}: {n_sent} sentences, expected 25-45")
        if not 150 <= n_words <= 500:
            err(f"{name}: {n_words} words, expected 150-500")
        if name.endswith(".html"):
            for needle in ("{{first_name}}", "*|FNAME|*", 'class="', 'href="'):
                if needle not in raw:
                    err(f"{name}: no {needle}")
        if name.endswith(".txt") and "{{" not in raw:
            err(f"{name}: no merge tags")
        stem = name.rsplit(".", 1)[0]
        exp_path = DOCS / f"{stem}.expected.tsv"
        trap_path = DOCS / f"{stem}.traps.tsv"
        exp = read_tsv(exp_path, "category\tsnippet") if exp_path.exists() else err(f"{exp_path.name} missing") or []
        traps = read_tsv(trap_path, "snippet") if trap_path.exists() else err(f"{trap_path.name} missing") or []
        if not exp:
            err(f"{exp_path.name}: no rows")
        if not traps:
            err(f"{trap_path.name}: no rows")
        cats = Counter()
        for cat, snip in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{exp_path.name}: bad category {cat!r}")
            if snip not in raw:
                err(f"{exp_path.name}: snippet not in document: {snip!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{exp_path.name}: needs both pushy and impersonal rows")
        for (snip,) in traps:
            if snip not in raw:
                err(f"{trap_path.name}: snippet not in document: {snip!r}")
            for cat, e in exp:
                if snip in e or e in snip:
                    err(f"{name}: trap {snip!r} overlaps expected {e!r}")
        if n_sent and len(exp) * 2 > n_sent:
            err(f"{name}: too few fine sentences ({len(exp)} problems in {n_sent})")
        summary[name] = (n_sent, n_words, len(exp), len(traps))
    return summary


def main():
    if not (ROOT / "README.md").exists():
        err("README.md missing")
    ch = check_sentences()
    docs = check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    if "-v" in sys.argv:
        for c in CHANNELS:
            print(f"{ch[c]:3d}  {c}")
        for name, (s, w, e, t) in docs.items():
            print(f"{name}: {s} sentences, {w} words, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
