#!/usr/bin/env python3
"""Format checker for the holdout-x evaluation batch (stdlib only).

Usage:  python3 validate.py [BATCH_DIR]
Prints OK and exits 0 when every check passes; otherwise lists the problems
and exits 1.
"""
import collections
import html
import os
import re
import sys

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

HEADER = ["id", "text", "labels", "channel", "tactic"]

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
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]

FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]

# prefix -> (label, expected count, minimum count)
PREFIXES = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 110),
    "f": ("fine", 10),
}
TOTAL = 330
MIN_NEAR_MISS = 108
MIN_PER_TACTIC = 5      # in p rows
MIN_PER_FAMILY = 8      # in i rows

# Any quotation mark a field must not start with.
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return None
    if text.startswith("\ufeff"):
        err(f"{path}: has a byte-order mark")
    if "\r" in text:
        err(f"{path}: contains CR characters (LF line endings required)")
    if text and not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def check_field(where, value):
    if value == "":
        err(f"{where}: empty field")
        return
    if "\t" in value or "\n" in value or "\r" in value:
        err(f"{where}: field contains a tab or line break")
    if value[0] in QUOTES:
        err(f"{where}: field starts with a quotation mark: {value[:30]!r}")
    if value != value.strip():
        err(f"{where}: leading or trailing whitespace")


# --------------------------------------------------------------------------
# 1. sentences.tsv
# --------------------------------------------------------------------------
def check_sentences():
    path = os.path.join(BASE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be exactly {'<TAB>'.join(HEADER)}")
        return
    seen_ids, seen_texts = set(), {}
    per_prefix = collections.defaultdict(list)
    channels_used = collections.Counter()
    tactic_count = collections.Counter()
    family_count = collections.Counter()
    b_tactics, b_families = set(), set()
    for lineno, line in enumerate(lines[1:], start=2):
        where = f"sentences.tsv:{lineno}"
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER, fields):
            check_field(f"{where} [{name}]", value)
        rid, sent, labels, channel, tactic = fields
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        per_prefix[prefix].append(num)
        key = sent.casefold()
        if key in seen_texts:
            err(f"{where}: duplicate text (also {seen_texts[key]})")
        seen_texts[key] = rid
        want_label = PREFIXES[prefix][0]
        if labels != want_label:
            err(f"{where}: {rid} must be labelled {want_label!r}, got {labels!r}")
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels_used[channel] += 1
        if prefix == "p":
            if tactic not in TACTICS:
                err(f"{where}: unknown pushy tactic {tactic!r}")
            tactic_count[tactic] += 1
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"{where}: unknown impersonal family {tactic!r}")
            family_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"{where}: b rows need 'tactic+family', got {tactic!r}")
            else:
                b_tactics.add(parts[0])
                b_families.add(parts[1])
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"{where}: n rows need tactic 'near-miss', got {tactic!r}")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{where}: f rows need tactic 'plain', got {tactic!r}")

    # id sequences and counts
    total = 0
    for prefix, (label, want) in PREFIXES.items():
        nums = per_prefix.get(prefix, [])
        total += len(nums)
        if nums != list(range(1, len(nums) + 1)):
            err(f"sentences.tsv: ids {prefix}001.. are not a gapless ascending sequence")
        if len(nums) != want:
            err(f"sentences.tsv: {len(nums)} {prefix}-rows, expected {want}")
    if total != TOTAL:
        err(f"sentences.tsv: {total} rows, expected {TOTAL}")
    fine = len(per_prefix.get("n", [])) + len(per_prefix.get("f", []))
    if len(per_prefix.get("n", [])) < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {len(per_prefix.get('n', []))} near-misses (need {MIN_NEAR_MISS})")
    if total and fine * 3 < total:
        err("sentences.tsv: fine rows are less than a third of the batch")

    # coverage
    for ch in CHANNELS:
        if channels_used[ch] == 0:
            err(f"sentences.tsv: channel {ch!r} never used")
    for t in TACTICS:
        if tactic_count[t] < MIN_PER_TACTIC:
            err(f"sentences.tsv: tactic {t!r} has {tactic_count[t]} p-rows (need {MIN_PER_TACTIC})")
    for f in FAMILIES:
        if family_count[f] < MIN_PER_FAMILY:
            err(f"sentences.tsv: family {f!r} has {family_count[f]} i-rows (need {MIN_PER_FAMILY})")
        if f not in b_families:
            err(f"sentences.tsv: family {f!r} never appears in a b-row")
    return {
        "rows": total,
        "channels": len([c for c in CHANNELS if channels_used[c]]),
        "per_prefix": {k: len(v) for k, v in per_prefix.items()},
    }


