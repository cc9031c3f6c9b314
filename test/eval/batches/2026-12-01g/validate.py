#!/usr/bin/env python3
"""Format checks for the holdout-12g evaluation batch. Prints OK or a list of problems."""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = ["id", "text", "labels", "channel", "tactic"]

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
    "deadline with a date and a reason", "stock fact with a reason",
    "guarantee that states its terms",
    "names of clubs, venues, products and programmes",
    "news and how-to prose", "past-tense stories", "only you can decide",
    "there's no rush", "pushy language quoted or discussed",
    "passive voice that is right in context", "warm, personal we",
    "capitals that are acronyms, codes or identifiers",
]
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
SECTIONS = {  # prefix: (count, labels)
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
QUOTES = "\"'`“”‘’«»„‚‹›"
DOCUMENTS = ["landing-page.md", "renewal-email.html", "sms-schedule.txt"]

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
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{path}: header must be {header!r}, got {lines[0] if lines else ''!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path}:{n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for name, value in zip(header, fields):
            if not value.strip():
                err(f"{path}:{n}: empty {name}")
            elif value[0] in QUOTES:
                err(f"{path}:{n}: {name} starts with a quote character")
            if value != value.strip():
                err(f"{path}:{n}: {name} has leading/trailing whitespace")
        rows.append((n, dict(zip(header, fields))))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    by_prefix = collections.defaultdict(list)
    seen_ids, seen_texts = set(), set()
    channels = collections.Counter()
    for n, r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"line {n}: bad id {r['id']!r}")
            continue
        if r["id"] in seen_ids:
            err(f"line {n}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        key = r["text"].lower().strip()
        if key in seen_texts:
            err(f"line {n}: duplicate text")
        seen_texts.add(key)
        by_prefix[m.group(1)].append((n, int(m.group(2)), r))
        if r["channel"] not in CHANNELS:
            err(f"line {n}: unknown channel {r['channel']!r}")
        channels[r["channel"]] += 1

    # sections appear in order p, i, b, n, f
    order = [re.match(r"[a-z]", r["id"]).group(0) for _, r in rows if re.match(r"[pibnf]\d{3}$", r["id"])]
    compressed = [k for i, k in enumerate(order) if i == 0 or order[i - 1] != k]
    if compressed != list("pibnf"):
        err(f"sections out of order: {''.join(compressed)}")

    for prefix, (count, labels) in SECTIONS.items():
        items = by_prefix.get(prefix, [])
        if len(items) != count:
            err(f"{prefix}: expected {count} rows, got {len(items)}")
        nums = [num for _, num, _ in items]
        if nums != list(range(1, len(items) + 1)):
            err(f"{prefix}: ids not consecutive from {prefix}001")
        for n, _, r in items:
            if r["labels"] != labels:
                err(f"line {n}: {r['id']} labels should be {labels!r}, got {r['labels']!r}")

    # pushy tactics: guide order, 6-7 each
    tactics = [r["tactic"] for _, _, r in by_prefix.get("p", [])]
    for t in tactics:
        if t not in PUSHY:
            err(f"unknown pushy tactic {t!r}")
    if all(t in PUSHY for t in tactics):
        idx = [PUSHY.index(t) for t in tactics]
        if idx != sorted(idx):
            err("pushy tactics not in the guide's order")
    c = collections.Counter(tactics)
    for t in PUSHY:
        if not 6 <= c[t] <= 7:
            err(f"pushy tactic {t!r}: {c[t]} rows, need 6-7")

    # impersonal families: guide order, 11-12 each
    fams = [r["tactic"] for _, _, r in by_prefix.get("i", [])]
    for f in fams:
        if f not in IMPERSONAL:
            err(f"unknown impersonal family {f!r}")
    if all(f in IMPERSONAL for f in fams):
        idx = [IMPERSONAL.index(f) for f in fams]
        if idx != sorted(idx):
            err("impersonal families not in the guide's order")
    c = collections.Counter(fams)
    for f in IMPERSONAL:
        if not 11 <= c[f] <= 12:
            err(f"impersonal family {f!r}: {c[f]} rows, need 11-12")

    # both: tactic+family
    for n, _, r in by_prefix.get("b", []):
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err(f"line {n}: {r['id']} tactic must be 'tactic+family', got {r['tactic']!r}")

    # near-misses: every kind present
    kinds = collections.Counter(r["tactic"] for _, _, r in by_prefix.get("n", []))
    for k in kinds:
        if k not in NEAR_MISS:
            err(f"unknown near-miss kind {k!r}")
    for k in NEAR_MISS:
        if kinds[k] == 0:
            err(f"near-miss kind {k!r} missing")

    for n, _, r in by_prefix.get("f", []):
        if r["tactic"] != "plain":
            err(f"line {n}: {r['id']} tactic should be 'plain'")

    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"channel {ch!r}: {channels[ch]} rows, need at least 8")

    fine = sum(1 for _, r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine}/{len(rows)} are less than a third")


def visible_lines(name, text):
    """Prose lines of a document, without markup, front matter or slot headers."""
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if m:
            text = text[m.end():]
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        lines = [l.lstrip("> ").strip() for l in text.split("\n")]
        return [l for l in lines if l and not l.startswith("#")]
    if name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S)
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        text = re.sub(r"<br\s*/?>", "\n", text)
        text = re.sub(r"</(p|h\d|div|span)>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        return [l.strip() for l in text.split("\n") if l.strip()]
    return [l.strip() for l in text.split("\n") if l.strip() and not l.startswith("#")]


def sentences_of(lines):
    out = []
    for line in lines:
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z*{])", line):
            if len(re.findall(r"[A-Za-z]{2,}", s)) >= 2:
                out.append(s)
    return out


