#!/usr/bin/env python3
"""Validate the first-sight evaluation batch in this directory.

Standard library only. Prints OK when every check passes; otherwise prints
one line per problem and exits with status 1.

Run from anywhere:  python3 validate.py
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = "/work/brief-zc/labelling-guide.md"

PUSHY_TACTICS = [
    "bare urgency",
    "manufactured scarcity",
    "fear of missing out",
    "peer and competitor pressure",
    "buy-now commands",
    "confirm-shaming",
    "guilt-tripping",
    "shaming and identity pressure",
    "regret threats",
    "loss framing",
    "fear appeals",
    "threats in legal dress",
    "hype and guarantees",
    "assumptive close",
    "manufactured need",
    "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon",
    "bureaucratic passive",
    "legalese in marketing",
    "the reader in the third person",
    "we-centric bragging",
    "form-letter phrases",
    "grandiose posturing",
]
CHANNELS = [
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push",
    "nonprofit", "political-email", "real-estate", "fitness",
    "finance-crypto", "travel", "restaurants", "courses", "events",
    "cancellation-flow", "app-store", "local-services", "newsletter",
    "legal-footer",
]
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (label, count, tactic rule)
GROUPS = collections.OrderedDict([
    ("p", ("pushy", 110)),
    ("i", ("impersonal", 80)),
    ("b", ("pushy,impersonal", 20)),
    ("n", ("fine", 108)),
    ("f", ("fine", 12)),
])
TOTAL_ROWS = sum(n for _, n in GROUPS.values())  # 330
PUSHY_PER_TACTIC = (6, 7)
IMPERSONAL_PER_FAMILY = (11, 12)
DOC_WORDS = (150, 500)
DOC_KINDS = {".md": "Markdown", ".html": "HTML", ".txt": "plain text"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 with LF line endings; record problems."""
    rel = os.path.relpath(path, HERE)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{rel}: cannot read ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 byte-order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def check_guide_tables():
    """If the guide is present, make sure our tactic/family names match it."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding="utf-8").read()
    pushy_sec = text.split("### Pushy", 1)[1].split("### Impersonal", 1)[0]
    imp_sec = text.split("### Impersonal", 1)[1].split("### Fine", 1)[0]

    def names(sec):
        out = []
        for line in sec.splitlines():
            if line.startswith("|") and not line.startswith("|---"):
                cell = line.strip("|").split("|")[0].strip()
                if cell and cell not in ("tactic", "family"):
                    out.append(cell)
        return out

    if names(pushy_sec) != PUSHY_TACTICS:
        err("pushy tactic list does not match the guide's table")
    if names(imp_sec) != IMPERSONAL_FAMILIES:
        err("impersonal family list does not match the guide's table")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


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
    header = lines[0].split("\t")
    if header != HEADER:
        err(f"sentences.tsv: header is {header!r}, expected {HEADER!r}")
    rows = lines[1:]
    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    seen_ids = set()
    seen_text = {}
    by_prefix = collections.defaultdict(list)
    channel_count = collections.Counter()
    pushy_count = collections.Counter()
    family_count = collections.Counter()
    label_count = collections.Counter()

    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        rid, txt, labels, channel, tactic = fields
        for name, value in zip(HEADER, fields):
            if not value.strip():
                err(f"sentences.tsv line {n}: empty {name}")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing spaces")
        # id
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        by_prefix[prefix].append(num)
        want_label, _ = GROUPS[prefix]
        if labels != want_label:
            err(f"{rid}: labels {labels!r}, expected {want_label!r}")
        label_count[labels] += 1
        # text
        key = norm(txt)
        if key in seen_text:
            err(f"{rid}: duplicate text of {seen_text[key]}")
        else:
            seen_text[key] = rid
        if len(txt) < 10:
            err(f"{rid}: text suspiciously short")
        # channel
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        channel_count[channel] += 1
        # tactic
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{rid}: unknown pushy tactic {tactic!r}")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{rid}: unknown impersonal family {tactic!r}")
            family_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{rid}: tactic must be '<pushy tactic> + <impersonal family>', got {tactic!r}")
        elif prefix == "n":
            if not re.fullmatch(r"near-miss: \S.*", tactic):
                err(f"{rid}: near-miss tactic must look like 'near-miss: <kind>', got {tactic!r}")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{rid}: plain row tactic must be 'plain', got {tactic!r}")

    for prefix, (label, count) in GROUPS.items():
        got = sorted(by_prefix.get(prefix, []))
        if got != list(range(1, count + 1)):
            missing = sorted(set(range(1, count + 1)) - set(got))
            extra = sorted(set(got) - set(range(1, count + 1)))
            err(f"ids {prefix}001-{prefix}{count:03d}: missing {missing[:10]} extra {extra[:10]}")

    lo, hi = PUSHY_PER_TACTIC
    for t in PUSHY_TACTICS:
        if not lo <= pushy_count[t] <= hi:
            err(f"pushy tactic {t!r}: {pushy_count[t]} rows, expected {lo}-{hi}")
    lo, hi = IMPERSONAL_PER_FAMILY
    for f in IMPERSONAL_FAMILIES:
        if not lo <= family_count[f] <= hi:
            err(f"impersonal family {f!r}: {family_count[f]} rows, expected {lo}-{hi}")
    for c in CHANNELS:
        if channel_count[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r}: {channel_count[c]} rows, need at least {MIN_PER_CHANNEL}")
    total = sum(label_count.values())
    if total and label_count["fine"] * 3 < total:
        err(f"fine rows are {label_count['fine']}/{total}, less than a third")
    return channel_count, label_count


def visible_words(path, text):
    ext = os.path.splitext(path)[1]
    body = text
    if ext == ".md":
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    elif ext == ".html":
        body = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
        body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
        body = re.sub(r"<[^>]+>", " ", body)
        body = html.unescape(body)
    return len(re.findall(r"\S+", body))


def read_tsv(path, header):
    rel = os.path.relpath(path, HERE)
    text = read_text(path)
    if text is None:
        return []
    lines = [l for l in text.split("\n")]
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{rel}: header must be {header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {n}: {len(fields)} fields, expected {len(header)}")
            continue
        if any(not f.strip() for f in fields):
            err(f"{rel} line {n}: empty field")
            continue
        out.append(fields)
    if not out:
        err(f"{rel}: no rows")
    return out


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ is missing")
        return []
    docs = sorted(
        f for f in os.listdir(ddir)
        if os.path.splitext(f)[1] in DOC_KINDS and not f.endswith(".tsv")
    )
    kinds = collections.Counter(os.path.splitext(f)[1] for f in docs)
    for ext, name in DOC_KINDS.items():
        if kinds[ext] != 1:
            err(f"documents/: expected exactly one {name} ({ext}) document, found {kinds[ext]}")
    listing = set(os.listdir(ddir))
    for f in listing:
        stem, ext = os.path.splitext(f)
        if f.endswith(".expected.tsv") or f.endswith(".traps.tsv"):
            base = f.rsplit(".", 2)[0]
            if not any(os.path.splitext(d)[0] == base for d in docs):
                err(f"documents/{f}: no matching document")
        elif ext not in DOC_KINDS:
            err(f"documents/{f}: unexpected file")

    summary = []
    for doc in docs:
        stem, ext = os.path.splitext(doc)
        path = os.path.join(ddir, doc)
        text = read_text(path)
        if text is None:
            continue
        words = visible_words(path, text)
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"documents/{doc}: {words} words, expected {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if ext == ".md" and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"documents/{doc}: missing YAML front matter")
        if ext == ".html" and not re.search(r"<html\b", text, flags=re.I):
            err(f"documents/{doc}: does not look like HTML")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", text):
            err(f"documents/{doc}: no merge tag found")
        if "http" not in text and ".sh/" not in text:
            err(f"documents/{doc}: no link found")

        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        if not os.path.exists(exp_path):
            err(f"documents/{stem}.expected.tsv is missing")
            expected = []
        else:
            expected = read_tsv(exp_path, ["category", "snippet"])
        if not os.path.exists(trap_path):
            err(f"documents/{stem}.traps.tsv is missing")
            traps = []
        else:
            traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]

        cats = collections.Counter()
        seen = set()
        for cat, snip in expected:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip in seen:
                err(f"{stem}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not found verbatim in {doc}: {snip!r}")
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{stem}.expected.tsv: no {cat} snippet")
        tseen = set()
        for snip in traps:
            if snip in tseen:
                err(f"{stem}.traps.tsv: duplicate snippet {snip!r}")
            tseen.add(snip)
            if snip not in text:
                err(f"{stem}.traps.tsv: snippet not found verbatim in {doc}: {snip!r}")
            for _, e in expected:
                if snip in e or e in snip:
                    err(f"{stem}.traps.tsv: trap {snip!r} overlaps expected snippet {e!r}")
        summary.append((doc, words, cats["pushy"], cats["impersonal"], len(traps)))
    return summary


def check_readme():
    path = os.path.join(HERE, "README.md")
    text = read_text(path)
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-zc/labelling-guide.md", "330"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")


def main():
    check_guide_tables()
    check_sentences()
    check_documents()
    check_readme()
    read_text(os.path.abspath(__file__))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
