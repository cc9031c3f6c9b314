#!/usr/bin/env python3
"""Validate the holdout-2026-12-03z evaluation batch. Standard library only.

Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
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
CHANNELS = [
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
# id prefix -> (first, last, label)
RANGES = {
    "p": (1, 110, "pushy"),
    "i": (1, 80, "impersonal"),
    "b": (1, 20, "pushy,impersonal"),
    "n": (1, 108, "fine"),
    "f": (1, 12, "fine"),
}
HEADER = ["id", "text", "labels", "channel", "tactic"]
MIN_PER_CHANNEL = 12
DOC_EXTS = {".md", ".html", ".txt"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 and check it uses LF line endings only."""
    rel = os.path.relpath(path, HERE)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    return text


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv is missing")
        return
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be {'<TAB>'.join(HEADER)!r}, got {lines[0] if lines else ''!r}")
        return
    rows = lines[1:]
    if len(rows) != 330:
        err(f"sentences.tsv: expected 330 data rows, found {len(rows)}")

    seen_ids = set()
    texts = {}
    channels = Counter()
    labels = Counter()
    pushy_tactics = Counter()
    imp_families = Counter()
    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        rid, sent, label, channel, tactic = fields
        for name, val in zip(HEADER, fields):
            if not val.strip():
                err(f"sentences.tsv line {n}: empty field {name!r}")
            elif val != val.strip():
                err(f"sentences.tsv line {n}: field {name!r} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        lo, hi, want_label = RANGES[prefix]
        if not lo <= num <= hi:
            err(f"sentences.tsv line {n}: id {rid} outside {prefix}{lo:03d}-{prefix}{hi:03d}")
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        if label != want_label:
            err(f"sentences.tsv line {n}: {rid} should be labelled {want_label!r}, got {label!r}")
        labels[label] += 1
        if channel not in CHANNELS:
            err(f"sentences.tsv line {n}: unknown channel {channel!r}")
        channels[channel] += 1
        key = norm(sent)
        if key in texts:
            err(f"sentences.tsv line {n}: duplicate text (same as {texts[key]})")
        texts[key] = rid

        if prefix == "p":
            if tactic not in PUSHY:
                err(f"sentences.tsv line {n}: {rid} tactic {tactic!r} is not a pushy tactic from the guide")
            pushy_tactics[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                err(f"sentences.tsv line {n}: {rid} tactic {tactic!r} is not an impersonal family from the guide")
            imp_families[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"sentences.tsv line {n}: {rid} tactic must be '<pushy tactic> + <impersonal family>', got {tactic!r}")
        elif prefix == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"sentences.tsv line {n}: {rid} tactic should start 'near-miss: <kind>', got {tactic!r}")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv line {n}: {rid} tactic should be 'plain', got {tactic!r}")

    for prefix, (lo, hi, _) in RANGES.items():
        missing = [f"{prefix}{k:03d}" for k in range(lo, hi + 1) if f"{prefix}{k:03d}" not in seen_ids]
        if missing:
            err(f"sentences.tsv: missing ids {', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}")

    want = {"pushy": 110, "impersonal": 80, "pushy,impersonal": 20, "fine": 120}
    for lab, cnt in want.items():
        if labels[lab] != cnt:
            err(f"sentences.tsv: expected {cnt} rows labelled {lab!r}, found {labels[lab]}")
    if labels["fine"] * 3 < sum(labels.values()):
        err("sentences.tsv: fine rows are less than a third of the batch")

    for t in PUSHY:
        if not 6 <= pushy_tactics[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_tactics[t]} rows (want 6-7)")
    for t in IMPERSONAL:
        if not 11 <= imp_families[t] <= 12:
            err(f"sentences.tsv: impersonal family {t!r} has {imp_families[t]} rows (want 11-12)")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channels[c]} rows (want at least {MIN_PER_CHANNEL})")


def visible_words(text, ext):
    if ext == ".html":
        text = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    return len(re.findall(r"\S+", text))


