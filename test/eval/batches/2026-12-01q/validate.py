#!/usr/bin/env python3
"""Validate the holdout-12q evaluation batch. Prints OK when every check passes."""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
NEAR_MISS = [
    "deadline with a date and a reason",
    "stock fact with a reason",
    "guarantee that states its terms",
    "trigger word as a name of a club, venue, product or programme",
    "news and how-to prose",
    "past-tense story",
    "only you can decide",
    "there's no rush",
    "pushy language quoted or discussed",
    "passive voice right in context",
    "warm personal we",
    "capitals as acronyms, codes or identifiers",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
QUOTES = "\"'`“”‘’«»‹›„‚"
HEADER = ["id", "text", "labels", "channel", "tactic"]
SECTIONS = [  # prefix, count, labels
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]

errors = []


def err(msg):
    errors.append(msg)


def check_order_and_counts(rows, names, lo, hi, what, key=lambda t: t):
    seen = [key(r[4]) for r in rows]
    for t in seen:
        if t not in names:
            err(f"{what}: unknown name {t!r}")
    idx = [names.index(t) for t in seen if t in names]
    if idx != sorted(idx):
        err(f"{what}: not in the guide's order")
    c = Counter(seen)
    for n in names:
        if not lo <= c[n] <= hi:
            err(f"{what}: {n!r} has {c[n]} rows, expected {lo}-{hi}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    try:
        raw = open(path, "rb").read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        err(f"sentences.tsv unreadable: {e}")
        return
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"bad header: {lines[0] if lines else ''!r}")
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 5:
            err(f"line {n}: {len(f)} fields")
            continue
        for v in f:
            if not v.strip():
                err(f"line {n}: empty field")
            elif v != v.strip():
                err(f"line {n}: field with leading/trailing space {v!r}")
            if v and v[0] in QUOTES:
                err(f"line {n}: field starts with a quote character: {v!r}")
        rows.append(f)

    expected_ids = [f"{p}{i:03d}" for p, c, _ in SECTIONS for i in range(1, c + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        err("ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order")
    if len(rows) != 330:
        err(f"{len(rows)} rows, expected 330")

    by = {p: [r for r in rows if r[0].startswith(p)] for p, _, _ in SECTIONS}
    for p, c, lab in SECTIONS:
        if len(by[p]) != c:
            err(f"section {p}: {len(by[p])} rows, expected {c}")
        for r in by[p]:
            if r[2] != lab:
                err(f"{r[0]}: labels {r[2]!r}, expected {lab!r}")

    check_order_and_counts(by["p"], PUSHY, 6, 7, "pushy tactics")
    check_order_and_counts(by["i"], IMPERSONAL, 11, 12, "impersonal families")

    bt, bf = set(), set()
    for r in by["b"]:
        parts = r[4].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"{r[0]}: bad combined tactic {r[4]!r}")
            continue
        bt.add(parts[0])
        bf.add(parts[1])
    if set(PUSHY) - bt:
        err(f"b rows miss tactics: {sorted(set(PUSHY) - bt)}")
    if set(IMPERSONAL) - bf:
        err(f"b rows miss families: {sorted(set(IMPERSONAL) - bf)}")

    for r in by["n"]:
        if not r[4].startswith("near-miss: "):
            err(f"{r[0]}: tactic must start with 'near-miss: '")
    check_order_and_counts(by["n"], NEAR_MISS, 9, 9, "near-miss kinds",
                           key=lambda t: t[len("near-miss: "):])
    for r in by["f"]:
        if r[4] != "plain":
            err(f"{r[0]}: tactic {r[4]!r}, expected 'plain'")

    ch = Counter(r[3] for r in rows)
    for c in ch:
        if c not in CHANNELS:
            err(f"unknown channel {c!r}")
    for c in CHANNELS:
        if ch[c] < 8:
            err(f"channel {c!r} used {ch[c]} times (< 8)")

    fine = sum(1 for r in rows if r[2] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine share {fine}/{len(rows)} is below one third")

    norm = Counter(re.sub(r"\s+", " ", r[1]).strip().lower() for r in rows)
    for t, c in norm.items():
        if c > 1:
            err(f"duplicated text: {t!r}")


# ---------- documents ----------

def prose_md(text):
    if not text.startswith("---\n"):
        err("landing-page.md: no YAML front matter")
        return ""
    end = text.find("\n---\n", 4)
    if end < 0:
        err("landing-page.md: front matter not closed")
        return ""
    body = text[end + 5:]
    if "```" not in body:
        err("landing-page.md: no code block")
    body = re.sub(r"```.*?```", "\n", body, flags=re.S)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"^\s*#+\s*", "", body, flags=re.M)
    body = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", body, flags=re.M)
    body = body.replace("**", "").replace("`", "")
    return body


def prose_html(text):
    for need, what in (("class=", "CSS classes"), ("href=", "links"), ("<style", "a style block")):
        if need not in text:
            err(f"HTML email: no {what}")
    if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", text):
        err("HTML email: no merge tags")
    t = re.sub(r"<head.*?</head>", "", text, flags=re.S | re.I)
    t = re.sub(r"<(script|style)\b.*?</\1>", "", t, flags=re.S | re.I)
    t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
    t = re.sub(r"<br\s*/?>", "\n", t, flags=re.I)
    t = re.sub(r"</?(p|div|h\d|li|ul|ol|tr|td|table|body|html)\b[^>]*>", "\n", t, flags=re.I)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


META = re.compile(r"^\s*(#|---|===|[a-z_]+:)")


def prose_txt(text, name):
    lines = text.split("\n")
    meta = [l for l in lines if l.strip() and META.match(l)]
    if len(meta) < 3:
        err(f"{name}: fewer than 3 metadata lines")
    return "\n".join(l for l in lines if l.strip() and not META.match(l))


def count(prose):
    words = [w for w in prose.split() if re.search(r"\w", w)]
    parts = re.split(r"(?<=[.!?])[\"'”’)]*\s+|\n+", prose)
    sents = [p for p in parts if re.search(r"[A-Za-z]", p)]
    return len(words), len(sents)


def read_tsv(path, header):
    try:
        raw = open(path, "rb").read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        err(f"{os.path.basename(path)} unreadable: {e}")
        return []
    lines = [l for l in raw.split("\n") if l != ""]
    if not lines or lines[0].split("\t") != header:
        err(f"{os.path.basename(path)}: bad header")
        return []
    out = []
    for l in lines[1:]:
        f = l.split("\t")
        if len(f) != len(header) or any(not x.strip() for x in f):
            err(f"{os.path.basename(path)}: malformed row {l!r}")
            continue
        out.append(f)
    return out


def spans(doc, s):
    res, i = [], doc.find(s)
    while i >= 0:
        res.append((i, i + len(s)))
        i = doc.find(s, i + 1)
    return res


def check_docs():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    files = os.listdir(DOCS)
    mains = [f for f in files if not f.endswith(".tsv")]
    md = [f for f in mains if f == "landing-page.md"]
    htm = [f for f in mains if f.endswith(".html")]
    txt = [f for f in mains if f.endswith(".txt")]
    if len(md) != 1 or len(htm) != 1 or len(txt) != 1 or len(mains) != 3:
        err(f"documents/: expected landing-page.md, one .html and one .txt, found {sorted(mains)}")
    report = []
    for name in md + htm + txt:
        base = name.rsplit(".", 1)[0]
        doc = open(os.path.join(DOCS, name), encoding="utf-8").read()
        if name.endswith(".md"):
            prose = prose_md(doc)
        elif name.endswith(".html"):
            prose = prose_html(doc)
        else:
            prose = prose_txt(doc, name)
        words, sents = count(prose)
        if not 150 <= words <= 500:
            err(f"{name}: {words} prose words (150-500)")
        if not 25 <= sents <= 45:
            err(f"{name}: {sents} sentences (25-45)")

        exp = read_tsv(os.path.join(DOCS, base + ".expected.tsv"), ["category", "snippet"])
        traps = [r[0] for r in read_tsv(os.path.join(DOCS, base + ".traps.tsv"), ["snippet"])]
        if not 6 <= len(exp) <= 10:
            err(f"{base}.expected.tsv: {len(exp)} rows (6-10)")
        cats = Counter(c for c, _ in exp)
        for c in cats:
            if c not in ("pushy", "impersonal"):
                err(f"{base}.expected.tsv: bad category {c!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{base}.expected.tsv: needs both pushy and impersonal rows")
        if not 12 <= len(traps) <= 20:
            err(f"{base}.traps.tsv: {len(traps)} rows (about 15 expected)")
        esn = [s for _, s in exp]
        for lst, what in ((esn, "expected"), (traps, "traps")):
            for s, c in Counter(lst).items():
                if c > 1:
                    err(f"{base}.{what}.tsv: duplicate snippet {s!r}")
            for s in lst:
                if s not in doc:
                    err(f"{base}.{what}.tsv: snippet not in document: {s!r}")
                if s[0] in QUOTES:
                    err(f"{base}.{what}.tsv: snippet starts with a quote: {s!r}")
        espans = [sp for s in esn for sp in spans(doc, s)]
        for t in traps:
            for e in esn:
                if t in e or e in t:
                    err(f"{base}: trap {t!r} overlaps expected {e!r}")
            for a, b in spans(doc, t):
                for c, d in espans:
                    if a < d and c < b:
                        err(f"{base}: trap {t!r} overlaps an expected span in the document")
        report.append((name, words, sents, len(exp), len(traps)))
    return report


check_sentences()
rep = check_docs()
if "-v" in sys.argv and rep:
    for r in rep:
        print("%s: %d words, %d sentences, %d expected, %d traps" % r)
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
