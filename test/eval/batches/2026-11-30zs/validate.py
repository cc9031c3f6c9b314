#!/usr/bin/env python3
"""Format checks for the holdout-zs evaluation batch. Stdlib only. Prints OK or a list of problems."""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

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
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
# Every quotation-mark character we know of: straight, curly, low-9, angle, prime, backtick, CJK.
QUOTES = set("\"'`´‘’‚‛“”„‟‹›«»′″「」『』＂＇")
HEADER = ["id", "text", "labels", "channel", "tactic"]
ID_RANGES = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
             ("n", 108, "fine"), ("f", 12, "fine")]

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def read_tsv(path, header):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != header:
        err(f"{path}: header must be {header!r}, got {lines[0] if lines else None!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if line == "":
            err(f"{path}:{n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path}:{n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for h, v in zip(header, fields):
            if v == "":
                err(f"{path}:{n}: empty field {h}")
            elif v[0] in QUOTES:
                err(f"{path}:{n}: field {h} starts with a quotation mark: {v[:20]!r}")
            if v != v.strip():
                err(f"{path}:{n}: field {h} has leading/trailing whitespace")
        rows.append(fields)
    return rows


def check_blocks(rows, prefix, names, lo, hi):
    """Tactics must cover every name, appear in contiguous blocks in guide order, lo..hi rows each."""
    seq = [r[4] for r in rows]
    for t in seq:
        if t not in names:
            err(f"{prefix}-rows: unknown tactic {t!r}")
    blocks = []
    for t in seq:
        if not blocks or blocks[-1][0] != t:
            blocks.append([t, 0])
        blocks[-1][1] += 1
    order = [b[0] for b in blocks]
    if order != names:
        err(f"{prefix}-rows: tactic blocks are not exactly the guide's list in order: {order}")
    for t, n in blocks:
        if not lo <= n <= hi:
            err(f"{prefix}-rows: tactic {t!r} has {n} rows (want {lo}-{hi})")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} rows (want 330)")
    expected_ids = [f"{p}{k:03d}" for p, n, _ in ID_RANGES for k in range(1, n + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        dup = [i for i, c in Counter(ids).items() if c > 1]
        err(f"sentences.tsv: ids wrong or out of order; missing={missing[:10]} extra={extra[:10]} dup={dup[:10]}")
    want_label = {p: lab for p, _, lab in ID_RANGES}
    texts = Counter()
    for r in rows:
        rid, text, labels, channel, tactic = r
        texts[text] += 1
        p = rid[:1]
        if p in want_label and labels != want_label[p]:
            err(f"{rid}: labels {labels!r} (want {want_label[p]!r})")
        if channel not in CHANNELS:
            err(f"{rid}: unknown channel {channel!r}")
        if p == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        elif p == "n" and tactic != "near-miss":
            err(f"{rid}: tactic must be 'near-miss'")
        elif p == "f" and tactic != "plain":
            err(f"{rid}: tactic must be 'plain'")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]!r}")
    check_blocks([r for r in rows if r[0].startswith("p")], "p", PUSHY, 6, 7)
    check_blocks([r for r in rows if r[0].startswith("i")], "i", IMPERSONAL, 11, 12)
    ch = Counter(r[3] for r in rows)
    for c in CHANNELS:
        if ch[c] < 8:
            err(f"channel {c!r} appears {ch[c]} times (want >= 8)")
    fine = sum(1 for r in rows if r[2] == "fine")
    if fine * 3 < len(rows):
        err(f"fine rows are {fine}/{len(rows)}, less than a third")
    return rows, ch


def visible_text(name, text):
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^[#>\s]+", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"<(head|style|script)\b.*?</\1>", "", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
        text = re.sub(r"</?(p|div|h\d|li|tr|td)\b[^>]*>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    elif name.endswith(".txt"):
        text = "\n".join(l for l in text.split("\n") if not l.startswith("[")).replace("#", "")
    return text


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        for seg in re.split(r"(?<=[.!?…])\s+", line.strip()):
            if len(re.findall(r"[^\W\d_]{2,}", seg)) >= 3:
                n += 1
    return n


def spans(doc, snip):
    out, start = [], 0
    while True:
        k = doc.find(snip, start)
        if k < 0:
            return out
        out.append((k, k + len(snip)))
        start = k + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    files = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
    docs = [f for f in files if not f.startswith(".")]
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != [".html", ".md", ".txt"] or "landing-page.md" not in docs:
        err(f"documents/: want landing-page.md, one .html and one .txt, got {docs}")
    report = []
    for name in docs:
        path = os.path.join(ddir, name)
        text = read_text(path)
        stem = os.path.splitext(name)[0]
        if name.endswith(".md") and not re.match(r"\A---\n.*?\n---\n", text, flags=re.S):
            err(f"{name}: no YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{name}: no merge tags")
            if 'class="' not in text or "href=" not in text:
                err(f"{name}: needs CSS classes and links")
        if name.endswith(".txt") and not re.search(r"\b\d{1,2}:\d{2}\b", text):
            err(f"{name}: no send times")
        vis = visible_text(name, text)
        words = len(vis.split())
        sents = count_sentences(vis)
        if not 150 <= words <= 500:
            err(f"{name}: {words} visible words (want 150-500)")
        if not 25 <= sents <= 45:
            err(f"{name}: about {sents} sentences (want 25-45)")
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        if not os.path.exists(exp_path) or not os.path.exists(trap_path):
            err(f"{name}: missing {stem}.expected.tsv or {stem}.traps.tsv")
            continue
        exp = read_tsv(exp_path, ["category", "snippet"])
        traps = read_tsv(trap_path, ["snippet"])
        cats = Counter()
        exp_spans = []
        for cat, snip in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv: bad category {cat!r}")
            s = spans(text, snip)
            if not s:
                err(f"{stem}.expected.tsv: snippet not in document: {snip!r}")
            exp_spans += s
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{stem}.expected.tsv: needs both pushy and impersonal rows")
        for (snip,) in traps:
            s = spans(text, snip)
            if not s:
                err(f"{stem}.traps.tsv: snippet not in document: {snip!r}")
            for a, b in s:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{stem}.traps.tsv: trap {snip!r} overlaps an expected snippet")
        report.append(f"{name}: ~{sents} sentences, {words} words, "
                      f"{cats['pushy']} pushy + {cats['impersonal']} impersonal expected, {len(traps)} traps")
    return report


def check_misc():
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md missing")
    elif "labelling-guide.md" not in open(readme, encoding="utf-8").read():
        err("README.md must say the batch was written only from the labelling guide")
    for root, dirs, _ in os.walk(HERE):
        if "__pycache__" in dirs:
            err(f"__pycache__ present in {root}")


def main():
    rows, ch = check_sentences()
    report = check_documents()
    check_misc()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv:
        print(Counter(r[2] for r in rows))
        for c in CHANNELS:
            print(f"  {ch[c]:3d}  {c}")
        for line in report:
            print(line)
    print("OK")


if __name__ == "__main__":
    main()
