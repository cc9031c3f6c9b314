#!/usr/bin/env python3
"""Validate the holdout-2026-12-03y batch. Standard library only.

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
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (label, first, last)
ID_SPEC = {
    "p": ("pushy", 1, 110),
    "i": ("impersonal", 1, 80),
    "b": ("pushy,impersonal", 1, 20),
    "n": ("fine", 1, 108),
    "f": ("fine", 1, 12),
}
DOCUMENTS = {
    "kiln-and-clay-spring-term.md": "md",
    "tallybird-renewal.html": "html",
    "december-sms-push-batch.txt": "txt",
}
MERGE_TAG = re.compile(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*")
LINK = re.compile(r"https?://|\b[\w-]+\.(?:io|com|org|uk|app|to|gov)\b")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings; return text or None."""
    try:
        raw = open(path, "rb").read()
    except OSError as exc:
        err(f"{os.path.relpath(path, HERE)}: cannot read ({exc})")
        return None
    rel = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{rel}: not valid UTF-8 ({exc})")
        return None
    if "\r" in text:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        err(f"{rel}: empty")
        return []
    if lines[0].split("\t") != header:
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(header):
            err(f"{rel}:{n}: {len(cells)} fields, expected {len(header)}")
            continue
        for name, cell in zip(header, cells):
            if not cell.strip():
                err(f"{rel}:{n}: empty field {name!r}")
            elif cell != cell.strip():
                err(f"{rel}:{n}: leading/trailing whitespace in {name!r}")
        rows.append(dict(zip(header, cells), _line=n))
    return rows


