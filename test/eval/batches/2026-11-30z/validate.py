#!/usr/bin/env python3
"""Format checker for the holdout-z evaluation batch (stdlib only).

Usage: python3 validate.py [batch_dir]   (defaults to the directory of this file)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
Vocabulary (labels, channels, tactics, families) is copied from the labelling guide.
"""
import html
import os
import re
import sys
from collections import Counter

LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
    "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
]
PREFIX = {  # prefix -> (label, expected count or None)
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", None),
    "f": ("fine", None),
}
TOTAL = 330
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
HEADER = "id\ttext\tlabels\tchannel\ttactic"
# any kind of quotation mark a field must not start with
QUOTES = "\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07"
REAL_TLD = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|app|dev|ai|info|biz|gov|edu|me|ly)\b(?![.\w])", re.I)
URL_HOST = re.compile(r"https?://([^/\s\"'<>?#)]+)", re.I)

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    """Read a UTF-8, LF-only, newline-terminated text file; return its lines."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{path}: cannot read ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (LF line endings required)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not valid UTF-8 ({e})")
        return None
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def check_links(where, text):
    for host in URL_HOST.findall(text):
        if not host.lower().rstrip(".").endswith(".example"):
            err(f"{where}: link host {host!r} is not an .example domain")
    for m in REAL_TLD.finditer(text):
        err(f"{where}: {m.group(0)!r} looks like a real domain; use .example")


def check_sentences(base):
    path = os.path.join(base, "sentences.tsv")
    lines = read_lines(path)
    if lines is None:
        return
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
    rows = lines[1:]
    seen_ids, seen_texts = set(), {}
    per_prefix = {k: [] for k in PREFIX}
    tactic_use, family_use, channel_use = Counter(), Counter(), Counter()
    for ln, line in enumerate(rows, start=2):
        where = f"sentences.tsv line {ln}"
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        rid, text, label, channel, tactic = fields
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not value.strip():
                err(f"{where}: empty {name}")
            elif value[0] in QUOTES:
                err(f"{where}: {name} starts with a quotation mark")
            if value != value.strip():
                err(f"{where}: {name} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        pre, num = m.group(1), int(m.group(2))
        per_prefix[pre].append(num)
        want_label = PREFIX[pre][0]
        if label not in LABELS:
            err(f"{where}: label {label!r} not one of {sorted(LABELS)}")
        elif label != want_label:
            err(f"{where}: id {rid} needs label {want_label!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"{where}: channel {channel!r} is not a guide channel")
        channel_use[channel] += 1
        if pre == "p":
            if tactic not in TACTICS:
                err(f"{where}: tactic {tactic!r} is not a pushy tactic")
            tactic_use[tactic] += 1
        elif pre == "i":
            if tactic not in FAMILIES:
                err(f"{where}: tactic {tactic!r} is not an impersonal family")
            family_use[tactic] += 1
        elif pre == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"{where}: b-row tactic must be 'tactic+family', got {tactic!r}")
            else:
                tactic_use[parts[0]] += 1
                family_use[parts[1]] += 1
        elif pre == "n" and tactic != "near-miss":
            err(f"{where}: n-row tactic must be 'near-miss'")
        elif pre == "f" and tactic != "plain":
            err(f"{where}: f-row tactic must be 'plain'")
        norm = re.sub(r"\W+", " ", text.lower()).strip()
        if norm in seen_texts:
            err(f"{where}: text duplicates {seen_texts[norm]}")
        seen_texts[norm] = rid
        check_links(where, text)
    # id sequences: each prefix numbered 001..N with no gaps, in file order
    for pre, nums in per_prefix.items():
        if nums != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids with prefix {pre!r} are not a gap-free sequence from 001 in order")
    counts = {k: len(v) for k, v in per_prefix.items()}
    for pre, (_, want) in PREFIX.items():
        if want is not None and counts[pre] != want:
            err(f"sentences.tsv: {counts[pre]} {pre}-rows, expected {want}")
    fine = counts["n"] + counts["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if counts["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {counts['n']} near-misses, need at least {MIN_NEAR_MISS}")
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} rows, expected {TOTAL}")
    if fine * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")
    for t in TACTICS:
        if tactic_use[t] < 3:
            err(f"sentences.tsv: pushy tactic {t!r} used only {tactic_use[t]} times (need >= 3)")
    for f in FAMILIES:
        if family_use[f] < 3:
            err(f"sentences.tsv: impersonal family {f!r} used only {family_use[f]} times (need >= 3)")
    for c in CHANNELS:
        if channel_use[c] == 0:
            err(f"sentences.tsv: channel {c!r} never used")
    return counts


def visible_text(name, text):
    """Rough reader-visible text of a document, one logical line per entry."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
        text = re.sub(r"\{[^}]*\}", "", text)
        lines = [l for l in text.split("\n") if not l.lstrip().startswith("#")]
    elif name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", "", text, flags=re.S | re.I)
        text = re.sub(r"<(p|div|blockquote|tr|td|li|h\d)\b", "\n<\\1", text, flags=re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        lines = text.split("\n")
    else:
        lines = [l for l in text.split("\n") if not l.startswith("[")]
    return [l.strip(" >-*") for l in lines if l.strip()]


def count_sentences(lines):
    n = 0
    for line in lines:
        for seg in re.split(r"(?<=[.!?:;])\s+(?=\S)", line):
            if len(re.findall(r"\w+", seg)) >= 3:
                n += 1
    return n


def read_tsv(path, header, ncols):
    lines = read_lines(path)
    if lines is None:
        return []
    if not lines or lines[0] != header:
        err(f"{os.path.basename(path)}: header must be exactly {header!r}")
    out = []
    for ln, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{os.path.basename(path)} line {ln}: expected {ncols} field(s), got {len(fields)}")
            continue
        for f in fields:
            if not f.strip():
                err(f"{os.path.basename(path)} line {ln}: empty field")
            elif f[0] in QUOTES:
                err(f"{os.path.basename(path)} line {ln}: field starts with a quotation mark")
        out.append((ln, fields))
    return out


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents(base):
    ddir = os.path.join(base, "documents")
    try:
        names = sorted(os.listdir(ddir))
    except OSError:
        err("documents/ is missing")
        return {}
    docs = [n for n in names if not n.endswith(".tsv")]
    kinds = {
        "md": [n for n in docs if n == "landing-page.md"],
        "html": [n for n in docs if n.endswith(".html")],
        "txt": [n for n in docs if n.endswith(".txt")],
    }
    for k, v in kinds.items():
        if len(v) != 1:
            err(f"documents/: expected exactly one {k} document, found {v}")
    extra = set(docs) - {x for v in kinds.values() for x in v}
    if extra:
        err(f"documents/: unexpected files {sorted(extra)}")
    stats = {}
    for name in [x for v in kinds.values() for x in v]:
        path = os.path.join(ddir, name)
        lines = read_lines(path)
        if lines is None:
            continue
        doc = "\n".join(lines) + "\n"
        stem = name.rsplit(".", 1)[0]
        if name.endswith(".md") and not re.match(r"\A---\n.+?\n---\n", doc, flags=re.S):
            err(f"{name}: missing YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"{name}: no merge tags")
            if "class=" not in doc or "href=" not in doc:
                err(f"{name}: needs CSS classes and links")
        if name.endswith(".txt") and not re.search(r"\bSEG-[A-Z0-9-]+", doc):
            err(f"{name}: no segment codes")
        check_links(name, doc)
        vis = visible_text(name, doc)
        n_sent = count_sentences(vis)
        n_words = len(re.findall(r"[\w'’£$%-]+", " ".join(vis)))
        if not 25 <= n_sent <= 45:
            err(f"{name}: {n_sent} sentences, need 25-45")
        if not 150 <= n_words <= 500:
            err(f"{name}: {n_words} visible words, guide asks for 150-500")
        exp = read_tsv(os.path.join(ddir, stem + ".expected.tsv"), "category\tsnippet", 2)
        traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"), "snippet", 1)
        cats = Counter()
        exp_spans = []
        seen = set()
        for ln, (cat, snip) in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv line {ln}: category {cat!r} must be pushy or impersonal")
            cats[cat] += 1
            if (cat, snip) in seen:
                err(f"{stem}.expected.tsv line {ln}: duplicate row")
            seen.add((cat, snip))
            sp = spans(doc, snip)
            if not sp:
                err(f"{stem}.expected.tsv line {ln}: snippet not found verbatim in {name}: {snip!r}")
            exp_spans += sp
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")
        for ln, (snip,) in traps:
            sp = spans(doc, snip)
            if not sp:
                err(f"{stem}.traps.tsv line {ln}: snippet not found verbatim in {name}: {snip!r}")
                continue
            # a trap must occur at least once outside every expected snippet,
            # and must not itself contain an expected snippet
            if all(any(a <= s and e <= b for a, b in exp_spans) for s, e in sp):
                err(f"{stem}.traps.tsv line {ln}: trap only occurs inside expected snippets: {snip!r}")
            if any(s <= a and b <= e for s, e in sp for a, b in exp_spans):
                err(f"{stem}.traps.tsv line {ln}: trap contains an expected snippet: {snip!r}")
        stats[name] = (n_sent, n_words, cats["pushy"], cats["impersonal"], len(traps))
    return stats


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    if not os.path.isfile(os.path.join(base, "README.md")):
        err("README.md is missing")
    counts = check_sentences(base) or {}
    stats = check_documents(base)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("sentences.tsv:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    for name, (s, w, p, i, t) in stats.items():
        print(f"documents/{name}: {s} sentences, {w} words, expected pushy={p} impersonal={i}, traps={t}")
    print("OK")


if __name__ == "__main__":
    main()
