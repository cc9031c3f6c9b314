#!/usr/bin/env python3
"""Format checks for the holdout-zm evaluation batch (python3 stdlib only).

Run from anywhere:  python3 validate.py
Prints OK when every rule holds; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

# Copied from the labelling guide (tables "Pushy" and "Impersonal", section "Coverage").
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
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
MIN_PER_CHANNEL = 8

# prefix -> (count, label, tactic rule)
GROUPS = {
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]
QUOTE_CHARS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033"

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings and a final newline."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{os.path.relpath(path, HERE)}: cannot read ({e})")
        return None
    rel = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None


def check_guide_crosscheck():
    """If the guide is reachable, make sure the hard-coded names still match it."""
    guide = os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md")
    if not os.path.exists(guide):
        return
    text = open(guide, encoding="utf-8").read()
    rows = re.findall(r"^\|\s*([^|]+?)\s*\|\s*[^|]+\|\s*$", text, re.M)
    names = {r for r in rows if r not in ("tactic", "family") and not set(r) <= set("-")}
    for name in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if name not in names:
            err(f"guide cross-check: '{name}' not found in the guide's tables")
    for name in names:
        if name not in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
            err(f"guide cross-check: guide lists '{name}' which validate.py does not know")
    cov = re.search(r"## Coverage\n(.*?)\n\n", text, re.S)
    if cov:
        for ch in CHANNELS:
            if ch not in cov.group(1):
                err(f"guide cross-check: channel '{ch}' not found in the guide's Coverage section")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    if lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {chr(9).join(HEADER)!r}, got {lines[0]!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, val in zip(HEADER, fields):
            if val == "":
                err(f"sentences.tsv line {n}: empty {name}")
            elif val != val.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
            elif val[0] in QUOTE_CHARS:
                err(f"sentences.tsv line {n}: {name} starts with a quotation mark")
        rows.append(fields)

    expected_total = sum(c for c, _ in GROUPS.values())
    if len(rows) != expected_total:
        err(f"sentences.tsv: expected {expected_total} data rows, got {len(rows)}")

    ids = [r[0] for r in rows]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup:
        err(f"sentences.tsv: duplicate ids {dup}")
    texts = [r[1] for r in rows]
    duptext = [k for k, v in Counter(texts).items() if v > 1]
    if duptext:
        err(f"sentences.tsv: duplicate texts {duptext}")

    expected_ids = []
    for prefix, (count, _) in GROUPS.items():
        expected_ids += [f"{prefix}{k:03d}" for k in range(1, count + 1)]
    if set(ids) != set(expected_ids):
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: id mismatch; missing={missing[:10]} extra={extra[:10]}")
    if ids != expected_ids and set(ids) == set(expected_ids):
        err("sentences.tsv: ids are not in the order p001..p110, i001..i080, b001..b020, n001..n108, f001..f012")

    pushy_counts = Counter()
    imp_counts = Counter()
    channel_counts = Counter()
    fine = 0
    for rid, txt, label, channel, tactic in rows:
        prefix = rid[:1]
        if prefix not in GROUPS or not re.fullmatch(r"[pibnf]\d{3}", rid):
            err(f"sentences.tsv {rid}: bad id")
            continue
        want_label = GROUPS[prefix][1]
        if label != want_label:
            err(f"sentences.tsv {rid}: label {label!r}, expected {want_label!r}")
        if label == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"sentences.tsv {rid}: unknown channel {channel!r}")
        channel_counts[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv {rid}: tactic {tactic!r} is not a pushy tactic from the guide")
            pushy_counts[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: tactic {tactic!r} is not an impersonal family from the guide")
            imp_counts[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv {rid}: tactic {tactic!r} must be 'pushy tactic+impersonal family'")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"sentences.tsv {rid}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv {rid}: tactic must be 'plain'")

    def check_even(counter, names, total, what):
        lo, hi = total // len(names), -(-total // len(names))
        for name in names:
            c = counter.get(name, 0)
            if not lo <= c <= hi:
                err(f"sentences.tsv: {what} {name!r} used {c} times, expected {lo}-{hi}")

    check_even(pushy_counts, PUSHY_TACTICS, GROUPS["p"][0], "pushy tactic")
    check_even(imp_counts, IMPERSONAL_FAMILIES, GROUPS["i"][0], "impersonal family")
    for ch in CHANNELS:
        if channel_counts.get(ch, 0) < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {channel_counts.get(ch, 0)} times, need >= {MIN_PER_CHANNEL}")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} of {len(rows)} rows are fine; the guide wants at least a third")


def visible_text(name, text):
    """Return the reader-visible prose of a document (used for counts only)."""
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if m:
            text = text[m.end():]
        text = re.sub(r"\]\([^)]*\)", "]", text)          # drop link targets
        lines = [l for l in text.split("\n") if not l.startswith("#")]
        text = "\n".join(lines)
        text = re.sub(r"[*_>\[\]]", " ", text)
    elif name.endswith(".html"):
        text = re.sub(r"<(head|style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<(p|div|h\d|li|br)\b", "\n<", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        lines = []
        for l in text.split("\n"):
            if l.startswith("#"):
                continue
            lines.append(l.split("|")[-1] if l.count(" | ") >= 4 else l)
        text = "\n".join(lines)
    return text


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        for part in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(re.findall(r"[A-Za-z\u00c0-\u024f]+", part)) >= 3:
                n += 1
    return n


def spans(text, snip):
    """All (start, end) positions of snip in text."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append((i, i + len(snip)))
        i = text.find(snip, i + 1)
    return out


