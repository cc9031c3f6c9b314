#!/usr/bin/env python3
"""Validate the holdout-zz evaluation batch. Prints OK when every check passes."""
import collections
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"

PUSHY_TACTICS = [  # guide order
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
QUOTES = tuple("\"'`“”‘’„«»‹›")
# prefix -> (count, label)
SECTIONS = {"p": (110, "pushy"), "i": (80, "impersonal"), "b": (20, "pushy,impersonal"),
            "n": (108, "fine"), "f": (12, "fine")}
ORDER = ["p", "i", "b", "n", "f"]
MIN_PER_CHANNEL = 8

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(path, header):
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        err(f"{path.name}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f"{path.name}: header is {lines[0]!r} not {header!r}" if lines else f"{path.name}: empty")
        return []
    ncols = header.count("\t") + 1
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{path.name}:{n}: {len(fields)} fields, expected {ncols}")
            continue
        for f in fields:
            if f == "" or f != f.strip():
                err(f"{path.name}:{n}: empty field or stray whitespace: {f!r}")
            if f.startswith(QUOTES):
                err(f"{path.name}:{n}: field starts with a quote: {f!r}")
        rows.append(fields)
    return rows


def check_sentences():
    rows = read_tsv(HERE / "sentences.tsv", "id\ttext\tlabels\tchannel\ttactic")
    expected_ids = [f"{p}{k:03d}" for p in ORDER for k in range(1, SECTIONS[p][0] + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        missing = set(expected_ids) - set(ids)
        extra = [i for i in ids if i not in set(expected_ids)]
        err(f"sentences.tsv: ids wrong (total {len(ids)}, missing {sorted(missing)[:5]}, extra {extra[:5]}, or out of order)")
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows, expected 330")
    texts = collections.Counter(r[1].casefold() for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t!r}")

    channels = collections.Counter()
    tactic_counts = collections.Counter()
    family_counts = collections.Counter()
    last_tactic_index = -1
    fine = 0
    for rid, text, labels, channel, tactic in rows:
        prefix = rid[0]
        if prefix not in SECTIONS:
            continue
        want_label = SECTIONS[prefix][1]
        if labels != want_label:
            err(f"{rid}: labels {labels!r}, expected {want_label!r}")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channels[channel] += 1
        if labels == "fine":
            fine += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
                continue
            idx = PUSHY_TACTICS.index(tactic)
            if idx < last_tactic_index:
                err(f"{rid}: tactic {tactic!r} out of the guide's order")
            last_tactic_index = idx
            tactic_counts[tactic] += 1
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"{rid}: unknown family {tactic!r}")
                continue
            family_counts[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in FAMILIES:
                err(f"{rid}: both-tactic must be 'tactic+family', got {tactic!r}")
        elif prefix == "n":
            if tactic not in PUSHY_TACTICS and tactic not in FAMILIES:
                err(f"{rid}: near-miss must name a tactic or family, got {tactic!r}")
        elif prefix == "f":
            if tactic != "none":
                err(f"{rid}: plain fine copy must have tactic 'none', got {tactic!r}")

    for t in PUSHY_TACTICS:
        if not 6 <= tactic_counts[t] <= 7:
            err(f"pushy tactic {t!r} has {tactic_counts[t]} rows, expected 6-7")
    for f in FAMILIES:
        if not 11 <= family_counts[f] <= 12:
            err(f"impersonal family {f!r} has {family_counts[f]} rows, expected 11-12")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r} used {channels[c]} times, need at least {MIN_PER_CHANNEL}")
    if fine * 3 < len(rows):
        err(f"only {fine} fine rows out of {len(rows)}; the guide asks for at least a third")
    return rows, channels


def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        raw = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
    elif path.suffix in (".html", ".htm"):
        raw = re.sub(r"<(style|script|head)\b.*?</\1>", "", raw, flags=re.S | re.I)
        raw = re.sub(r"<[^>]+>", "\n", raw)
        raw = html.unescape(raw)
    else:
        # plain-text schedule: slot headers like "[SMS] Tue 1 Dec 10:00 | segment: x" are metadata
        raw = "\n".join(l for l in raw.splitlines() if not l.lstrip().startswith("["))
    return raw


def count_sentences(text):
    n = 0
    for line in text.splitlines():
        line = line.strip().lstrip("#-* ").strip()
        if not line:
            continue
        for seg in re.split(r"(?<=[.!?])\s+", line):
            if len(re.findall(r"[A-Za-z]+", seg)) >= 3:
                n += 1
    return n


def check_documents():
    if not DOCS.is_dir():
        err("documents/ missing")
        return {}
    docs = sorted(p for p in DOCS.iterdir() if p.is_file() and not p.name.endswith(".tsv"))
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {[p.name for p in docs]}")
    kinds = {p.suffix for p in docs}
    for suffix in (".md", ".html", ".txt"):
        if suffix not in kinds:
            err(f"documents/: no {suffix} document")
    if not (DOCS / "landing-page.md").is_file():
        err("documents/landing-page.md missing")
    else:
        if not (DOCS / "landing-page.md").read_text(encoding="utf-8").startswith("---\n"):
            err("landing-page.md: no YAML front matter")
    stats = {}
    for doc in docs:
        name = doc.stem
        text = doc.read_text(encoding="utf-8")
        if doc.suffix == ".html":
            for tag in ("{{first_name}}", "class=", "href="):
                if tag not in text:
                    err(f"{doc.name}: no {tag}")
        vis = visible_text(doc)
        n_sent = count_sentences(vis)
        n_words = len(vis.split())
        stats[doc.name] = (n_sent, n_words)
        if not 25 <= n_sent <= 45:
            err(f"{doc.name}: about {n_sent} sentences, expected 25-45")
        if not 150 <= n_words <= 500:
            err(f"{doc.name}: about {n_words} words, expected 150-500")
        exp_path = DOCS / f"{name}.expected.tsv"
        trap_path = DOCS / f"{name}.traps.tsv"
        if not exp_path.is_file() or not trap_path.is_file():
            err(f"{doc.name}: missing {exp_path.name} or {trap_path.name}")
            continue
        exp = read_tsv(exp_path, "category\tsnippet")
        traps = read_tsv(trap_path, "snippet")
        cats = collections.Counter(r[0] for r in exp)
        for r in exp:
            if r[0] not in ("pushy", "impersonal"):
                err(f"{exp_path.name}: bad category {r[0]!r}")
            if r[1] not in text:
                err(f"{exp_path.name}: snippet not in document: {r[1]!r}")
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"{exp_path.name}: no {c} rows")
        if not traps:
            err(f"{trap_path.name}: no traps")
        for r in traps:
            if r[0] not in text:
                err(f"{trap_path.name}: snippet not in document: {r[0]!r}")
        exp_snips = [r[1] for r in exp]
        for r in traps:
            for s in exp_snips:
                if r[0] in s or s in r[0]:
                    err(f"{name}: trap {r[0]!r} overlaps expected snippet {s!r}")
        stats[doc.name] += (len(exp), len(traps))
    return stats


def main():
    rows, channels = check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    verbose = "-v" in sys.argv
    if verbose:
        for c in CHANNELS:
            print(f"  {channels[c]:3d}  {c}")
        for name, (s, w, e, t) in stats.items():
            print(f"  {name}: ~{s} sentences, ~{w} words, {e} expected, {t} traps")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
