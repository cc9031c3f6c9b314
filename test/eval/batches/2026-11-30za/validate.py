#!/usr/bin/env python3
"""Format checker for the holdout-za evaluation batch (stdlib only).

Usage:  python3 validate.py [BATCH_DIR]     (defaults to the directory of this file)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


# ---- vocabulary taken from the labelling guide ---------------------------------------------
LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS", "push notifications",
    "nonprofit appeals", "political email", "real estate", "fitness", "finance and crypto", "travel",
    "restaurants", "courses", "events", "cancellation and unsubscribe flows", "app-store text",
    "local services", "newsletters", "legal footers",
]
TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out", "peer and competitor pressure",
    "buy-now commands", "confirm-shaming", "guilt-tripping", "shaming and identity pressure",
    "regret threats", "loss framing", "fear appeals", "threats in legal dress", "hype and guarantees",
    "assumptive close", "manufactured need", "shouting",
]
FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging", "form-letter phrases", "grandiose posturing",
]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u2032\u2033\uff02\uff07"

DOMAIN_RE = r"\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co\.uk|org\.uk|app|ly|dev|co))\b(?![.\w])"

PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
PREFIX_ORDER = "pibnf"
HEADER = "id\ttext\tlabels\tchannel\ttactic"

# counts asked for by the brief (about 110 / 80 / 20 / 120 fine with >= 108 near-misses, 330 total)
TOTAL = 330
RANGES = {"p": (100, 120), "i": (72, 88), "b": (20, 20)}
MIN_FINE, MIN_NEAR = 120, 108
MIN_PER_TACTIC, MIN_PER_FAMILY, MIN_PER_CHANNEL = 5, 5, 5


def read_text(path):
    """Read a file as strict UTF-8 with LF line endings; return its text or None."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{path}: cannot read ({e})")
        return None
    rel = os.path.relpath(path, BASE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must be LF only)")
    if not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None


def check_field(where, value):
    if value == "":
        err(f"{where}: empty field")
        return
    if value != value.strip():
        err(f"{where}: leading/trailing whitespace")
    if value[0] in QUOTES:
        err(f"{where}: field starts with a quotation mark: {value[:30]!r}")
    if "\t" in value or "\n" in value or "\r" in value:
        err(f"{where}: tab or line break inside field")


