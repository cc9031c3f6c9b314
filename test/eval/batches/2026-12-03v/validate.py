#!/usr/bin/env python3
"""Validate the holdout-2026-12-03v first-sight evaluation batch.

Standard library only. Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import collections
import html
import html.parser
import os
import re
import sys

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
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]

# id prefix -> (label, expected count)
GROUPS = {
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}

# Kinds of near-miss from the guide's "Fine, including near-misses" section,
# matched against the text after "near-miss: " in the tactic column.
NEAR_MISS_KINDS = collections.OrderedDict([
    ("deadline with a date and a reason", ["deadline"]),
    ("stock fact with a reason", ["stock"]),
    ("guarantee that states its terms", ["guarantee"]),
    ("pushy language quoted or discussed", ["quoted", "discussed"]),
    ("passive voice right in context", ["passive"]),
    ("warm personal we", ["warm personal we"]),
    ("only you can decide / no rush", ["only you can decide", "no rush", "no pressure"]),
    ("past-tense story", ["past-tense"]),
    ("news and how-to prose", ["news prose", "how-to prose"]),
    ("capitals as acronyms, codes, identifiers", ["acronym", "code", "identifier", "reference"]),
    ("names of clubs, venues, products, programmes", ["name", "title"]),
])
MIN_PER_NEAR_MISS_KIND = 5

DOCUMENTS = {
    "md": "kilnhouse-winter-open-studio.md",
    "html": "onboardly-trial-ending.html",
    "txt": "december-sms-push-batch.txt",
}
WORD_RANGE = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8, checking encoding and LF line endings."""
    rel = os.path.relpath(path, HERE)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{rel}: cannot read ({e})")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if text and not text.endswith("\n"):
        err(f"{rel}: does not end with a newline")
    return text


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


# ---------------------------------------------------------------- sentences
def check_sentences():
    text = read_text(os.path.join(HERE, "sentences.tsv"))
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    if lines[0].split("\t") != HEADER:
        err("sentences.tsv: header must be " + "<TAB>".join(HEADER) + f", got {lines[0]!r}")
    rows = lines[1:]
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")

    ids_seen = set()
    texts_seen = {}
    by_prefix = collections.defaultdict(list)
    channel_count = collections.Counter()
    pushy_count = collections.Counter()
    imp_count = collections.Counter()
    kind_count = collections.Counter()

    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields, expected 5 (tab inside a field?)")
            continue
        rid, txt, labels, channel, tactic = fields
        for name, val in zip(HEADER, fields):
            if not val.strip():
                err(f"sentences.tsv line {n}: empty field {name!r}")
            elif val != val.strip():
                err(f"sentences.tsv line {n}: leading/trailing whitespace in {name!r}")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        if rid in ids_seen:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        ids_seen.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        by_prefix[prefix].append(num)
        want_label, _ = GROUPS[prefix]
        if labels != want_label:
            err(f"sentences.tsv {rid}: labels {labels!r}, expected {want_label!r}")

        key = norm(txt)
        if key in texts_seen:
            err(f"sentences.tsv {rid}: duplicate text of {texts_seen[key]}")
        texts_seen[key] = rid
        if len(txt.split()) < 3:
            err(f"sentences.tsv {rid}: text suspiciously short")

        if channel not in CHANNELS:
            err(f"sentences.tsv {rid}: unknown channel {channel!r}")
        channel_count[channel] += 1

        if prefix == "p":
            if tactic not in PUSHY:
                err(f"sentences.tsv {rid}: unknown pushy tactic {tactic!r}")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL:
                err(f"sentences.tsv {rid}: unknown impersonal family {tactic!r}")
            imp_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"sentences.tsv {rid}: tactic must be '<pushy tactic> + <impersonal family>', got {tactic!r}")
        elif prefix == "n":
            if not tactic.startswith("near-miss: ") or not tactic[len("near-miss: "):].strip():
                err(f"sentences.tsv {rid}: near-miss tactic must look like 'near-miss: <kind>', got {tactic!r}")
            else:
                desc = tactic[len("near-miss: "):]
                for kind, keys in NEAR_MISS_KINDS.items():
                    if any(k in desc for k in keys):
                        kind_count[kind] += 1
                        break
                else:
                    err(f"sentences.tsv {rid}: near-miss description {desc!r} matches no kind in the guide")
        elif prefix == "f":
            if tactic != "plain":
                err(f"sentences.tsv {rid}: plain rows must have tactic 'plain', got {tactic!r}")

    for prefix, (label, count) in GROUPS.items():
        nums = sorted(by_prefix.get(prefix, []))
        if nums != list(range(1, count + 1)):
            missing = sorted(set(range(1, count + 1)) - set(nums))
            extra = sorted(set(nums) - set(range(1, count + 1)))
            err(f"sentences.tsv: ids {prefix}001-{prefix}{count:03d} incomplete "
                f"(missing {missing[:10]}, out of range {extra[:10]}, rows {len(nums)})")

    for t in PUSHY:
        if not 6 <= pushy_count[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_count[t]} rows, expected 6-7")
    for t in IMPERSONAL:
        if not 11 <= imp_count[t] <= 12:
            err(f"sentences.tsv: impersonal family {t!r} has {imp_count[t]} rows, expected 11-12")
    for c in CHANNELS:
        if channel_count[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channel_count[c]} rows, expected >= {MIN_PER_CHANNEL}")
    for kind in NEAR_MISS_KINDS:
        if kind_count[kind] < MIN_PER_NEAR_MISS_KIND:
            err(f"sentences.tsv: near-miss kind {kind!r} has {kind_count[kind]} rows, expected >= {MIN_PER_NEAR_MISS_KIND}")

    fine = sum(1 for r in rows if r.split("\t")[2:3] == ["fine"])
    if fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows; the guide asks for at least a third")


