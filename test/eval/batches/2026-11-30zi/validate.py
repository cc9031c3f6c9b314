#!/usr/bin/env python3
"""Format checker for the holdout-zi evaluation batch (python3 stdlib only).

Usage:  python3 validate.py        (run from anywhere)
Prints OK and exits 0 when every rule passes; otherwise prints one line per
problem and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GUIDE = os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md")

# Names copied verbatim from the labelling guide.
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
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email",
    "real estate", "fitness", "finance and crypto", "travel", "restaurants",
    "courses", "events", "cancellation and unsubscribe flows",
    "app-store text", "local services", "newsletters", "legal footers",
]
# prefix -> (count, label, tactic rule)
GROUPS = [
    ("p", 110, "pushy"),
    ("i", 80, "impersonal"),
    ("b", 20, "pushy,impersonal"),
    ("n", 108, "fine"),
    ("f", 12, "fine"),
]
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 8
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033"

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    """Read a UTF-8, LF-only text file that ends in a newline; return lines."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{path}: cannot read ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not valid UTF-8 ({e})")
        return None
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if line.strip() == "" and path.endswith(".tsv"):
            err(f"{path}:{n}: blank line")
    return lines


def check_guide_names():
    """If the guide is reachable, make sure the hard-coded names still match it."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding="utf-8").read()
    sections = re.split(r"^### ", text, flags=re.M)
    found = {}
    for sec in sections:
        title = sec.split("\n", 1)[0].lower()
        key = "pushy" if title.startswith("pushy") else "impersonal" if title.startswith("impersonal") else None
        if not key:
            continue
        names = []
        for line in sec.split("\n"):
            m = re.match(r"^\|\s*([^|]+?)\s*\|", line)
            if m and not set(m.group(1)) <= set("-: ") and m.group(1) not in ("tactic", "family"):
                names.append(m.group(1))
        found[key] = names
    if found.get("pushy") and found["pushy"] != PUSHY:
        err(f"pushy tactics differ from the guide: {found['pushy']}")
    if found.get("impersonal") and found["impersonal"] != IMPERSONAL:
        err(f"impersonal families differ from the guide: {found['impersonal']}")
    m = re.search(r"^## Coverage\n(.*?):(.*?)\. Vary", text, flags=re.M | re.S)
    if m:
        chans = [c.strip() for c in m.group(2).split(",")]
        chans = [re.sub(r"^and ", "", c) for c in chans]
        if chans != CHANNELS:
            err(f"channels differ from the guide: {chans}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    lines = read_lines(path)
    if lines is None:
        return
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
        return
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv:{n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for f in fields:
            if f == "" or f != f.strip():
                err(f"sentences.tsv:{n}: empty field or leading/trailing whitespace")
            if f and f[0] in QUOTES:
                err(f"sentences.tsv:{n}: field starts with a quotation mark: {f[:20]!r}")
        rows.append(fields)

    expected_ids = [f"{p}{k:03d}" for p, cnt, _ in GROUPS for k in range(1, cnt + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        dup = [i for i, c in collections.Counter(ids).items() if c > 1]
        err(f"sentences.tsv: ids wrong (need {len(expected_ids)} rows p001-p110, i001-i080, "
            f"b001-b020, n001-n108, f001-f012 in order); missing={missing[:5]} extra={extra[:5]} dup={dup[:5]}")

    label_of = {p: lab for p, _, lab in GROUPS}
    texts = collections.Counter()
    chan = collections.Counter()
    ptac = collections.Counter()
    itac = collections.Counter()
    fine = 0
    for rid, text, labels, channel, tactic in rows:
        pre = rid[:1]
        texts[text] += 1
        if pre not in label_of:
            err(f"{rid}: unknown id prefix")
            continue
        if labels != label_of[pre]:
            err(f"{rid}: label {labels!r} should be {label_of[pre]!r}")
        if labels == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        chan[channel] += 1
        if pre == "p":
            if tactic not in PUSHY:
                err(f"{rid}: {tactic!r} is not a pushy tactic from the guide")
            ptac[tactic] += 1
        elif pre == "i":
            if tactic not in IMPERSONAL:
                err(f"{rid}: {tactic!r} is not an impersonal family from the guide")
            itac[tactic] += 1
        elif pre == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif pre == "n":
            if tactic != "near-miss":
                err(f"{rid}: tactic must be 'near-miss'")
        elif pre == "f":
            if tactic != "plain":
                err(f"{rid}: tactic must be 'plain'")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text):
            err(f"{rid}: control character in text")

    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text ({c}x): {t[:60]!r}")
    for c in CHANNELS:
        if chan[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r} used {chan[c]} times (need at least {MIN_PER_CHANNEL})")
    for name, counter, allowed in (("pushy tactic", ptac, PUSHY), ("impersonal family", itac, IMPERSONAL)):
        counts = [counter[a] for a in allowed]
        if min(counts) == 0 or max(counts) - min(counts) > 1:
            err(f"{name}s not spread evenly: {dict(counter)}")
    if rows and fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")


# ---------- documents ----------

def visible_text(name, text):
    """Return (prose, front_matter) for word and sentence counting."""
    front = ""
    if name.endswith(".md"):
        m = re.match(r"^---\n(.*?)\n---\n", text, flags=re.S)
        if m:
            front = m.group(1)
            text = text[m.end():]
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^\s*#+\s*", "", text, flags=re.M)
        text = re.sub(r"^\s*>\s*", "", text, flags=re.M)
        text = text.replace("*", "")
    elif name.endswith(".html"):
        text = re.sub(r"<(style|script|title)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<!DOCTYPE[^>]*>", " ", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "\n", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        msgs = []
        for line in text.split("\n"):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split(" | ", 4)
            msgs.append(parts[-1])
        text = "\n".join(msgs)
    return text, front


def count_sentences(prose):
    pieces = re.split(r"(?<=[.!?])\s+|\n+", prose)
    return sum(1 for p in pieces if re.search(r"[A-Za-z]{2,}", p))


def count_words(prose):
    return sum(1 for w in prose.split() if re.search(r"[A-Za-z0-9]", w))


def read_tsv(path, header, ncols):
    lines = read_lines(path)
    if lines is None:
        return []
    if not lines or lines[0] != header:
        err(f"{path}: header must be exactly {header!r}")
        return []
    out = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != ncols or any(f == "" for f in fields):
            err(f"{path}:{n}: expected {ncols} non-empty tab-separated fields")
            continue
        if fields[-1][0] in QUOTES:
            err(f"{path}:{n}: snippet starts with a quotation mark")
        if fields[-1] != fields[-1].strip():
            err(f"{path}:{n}: snippet has leading/trailing whitespace")
        out.append(fields)
    return out


def spans(text, snippet):
    out, start = [], 0
    while True:
        i = text.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ is missing")
        return
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(".tsv") and os.path.isfile(os.path.join(DOCS, f)))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/ must hold exactly one .md, one .html and one .txt document, found {docs}")
    if "landing-page.md" not in docs:
        err("documents/landing-page.md is missing")
    extra_tsv = set(f for f in os.listdir(DOCS) if f.endswith(".tsv"))
    for doc in docs:
        path = os.path.join(DOCS, doc)
        stem = os.path.splitext(doc)[0]
        lines = read_lines(path)
        if lines is None:
            continue
        text = "\n".join(lines) + "\n"
        exp_name, trap_name = stem + ".expected.tsv", stem + ".traps.tsv"
        extra_tsv.discard(exp_name)
        extra_tsv.discard(trap_name)
        expected = read_tsv(os.path.join(DOCS, exp_name), "category\tsnippet", 2)
        traps = read_tsv(os.path.join(DOCS, trap_name), "snippet", 1)

        cats = collections.Counter()
        exp_spans = []
        for cat, snip in expected:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{exp_name}: bad category {cat!r}")
            s = spans(text, snip)
            if not s:
                err(f"{exp_name}: snippet not found verbatim in {doc}: {snip!r}")
            exp_spans.extend(s)
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err(f"{exp_name}: no {cat} snippet")
        for name, seq in ((exp_name, [s for _, s in expected]), (trap_name, [t[0] for t in traps])):
            for s, c in collections.Counter(seq).items():
                if c > 1:
                    err(f"{name}: duplicate snippet {s!r}")
        if not traps:
            err(f"{trap_name}: no trap snippets")
        for (snip,) in traps:
            s = spans(text, snip)
            if not s:
                err(f"{trap_name}: snippet not found verbatim in {doc}: {snip!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{trap_name}: trap {snip!r} overlaps an expected snippet")
                        break

        prose, front = visible_text(doc, text)
        ns, nw = count_sentences(prose), count_words(prose)
        if not 25 <= ns <= 45:
            err(f"{doc}: about {ns} sentences (need 25-45)")
        if not 150 <= nw <= 500:
            err(f"{doc}: about {nw} words (need 150-500)")

        trap_texts = [t[0] for t in traps]
        if doc.endswith(".md"):
            if not front:
                err(f"{doc}: missing YAML front matter")
            elif not any(t in front for t in trap_texts):
                err(f"{doc}: no trap snippet taken from the front matter")
        elif doc.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{doc}: no merge tag")
            if "class=" not in text or "href=" not in text:
                err(f"{doc}: needs CSS classes and links")
            if not any(re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", t) for t in trap_texts):
                err(f"{trap_name}: no merge tag among the traps")
            if not any(re.fullmatch(r"[\w-]+", t) and re.search(r'class="[^"]*\b' + re.escape(t) + r'\b', text)
                       for t in trap_texts):
                err(f"{trap_name}: no CSS class among the traps")
        elif doc.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9-]+", text):
                err(f"{doc}: no segment codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/[\w-]+", text):
                err(f"{doc}: no short links")
            if not any(re.fullmatch(r"[A-Z0-9]{4,}", t) for t in trap_texts):
                err(f"{trap_name}: no promo code among the traps")
        if not any(re.search(r"https?://|\b[a-z0-9-]+\.[a-z]{2,}/", t) for t in trap_texts):
            err(f"{trap_name}: no link among the traps")
    for f in sorted(extra_tsv):
        err(f"documents/{f}: TSV without a matching document")


def check_readme():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md is missing")


def main():
    check_guide_names()
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print(e)
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