def norm(s):
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")

    ids = [r["id"] for r in rows]
    for dup, c in Counter(ids).items():
        if c > 1:
            err(f"sentences.tsv: id {dup} appears {c} times")
    by_prefix = {p: [] for p in ID_SPEC}
    for r in rows:
        m = re.fullmatch(r"([pibnf])(\d{3})", r["id"])
        if not m:
            err(f"sentences.tsv:{r['_line']}: bad id {r['id']!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        label, lo, hi = ID_SPEC[prefix]
        by_prefix[prefix].append(num)
        if not lo <= num <= hi:
            err(f"sentences.tsv:{r['_line']}: id {r['id']} outside {prefix}{lo:03d}-{prefix}{hi:03d}")
        if r["labels"] != label:
            err(f"sentences.tsv:{r['_line']}: id {r['id']} labelled {r['labels']!r}, expected {label!r}")
    for prefix, (label, lo, hi) in ID_SPEC.items():
        if sorted(by_prefix[prefix]) != list(range(lo, hi + 1)):
            err(f"sentences.tsv: ids {prefix}{lo:03d}-{prefix}{hi:03d} not complete and contiguous")

    labels = Counter(r["labels"] for r in rows)
    for lab, want in (("pushy", 110), ("impersonal", 80), ("pushy,impersonal", 20), ("fine", 120)):
        if labels.get(lab, 0) != want:
            err(f"sentences.tsv: {labels.get(lab, 0)} rows labelled {lab!r}, expected {want}")
    extra = set(labels) - {"pushy", "impersonal", "pushy,impersonal", "fine"}
    if extra:
        err(f"sentences.tsv: unknown labels {sorted(extra)}")
    if labels.get("fine", 0) * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")

    # tactics
    pushy_t, imp_t = Counter(), Counter()
    for r in rows:
        t, lab, where = r["tactic"], r["labels"], f"sentences.tsv:{r['_line']} ({r['id']})"
        if lab == "pushy":
            if t not in PUSHY:
                err(f"{where}: unknown pushy tactic {t!r}")
            pushy_t[t] += 1
        elif lab == "impersonal":
            if t not in IMPERSONAL:
                err(f"{where}: unknown impersonal family {t!r}")
            imp_t[t] += 1
        elif lab == "pushy,impersonal":
            parts = t.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{where}: tactic {t!r} is not '<pushy tactic> + <impersonal family>'")
        elif lab == "fine":
            if r["id"].startswith("n"):
                if not t.startswith("near-miss: ") or len(t) <= len("near-miss: "):
                    err(f"{where}: near-miss tactic should read 'near-miss: ...', got {t!r}")
            elif r["id"].startswith("f") and t != "plain":
                err(f"{where}: plain row tactic should be 'plain', got {t!r}")
    for t in PUSHY:
        if not 6 <= pushy_t[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_t[t]} rows, expected 6-7")
    for t in IMPERSONAL:
        if not 11 <= imp_t[t] <= 12:
            err(f"sentences.tsv: impersonal family {t!r} has {imp_t[t]} rows, expected 11-12")

    # channels
    chans = Counter(r["channel"] for r in rows)
    for c in chans:
        if c not in CHANNELS:
            err(f"sentences.tsv: unknown channel {c!r}")
    for c in CHANNELS:
        if chans.get(c, 0) < 12:
            err(f"sentences.tsv: channel {c!r} has {chans.get(c, 0)} rows, expected at least 12")

    # texts
    seen = {}
    for r in rows:
        key = norm(r["text"])
        if key in seen:
            err(f"sentences.tsv: {r['id']} duplicates the text of {seen[key]}")
        else:
            seen[key] = r["id"]
        words = len(r["text"].split())
        if words < 3 or words > 60:
            err(f"sentences.tsv: {r['id']} has {words} words (expected 3-60)")
    return rows


def visible_words(text, kind):
    if kind == "html":
        text = re.sub(r"<style.*?</style>|<script.*?</script>|<!--.*?-->", " ", text, flags=re.S | re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return len(text.split())


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    present = sorted(os.listdir(DOCS))
    wanted = set()
    for name, kind in DOCUMENTS.items():
        stem = name.rsplit(".", 1)[0]
        wanted |= {name, stem + ".expected.tsv", stem + ".traps.tsv"}
        path = os.path.join(DOCS, name)
        text = read_text(path)
        if text is None:
            continue
        words = visible_words(text, kind)
        if not 150 <= words <= 500:
            err(f"documents/{name}: {words} words, expected 150-500")
        if kind == "md":
            m = re.match(r"---\n(.*?)\n---\n", text, flags=re.S)
            if not m:
                err(f"documents/{name}: no YAML front matter")
            elif not re.search(r"^title:", m.group(1), flags=re.M):
                err(f"documents/{name}: front matter has no title")
        if kind == "html" and not re.search(r"<html\b.*</html>", text, flags=re.S | re.I):
            err(f"documents/{name}: not an HTML document")
        if not MERGE_TAG.search(text):
            err(f"documents/{name}: no merge tag")
        if not LINK.search(text):
            err(f"documents/{name}: no link")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        cats = Counter()
        for r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{r['_line']}: category {r['category']!r} not pushy/impersonal")
            cats[r["category"]] += 1
            if r["snippet"] not in text:
                err(f"documents/{stem}.expected.tsv:{r['_line']}: snippet not found verbatim: {r['snippet']!r}")
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"documents/{stem}.expected.tsv: no {c} snippet")
        if not traps:
            err(f"documents/{stem}.traps.tsv: no trap snippets")
        for r in traps:
            if r["snippet"] not in text:
                err(f"documents/{stem}.traps.tsv:{r['_line']}: snippet not found verbatim: {r['snippet']!r}")
            for e in exp:
                if r["snippet"] in e["snippet"] or e["snippet"] in r["snippet"]:
                    err(f"documents/{stem}: trap {r['snippet']!r} overlaps expected snippet {e['snippet']!r}")
        for dup, c in Counter(r["snippet"] for r in exp).items():
            if c > 1:
                err(f"documents/{stem}.expected.tsv: snippet listed {c} times: {dup!r}")
    for name in present:
        if name not in wanted:
            err(f"documents/{name}: unexpected file")
    for name in sorted(wanted - set(present)):
        err(f"documents/{name}: missing")


def check_readme():
    text = read_text(os.path.join(HERE, "README.md"))
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-zh/labelling-guide.md", "330"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for name in DOCUMENTS:
        if name not in text:
            err(f"README.md: does not list documents/{name}")


def main():
    check_sentences()
    check_documents()
    check_readme()
    read_text(os.path.abspath(__file__))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
