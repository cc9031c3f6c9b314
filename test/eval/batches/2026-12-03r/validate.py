#!/usr/bin/env python3
"""Validate the 2026-12-03r first-sight evaluation batch (standard library only).

Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (label, count)
GROUPS = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
TOTAL = 330
DOC_EXTS = {".md", ".html", ".txt"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings."""
    rel = os.path.relpath(path, HERE)
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        err(f"{rel}: has a UTF-8 BOM")
    if "\r" in text:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def read_tsv(path, header):
    rel = os.path.relpath(path, HERE)
    if not os.path.isfile(path):
        err(f"{rel}: missing")
        return []
    text = read_text(path)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err(f"{rel}: empty")
        return []
    if lines[0].split("\t") != header:
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            err(f"{rel}:{n}: {len(cells)} fields, expected {len(header)}")
            continue
        for name, cell in zip(header, cells):
            if not cell.strip():
                err(f"{rel}:{n}: empty field {name!r}")
            elif cell != cell.strip():
                err(f"{rel}:{n}: field {name!r} has leading/trailing whitespace")
        rows.append((n, dict(zip(header, cells))))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL}")

    ids = [r["id"] for _, r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"sentences.tsv: duplicate id {i}")

    # id ranges
    for prefix, (label, count) in GROUPS.items():
        want = {f"{prefix}{k:03d}" for k in range(1, count + 1)}
        have = {i for i in ids if i.startswith(prefix)}
        missing = sorted(want - have)
        extra = sorted(have - want)
        if missing:
            err(f"sentences.tsv: missing ids {missing[:5]}{'...' if len(missing) > 5 else ''}")
        if extra:
            err(f"sentences.tsv: unexpected ids {extra[:5]}")
    for n, r in rows:
        if not re.fullmatch(r"[pibnf]\d{3}", r["id"]):
            err(f"sentences.tsv:{n}: malformed id {r['id']!r}")

    pushy_counts = Counter()
    imp_counts = Counter()
    chan_counts = Counter()
    texts = {}
    for n, r in rows:
        pid = r["id"][:1]
        if pid not in GROUPS:
            continue
        label = GROUPS[pid][0]
        if r["labels"] != label:
            err(f"sentences.tsv:{n}: {r['id']} has labels {r['labels']!r}, expected {label!r}")
        tactic = r["tactic"]
        if pid == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"sentences.tsv:{n}: unknown pushy tactic {tactic!r}")
            pushy_counts[tactic] += 1
        elif pid == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{n}: unknown impersonal family {tactic!r}")
            imp_counts[tactic] += 1
        elif pid == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{n}: tactic {tactic!r} is not '<pushy tactic> + <impersonal family>'")
        elif pid == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"sentences.tsv:{n}: near-miss tactic should look like 'near-miss: ...', got {tactic!r}")
        elif pid == "f":
            if tactic != "plain":
                err(f"sentences.tsv:{n}: plain row tactic should be 'plain', got {tactic!r}")
        if r["channel"] not in CHANNELS:
            err(f"sentences.tsv:{n}: unknown channel {r['channel']!r}")
        chan_counts[r["channel"]] += 1
        key = re.sub(r"\s+", " ", r["text"].strip().lower())
        if key in texts:
            err(f"sentences.tsv:{n}: duplicate text (same as line {texts[key]})")
        else:
            texts[key] = n

    for t in PUSHY_TACTICS:
        if not 6 <= pushy_counts[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_counts[t]} rows, expected 6-7")
    for f in IMPERSONAL_FAMILIES:
        if not 11 <= imp_counts[f] <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {imp_counts[f]} rows, expected 11-12")
    for c in CHANNELS:
        if chan_counts[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {chan_counts[c]} rows, need at least {MIN_PER_CHANNEL}")
    fine = sum(1 for _, r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows; the guide wants at least a third")
    near_kinds = {r["tactic"] for _, r in rows if r["id"].startswith("n")}
    if len(near_kinds) < 10:
        err(f"sentences.tsv: near-misses cover only {len(near_kinds)} kinds")
    return rows, chan_counts


def occurrences(hay, needle):
    out, start = [], 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return out
        out.append((k, k + len(needle)))
        start = k + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return
    names = sorted(f for f in os.listdir(DOCS)
                   if os.path.splitext(f)[1] in DOC_EXTS)
    exts = sorted(os.path.splitext(f)[1] for f in names)
    if exts != sorted(DOC_EXTS):
        err(f"documents/: expected one .md, one .html and one .txt document, found {names}")
    allowed = set(names)
    for f in names:
        stem = os.path.splitext(f)[0]
        allowed.add(stem + ".expected.tsv")
        allowed.add(stem + ".traps.tsv")
    for f in os.listdir(DOCS):
        if f not in allowed:
            err(f"documents/{f}: unexpected file")

    for f in names:
        stem, ext = os.path.splitext(f)
        path = os.path.join(DOCS, f)
        text = read_text(path)
        if text is None:
            continue
        words = len(text.split())
        if not 150 <= words <= 500:
            err(f"documents/{f}: {words} words, expected 150-500")
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"documents/{f}: no YAML front matter")
            elif not re.search(r"^\w[\w-]*:", m.group(1), re.M):
                err(f"documents/{f}: front matter has no key: value lines")
        if ext == ".html" and not re.search(r"<html[\s>]", text, re.I):
            err(f"documents/{f}: not an HTML document")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", text):
            err(f"documents/{f}: no merge tag")
        if not re.search(r"https?://|\b[\w-]+\.(co|com|org|uk)\b/", text):
            err(f"documents/{f}: no link")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        cats = Counter()
        spans = []
        seen = set()
        for n, r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{n}: category {r['category']!r} is not pushy or impersonal")
            cats[r["category"]] += 1
            s = r["snippet"]
            if (r["category"], s) in seen:
                err(f"documents/{stem}.expected.tsv:{n}: duplicate row")
            seen.add((r["category"], s))
            occ = occurrences(text, s)
            if not occ:
                err(f"documents/{stem}.expected.tsv:{n}: snippet not found verbatim: {s!r}")
            elif len(occ) > 1:
                err(f"documents/{stem}.expected.tsv:{n}: snippet occurs {len(occ)} times, should be unique: {s!r}")
            spans.extend(occ)
        if cats["pushy"] < 1 or cats["impersonal"] < 1:
            err(f"documents/{stem}.expected.tsv: needs at least one pushy and one impersonal snippet")

        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        if not traps:
            err(f"documents/{stem}.traps.tsv: no trap rows")
        for n, r in traps:
            s = r["snippet"]
            occ = occurrences(text, s)
            if not occ:
                err(f"documents/{stem}.traps.tsv:{n}: snippet not found verbatim: {s!r}")
            for a, b in occ:
                for x, y in spans:
                    if a < y and x < b:
                        err(f"documents/{stem}.traps.tsv:{n}: trap {s!r} overlaps an expected snippet")


def check_readme(chan_counts):
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md: missing")
        return
    text = read_text(path) or ""
    for must in ("2026-12-03", "/work/brief-za/labelling-guide.md"):
        if must not in text:
            err(f"README.md: does not mention {must!r}")
    for c in CHANNELS:
        if c not in text:
            err(f"README.md: channel {c!r} not listed")
    for f in os.listdir(DOCS) if os.path.isdir(DOCS) else []:
        if os.path.splitext(f)[1] in DOC_EXTS and f not in text:
            err(f"README.md: document {f!r} not listed")


def check_tree():
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for f in files:
            p = os.path.join(root, f)
            rel = os.path.relpath(p, HERE)
            if rel == "validate.py":
                read_text(p)
                continue
            if f.startswith("_") or f.endswith("~") or f.startswith(".#"):
                err(f"{rel}: leftover draft file")


def main():
    _, chan_counts = check_sentences()
    check_documents()
    check_readme(chan_counts)
    check_tree()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