# ---------------------------------------------------------------- documents
class _Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_words(kind, text):
    if kind == "html":
        p = _Visible()
        p.feed(text)
        text = " ".join(p.parts)
    return len(text.split())


def read_tsv(path, header):
    text = read_text(path)
    rel = os.path.relpath(path, HERE)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{rel}: header must be " + "<TAB>".join(header))
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(not f.strip() for f in fields):
            err(f"{rel} line {n}: expected {len(header)} non-empty field(s), got {fields!r}")
            continue
        out.append(fields)
    if not out:
        err(f"{rel}: no data rows")
    return out


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return
    for kind, name in DOCUMENTS.items():
        path = os.path.join(DOCS, name)
        base = name.rsplit(".", 1)[0]
        text = read_text(path)
        if text is None:
            continue
        words = visible_words(kind, text)
        if not WORD_RANGE[0] <= words <= WORD_RANGE[1]:
            err(f"documents/{name}: {words} words, expected {WORD_RANGE[0]}-{WORD_RANGE[1]}")
        if kind == "md":
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                err(f"documents/{name}: no YAML front matter")
        if kind == "html":
            if "<html" not in text.lower() or "</html>" not in text.lower():
                err(f"documents/{name}: not an HTML document")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", text):
            err(f"documents/{name}: no merge tags")
        if not re.search(r"https?://", text):
            err(f"documents/{name}: no links")

        exp = read_tsv(os.path.join(DOCS, base + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(DOCS, base + ".traps.tsv"), ["snippet"])
        cats = collections.Counter()
        seen = set()
        for cat, snip in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"documents/{base}.expected.tsv: bad category {cat!r}")
            cats[cat] += 1
            if snip in seen:
                err(f"documents/{base}.expected.tsv: duplicate snippet {snip!r}")
            seen.add(snip)
            if snip not in text:
                err(f"documents/{base}.expected.tsv: snippet not found verbatim in {name}: {snip!r}")
        for c in ("pushy", "impersonal"):
            if cats[c] == 0:
                err(f"documents/{base}.expected.tsv: no {c} snippets (documents must mix both)")
        tseen = set()
        for (snip,) in traps:
            if snip in tseen:
                err(f"documents/{base}.traps.tsv: duplicate snippet {snip!r}")
            tseen.add(snip)
            if snip not in text:
                err(f"documents/{base}.traps.tsv: snippet not found verbatim in {name}: {snip!r}")
            for _, e in exp:
                if snip in e or e in snip:
                    err(f"documents/{base}: trap {snip!r} overlaps expected snippet {e!r}")

    extra = set(os.listdir(DOCS)) - {
        f for name in DOCUMENTS.values()
        for f in (name, name.rsplit(".", 1)[0] + ".expected.tsv", name.rsplit(".", 1)[0] + ".traps.tsv")
    }
    if extra:
        err(f"documents/: unexpected files {sorted(extra)}")


# ---------------------------------------------------------------- readme etc
def check_readme():
    text = read_text(os.path.join(HERE, "README.md"))
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-ze/labelling-guide.md"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for name in DOCUMENTS.values():
        if name not in text:
            err(f"README.md: does not list documents/{name}")
    read_text(os.path.abspath(__file__))


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
