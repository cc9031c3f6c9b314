#!/usr/bin/env python3
"""Format checks for the holdout-zk evaluation batch (python3 stdlib only).

Run from anywhere:  python3 validate.py
Prints OK and exits 0 when every rule passes; otherwise lists the problems
and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

# Taken verbatim from the labelling guide's tables and coverage list.
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
MIN_PER_CHANNEL = 8

# prefix -> (count, label)
SECTIONS = collections.OrderedDict([
    ("p", (110, "pushy")),
    ("i", (80, "impersonal")),
    ("b", (20, "pushy,impersonal")),
    ("n", (108, "fine")),
    ("f", (12, "fine")),
])
HEADER = ["id", "text", "labels", "channel", "tactic"]

# Any character a reader would take as an opening quotation mark.
QUOTE_CHARS = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
                  "\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f"
                  "\uff02\uff07\u2032\u2033")

DOC_WORDS = (150, 500)
DOC_SENTENCES = (25, 45)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.relpath(path, HERE)}: not UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR; use LF line endings")
    if raw and not raw.endswith(b"\n"):
        err(f"{os.path.relpath(path, HERE)}: does not end with a newline")
    if text.startswith("\ufeff"):
        err(f"{os.path.relpath(path, HERE)}: has a BOM")
    return text


def starts_with_quote(s):
    return bool(s) and s[0] in QUOTE_CHARS


# --------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        err("sentences.tsv is empty")
        return
    if lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {'<TAB>'.join(HEADER)!r}, got {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        for name, value in zip(HEADER, fields):
            if value == "":
                err(f"sentences.tsv line {n}: empty {name}")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
            if starts_with_quote(value):
                err(f"sentences.tsv line {n}: {name} starts with a quotation mark")
        rows.append((n, fields))

    expected_ids = [f"{p}{k:03d}" for p, (cnt, _) in SECTIONS.items()
                    for k in range(1, cnt + 1)]
    got_ids = [f[0] for _, f in rows]
    dupes = [i for i, c in collections.Counter(got_ids).items() if c > 1]
    if dupes:
        err(f"sentences.tsv: duplicate ids {sorted(dupes)}")
    missing = sorted(set(expected_ids) - set(got_ids))
    extra = sorted(set(got_ids) - set(expected_ids))
    if missing:
        err(f"sentences.tsv: missing ids {missing[:10]}{' ...' if len(missing) > 10 else ''}")
    if extra:
        err(f"sentences.tsv: unexpected ids {extra[:10]}{' ...' if len(extra) > 10 else ''}")
    if not missing and not extra and not dupes and got_ids != expected_ids:
        err("sentences.tsv: ids are not in order p, i, b, n, f (each ascending)")
    if len(rows) != sum(c for c, _ in SECTIONS.values()):
        err(f"sentences.tsv: {len(rows)} data rows, expected {sum(c for c, _ in SECTIONS.values())}")

    texts = collections.Counter(f[1].casefold() for _, f in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t!r}")

    pushy_counts = collections.Counter()
    imp_counts = collections.Counter()
    chan_counts = collections.Counter()
    fine = 0
    for n, (rid, text_, labels, channel, tactic) in rows:
        prefix = rid[:1]
        if prefix not in SECTIONS or not re.fullmatch(r"[pibnf]\d{3}", rid):
            continue  # already reported as unexpected id
        _, want_label = SECTIONS[prefix]
        if labels != want_label:
            err(f"sentences.tsv {rid}: labels {labels!r}, expected {want_label!r}")
        if labels == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"sentences.tsv {rid}: unknown channel {channel!r}")
        chan_counts[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv {rid}: {tactic!r} is not a pushy tactic from the guide")
            pushy_counts[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: {tactic!r} is not an impersonal family from the guide")
            imp_counts[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2:
                err(f"sentences.tsv {rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
            else:
                if parts[0] not in PUSHY_TACTICS:
                    err(f"sentences.tsv {rid}: {parts[0]!r} is not a pushy tactic from the guide")
                if parts[1] not in IMPERSONAL_FAMILIES:
                    err(f"sentences.tsv {rid}: {parts[1]!r} is not an impersonal family from the guide")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"sentences.tsv {rid}: tactic must be 'near-miss', got {tactic!r}")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv {rid}: tactic must be 'plain', got {tactic!r}")

    def check_even(counter, universe, what):
        vals = [counter.get(t, 0) for t in universe]
        absent = [t for t in universe if counter.get(t, 0) == 0]
        if absent:
            err(f"sentences.tsv: {what} never used: {absent}")
        if vals and max(vals) - min(vals) > 1:
            err(f"sentences.tsv: {what} not spread evenly: {dict(counter)}")

    check_even(pushy_counts, PUSHY_TACTICS, "pushy tactics")
    check_even(imp_counts, IMPERSONAL_FAMILIES, "impersonal families")
    for ch in CHANNELS:
        if chan_counts.get(ch, 0) < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {chan_counts.get(ch, 0)} times, need >= {MIN_PER_CHANNEL}")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} of {len(rows)} rows are fine; the guide asks for at least a third")


# --------------------------------------------------------------- documents
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def prose_of(name, text):
    """Rough reader-visible prose of a document, one chunk per line."""
    if name.endswith(".md"):
        body = FRONT_MATTER.sub("", text, count=1)
        body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        body = re.sub(r"^[#>\s]+", "", body, flags=re.M)
        body = body.replace("*", "")
        return [ln for ln in body.split("\n") if ln.strip()]
    if name.endswith(".html"):
        body = re.sub(r"<(head|style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
        body = re.sub(r'<div class="preheader".*?</div>', "", body, flags=re.S)
        body = re.sub(r"<[^>]+>", "\n", body)
        body = html.unescape(body)
        return [ln.strip() for ln in body.split("\n") if ln.strip()]
    # plain-text schedule: message is the last pipe-separated field
    out = []
    for ln in text.split("\n"):
        if re.match(r"#\d+\s*\|", ln):
            out.append(ln.rsplit("|", 1)[1].strip())
    return out


def count_sentences(lines):
    total = 0
    for ln in lines:
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9*])", ln) if re.search(r"[A-Za-z]", p)]
        total += len(parts)
    return total


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rel = os.path.relpath(path, HERE)
    if not lines or lines[0] != "\t".join(header):
        err(f"{rel}: header must be exactly {'<TAB>'.join(header)!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {n}: {len(fields)} fields, expected {len(header)}")
            continue
        if any(f == "" or f != f.strip() for f in fields):
            err(f"{rel} line {n}: empty field or stray whitespace")
        if any(starts_with_quote(f) for f in fields):
            err(f"{rel} line {n}: field starts with a quotation mark")
        rows.append((n, fields))
    if not rows:
        err(f"{rel}: no data rows")
    return rows


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and not f.startswith("."))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if len(docs) != 3 or exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected exactly one .md, one .html and one .txt, got {docs}")
    if "landing-page.md" not in docs:
        err("documents/: landing-page.md missing")
    for f in sorted(os.listdir(DOCS)):
        if f.endswith(".tsv"):
            base = f.rsplit(".", 2)[0]
            if not any(d.rsplit(".", 1)[0] == base for d in docs):
                err(f"documents/{f}: no matching document")

    for name in docs:
        path = os.path.join(DOCS, name)
        stem = name.rsplit(".", 1)[0]
        text = read_text(path)
        exp_path = os.path.join(DOCS, stem + ".expected.tsv")
        trap_path = os.path.join(DOCS, stem + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.isfile(p):
                err(f"documents/{os.path.basename(p)} missing")
        if not (os.path.isfile(exp_path) and os.path.isfile(trap_path)):
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = read_tsv(trap_path, ["snippet"])

        cats = collections.Counter()
        exp_snips = []
        for n, (cat, snip) in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv line {n}: category must be pushy or impersonal, got {cat!r}")
            cats[cat] += 1
            if snip not in text:
                err(f"{stem}.expected.tsv line {n}: snippet not found verbatim in {name}: {snip!r}")
            exp_snips.append(snip)
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"{stem}.expected.tsv: no {c} rows")
        trap_snips = []
        for n, (snip,) in traps:
            if snip not in text:
                err(f"{stem}.traps.tsv line {n}: snippet not found verbatim in {name}: {snip!r}")
            trap_snips.append(snip)
        for group, label in ((exp_snips, "expected"), (trap_snips, "traps")):
            for s, c in collections.Counter(group).items():
                if c > 1:
                    err(f"{stem}.{label}.tsv: duplicate snippet {s!r}")
        for t in trap_snips:
            for e in exp_snips:
                if t in e or e in t:
                    err(f"{stem}: trap {t!r} overlaps expected snippet {e!r}")

        # size: 25-45 sentences, 150-500 words of prose
        lines = prose_of(name, text)
        words = sum(len(re.findall(r"\S+", ln)) for ln in lines)
        sents = count_sentences(lines)
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{name}: about {words} words of prose, expected {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if not DOC_SENTENCES[0] <= sents <= DOC_SENTENCES[1]:
            err(f"{name}: about {sents} sentences, expected {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")
        fine_guess = sents - len(exp_snips)
        if fine_guess < 1:
            err(f"{name}: no fine sentences left once expected snippets are counted")

        # format-specific features
        if name.endswith(".md"):
            m = FRONT_MATTER.match(text)
            if not m:
                err(f"{name}: must open with YAML front matter between --- lines")
            elif not any(t in m.group(1) for t in trap_snips):
                err(f"{name}: no trap snippet sits in the front matter")
        if name.endswith(".html"):
            if not re.search(r"<html\b", text, re.I):
                err(f"{name}: not an HTML document")
            if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_]+\|\*", text):
                err(f"{name}: no merge tags")
            if 'class="' not in text or "href=" not in text:
                err(f"{name}: needs CSS classes and links")
            if not any(re.fullmatch(r"[a-z]+(-[a-z]+)+", t) and f".{t}" in text for t in trap_snips):
                err(f"{name}: no CSS class among the traps")
            if not any(re.search(r"\*\|[A-Z_]+\|\*|\{\{", t) for t in trap_snips):
                err(f"{name}: no merge tag among the traps")
            if not any(t.startswith("http") for t in trap_snips):
                err(f"{name}: no link among the traps")
        if name.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9]+", text):
                err(f"{name}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/[\w-]+", text):
                err(f"{name}: no short links")
            if not re.search(r"\b(?:[Cc]ode|show code)\s+[A-Z0-9-]{4,}", text):
                err(f"{name}: no promo codes")
            if not any(re.fullmatch(r"[A-Z0-9-]{5,}", t) and not t.startswith("SEG-") for t in trap_snips):
                err(f"{name}: no promo code among the traps")
            if not any("/" in t and " " not in t for t in trap_snips):
                err(f"{name}: no short link among the traps")


# --------------------------------------------------------------- readme
def check_readme():
    p = os.path.join(HERE, "README.md")
    if not os.path.isfile(p):
        err("README.md missing")
    else:
        read_text(p)


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
