#!/usr/bin/env python3
"""Validate the holdout batch in this directory. Standard library only.

Prints OK and exits 0 when every check passes; otherwise prints one line
per problem and exits 1.
"""
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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

# prefix -> (first number, last number, label)
ID_RANGES = {
    "p": (1, 110, "pushy"),
    "i": (1, 80, "impersonal"),
    "b": (1, 20, "pushy,impersonal"),
    "n": (1, 108, "fine"),
    "f": (1, 12, "fine"),
}
TOTAL_ROWS = sum(hi - lo + 1 for lo, hi, _ in ID_RANGES.values())  # 330

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings."""
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
    if text.startswith("\ufeff"):
        err(f"{rel}: has a UTF-8 BOM")
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
        lines = lines[:-1]
    if not lines:
        err(f"{rel}: empty file")
        return []
    got = lines[0].split("\t")
    if got != header:
        err(f"{rel}: header is {got!r}, expected {header!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for name, value in zip(header, fields):
            if value.strip() == "":
                err(f"{rel}:{n}: empty field {name!r}")
            elif value != value.strip():
                err(f"{rel}:{n}: field {name!r} has leading/trailing whitespace")
        rows.append((n, dict(zip(header, fields))))
    return rows


def norm(s):
    s = s.casefold()
    s = re.sub(r"[\u2018\u2019]", "'", s)
    s = re.sub(r"[\u201c\u201d]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    expected_ids = {
        f"{p}{k:03d}" for p, (lo, hi, _) in ID_RANGES.items()
        for k in range(lo, hi + 1)
    }
    seen_ids = Counter(r["id"] for _, r in rows)
    for i, c in seen_ids.items():
        if c > 1:
            err(f"sentences.tsv: id {i} appears {c} times")
    missing = sorted(expected_ids - set(seen_ids))
    extra = sorted(set(seen_ids) - expected_ids)
    if missing:
        err(f"sentences.tsv: missing ids {missing}")
    if extra:
        err(f"sentences.tsv: unexpected ids {extra}")

    pushy_count = Counter()
    imp_count = Counter()
    chan_count = Counter()
    label_count = Counter()
    texts = {}
    for n, r in rows:
        rid, text, labels = r["id"], r["text"], r["labels"]
        channel, tactic = r["channel"], r["tactic"]
        where = f"sentences.tsv:{n} ({rid})"
        label_count[labels] += 1
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: malformed id")
            continue
        prefix = m.group(1)
        want_label = ID_RANGES[prefix][2]
        if labels != want_label:
            err(f"{where}: label {labels!r}, expected {want_label!r}")

        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: unknown pushy tactic {tactic!r}")
            pushy_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: unknown impersonal family {tactic!r}")
            imp_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2:
                err(f"{where}: tactic must be '<pushy tactic> + <impersonal family>'")
            else:
                if parts[0] not in PUSHY_TACTICS:
                    err(f"{where}: unknown pushy tactic {parts[0]!r}")
                if parts[1] not in IMPERSONAL_FAMILIES:
                    err(f"{where}: unknown impersonal family {parts[1]!r}")
        elif prefix == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"{where}: near-miss tactic must start with 'near-miss: '")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{where}: plain line tactic must be 'plain'")

        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        chan_count[channel] += 1

        key = norm(text)
        if key in texts:
            err(f"{where}: duplicate text (same as {texts[key]})")
        else:
            texts[key] = rid
        if len(text) < 10:
            err(f"{where}: text suspiciously short")

    for t in PUSHY_TACTICS:
        c = pushy_count[t]
        if not 6 <= c <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {c} rows, expected 6-7")
    for fam in IMPERSONAL_FAMILIES:
        c = imp_count[fam]
        if not 11 <= c <= 12:
            err(f"sentences.tsv: impersonal family {fam!r} has {c} rows, expected 11-12")
    for ch in CHANNELS:
        if chan_count[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} has {chan_count[ch]} rows, "
                f"minimum is {MIN_PER_CHANNEL}")
    if rows and label_count["fine"] * 3 < len(rows):
        err("sentences.tsv: fewer than a third of rows are fine")
    return len(rows), label_count, chan_count


# ---------------------------------------------------------------- documents
class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def word_count(text, kind):
    if kind == "html":
        p = TextExtractor()
        p.feed(text)
        text = " ".join(p.parts)
    return len(re.findall(r"\S+", text))


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return []
    names = sorted(os.listdir(DOCS))
    doc_files = [n for n in names
                 if not n.endswith(".expected.tsv") and not n.endswith(".traps.tsv")]
    kinds = {}
    for n in doc_files:
        ext = n.rsplit(".", 1)[-1]
        if ext not in ("md", "html", "txt"):
            err(f"documents/{n}: unexpected file")
            continue
        if ext in kinds:
            err(f"documents/: more than one .{ext} document")
        kinds[ext] = n
    for ext in ("md", "html", "txt"):
        if ext not in kinds:
            err(f"documents/: no .{ext} document")
    for n in names:
        if n.endswith(".expected.tsv") or n.endswith(".traps.tsv"):
            base = n.rsplit(".", 2)[0]
            if not any(d.rsplit(".", 1)[0] == base for d in doc_files):
                err(f"documents/{n}: no matching document")

    summary = []
    for ext, n in sorted(kinds.items()):
        path = os.path.join(DOCS, n)
        base = n.rsplit(".", 1)[0]
        text = read_text(path)
        if text is None:
            continue
        wc = word_count(text, ext)
        if not 150 <= wc <= 500:
            err(f"documents/{n}: {wc} words, expected 150-500")
        if ext == "md":
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                err(f"documents/{n}: no YAML front matter")
        if ext == "html":
            low = text.lower()
            if "<html" not in low or "</html>" not in low or "<body" not in low:
                err(f"documents/{n}: not a complete HTML document")
        if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|\w+\|\*", text):
            err(f"documents/{n}: no merge tag")
        if not re.search(r"https?://|\b[\w-]+\.(?:scot|uk|com|co|example|io)/", text):
            err(f"documents/{n}: no link")

        exp_path = os.path.join(DOCS, base + ".expected.tsv")
        trap_path = os.path.join(DOCS, base + ".traps.tsv")
        exp_rows = read_tsv(exp_path, ["category", "snippet"]) if os.path.exists(exp_path) else None
        trap_rows = read_tsv(trap_path, ["snippet"]) if os.path.exists(trap_path) else None
        if exp_rows is None:
            err(f"documents/{base}.expected.tsv: missing")
            exp_rows = []
        if trap_rows is None:
            err(f"documents/{base}.traps.tsv: missing")
            trap_rows = []

        cats = Counter()
        exp_snips = []
        for ln, r in exp_rows:
            where = f"documents/{base}.expected.tsv:{ln}"
            if r["category"] not in ("pushy", "impersonal"):
                err(f"{where}: category {r['category']!r} must be pushy or impersonal")
            cats[r["category"]] += 1
            if r["snippet"] not in text:
                err(f"{where}: snippet not found verbatim in {n}: {r['snippet']!r}")
            if r["snippet"] in exp_snips:
                err(f"{where}: duplicate snippet")
            exp_snips.append(r["snippet"])
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"documents/{base}.expected.tsv: needs both pushy and impersonal rows")

        trap_snips = []
        for ln, r in trap_rows:
            where = f"documents/{base}.traps.tsv:{ln}"
            s = r["snippet"]
            if s not in text:
                err(f"{where}: snippet not found verbatim in {n}: {s!r}")
            if s in trap_snips:
                err(f"{where}: duplicate snippet")
            trap_snips.append(s)
            for e in exp_snips:
                if s in e or e in s:
                    err(f"{where}: trap overlaps expected snippet {e!r}")
        if not trap_snips:
            err(f"documents/{base}.traps.tsv: no traps")
        summary.append((n, wc, cats["pushy"], cats["impersonal"], len(trap_snips)))
    return summary


# ---------------------------------------------------------------- misc files
def check_misc():
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md: missing")
    else:
        t = read_text(readme)
        if t is not None:
            for needle in ("2026-12-03", "/work/brief-zb/labelling-guide.md"):
                if needle not in t:
                    err(f"README.md: does not mention {needle}")
    read_text(os.path.abspath(__file__))
    for root, _dirs, files in os.walk(HERE):
        for f in files:
            if f.startswith("_") or f.endswith("~") or f.startswith(".#"):
                err(f"{os.path.relpath(os.path.join(root, f), HERE)}: stray draft file")


def main():
    nrows, labels, chans = check_sentences()
    docs = check_documents()
    check_misc()
    if errors:
        for e in errors:
            print(e)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    if "-v" in sys.argv:
        print(f"rows: {nrows}  labels: {dict(sorted(labels.items()))}")
        print("channels: " + ", ".join(f"{c}={chans[c]}" for c in CHANNELS))
        for n, wc, p, i, t in docs:
            print(f"{n}: {wc} words, {p} pushy, {i} impersonal, {t} traps")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
