#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 (batch c).

Checks sentences.tsv, documents/ and README.md; prints OK or a list of problems.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


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
# prefix -> (label, expected count)
ID_SPEC = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 12          # the brief asks for >= 12 (which also satisfies >= 10)
PUSHY_RANGE = (5, 9)          # "about 7 each"
IMPERSONAL_RANGE = (9, 13)    # "about 11 each"


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{path}: not UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        fail(f"{path}: contains CR characters (LF line endings required)")
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path}: has a UTF-8 BOM")
    return text


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        fail("sentences.tsv missing")
        return
    text = read_text(path)
    if not text.endswith("\n"):
        fail("sentences.tsv: last line must end with LF")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        fail(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
        return
    rows = lines[1:]
    if len(rows) != 330:
        fail(f"sentences.tsv: expected 330 data rows, found {len(rows)}")

    ids_by_prefix = {k: [] for k in ID_SPEC}
    seen_ids, seen_texts = set(), {}
    channels = Counter()
    pushy_use, imp_use = Counter(), Counter()
    labels = Counter()
    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            fail(f"line {n}: expected 5 tab-separated fields, found {len(fields)}")
            continue
        rid, sent, label, channel, tactic = fields
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not val.strip():
                fail(f"line {n}: empty field {name}")
            if val != val.strip():
                fail(f"line {n}: field {name} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            fail(f"line {n}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            fail(f"line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        ids_by_prefix[prefix].append(num)
        want_label = ID_SPEC[prefix][0]
        if label != want_label:
            fail(f"{rid}: label {label!r} should be {want_label!r}")
        labels[label] += 1
        if channel not in CHANNELS:
            fail(f"{rid}: unknown channel {channel!r}")
        channels[channel] += 1
        key = norm(sent)
        if key in seen_texts:
            fail(f"{rid}: duplicate text (same as {seen_texts[key]})")
        seen_texts[key] = rid
        if prefix == "p":
            if tactic not in PUSHY:
                fail(f"{rid}: tactic {tactic!r} is not a pushy tactic from the guide")
            pushy_use[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                fail(f"{rid}: tactic {tactic!r} is not an impersonal family from the guide")
            imp_use[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("; ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                fail(f"{rid}: tactic {tactic!r} must be 'pushy tactic; impersonal family'")
        else:
            if tactic in PUSHY or tactic in IMPERSONAL:
                fail(f"{rid}: fine row should carry a free description, not a tactic name")
            if len(tactic) > 80:
                fail(f"{rid}: tactic description too long")

    for prefix, (label, count) in ID_SPEC.items():
        nums = ids_by_prefix[prefix]
        if sorted(nums) != list(range(1, count + 1)):
            fail(f"ids {prefix}: expected {prefix}001..{prefix}{count:03d} consecutive, "
                 f"found {len(nums)} ids")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            fail(f"channel {ch}: used {channels[ch]} times, need at least {MIN_PER_CHANNEL}")
    for t in PUSHY:
        c = pushy_use[t]
        if c == 0:
            fail(f"pushy tactic {t!r} never used in p rows")
        elif not PUSHY_RANGE[0] <= c <= PUSHY_RANGE[1]:
            fail(f"pushy tactic {t!r} used {c} times, outside {PUSHY_RANGE}")
    for t in IMPERSONAL:
        c = imp_use[t]
        if c == 0:
            fail(f"impersonal family {t!r} never used in i rows")
        elif not IMPERSONAL_RANGE[0] <= c <= IMPERSONAL_RANGE[1]:
            fail(f"impersonal family {t!r} used {c} times, outside {IMPERSONAL_RANGE}")
    total = sum(labels.values())
    if total and labels["fine"] * 3 < total:
        fail(f"only {labels['fine']} of {total} rows are fine; need at least a third")
    return labels, channels


def strip_html(text):
    text = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return text


def read_tsv(path, header):
    if not os.path.isfile(path):
        fail(f"{path}: missing")
        return []
    text = read_text(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0] != header:
        fail(f"{path}: header must be {header!r}")
        return []
    return [l.split("\t") for l in lines[1:]]


def spans(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        fail("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f)))
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"]:
        fail(f"documents/: need exactly one .md, one .html and one .txt, found {docs}")
    for doc in docs:
        path = os.path.join(ddir, doc)
        name, ext = os.path.splitext(doc)
        text = read_text(path)
        if ext == ".md":
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                fail(f"{doc}: YAML front matter (--- ... ---) missing at top")
            plain = text
        elif ext == ".html":
            if "<html" not in text.lower():
                fail(f"{doc}: does not contain <html")
            plain = strip_html(text)
        else:
            plain = text
        words = len(plain.split())
        if not 150 <= words <= 500:
            fail(f"{doc}: {words} words, need 150-500")

        exp = read_tsv(os.path.join(ddir, name + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(ddir, name + ".traps.tsv"), "snippet")
        if len(exp) < 3:
            fail(f"{name}.expected.tsv: need at least 3 rows, found {len(exp)}")
        cats = set()
        exp_spans = []
        for row in exp:
            if len(row) != 2 or not row[1].strip():
                fail(f"{name}.expected.tsv: bad row {row!r}")
                continue
            cat, snip = row
            if cat not in ("pushy", "impersonal", "pushy,impersonal"):
                fail(f"{name}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            found = spans(text, snip)
            if not found:
                fail(f"{name}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend((a, b, snip) for a, b in found)
        if not {"pushy", "impersonal"} <= cats:
            fail(f"{name}.expected.tsv: needs both pushy and impersonal rows (has {sorted(cats)})")
        if len(traps) < 3:
            fail(f"{name}.traps.tsv: need at least 3 rows, found {len(traps)}")
        for row in traps:
            if len(row) != 1 or not row[0].strip():
                fail(f"{name}.traps.tsv: bad row {row!r}")
                continue
            snip = row[0]
            found = spans(text, snip)
            if not found:
                fail(f"{name}.traps.tsv: snippet not found verbatim: {snip!r}")
            for a, b in found:
                for ea, eb, esnip in exp_spans:
                    if a < eb and ea < b:
                        fail(f"{name}: trap {snip!r} overlaps expected snippet {esnip!r}")
            for _, _, esnip in exp_spans:
                if snip in esnip or esnip in snip:
                    fail(f"{name}: trap {snip!r} and expected {esnip!r} contain one another")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        fail("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        fail("README.md: should state the date 2026-12-03")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
