#!/usr/bin/env python3
"""Validate the holdout-12m evaluation batch. Prints OK when every check passes."""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = "/work/shared/docs/labelling-guide.md"

PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
    "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
    "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
NEAR_MISS_KINDS = [
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
QUOTES = set("\"'`“”‘’«»„‚‹›「」『』＂＇")
HEADER = ["id", "text", "labels", "channel", "tactic"]

errors = []


def err(msg):
    errors.append(msg)


def check_against_guide():
    """If the guide is present, make sure the hard-coded names match its tables and coverage list."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding="utf-8").read()

    def table_after(heading):
        part = text.split(heading, 1)[1]
        names = []
        for line in part.splitlines()[1:]:
            if line.startswith("###") or line.startswith("## "):
                break
            m = re.match(r"^\|\s*([^|]+?)\s*\|", line)
            if m and not set(m.group(1)) <= set("-") and m.group(1) not in ("tactic", "family"):
                names.append(m.group(1))
        return names

    if table_after("### Pushy") != PUSHY_TACTICS:
        err("pushy tactic list differs from the guide")
    if table_after("### Impersonal") != IMPERSONAL_FAMILIES:
        err("impersonal family list differs from the guide")
    m = re.search(r"Spread every batch over tactics and channels:\s*(.+?)\.\s", text)
    if m:
        guide_channels = [c.strip() for c in m.group(1).split(",")]
        if guide_channels != CHANNELS:
            err("channel list differs from the guide")


def expected_ids():
    ids = []
    for prefix, n in (("p", 110), ("i", 80), ("b", 20), ("n", 108), ("f", 12)):
        ids += [f"{prefix}{k:03d}" for k in range(1, n + 1)]
    return ids


def check_order_and_counts(rows, names, lo, hi, what):
    seq = [r["tactic"] for r in rows]
    for t in seq:
        if t not in names:
            err(f"{what}: unknown name {t!r}")
            return
    idx = [names.index(t) for t in seq]
    if idx != sorted(idx):
        err(f"{what}: names not in the guide's order")
    c = Counter(seq)
    for name in names:
        if not lo <= c[name] <= hi:
            err(f"{what}: {name!r} has {c[name]} rows, want {lo}-{hi}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    raw = open(path, encoding="utf-8").read()
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err("sentences.tsv: bad header")
        return
    rows = []
    for no, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {no}: {len(fields)} fields")
            continue
        for name, value in zip(HEADER, fields):
            if value.strip() == "":
                err(f"line {no}: empty {name}")
            elif value[0] in QUOTES:
                err(f"line {no}: {name} starts with a quote character")
            if value != value.strip():
                err(f"line {no}: {name} has leading/trailing whitespace")
        rows.append(dict(zip(HEADER, fields)))
    if [r["id"] for r in rows] != expected_ids():
        err(f"ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order ({len(rows)} rows)")

    seen = {}
    for r in rows:
        key = re.sub(r"\s+", " ", r["text"].strip().lower())
        if key in seen:
            err(f"duplicate text: {r['id']} and {seen[key]}")
        seen[key] = r["id"]

    by = {p: [r for r in rows if r["id"][0] == p] for p in "pibnf"}
    want_labels = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
    for p, rs in by.items():
        for r in rs:
            if r["labels"] != want_labels[p]:
                err(f"{r['id']}: labels {r['labels']!r}, want {want_labels[p]!r}")

    check_order_and_counts(by["p"], PUSHY_TACTICS, 6, 7, "pushy")
    check_order_and_counts(by["i"], IMPERSONAL_FAMILIES, 11, 12, "impersonal")

    tact_seen, fam_seen = set(), set()
    for r in by["b"]:
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"{r['id']}: bad combined tactic {r['tactic']!r}")
            continue
        tact_seen.add(parts[0])
        fam_seen.add(parts[1])
    for t in PUSHY_TACTICS:
        if t not in tact_seen:
            err(f"both: tactic {t!r} never used")
    for f in IMPERSONAL_FAMILIES:
        if f not in fam_seen:
            err(f"both: family {f!r} never used")

    kinds = []
    for r in by["n"]:
        if not r["tactic"].startswith("near-miss: "):
            err(f"{r['id']}: tactic must start with 'near-miss: '")
            continue
        kinds.append(r["tactic"][len("near-miss: "):])
    for k in kinds:
        if k not in NEAR_MISS_KINDS:
            err(f"unknown near-miss kind {k!r}")
    if [NEAR_MISS_KINDS.index(k) for k in kinds if k in NEAR_MISS_KINDS] != sorted(
            NEAR_MISS_KINDS.index(k) for k in kinds if k in NEAR_MISS_KINDS):
        err("near-miss kinds are not grouped in order")
    kc = Counter(kinds)
    for k in NEAR_MISS_KINDS:
        if kc[k] != 9:
            err(f"near-miss kind {k!r} has {kc[k]} rows, want 9")
    for r in by["f"]:
        if r["tactic"] != "plain":
            err(f"{r['id']}: tactic should be 'plain'")

    cc = Counter(r["channel"] for r in rows)
    for c in cc:
        if c not in CHANNELS:
            err(f"unknown channel {c!r}")
    for c in CHANNELS:
        if cc[c] < 8:
            err(f"channel {c!r} used {cc[c]} times, want >= 8")

    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine share {fine}/{len(rows)} is below one third")
    return rows


# ---------- documents ----------

def prose_md(text):
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    text = re.sub(r"```.*?```", "\n", text, flags=re.S)
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(#+|\d+\.|[-*])\s+", "", line)
        line = re.sub(r"`[^`]*`", "", line)
        out.append(line)
    return "\n".join(out)


def prose_html(text):
    text = re.sub(r"<head>.*?</head>", "", text, flags=re.S | re.I)
    text = re.sub(r"<(style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
    text = re.sub(r"</(p|h[1-6]|div|li|tr)>|<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


def prose_txt(text):
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or re.match(r"^\[\d{4}-\d\d-\d\d", s):
            continue
        out.append(s)
    return "\n".join(out)


def words_and_sentences(prose):
    prose = re.sub(r"https?://\S+", "", prose)
    words = [w for w in prose.split() if re.search(r"\w", w)]
    sentences = 0
    for block in prose.splitlines():
        block = block.strip()
        if not re.search(r"\w", block):
            continue
        parts = re.split(r"(?<=[.!?])[\"'”’)]*\s+", block)
        sentences += sum(1 for p in parts if re.search(r"[A-Za-z]", p))
    return len(words), sentences


def read_tsv(path, header):
    lines = open(path, encoding="utf-8").read().rstrip("\n").split("\n")
    if lines[0].split("\t") != header:
        err(f"{os.path.basename(path)}: bad header")
        return []
    rows = []
    for no, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(not f.strip() for f in fields):
            err(f"{os.path.basename(path)} line {no}: bad row")
            continue
        rows.append(fields)
    return rows


def spans(doc, snippet):
    out, start = [], 0
    while True:
        k = doc.find(snippet, start)
        if k < 0:
            return out
        out.append((k, k + len(snippet)))
        start = k + 1


def check_documents():
    d = os.path.join(HERE, "documents")
    files = sorted(os.listdir(d))
    docs = [f for f in files if not f.endswith(".tsv")]
    md = [f for f in docs if f == "landing-page.md"]
    htm = [f for f in docs if f.endswith(".html")]
    txt = [f for f in docs if f.endswith(".txt")]
    if len(md) != 1 or len(htm) != 1 or len(txt) != 1 or len(docs) != 3:
        err(f"documents/: want landing-page.md, one .html and one .txt, found {docs}")
    info = {}
    for name in docs:
        path = os.path.join(d, name)
        text = open(path, encoding="utf-8").read()
        stem = name.rsplit(".", 1)[0]
        if name.endswith(".md"):
            if not text.startswith("---\n") or "\n---\n" not in text[4:]:
                err(f"{name}: no YAML front matter")
            if "```" not in text:
                err(f"{name}: no code block")
            prose = prose_md(text)
        elif name.endswith(".html"):
            if 'class="' not in text or "<a " not in text or "{{" not in text:
                err(f"{name}: needs CSS classes, links and merge tags")
            prose = prose_html(text)
        else:
            if not re.search(r"^#\s*\w+:", text, flags=re.M):
                err(f"{name}: no metadata lines")
            prose = prose_txt(text)
        w, s = words_and_sentences(prose)
        if not 150 <= w <= 500:
            err(f"{name}: {w} prose words, want 150-500")
        if not 25 <= s <= 45:
            err(f"{name}: {s} sentences, want 25-45")

        exp_path = os.path.join(d, stem + ".expected.tsv")
        trap_path = os.path.join(d, stem + ".traps.tsv")
        if not os.path.exists(exp_path) or not os.path.exists(trap_path):
            err(f"{name}: missing expected or traps file")
            continue
        exp = read_tsv(exp_path, ["category", "snippet"])
        traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]
        if not 6 <= len(exp) <= 10:
            err(f"{name}: {len(exp)} expected snippets, want 6-10")
        cats = Counter(c for c, _ in exp)
        for c in cats:
            if c not in ("pushy", "impersonal"):
                err(f"{name}: bad category {c!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{name}: expected snippets must mix pushy and impersonal")
        if not 12 <= len(traps) <= 18:
            err(f"{name}: {len(traps)} traps, want about 15 (12-18)")
        exp_snips = [s_ for _, s_ in exp]
        for group, label in ((exp_snips, "expected"), (traps, "trap")):
            dup = [k for k, v in Counter(group).items() if v > 1]
            if dup:
                err(f"{name}: duplicated {label} snippets {dup}")
            for sn in group:
                if sn and sn[0] in QUOTES and label == "expected":
                    err(f"{name}: expected snippet starts with a quote: {sn!r}")
                if not spans(text, sn):
                    err(f"{name}: {label} snippet not found verbatim: {sn!r}")
        exp_spans = [sp for sn in exp_snips for sp in spans(text, sn)]
        for t in traps:
            for e in exp_snips:
                if t in e or e in t:
                    err(f"{name}: trap {t!r} overlaps expected {e!r}")
            for a, b in spans(text, t):
                for c, e_ in exp_spans:
                    if a < e_ and c < b:
                        err(f"{name}: trap {t!r} overlaps an expected span")
        info[name] = (w, s, len(exp), len(traps))
    return info


def main():
    check_against_guide()
    check_sentences()
    info = check_documents()
    if "-v" in sys.argv:
        for name, (w, s, e, t) in sorted(info.items()):
            print(f"{name}: {w} words, {s} sentences, {e} expected, {t} traps")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
