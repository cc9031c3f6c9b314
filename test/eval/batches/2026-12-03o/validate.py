#!/usr/bin/env python3
"""Validate the holdout batch written on 2026-12-03 from the labelling guide.

Checks sentences.tsv, the three documents with their expected/traps files,
and README.md. Prints OK and exits 0 when everything passes; otherwise lists
every problem and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = ["id", "text", "labels", "channel", "tactic"]
EXPECTED_ROWS = 330
# prefix -> (label, count)
ID_SPEC = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
CHANNELS = {
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
}
MIN_PER_CHANNEL = 12  # the brief asks for 12; the hard floor is 10
PUSHY_TACTICS = {
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
IMPERSONAL_FAMILIES = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
}
CATEGORIES = {"pushy", "impersonal", "pushy,impersonal"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (need LF line endings)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.relpath(path, HERE)}: not valid UTF-8 ({exc})")
        return raw.decode("utf-8", "replace")


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    name = os.path.relpath(path, HERE)
    if not lines:
        err(f"{name}: empty file")
        return []
    if lines[0].split("\t") != header:
        err(f"{name}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            err(f"{name}:{n}: expected {len(header)} fields, got {len(cells)}")
            continue
        if any(c.strip() == "" for c in cells):
            err(f"{name}:{n}: empty field")
        rows.append(cells)
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path, HEADER)
    if len(rows) != EXPECTED_ROWS:
        err(f"sentences.tsv: {len(rows)} rows, expected {EXPECTED_ROWS}")

    ids_by_prefix = collections.defaultdict(list)
    seen_ids, seen_texts = set(), {}
    channel_counts = collections.Counter()
    pushy_counts = collections.Counter()
    imp_counts = collections.Counter()
    fine = 0
    for cells in rows:
        rid, text, label, channel, tactic = cells
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{rid}: malformed id")
            continue
        if rid in seen_ids:
            err(f"{rid}: duplicate id")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        ids_by_prefix[prefix].append(num)
        want_label = ID_SPEC[prefix][0]
        if label != want_label:
            err(f"{rid}: label {label!r}, expected {want_label!r}")
        if label == "fine":
            fine += 1
        key = " ".join(text.split()).lower()
        if key in seen_texts:
            err(f"{rid}: duplicate text of {seen_texts[key]}")
        seen_texts[key] = rid
        if text != text.strip():
            err(f"{rid}: leading/trailing whitespace in text")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channel_counts[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
            pushy_counts[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {tactic!r}")
            imp_counts[tactic] += 1
        elif prefix == "b":
            parts = [p.strip() for p in tactic.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic must be 'pushy tactic; impersonal family', got {tactic!r}")
            if tactic != f"{parts[0]}; {parts[1]}":
                err(f"{rid}: tactic should be written as 'a; b', got {tactic!r}")
        else:
            if len(tactic) > 80:
                err(f"{rid}: description too long")

    for prefix, (label, count) in ID_SPEC.items():
        nums = sorted(ids_by_prefix.get(prefix, []))
        if nums != list(range(1, count + 1)):
            err(f"ids {prefix}: expected {prefix}001–{prefix}{count:03d} consecutive, got {len(nums)} ids")

    for ch in sorted(CHANNELS):
        if channel_counts[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch}: used {channel_counts[ch]} times, need at least {MIN_PER_CHANNEL}")

    missing = PUSHY_TACTICS - set(pushy_counts)
    if missing:
        err(f"pushy tactics never used in p rows: {sorted(missing)}")
    for t, c in pushy_counts.items():
        if not 6 <= c <= 8:
            err(f"pushy tactic {t!r}: {c} rows, expected about 7 (6–8)")
    missing = IMPERSONAL_FAMILIES - set(imp_counts)
    if missing:
        err(f"impersonal families never used in i rows: {sorted(missing)}")
    for t, c in imp_counts.items():
        if not 10 <= c <= 12:
            err(f"impersonal family {t!r}: {c} rows, expected about 11 (10–12)")

    if rows and fine * 3 < len(rows):
        err(f"only {fine} of {len(rows)} rows are fine; need at least a third")
    return len(rows), fine


def strip_html(text):
    text = re.sub(r"(?is)<!--.*?-->", " ", text)
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return html.unescape(text)


def spans(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(DOCS, f)))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: expected one .md, one .html and one .txt, found {docs}")
    for doc in docs:
        path = os.path.join(DOCS, doc)
        name, ext = os.path.splitext(doc)
        text = read_text(path)
        body = text
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{doc}: YAML front matter missing")
            elif not re.search(r"(?m)^title:\s*\S", m.group(1)):
                err(f"{doc}: front matter has no title")
        if ext == ".html":
            if "<html" not in text.lower():
                err(f"{doc}: no <html tag")
            body = strip_html(text)
        words = len(re.findall(r"\S+", body))
        if not 150 <= words <= 500:
            err(f"{doc}: {words} words, need 150–500")

        exp_path = os.path.join(DOCS, name + ".expected.tsv")
        trap_path = os.path.join(DOCS, name + ".traps.tsv")
        if not os.path.exists(exp_path):
            err(f"{doc}: {name}.expected.tsv missing")
            continue
        if not os.path.exists(trap_path):
            err(f"{doc}: {name}.traps.tsv missing")
            continue
        expected = read_tsv(exp_path, ["category", "snippet"])
        traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]
        if len(expected) < 3:
            err(f"{name}.expected.tsv: {len(expected)} rows, need at least 3")
        cats = set()
        exp_spans = []
        for cat, snip in expected:
            if cat not in CATEGORIES:
                err(f"{name}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            found = spans(text, snip)
            if not found:
                err(f"{name}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend((s, e, snip) for s, e in found)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{name}.expected.tsv: needs both pushy and impersonal problems, has {sorted(cats)}")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: {len(traps)} rows, need at least 3")
        for trap in traps:
            found = spans(text, trap)
            if not found:
                err(f"{name}.traps.tsv: trap not found verbatim: {trap!r}")
            for ts, te in found:
                for es, ee, snip in exp_spans:
                    if ts < ee and es < te:
                        err(f"{name}: trap {trap!r} overlaps expected snippet {snip!r}")
            for _, snip in expected:
                if trap in snip or snip in trap:
                    err(f"{name}: trap {trap!r} and expected {snip!r} contain one another")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 not mentioned")
    if "labelling guide" not in text.lower():
        err("README.md: should say the batch was written from the labelling guide")


def main():
    result = check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