# ---- sentences.tsv -------------------------------------------------------------------------
def check_sentences():
    path = os.path.join(BASE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
        return
    seen_ids, seen_texts = set(), {}
    per_prefix = Counter()
    last_prefix_pos = -1
    channels, tactics, families = Counter(), Counter(), Counter()
    n_fine = 0
    for ln, line in enumerate(lines[1:], start=2):
        where = f"sentences.tsv:{ln}"
        if line.strip() == "":
            err(f"{where}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"{where}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            check_field(f"{where} [{name}]", value)
        rid, txt, label, channel, tactic = fields
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        pos = PREFIX_ORDER.index(prefix)
        if pos < last_prefix_pos:
            err(f"{where}: id {rid} out of block order (expected blocks p, i, b, n, f)")
        last_prefix_pos = max(last_prefix_pos, pos)
        per_prefix[prefix] += 1
        if num != per_prefix[prefix]:
            err(f"{where}: id {rid} breaks the sequence (expected {prefix}{per_prefix[prefix]:03d})")
        if rid in seen_ids:
            err(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        if re.search(DOMAIN_RE, txt):
            err(f"{where}: real-looking domain in text; use .example")
        key = re.sub(r"\s+", " ", txt.lower())
        if key in seen_texts:
            err(f"{where}: duplicate text (also line {seen_texts[key]})")
        seen_texts[key] = ln
        if label not in LABELS:
            err(f"{where}: invalid label {label!r}")
        elif label != PREFIX_LABEL[prefix]:
            err(f"{where}: label {label!r} does not match id prefix {prefix!r}")
        if label == "fine":
            n_fine += 1
        if channel not in CHANNELS:
            err(f"{where}: invalid channel {channel!r}")
        channels[channel] += 1
        if prefix == "p":
            if tactic not in TACTICS:
                err(f"{where}: unknown pushy tactic {tactic!r}")
            tactics[tactic] += 1
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"{where}: unknown impersonal family {tactic!r}")
            families[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"{where}: b rows need 'tactic+family' from the guide, got {tactic!r}")
        elif prefix == "n" and tactic != "near-miss":
            err(f"{where}: n rows need tactic 'near-miss', got {tactic!r}")
        elif prefix == "f" and tactic != "plain":
            err(f"{where}: f rows need tactic 'plain', got {tactic!r}")

    total = sum(per_prefix.values())
    if total != TOTAL:
        err(f"sentences.tsv: {total} rows, expected {TOTAL}")
    for prefix, (lo, hi) in RANGES.items():
        if not lo <= per_prefix[prefix] <= hi:
            err(f"sentences.tsv: {per_prefix[prefix]} '{prefix}' rows, expected {lo}-{hi}")
    if n_fine < MIN_FINE:
        err(f"sentences.tsv: {n_fine} fine rows, expected at least {MIN_FINE}")
    if n_fine * 3 < total:
        err("sentences.tsv: fine rows are less than a third of the batch")
    if per_prefix["n"] < MIN_NEAR:
        err(f"sentences.tsv: {per_prefix['n']} near-miss rows, expected at least {MIN_NEAR}")
    for t in TACTICS:
        if tactics[t] < MIN_PER_TACTIC:
            err(f"sentences.tsv: pushy tactic {t!r} has {tactics[t]} rows (min {MIN_PER_TACTIC})")
    for fam in FAMILIES:
        if families[fam] < MIN_PER_FAMILY:
            err(f"sentences.tsv: impersonal family {fam!r} has {families[fam]} rows (min {MIN_PER_FAMILY})")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} has {channels[c]} rows (min {MIN_PER_CHANNEL})")
    return per_prefix, n_fine


# ---- documents -----------------------------------------------------------------------------
def visible_text(name, text):
    """Reader-visible prose of a document, roughly, for word and sentence counts."""
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        text = re.sub(r"\{\{<.*?>\}\}", " ", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^[#>\-\s]+", "", text, flags=re.M)
        text = text.replace("**", "")
    elif name.endswith(".html"):
        text = re.sub(r"(?is)<(style|title|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)<(br|/p|/li|/h\d|/div|/td|/span)\b[^>]*>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:  # plain-text schedule: drop slot headers such as "#01 Mon 10/03 08:30 SMS [SEG]"
        text = re.sub(r"^#\d+ .*$", "", text, flags=re.M)
        text = re.sub(r"^- ", "", text, flags=re.M)
    return text


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        for seg in re.split(r"(?<=[.!?])\s+", line.strip()):
            if re.search(r"[A-Za-z]{2}", seg):
                n += 1
    return n


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def read_tsv(path, header, ncols):
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, BASE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        err(f"{rel}: header must be exactly {header!r}")
        return []
    rows = []
    for ln, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != ncols:
            err(f"{rel}:{ln}: expected {ncols} field(s), got {len(fields)}")
            continue
        for f in fields:
            if f == "" or f != f.strip():
                err(f"{rel}:{ln}: empty field or stray whitespace")
        rows.append((ln, fields))
    return rows


def check_documents():
    ddir = os.path.join(BASE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ is missing")
        return []
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
    kinds = {ext: [d for d in docs if d.endswith(ext)] for ext in (".md", ".html", ".txt")}
    if kinds[".md"] != ["landing-page.md"]:
        err(f"documents/: expected exactly one Markdown page named landing-page.md, got {kinds['.md']}")
    for ext in (".html", ".txt"):
        if len(kinds[ext]) != 1:
            err(f"documents/: expected exactly one {ext} document, got {kinds[ext]}")
    others = [d for d in docs if not d.endswith((".md", ".html", ".txt"))]
    if others:
        err(f"documents/: unexpected files {others}")
    summary = []
    for name in docs:
        if name in others:
            continue
        path = os.path.join(ddir, name)
        doc = read_text(path)
        if doc is None:
            continue
        stem = name.rsplit(".", 1)[0]
        # format-specific features
        if name.endswith(".md"):
            if not re.match(r"\A---\n(.+\n)+?---\n", doc):
                err(f"{name}: missing YAML front matter")
        if name.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"{name}: no merge tags such as *|FNAME|* or {{{{first_name}}}}")
            if "class=" not in doc or "href=" not in doc or "<style" not in doc:
                err(f"{name}: expected CSS classes, a <style> block and links")
        if name.endswith(".txt"):
            if not re.search(r"\b[a-z0-9-]+\.example/\S+", doc):
                err(f"{name}: no short links on an .example domain")
            if not re.search(r"\b[A-Z]{3,}\d+\b", doc):
                err(f"{name}: no promo codes")
        # every link and e-mail domain must be made up
        for host in re.findall(DOMAIN_RE, doc):
            err(f"{name}: real-looking domain {host!r}; use .example")
        vis = visible_text(name, doc)
        words = len(vis.split())
        sents = count_sentences(vis)
        if not 150 <= words <= 500:
            err(f"{name}: {words} words of visible text, expected 150-500")
        if not 25 <= sents <= 45:
            err(f"{name}: {sents} sentences, expected 25-45")
        # expected snippets
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        for p in (exp_path, trap_path):
            if not os.path.exists(p):
                err(f"documents/{os.path.basename(p)} is missing")
        exp = read_tsv(exp_path, "category\tsnippet", 2) if os.path.exists(exp_path) else []
        traps = read_tsv(trap_path, "snippet", 1) if os.path.exists(trap_path) else []
        exp_spans, cats = [], Counter()
        seen_pairs = set()
        for ln, (cat, snip) in exp:
            if cat not in ("pushy", "impersonal"):
                err(f"{stem}.expected.tsv:{ln}: category must be pushy or impersonal, got {cat!r}")
            cats[cat] += 1
            if (cat, snip) in seen_pairs:
                err(f"{stem}.expected.tsv:{ln}: duplicate line")
            seen_pairs.add((cat, snip))
            found = spans(doc, snip)
            if not found:
                err(f"{stem}.expected.tsv:{ln}: snippet not found verbatim in {name}: {snip!r}")
            exp_spans.extend(found)
        if cats["pushy"] < 3 or cats["impersonal"] < 3:
            err(f"{stem}.expected.tsv: want at least 3 pushy and 3 impersonal snippets, got {dict(cats)}")
        trap_set = set()
        for ln, (snip,) in traps:
            if snip in trap_set:
                err(f"{stem}.traps.tsv:{ln}: duplicate snippet")
            trap_set.add(snip)
            found = spans(doc, snip)
            if not found:
                err(f"{stem}.traps.tsv:{ln}: snippet not found verbatim in {name}: {snip!r}")
            for a, b in found:
                for x, y in exp_spans:
                    if a < y and x < b:
                        err(f"{stem}.traps.tsv:{ln}: trap {snip!r} overlaps expected snippet "
                            f"{doc[x:y]!r}")
                        break
        if len(traps) < 8:
            err(f"{stem}.traps.tsv: want at least 8 trap snippets, got {len(traps)}")
        summary.append(f"{name}: {words} words, {sents} sentences, "
                       f"{len(exp)} expected ({cats['pushy']} pushy, {cats['impersonal']} impersonal), "
                       f"{len(traps)} traps")
    return summary


def main():
    res = check_sentences()
    summary = check_documents()
    if not os.path.exists(os.path.join(BASE, "README.md")):
        err("README.md is missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if res:
        per_prefix, n_fine = res
        print("sentences.tsv: " + ", ".join(f"{k}={per_prefix[k]}" for k in PREFIX_ORDER)
              + f", fine={n_fine}, total={sum(per_prefix.values())}")
    for s in summary:
        print(s)
    print("OK")


if __name__ == "__main__":
    main()
