#!/usr/bin/env python3
"""Format checks for the holdout-zr evaluation batch (stdlib only).

Usage: python3 validate.py   (run from anywhere; paths are relative to this file)
Prints OK and exits 0 when every check passes; otherwise lists the problems
and exits 1.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

HEADER = ["id", "text", "labels", "channel", "tactic"]

# Guide order matters: the blocks must follow it.
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
    "e-commerce",
    "SaaS trial and renewal",
    "B2B outreach",
    "LinkedIn",
    "SMS",
    "push notifications",
    "nonprofit appeals",
    "political email",
    "real estate",
    "fitness",
    "finance and crypto",
    "travel",
    "restaurants",
    "courses",
    "events",
    "cancellation and unsubscribe flows",
    "app-store text",
    "local services",
    "newsletters",
    "legal footers",
]
# prefix -> (count, label, tactic rule)
BLOCKS = OrderedDict([
    ("p", (110, "pushy")),
    ("i", (80, "impersonal")),
    ("b", (20, "pushy,impersonal")),
    ("n", (108, "fine")),
    ("f", (12, "fine")),
])
# Any kind of quotation mark a field must not start with.
LEADING_QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07")

DOCUMENTS = [
    ("tin-snail-landing-page.md", ".md"),
    ("brine-devil-autumn-email.html", ".html"),
    ("valley-link-sms-schedule.txt", ".txt"),
]

errors = []


def err(msg):
    errors.append(msg)


def read_strict(path):
    """Read a file as UTF-8, insisting on no BOM and LF line endings."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.relpath(path, HERE)}: starts with a BOM")
    if b"\r" in raw:
        err(f"{os.path.relpath(path, HERE)}: contains CR characters (use LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{os.path.relpath(path, HERE)}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{os.path.relpath(path, HERE)}: not valid UTF-8 ({exc})")
        return raw.decode("utf-8", "replace")


def read_tsv(path, ncols):
    text = read_strict(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows = []
    for n, line in enumerate(lines, 1):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{os.path.relpath(path, HERE)} line {n}: {len(fields)} fields, expected {ncols}")
            continue
        rows.append((n, fields))
    return rows


def check_fields(where, fields):
    for f in fields:
        if f == "":
            err(f"{where}: empty field")
        elif f[0] in LEADING_QUOTES:
            err(f"{where}: field starts with a quotation mark: {f[:30]!r}")
        elif f != f.strip():
            err(f"{where}: field has leading/trailing whitespace: {f[:30]!r}")


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path, 5)
    if not rows or rows[0][1] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER}")
        return
    data = rows[1:]
    if len(data) != 330:
        err(f"sentences.tsv: {len(data)} data rows, expected 330")

    # Expected id sequence, in block order.
    expected_ids = [f"{p}{k:03d}" for p, (n, _) in BLOCKS.items() for k in range(1, n + 1)]
    got_ids = [f[0] for _, f in data]
    if got_ids != expected_ids:
        dup = [i for i, c in Counter(got_ids).items() if c > 1]
        missing = sorted(set(expected_ids) - set(got_ids))
        extra = sorted(set(got_ids) - set(expected_ids))
        err(f"sentences.tsv: ids not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order "
            f"(duplicates={dup[:5]}, missing={missing[:5]}, unexpected={extra[:5]})")

    texts = Counter()
    channels = Counter()
    tactic_seq = {"p": [], "i": []}
    for lineno, f in data:
        where = f"sentences.tsv line {lineno} ({f[0]})"
        check_fields(where, f)
        rid, text, labels, channel, tactic = f
        texts[text] += 1
        prefix = rid[:1]
        if prefix not in BLOCKS:
            err(f"{where}: unknown id prefix")
            continue
        want_label = BLOCKS[prefix][1]
        if labels != want_label:
            err(f"{where}: labels {labels!r}, expected {want_label!r}")
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: {tactic!r} is not a pushy tactic from the guide")
            tactic_seq["p"].append(tactic)
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: {tactic!r} is not an impersonal family from the guide")
            tactic_seq["i"].append(tactic)
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n":
            if tactic != "near-miss":
                err(f"{where}: tactic must be 'near-miss'")
        elif prefix == "f":
            if tactic != "plain":
                err(f"{where}: tactic must be 'plain'")

    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text ({c}x): {t[:50]!r}")

    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f"sentences.tsv: channel {ch!r} used {channels[ch]} times (need >= 8)")

    def check_blocks(seq, order, lo, hi, kind):
        counts = Counter(seq)
        for t in order:
            if not lo <= counts[t] <= hi:
                err(f"sentences.tsv: {kind} {t!r} has {counts[t]} rows (need {lo}-{hi})")
        # contiguous blocks in guide order
        collapsed = [t for k, t in enumerate(seq) if k == 0 or seq[k - 1] != t]
        if collapsed != [t for t in order if counts[t]]:
            err(f"sentences.tsv: {kind} rows are not in contiguous blocks in the guide's order")

    check_blocks(tactic_seq["p"], PUSHY_TACTICS, 6, 7, "pushy tactic")
    check_blocks(tactic_seq["i"], IMPERSONAL_FAMILIES, 11, 12, "impersonal family")

    fine = sum(1 for _, f in data if f[2] == "fine")
    if data and fine * 3 < len(data):
        err(f"sentences.tsv: only {fine} fine rows, fewer than a third")
    return channels