def check_documents():
    for name in DOCUMENTS:
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            err(f"missing document {name}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        stem = name.rsplit(".", 1)[0]
        if name.endswith(".md") and not re.match(r"---\n.*?\n---\n", text, re.S):
            err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if "{{first_name}}" not in text or 'class="' not in text or "href=" not in text:
                err(f"{name}: needs {{{{first_name}}}}, CSS classes and links")
        lines = visible_lines(name, text)
        words = len(" ".join(lines).split())
        if not 150 <= words <= 500:
            err(f"{name}: {words} visible words, need 150-500")
        n_sent = len(sentences_of(lines))
        if not 25 <= n_sent <= 45:
            err(f"{name}: {n_sent} sentences, need 25-45")

        spans = {}
        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        cats = collections.Counter()
        for n, r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv:{n}: bad category {r['category']!r}")
            cats[r["category"]] += 1
            if r["snippet"] not in text:
                err(f"{stem}.expected.tsv:{n}: snippet not in document: {r['snippet']!r}")
            spans.setdefault("exp", []).extend(
                (m.start(), m.end()) for m in re.finditer(re.escape(r["snippet"]), text))
        if cats["pushy"] < 3 or cats["impersonal"] < 3:
            err(f"{stem}.expected.tsv: need at least 3 pushy and 3 impersonal snippets")
        if len(traps) < 5:
            err(f"{stem}.traps.tsv: need at least 5 traps")
        for n, r in traps:
            s = r["snippet"]
            if s not in text:
                err(f"{stem}.traps.tsv:{n}: snippet not in document: {s!r}")
                continue
            for m in re.finditer(re.escape(s), text):
                for a, b in spans.get("exp", []):
                    if m.start() < b and a < m.end():
                        err(f"{stem}.traps.tsv:{n}: trap overlaps an expected snippet: {s!r}")


def check_folder():
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("missing README.md")
    for root, dirs, files in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ present in {root}")
        for f in files:
            if f.endswith(".py") and os.path.join(root, f) != os.path.abspath(__file__):
                err(f"stray script {os.path.join(root, f)}")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    check_sentences()
    check_documents()
    check_folder()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")
