#!/usr/bin/env python3
"""Format checker for the holdout-w evaluation batch (stdlib only).

Usage: python3 validate.py [BATCH_DIR]   (defaults to the directory of this file)
Prints OK and exits 0 when every check passes; otherwise lists problems and exits 1.
"""
import html
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
ERR = []


def err(msg):
    ERR.append(msg)


# ---- vocabulary taken from the labelling guide -------------------------------------------
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

# ---- batch design --------------------------------------------------------------------------
HEADER = "id\ttext\tlabels\tchannel\ttactic"
PREFIX_ORDER = ["p", "i", "b", "n", "f"]
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20, "n": 110, "f": 10}
TOTAL = 330
MIN_FINE = 120
MIN_NEAR_MISS = 108

QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300e\uff02\uff07"
REAL_TLD = re.compile(
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|ie|de|fr|eu|app|ai|info|biz|us)\b(?!\.)",
    re.I)
URL_HOST = re.compile(r"(?:https?://|www\.)([^/\s\"'<>)]+)", re.I)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: has a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return ""
    if "\r" in text:
        err(f"{path}: contains CR characters (must be LF only)")
    if text and not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def check_domains(where, text):
    for host in URL_HOST.findall(text):
        host = host.split(":")[0].lower().rstrip(".")
        if not (host.endswith(".example") or ".example/" in host or host.endswith("example")):
            err(f"{where}: link host is not an .example domain: {host}")
    for m in REAL_TLD.finditer(text):
        err(f"{where}: looks like a real domain: {m.group(0)}")