def read_tsv(path, header):
    text = read_text(path)
    rel = os.path.relpath(path, HERE)
    if text is None:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{rel}: header must be {'<TAB>'.join(header)!r}")
        return None
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {n}: expected {len(header)} fields, got {len(fields)}")
            continue
        if any(not f.strip() for f in fields):
            err(f"{rel} line {n}: empty field")
            continue
        out.append((n, fields))
    if not out:
        err(f"{rel}: no rows")
    return out


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if os.path.splitext(f)[1] in DOC_EXTS)
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != sorted(DOC_EXTS):
        err(f"documents/: want exactly one .md, one .html and one .txt document, found {docs}")
    for doc in docs:
        name, ext = os.path.splitext(doc)
        path = os.path.join(DOCS, doc)
        text = read_text(path)
        if text is None:
            continue
        words = visible_words(text, ext)
        if not 150 <= words <= 500:
            err(f"documents/{doc}: {words} words (want 150-500)")
        if ext == ".md":
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                err(f"documents/{doc}: Markdown document must start with YAML front matter")
        if ext == ".html":
            if "<html" not in text.lower() or "</html>" not in text.lower():
                err(f"documents/{doc}: does not look like an HTML document")
        if not re.search(r"\{\{\s*\w+|\*\|[A-Z_]+\|\*", text):
            err(f"documents/{doc}: no merge tag found")

        exp_path = os.path.join(DOCS, name + ".expected.tsv")
        trap_path = os.path.join(DOCS, name + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.isfile(p):
                err(f"documents/{os.path.basename(p)} is missing")
        cats = Counter()
        exp_snips = set()
        if os.path.isfile(exp_path):
            rows = read_tsv(exp_path, ["category", "snippet"]) or []
            for n, (cat, snip) in rows:
                if cat not in ("pushy", "impersonal"):
                    err(f"documents/{name}.expected.tsv line {n}: category must be pushy or impersonal, got {cat!r}")
                cats[cat] += 1
                if snip not in text:
                    err(f"documents/{name}.expected.tsv line {n}: snippet not found verbatim in {doc}: {snip!r}")
                if snip in exp_snips:
                    err(f"documents/{name}.expected.tsv line {n}: duplicate snippet")
                exp_snips.add(snip)
            for cat in ("pushy", "impersonal"):
                if cats[cat] == 0:
                    err(f"documents/{name}.expected.tsv: no {cat} snippet (documents must mix both)")
        if os.path.isfile(trap_path):
            rows = read_tsv(trap_path, ["snippet"]) or []
            for n, (snip,) in rows:
                if snip not in text:
                    err(f"documents/{name}.traps.tsv line {n}: snippet not found verbatim in {doc}: {snip!r}")
                for e in exp_snips:
                    if snip in e or e in snip:
                        err(f"documents/{name}.traps.tsv line {n}: trap overlaps an expected snippet: {snip!r}")
    for f in os.listdir(DOCS):
        m = re.fullmatch(r"(.+)\.(expected|traps)\.tsv", f)
        if m and not any(os.path.splitext(d)[0] == m.group(1) for d in docs):
            err(f"documents/{f}: no matching document")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md is missing")
        return
    text = read_text(path)
    if text is None:
        return
    for must in ("2026-12-03", "/work/brief-zi/labelling-guide.md", "330"):
        if must not in text:
            err(f"README.md: should mention {must!r}")


def check_all_files_utf8():
    for root, _dirs, files in os.walk(HERE):
        for f in files:
            if f.endswith((".tsv", ".md", ".html", ".txt", ".py")):
                p = os.path.join(root, f)
                if p.endswith(("sentences.tsv",)) or os.path.dirname(p) == DOCS or f == "README.md":
                    continue  # already checked above
                read_text(p)


def main():
    check_sentences()
    check_documents()
    check_readme()
    check_all_files_utf8()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