# --------------------------------------------------------------------------
# 2. documents
# --------------------------------------------------------------------------
def visible_text(name, text):
    """Reader-visible prose of a document, for word and sentence counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^[#>\-\s]+", "", text, flags=re.M)
        text = text.replace("*", "")
    elif name.endswith(".html"):
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<div class=\"preheader\".*?</div>", " ", text, flags=re.S)
        text = re.sub(r"\*\|(IF|END)[^|]*\|\*", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        # schedule rows ("[01] Mon 3 Mar 09:30 | SMS | SEG-ALL") are metadata
        text = re.sub(r"(?m)^\[\d+\].*$", "", text)
    return text


def count_sentences(vis):
    count = 0
    for line in vis.split("\n"):
        line = line.strip()
        if not line:
            continue
        for seg in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'\u201c])", line):
            if len(re.findall(r"[A-Za-z\u00c0-\u024f']+", seg)) >= 3:
                count += 1
    return count


def spans(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def read_tsv_lines(path):
    text = read_text(path)
    if text is None:
        return []
    rows = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line == "":
            if lineno != len(text.split("\n")):
                err(f"{path}:{lineno}: blank line")
            continue
        rows.append((lineno, line))
    return rows


def check_documents():
    ddir = os.path.join(BASE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return {}
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and not f.startswith("."))
    kinds = collections.Counter(os.path.splitext(d)[1] for d in docs)
    if "landing-page.md" not in docs:
        err("documents/landing-page.md missing")
    if kinds != collections.Counter({".md": 1, ".html": 1, ".txt": 1}):
        err(f"documents/: need exactly one .md, one .html and one .txt, found {dict(kinds)}")
    summary = {}
    for name in docs:
        path = os.path.join(ddir, name)
        text = read_text(path)
        if text is None:
            continue
        stem = os.path.splitext(name)[0]
        vis = visible_text(name, text)
        words = len(re.findall(r"\S+", vis))
        sents = count_sentences(vis)
        if not 150 <= words <= 500:
            err(f"{name}: {words} visible words (guide: 150-500)")
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences (brief: 25-45)")

        # format-specific features
        if name.endswith(".md"):
            if not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
                err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{name}: no merge tag")
            if "class=" not in text or "href=" not in text:
                err(f"{name}: needs CSS classes and links")
        if name.endswith(".txt"):
            if not re.search(r"SEG-[A-Z0-9]+", text):
                err(f"{name}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.example/s/", text):
                err(f"{name}: no short links")

        # made-up contact details only
        for dom in re.findall(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", text.lower()):
            if dom.endswith((".jpg", ".png", ".md", ".html", ".txt")):
                continue
            if re.search(r"\.(com|net|org|io|co|uk|fr|de|app|dev|ai)$", dom):
                err(f"{name}: non-.example domain {dom}")
        for phone in re.findall(r"\b0\d{3,4}\s?\d{6,7}\b", text):
            if not phone.replace(" ", "").startswith("01632960"):
                err(f"{name}: phone {phone} is not in the fictional 01632 960xxx range")

        # expected and traps
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        exp_spans = []
        cats = collections.Counter()
        if not os.path.isfile(exp_path):
            err(f"{stem}.expected.tsv missing")
        else:
            for lineno, line in read_tsv_lines(exp_path):
                where = f"{stem}.expected.tsv:{lineno}"
                fields = line.split("\t")
                if len(fields) != 2:
                    err(f"{where}: need category<TAB>snippet")
                    continue
                cat, snip = fields
                check_field(where, snip)
                if cat not in ("pushy", "impersonal"):
                    err(f"{where}: category must be pushy or impersonal, got {cat!r}")
                cats[cat] += 1
                found = spans(text, snip)
                if not found:
                    err(f"{where}: snippet not found verbatim: {snip[:60]!r}")
                exp_spans.extend(found)
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{name}: expected.tsv needs both pushy and impersonal rows")
        ntraps = 0
        if not os.path.isfile(trap_path):
            err(f"{stem}.traps.tsv missing")
        else:
            for lineno, line in read_tsv_lines(trap_path):
                where = f"{stem}.traps.tsv:{lineno}"
                check_field(where, line)
                ntraps += 1
                found = spans(text, line)
                if not found:
                    err(f"{where}: trap not found verbatim: {line[:60]!r}")
                    continue
                free = [s for s in found
                        if not any(a < s[1] and s[0] < b for a, b in exp_spans)]
                if not free:
                    err(f"{where}: every occurrence of the trap overlaps an expected snippet")
        if ntraps == 0:
            err(f"{name}: no traps")
        summary[name] = (words, sents, sum(cats.values()), ntraps)
    for f in os.listdir(ddir):
        if f.endswith(".tsv"):
            stem = f.rsplit(".", 2)[0]
            if not any(os.path.splitext(d)[0] == stem for d in docs):
                err(f"documents/{f}: no matching document")
    return summary


def main():
    s = check_sentences() or {}
    d = check_documents()
    for f in ("README.md",):
        if not os.path.isfile(os.path.join(BASE, f)):
            err(f"{f} missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"sentences.tsv: {s.get('rows')} rows {s.get('per_prefix')}, {s.get('channels')} channels")
    for name, (w, n, e, t) in sorted(d.items()):
        print(f"{name}: {w} words, ~{n} sentences, {e} expected, {t} traps")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