# ---------------------------------------------------------------- documents
def prose_of(name, text):
    """Rough visible prose of a document, for sentence and word counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\{\{<.*?>\}\}", " ", text)
        text = re.sub(r"\]\([^)]*\)", "]", text)
    elif name.endswith(".html"):
        text = re.sub(r"<(style|head)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<(p|li|h\d|div|td|tr)\b", "\n<", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    elif name.endswith(".txt"):
        # schedule slot headers such as "[MON 13 OCT 07:00] [ID: ...] SMS -> ..." are metadata
        text = "\n".join(l for l in text.split("\n") if not l.startswith("["))
    return text


def count_sentences(prose):
    n = 0
    for line in prose.split("\n"):
        line = line.strip(" -#*>0123456789.\t")
        if len(re.findall(r"[A-Za-z\u00c0-\u024f]+", line)) < 3:
            continue
        # sentence ends: . ! ? (possibly repeated / followed by closing quote) then space or end
        parts = [p for p in re.split(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+", line) if re.search(r"[A-Za-z]{2}", p)]
        n += max(1, len(parts))
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return {}
    present = sorted(os.listdir(DOCS))
    allowed = set()
    stats = {}
    for name, ext in DOCUMENTS:
        base = name[: -len(ext)]
        for fn in (name, base + ".expected.tsv", base + ".traps.tsv"):
            allowed.add(fn)
            if fn not in present:
                err(f"documents/{fn} missing")
        if name not in present:
            continue
        doc = read_strict(os.path.join(DOCS, name))
        if name.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", doc, flags=re.S):
            err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"{name}: no merge tags")
            if 'class="' not in doc or "href=" not in doc:
                err(f"{name}: needs CSS classes and links")
        prose = prose_of(name, doc)
        ns = count_sentences(prose)
        nw = len(prose.split())
        stats[name] = (ns, nw)
        if not 25 <= ns <= 45:
            err(f"{name}: about {ns} sentences, need 25-45")
        if not 150 <= nw <= 500:
            err(f"{name}: about {nw} words, need 150-500")

        exp_path = os.path.join(DOCS, base + ".expected.tsv")
        trap_path = os.path.join(DOCS, base + ".traps.tsv")
        expected, traps = [], []
        if os.path.exists(exp_path):
            rows = read_tsv(exp_path, 2)
            if not rows or rows[0][1] != ["category", "snippet"]:
                err(f"{base}.expected.tsv: header must be 'category<TAB>snippet'")
            for lineno, (cat, snip) in [r for r in rows[1:]]:
                where = f"{base}.expected.tsv line {lineno}"
                check_fields(where, [cat, snip])
                if cat not in ("pushy", "impersonal"):
                    err(f"{where}: category {cat!r} must be pushy or impersonal")
                if snip not in doc:
                    err(f"{where}: snippet not found verbatim in {name}: {snip[:50]!r}")
                expected.append(snip)
            cats = Counter(r[1][0] for r in rows[1:])
            if not cats["pushy"] or not cats["impersonal"]:
                err(f"{base}.expected.tsv: needs both pushy and impersonal rows")
        if os.path.exists(trap_path):
            rows = read_tsv(trap_path, 1)
            if not rows or rows[0][1] != ["snippet"]:
                err(f"{base}.traps.tsv: header must be 'snippet'")
            for lineno, (snip,) in rows[1:]:
                where = f"{base}.traps.tsv line {lineno}"
                check_fields(where, [snip])
                if snip not in doc:
                    err(f"{where}: snippet not found verbatim in {name}: {snip[:50]!r}")
                traps.append(snip)
            if not traps:
                err(f"{base}.traps.tsv: no traps")
        for e in expected:
            for t in traps:
                if e in t or t in e:
                    err(f"{base}: expected snippet and trap overlap: {e[:40]!r} / {t[:40]!r}")
        for dup, c in Counter(expected + traps).items():
            if c > 1:
                err(f"{base}: snippet listed twice: {dup[:40]!r}")
    for fn in present:
        if fn not in allowed:
            err(f"documents/{fn}: unexpected file")
    return stats


def main():
    for fn in ("README.md", "sentences.tsv"):
        if not os.path.exists(os.path.join(HERE, fn)):
            err(f"{fn} missing")
    if os.path.exists(os.path.join(HERE, "README.md")):
        read_strict(os.path.join(HERE, "README.md"))
    channels = check_sentences() or {}
    stats = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv:
        for ch in CHANNELS:
            print(f"  {channels[ch]:3d}  {ch}")
        for name, (ns, nw) in stats.items():
            print(f"  {name}: ~{ns} sentences, ~{nw} words")
    print("OK")


if __name__ == "__main__":
    main()
