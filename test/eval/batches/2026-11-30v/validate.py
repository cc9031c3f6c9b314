#!/usr/bin/env python3
"""Format checker for the holdout-v evaluation batch (stdlib only).

Usage: python3 validate.py [BATCH_DIR]   (default: the directory holding this script)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

# ---- vocabulary from the labelling guide -------------------------------------------------
LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate", "fitness",
    "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services", "newsletters",
    "legal footers",
]
TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases",
    "grandiose posturing",
]
HEADER = "id\ttext\tlabels\tchannel\ttactic"
PREFIX = {  # id prefix -> (label, target count, allowed range)
    "p": ("pushy", 110, (100, 120)),
    "i": ("impersonal", 80, (72, 88)),
    "b": ("pushy,impersonal", 20, (20, 20)),
    "n": ("fine", None, (108, 10**6)),
    "f": ("fine", None, (0, 10**6)),
}
TOTAL = 330
FINE_TOTAL = 120
# any kind of quotation mark a field must not start with
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02\uff07"

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{path}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not valid UTF-8 ({e})")
        return raw.decode("utf-8", "replace")


# ---- made-up contact details -------------------------------------------------------------
REAL_TLDS = r"(?:com|net|org|io|co|uk|us|de|fr|app|ly|me|info|biz|gov|edu|ai|eu|ie)"


def check_contacts(path, text):
    for m in re.finditer(r"https?://([^/\s\"'<>?#]+)", text):
        if not m.group(1).lower().endswith(".example"):
            err(f"{path}: URL host is not .example: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not m.group(1).lower().endswith(".example"):
            err(f"{path}: e-mail domain is not .example: {m.group(0)}")
    for m in re.finditer(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\." + REAL_TLDS + r"\b(?![\w-])", text, re.I):
        # allow things like "e.g." style abbreviations? they never match this pattern
        err(f"{path}: looks like a real domain: {m.group(0)}")
    for m in re.finditer(r"(?<![\d/])(0\d{3,4})[ -]?(\d{3})[ -]?(\d{3,4})(?!\d)", text):
        num = "".join(m.groups())
        if not (num.startswith("01632960") or num.startswith("07700900") or num.startswith("02079460")):
            err(f"{path}: phone number outside the reserved fictional ranges: {m.group(0)}")
    for m in re.finditer(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b", text):
        if "555" not in m.group(0)[:9]:
            err(f"{path}: US-style number not in the 555 range: {m.group(0)}")


# ---- sentences.tsv -----------------------------------------------------------------------
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    check_contacts("sentences.tsv", text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
        return
    rows = lines[1:]
    if len(rows) != TOTAL:
        err(f"sentences.tsv: expected {TOTAL} rows, found {len(rows)}")
    seen_text = {}
    next_num = defaultdict(lambda: 1)
    counts = Counter()
    tactic_counts = Counter()
    family_counts = Counter()
    chan_counts = Counter()
    chan_by_label = defaultdict(set)
    for ln, row in enumerate(rows, start=2):
        fields = row.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {ln}: {len(fields)} fields, want 5")
            continue
        rid, txt, lab, chan, tac = fields
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if val == "" or val != val.strip():
                err(f"sentences.tsv line {ln}: {name} is empty or has surrounding whitespace")
            if val[:1] in QUOTES:
                err(f"sentences.tsv line {ln}: {name} starts with a quotation mark")
            if "\n" in val or "\r" in val or "\t" in val:
                err(f"sentences.tsv line {ln}: {name} contains a control separator")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {ln}: bad id {rid!r}")
            continue
        pre, num = m.group(1), int(m.group(2))
        if num != next_num[pre]:
            err(f"sentences.tsv line {ln}: id {rid} out of sequence (expected {pre}{next_num[pre]:03d})")
        next_num[pre] = num + 1
        counts[pre] += 1
        want_label = PREFIX[pre][0]
        if lab not in LABELS:
            err(f"sentences.tsv line {ln}: invalid label {lab!r}")
        elif lab != want_label:
            err(f"sentences.tsv line {ln}: id {rid} should be labelled {want_label!r}, not {lab!r}")
        if chan not in CHANNELS:
            err(f"sentences.tsv line {ln}: channel {chan!r} is not one of the guide's channels")
        else:
            chan_counts[chan] += 1
            chan_by_label[lab].add(chan)
        if pre == "p":
            if tac not in TACTICS:
                err(f"sentences.tsv line {ln}: unknown pushy tactic {tac!r}")
            tactic_counts[tac] += 1
        elif pre == "i":
            if tac not in FAMILIES:
                err(f"sentences.tsv line {ln}: unknown impersonal family {tac!r}")
            family_counts[tac] += 1
        elif pre == "b":
            parts = tac.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"sentences.tsv line {ln}: b-row tactic must be 'tactic+family', got {tac!r}")
            else:
                tactic_counts[parts[0]] += 0  # registered, not counted towards p coverage
        elif pre == "n" and tac != "near-miss":
            err(f"sentences.tsv line {ln}: n-row tactic must be 'near-miss'")
        elif pre == "f" and tac != "plain":
            err(f"sentences.tsv line {ln}: f-row tactic must be 'plain'")
        key = re.sub(r"\s+", " ", txt.lower())
        if key in seen_text:
            err(f"sentences.tsv line {ln}: duplicate text (first at line {seen_text[key]})")
        seen_text[key] = ln
        if len(txt) < 10 or len(txt) > 300:
            err(f"sentences.tsv line {ln}: text length {len(txt)} outside 10..300")
    for pre, (lab, _target, (lo, hi)) in PREFIX.items():
        if not lo <= counts[pre] <= hi:
            err(f"sentences.tsv: {counts[pre]} {pre}-rows ({lab}), want {lo}..{hi}")
    fine = counts["n"] + counts["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, want {FINE_TOTAL}")
    if fine * 3 < sum(counts.values()):
        err("sentences.tsv: fine rows are less than a third of the batch")
    for t in TACTICS:
        if tactic_counts[t] < 5:
            err(f"sentences.tsv: pushy tactic {t!r} has only {tactic_counts[t]} p-rows (want >= 5)")
    for f in FAMILIES:
        if family_counts[f] < 8:
            err(f"sentences.tsv: impersonal family {f!r} has only {family_counts[f]} i-rows (want >= 8)")
    missing = [c for c in CHANNELS if chan_counts[c] == 0]
    if missing:
        err(f"sentences.tsv: channels never used: {missing}")
    for lab in ("pushy", "impersonal", "fine"):
        gaps = [c for c in CHANNELS if c not in chan_by_label[lab] and c not in chan_by_label["pushy,impersonal"]]
        if len(gaps) > 4:
            err(f"sentences.tsv: label {lab!r} misses too many channels: {gaps}")
    return counts, chan_counts


# ---- documents ---------------------------------------------------------------------------
def visible_text(name, doc):
    """Rough prose extraction used for sentence / word counts."""
    if name.endswith(".md"):
        doc = re.sub(r"\A---\n.*?\n---\n", "", doc, flags=re.S)
        doc = re.sub(r"<[^>]+>", " ", doc)
        doc = re.sub(r"^[#>]+\s*", "", doc, flags=re.M)
    elif name.endswith(".html"):
        doc = re.sub(r"<head>.*?</head>", " ", doc, flags=re.S | re.I)
        doc = re.sub(r"<br\s*/?>", " ", doc, flags=re.I)
        doc = re.sub(r"</(p|td|div|h\d|li)>", "\n", doc, flags=re.I)
        doc = re.sub(r"<[^>]+>", " ", doc)
        doc = doc.replace("&amp;", "&")
    else:  # txt: drop schedule header lines (time | segment | channel | code)
        doc = "\n".join(l for l in doc.split("\n") if not re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d \|", l))
    return doc


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        line = line.strip()
        if not re.search(r"[A-Za-z]", line):
            continue
        parts = re.split(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=\S)", line)
        n += sum(1 for p in parts if re.search(r"[A-Za-z]{2}", p))
    return n


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    names = sorted(os.listdir(ddir))
    docs = [n for n in names if not n.endswith(".expected.tsv") and not n.endswith(".traps.tsv")]
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if len(docs) != 3 or exts != [".html", ".md", ".txt"]:
        err(f"documents/: want exactly one .md, one .html, one .txt document, found {docs}")
    if "landing-page.md" not in docs:
        err("documents/: landing-page.md missing")
    for d in docs:
        stem = os.path.splitext(d)[0]
        path = os.path.join(ddir, d)
        doc = read_text(path)
        check_contacts(f"documents/{d}", doc)
        prose = visible_text(d, doc)
        ns = count_sentences(prose)
        nw = len(re.findall(r"\S+", prose))
        if not 25 <= ns <= 45:
            err(f"documents/{d}: {ns} sentences, want 25..45")
        if not 150 <= nw <= 500:
            err(f"documents/{d}: {nw} words of copy, want 150..500")
        if d.endswith(".md"):
            if not re.match(r"\A---\n(?:[\w-]+:.*\n)+---\n", doc):
                err(f"documents/{d}: missing YAML front matter")
        if d.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"documents/{d}: no merge tags")
            if "class=" not in doc or "href=" not in doc:
                err(f"documents/{d}: no CSS classes or links")
        if d.endswith(".txt"):
            if not re.search(r"\bSEG:[A-Z0-9-]+", doc):
                err(f"documents/{d}: no segment codes")
            if not re.search(r"\b[A-Z]{3,}\d+\b", doc):
                err(f"documents/{d}: no promo codes")
            if not re.search(r"\b[\w-]+\.example/\S+", doc):
                err(f"documents/{d}: no short links")
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        expected, traps = [], []
        if not os.path.isfile(exp_path):
            err(f"documents/{stem}.expected.tsv missing")
        else:
            for ln, line in enumerate(read_text(exp_path).split("\n")[:-1], start=1):
                f = line.split("\t")
                if len(f) != 2 or f[0] not in ("pushy", "impersonal") or not f[1].strip():
                    err(f"{stem}.expected.tsv line {ln}: want 'pushy|impersonal<TAB>snippet', got {line!r}")
                    continue
                if f[1] != f[1].strip():
                    err(f"{stem}.expected.tsv line {ln}: snippet has surrounding whitespace")
                if f[1] not in doc:
                    err(f"{stem}.expected.tsv line {ln}: snippet not found verbatim: {f[1]!r}")
                expected.append(tuple(f))
            cats = {c for c, _ in expected}
            if cats != {"pushy", "impersonal"}:
                err(f"{stem}.expected.tsv: needs both pushy and impersonal snippets, has {sorted(cats)}")
            if len(expected) < 6:
                err(f"{stem}.expected.tsv: only {len(expected)} snippets")
            dup = [s for s, k in Counter(s for _, s in expected).items() if k > 1]
            if dup:
                err(f"{stem}.expected.tsv: duplicate snippets {dup}")
        if not os.path.isfile(trap_path):
            err(f"documents/{stem}.traps.tsv missing")
        else:
            for ln, line in enumerate(read_text(trap_path).split("\n")[:-1], start=1):
                if not line.strip() or "\t" in line or line != line.strip():
                    err(f"{stem}.traps.tsv line {ln}: want one trimmed snippet per line, got {line!r}")
                    continue
                if line not in doc:
                    err(f"{stem}.traps.tsv line {ln}: snippet not found verbatim: {line!r}")
                traps.append(line)
            if len(traps) < 5:
                err(f"{stem}.traps.tsv: only {len(traps)} traps")
            if len(set(traps)) != len(traps):
                err(f"{stem}.traps.tsv: duplicate traps")
        for t in traps:
            for c, s in expected:
                if t in s or s in t:
                    err(f"documents/{stem}: trap {t!r} overlaps expected snippet {s!r}")
        print(f"  {d}: {ns} sentences, {nw} words, {len(expected)} expected, {len(traps)} traps")


def check_readme():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")


def main():
    res = check_sentences()
    if res:
        counts, _ = res
        print("  sentences.tsv: " + ", ".join(f"{k}={counts[k]}" for k in "pibnf"))
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