# ---- sentences.tsv -----------------------------------------------------------------------------
def check_sentences():
    path = os.path.join(ROOT, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    lines = read_text(path).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}")
        return
    rows = lines[1:]
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} rows, expected {TOTAL}")
    counts = {p: 0 for p in PREFIX_ORDER}
    seen_ids, seen_text = set(), {}
    channels_used, tactics_used, families_used = set(), set(), set()
    last_prefix_idx = 0
    last_num = {}
    for ln, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv:{ln}: {len(fields)} fields, expected 5")
            continue
        rid, text, label, channel, tactic = fields
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not val:
                err(f"sentences.tsv:{ln}: empty {name}")
            elif val[0] in QUOTES:
                err(f"sentences.tsv:{ln}: {name} starts with a quotation mark")
            elif val != val.strip():
                err(f"sentences.tsv:{ln}: {name} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv:{ln}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        pidx = PREFIX_ORDER.index(prefix)
        if pidx < last_prefix_idx:
            err(f"sentences.tsv:{ln}: id {rid} out of block order (p, i, b, n, f)")
        last_prefix_idx = max(last_prefix_idx, pidx)
        counts[prefix] += 1
        want_num = last_num.get(prefix, 0) + 1
        if num != want_num:
            err(f"sentences.tsv:{ln}: id {rid} breaks the sequence (expected {prefix}{want_num:03d})")
        last_num[prefix] = num
        if rid in seen_ids:
            err(f"sentences.tsv:{ln}: duplicate id {rid}")
        seen_ids.add(rid)
        key = text.casefold()
        if key in seen_text:
            err(f"sentences.tsv:{ln}: duplicate text (also line {seen_text[key]})")
        seen_text[key] = ln
        if label not in LABELS:
            err(f"sentences.tsv:{ln}: invalid label {label!r}")
        elif label != PREFIX_LABEL[prefix]:
            err(f"sentences.tsv:{ln}: id prefix {prefix} requires label {PREFIX_LABEL[prefix]!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"sentences.tsv:{ln}: invalid channel {channel!r}")
        channels_used.add(channel)
        if prefix == "p":
            if tactic not in TACTICS:
                err(f"sentences.tsv:{ln}: {tactic!r} is not a pushy tactic")
            tactics_used.add(tactic)
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"sentences.tsv:{ln}: {tactic!r} is not an impersonal family")
            families_used.add(tactic)
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"sentences.tsv:{ln}: b rows need 'tactic+family', got {tactic!r}")
        elif prefix == "n" and tactic != "near-miss":
            err(f"sentences.tsv:{ln}: n rows need tactic 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"sentences.tsv:{ln}: f rows need tactic 'plain'")
        check_domains(f"sentences.tsv:{ln}", text)
    for p, want in EXPECTED_COUNTS.items():
        if counts[p] != want:
            err(f"sentences.tsv: {counts[p]} {p}-rows, expected {want}")
    fine = counts["n"] + counts["f"]
    if fine < MIN_FINE:
        err(f"sentences.tsv: only {fine} fine rows (need {MIN_FINE})")
    if counts["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: only {counts['n']} near-miss rows (need {MIN_NEAR_MISS})")
    if fine * 3 < sum(counts.values()):
        err("sentences.tsv: fine rows are less than a third of the batch")
    for c in CHANNELS:
        if c not in channels_used:
            err(f"sentences.tsv: channel {c!r} never used")
    for t in TACTICS:
        if t not in tactics_used:
            err(f"sentences.tsv: pushy tactic {t!r} not covered by p rows")
    for f in FAMILIES:
        if f not in families_used:
            err(f"sentences.tsv: impersonal family {f!r} not covered by i rows")


# ---- documents ---------------------------------------------------------------------------------
def visible_text(name, text):
    """Rough reader-visible prose, for sentence and word counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\]\([^)]*\)", "]", text)
        text = re.sub(r"^[#>\-*\s]+", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"<(style|script|head)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
        text = re.sub(r"</(p|div|h\d|li|tr)>", "\n", text, flags=re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    elif name.endswith(".txt"):
        text = re.sub(r"^\[[^\]]*\]\s*\S+\s*·\s*\S+\s*·\s*", "", text, flags=re.M)
    return text


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        line = line.strip()
        if not re.search(r"[A-Za-z]{2}", line):
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=\S)", line) if re.search(r"[A-Za-z]{2}", p)]
        n += len(parts)
    return n


def read_tsv_lines(path):
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            err(f"{path}:{i}: blank line")
    return [l for l in lines if l.strip()]


def check_documents():
    ddir = os.path.join(ROOT, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    files = sorted(os.listdir(ddir))
    docs = [f for f in files if not f.endswith((".expected.tsv", ".traps.tsv"))]
    kinds = {"md": [d for d in docs if d.endswith(".md")],
             "html": [d for d in docs if d.endswith(".html")],
             "txt": [d for d in docs if d.endswith(".txt")]}
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {docs}")
    if kinds["md"] != ["landing-page.md"]:
        err(f"documents/: need exactly one Markdown document named landing-page.md, found {kinds['md']}")
    if len(kinds["html"]) != 1 or len(kinds["txt"]) != 1:
        err("documents/: need exactly one .html and one .txt document")
    for f in files:
        if f.endswith((".expected.tsv", ".traps.tsv")):
            base = f.rsplit(".", 2)[0]
            if not any(d.rsplit(".", 1)[0] == base for d in docs):
                err(f"documents/{f}: no matching document")
    for doc in docs:
        dpath = os.path.join(ddir, doc)
        text = read_text(dpath)
        stem = doc.rsplit(".", 1)[0]
        check_domains(f"documents/{doc}", text)
        # format-specific features
        if doc.endswith(".md"):
            if not re.match(r"\A---\n.+?\n---\n", text, flags=re.S):
                err(f"documents/{doc}: no YAML front matter")
        if doc.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"documents/{doc}: no merge tags")
            if 'class="' not in text or "href=" not in text:
                err(f"documents/{doc}: needs CSS classes and links")
        if doc.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9-]+", text):
                err(f"documents/{doc}: no segment codes")
            if not re.search(r"\b[A-Z]{3,}\d{1,3}\b", text):
                err(f"documents/{doc}: no promo codes")
            if not re.search(r"\b[\w-]+\.example/\S+", text):
                err(f"documents/{doc}: no short links")
        vis = visible_text(doc, text)
        ns = count_sentences(vis)
        nw = len(re.findall(r"[\w£€$%'’-]+", vis))
        if not 25 <= ns <= 45:
            err(f"documents/{doc}: about {ns} sentences, need 25-45")
        if not 150 <= nw <= 500:
            err(f"documents/{doc}: about {nw} words, guide asks for 150-500")
        # expected
        epath = os.path.join(ddir, stem + ".expected.tsv")
        tpath = os.path.join(ddir, stem + ".traps.tsv")
        expected, traps = [], []
        if not os.path.isfile(epath):
            err(f"documents/{stem}.expected.tsv missing")
        else:
            cats = set()
            for i, line in enumerate(read_tsv_lines(epath), 1):
                parts = line.split("\t")
                if len(parts) != 2:
                    err(f"{stem}.expected.tsv:{i}: need category<TAB>snippet")
                    continue
                cat, snip = parts
                if cat not in ("pushy", "impersonal"):
                    err(f"{stem}.expected.tsv:{i}: bad category {cat!r}")
                cats.add(cat)
                if not snip or snip[0] in QUOTES or snip != snip.strip():
                    err(f"{stem}.expected.tsv:{i}: empty, padded or quote-led snippet")
                if snip not in text:
                    err(f"{stem}.expected.tsv:{i}: snippet not found verbatim: {snip!r}")
                if snip in expected:
                    err(f"{stem}.expected.tsv:{i}: duplicate snippet")
                expected.append(snip)
            if cats != {"pushy", "impersonal"}:
                err(f"{stem}.expected.tsv: should contain both pushy and impersonal snippets")
        if not os.path.isfile(tpath):
            err(f"documents/{stem}.traps.tsv missing")
        else:
            for i, snip in enumerate(read_tsv_lines(tpath), 1):
                if "\t" in snip:
                    err(f"{stem}.traps.tsv:{i}: contains a tab")
                if not snip or snip[0] in QUOTES or snip != snip.strip():
                    err(f"{stem}.traps.tsv:{i}: empty, padded or quote-led snippet")
                if snip not in text:
                    err(f"{stem}.traps.tsv:{i}: snippet not found verbatim: {snip!r}")
                for e in expected:
                    if snip in e or e in snip:
                        err(f"{stem}.traps.tsv:{i}: overlaps expected snippet {e!r}")
                if snip in traps:
                    err(f"{stem}.traps.tsv:{i}: duplicate snippet")
                traps.append(snip)
        if len(expected) < 5 or len(traps) < 5:
            err(f"documents/{doc}: need at least 5 expected and 5 trap snippets")
        print(f"  {doc}: ~{ns} sentences, ~{nw} words, {len(expected)} expected, {len(traps)} traps")


def main():
    check_sentences()
    check_documents()
    for f in ("README.md",):
        if not os.path.isfile(os.path.join(ROOT, f)):
            err(f"{f} missing")
    if ERR:
        for e in ERR:
            print("FAIL:", e)
        print(f"{len(ERR)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