def read_tsv(path, header):
    text = read_text(path)
    rel = os.path.relpath(path, HERE)
    if text is None:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{rel}: first line must be exactly {chr(9).join(header)!r}")
        return None
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {n}: expected {len(header)} field(s), got {len(fields)}")
            continue
        if any(f == "" or f != f.strip() for f in fields):
            err(f"{rel} line {n}: empty field or stray whitespace")
            continue
        out.append(fields)
    if not out:
        err(f"{rel}: no data rows")
    return out


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    files = sorted(f for f in os.listdir(DOCS) if not f.endswith(".tsv"))
    by_ext = {ext: [f for f in files if f.endswith(ext)] for ext in (".md", ".html", ".txt")}
    if by_ext[".md"] != ["landing-page.md"]:
        err(f"documents/: expected exactly one Markdown doc named landing-page.md, found {by_ext['.md']}")
    if len(by_ext[".html"]) != 1:
        err(f"documents/: expected exactly one .html doc, found {by_ext['.html']}")
    if len(by_ext[".txt"]) != 1:
        err(f"documents/: expected exactly one .txt doc, found {by_ext['.txt']}")
    other = [f for f in files if not f.endswith((".md", ".html", ".txt"))]
    if other:
        err(f"documents/: unexpected files {other}")
    tsvs = sorted(f for f in os.listdir(DOCS) if f.endswith(".tsv"))
    wanted_tsvs = sorted(
        f"{os.path.splitext(d)[0]}.{kind}.tsv" for d in files for kind in ("expected", "traps")
    )
    if tsvs != wanted_tsvs:
        err(f"documents/: TSV files {tsvs} do not match the expected set {wanted_tsvs}")

    for doc in files:
        path = os.path.join(DOCS, doc)
        text = read_text(path)
        if text is None:
            continue
        stem = os.path.splitext(doc)[0]
        prose = visible_text(doc, text)
        ns = count_sentences(prose)
        nw = len([w for w in prose.split() if re.search(r"\w", w)])
        if not 25 <= ns <= 45:
            err(f"{doc}: {ns} sentences, need 25-45")
        if not 150 <= nw <= 500:
            err(f"{doc}: {nw} words of visible copy, the guide wants 150-500")

        front = ""
        if doc.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{doc}: must start with YAML front matter between --- lines")
            else:
                front = m.group(1)
        if doc.endswith(".html"):
            if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_]+\|\*", text):
                err(f"{doc}: no merge tags")
            if 'class="' not in text:
                err(f"{doc}: no CSS classes")
            if "href=" not in text:
                err(f"{doc}: no links")
        if doc.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9-]+", text):
                err(f"{doc}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/[\w-]+", text):
                err(f"{doc}: no short links")
            if not re.search(r"\b[A-Z]{3,}\d{1,3}\b", text):
                err(f"{doc}: no promo codes")

        exp = read_tsv(os.path.join(DOCS, f"{stem}.expected.tsv"), ["category", "snippet"]) or []
        traps = read_tsv(os.path.join(DOCS, f"{stem}.traps.tsv"), ["snippet"]) or []
        cats = Counter()
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not verbatim in {doc}: {snip!r}")
            if front and snip in front:
                err(f"{stem}.expected.tsv: snippet lies in front matter: {snip!r}")
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"{stem}.expected.tsv: no {c} snippets")
        snips = [s for _, s in exp]
        if len(set(snips)) != len(snips):
            err(f"{stem}.expected.tsv: duplicate snippets")
        trap_snips = [t[0] for t in traps]
        if len(set(trap_snips)) != len(trap_snips):
            err(f"{stem}.traps.tsv: duplicate snippets")
        for t in trap_snips:
            if t not in text:
                err(f"{stem}.traps.tsv: snippet not verbatim in {doc}: {t!r}")
            for s in snips:
                if t in s or s in t:
                    err(f"{stem}: trap {t!r} overlaps expected snippet {s!r}")
                elif any(a < d and c < b for a, b in spans(text, t) for c, d in spans(text, s)):
                    err(f"{stem}: trap {t!r} overlaps expected snippet {s!r} in the document")
        if front and not any(t in front for t in trap_snips):
            err(f"{stem}.traps.tsv: no trap taken from the front matter")


def check_misc():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")
    allowed = {"sentences.tsv", "documents", "README.md", "validate.py", "__pycache__"}
    extra = sorted(set(os.listdir(HERE)) - allowed)
    if extra:
        err(f"unexpected files at top level: {extra}")


def main():
    check_guide_crosscheck()
    check_sentences()
    check_documents()
    check_misc()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
