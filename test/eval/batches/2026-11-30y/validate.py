#!/usr/bin/env python3
"""Format checks for the holdout-y evaluation batch (stdlib only).

Usage: python3 validate.py [-v] [BATCH_DIR]     (default: the directory of this file)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
ROOT = _ARGS[0] if _ARGS else HERE

HEADER = ["id", "text", "labels", "channel", "tactic"]

# Taken from the labelling guide.
CHANNELS = {
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
}
TACTICS = {
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
FAMILIES = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
}
LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}

# prefix -> (label, expected count or (min, max))
PREFIXES = {
    "p": ("pushy", (105, 115)),
    "i": ("impersonal", (75, 85)),
    "b": ("pushy,impersonal", (20, 20)),
    "n": ("fine", (108, 120)),
    "f": ("fine", (0, 12)),
}
TOTAL = 330
FINE_TOTAL = 120
ORDER = "pibnf"

QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\uff02\uff07")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return None
    if text.startswith("\ufeff"):
        err(f"{path}: has a byte-order mark")
    if "\r" in text:
        err(f"{path}: contains CR characters (must be LF only)")
    if text and not text.endswith("\n"):
        err(f"{path}: missing final newline")
    return text


def check_domains(where, text):
    """Every URL / short link must use an .example domain."""
    for m in re.finditer(r"https?://([^/\s\"'<>?#]+)", text):
        host = m.group(1).split(":")[0].lower()
        if not (host.endswith(".example") or host == "example"):
            err(f"{where}: non-.example URL host {host!r}")
    for m in re.finditer(r"(?<![\w./@-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?=/)", text, re.I):
        host = m.group(1).lower()
        if not host.endswith(".example"):
            err(f"{where}: non-.example short link host {host!r}")
    for m in re.finditer(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", text, re.I):
        if not m.group(1).lower().endswith(".example"):
            err(f"{where}: non-.example e-mail domain {m.group(1)!r}")


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(ROOT, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: header must be {'<TAB>'.join(HEADER)!r}, got {lines[0] if lines else ''!r}")
        return
    rows = lines[1:]
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} rows, expected {TOTAL}")
    counts = {p: 0 for p in PREFIXES}
    seen_ids, seen_text = set(), {}
    channels_used, tactics_used, families_used = set(), set(), set()
    last_prefix_index = 0
    for n, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: {len(fields)} fields (tabs inside a field?)")
            continue
        rid, txt, label, channel, tactic = fields
        for name, value in zip(HEADER, fields):
            if value == "" or value != value.strip():
                err(f"sentences.tsv line {n}: field {name} empty or has outer whitespace")
            if value[:1] in QUOTES:
                err(f"sentences.tsv line {n}: field {name} starts with a quotation mark")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        idx = ORDER.index(prefix)
        if idx < last_prefix_index:
            err(f"sentences.tsv line {n}: id {rid} out of block order (p, i, b, n, f)")
        last_prefix_index = max(last_prefix_index, idx)
        counts[prefix] += 1
        if num != counts[prefix]:
            err(f"sentences.tsv line {n}: id {rid} breaks the sequence (expected {prefix}{counts[prefix]:03d})")
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        key = re.sub(r"\s+", " ", txt.lower())
        if key in seen_text:
            err(f"sentences.tsv line {n}: duplicate text (also {seen_text[key]})")
        seen_text[key] = rid
        if label not in LABELS:
            err(f"sentences.tsv line {n}: invalid label {label!r}")
        elif label != PREFIXES[prefix][0]:
            err(f"sentences.tsv line {n}: {rid} must be labelled {PREFIXES[prefix][0]!r}, not {label!r}")
        if channel not in CHANNELS:
            err(f"sentences.tsv line {n}: invalid channel {channel!r}")
        channels_used.add(channel)
        if prefix == "p":
            if tactic not in TACTICS:
                err(f"sentences.tsv line {n}: invalid pushy tactic {tactic!r}")
            tactics_used.add(tactic)
        elif prefix == "i":
            if tactic not in FAMILIES:
                err(f"sentences.tsv line {n}: invalid impersonal family {tactic!r}")
            families_used.add(tactic)
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f"sentences.tsv line {n}: b rows need 'tactic+family', got {tactic!r}")
            else:
                tactics_used.add(parts[0])
                families_used.add(parts[1])
        elif prefix == "n" and tactic != "near-miss":
            err(f"sentences.tsv line {n}: n rows need tactic 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"sentences.tsv line {n}: f rows need tactic 'plain'")
        check_domains(f"sentences.tsv line {n}", txt)
    for p, (_, (lo, hi)) in PREFIXES.items():
        if not lo <= counts[p] <= hi:
            err(f"sentences.tsv: {counts[p]} {p}-rows, expected {lo}-{hi}")
    if counts["n"] + counts["f"] != FINE_TOTAL:
        err(f"sentences.tsv: {counts['n'] + counts['f']} fine rows, expected {FINE_TOTAL}")
    if (counts["n"] + counts["f"]) * 3 < sum(counts.values()):
        err("sentences.tsv: fewer than a third of rows are fine")
    for missing in sorted(CHANNELS - channels_used):
        err(f"sentences.tsv: channel never used: {missing}")
    for missing in sorted(TACTICS - tactics_used):
        err(f"sentences.tsv: pushy tactic never used: {missing}")
    for missing in sorted(FAMILIES - families_used):
        err(f"sentences.tsv: impersonal family never used: {missing}")
    return counts


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    """Reader-visible prose, used for the sentence and word counts."""
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        body = text[m.end():] if m else text
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)   # links -> link text
        body = re.sub(r"[#>*_`]", " ", body)
        body = re.sub(r"^\s*-\s+", "", body, flags=re.M)
        return body
    if name.endswith(".html"):
        body = re.sub(r"<head>.*?</head>", " ", text, flags=re.S | re.I)
        body = re.sub(r"<(br|/p|/h\d|/div|/li)\b[^>]*>", "\n", body, flags=re.I)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    # plain text schedule: keep only the message column of non-comment lines
    out = []
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.split(" | ")[-1])
    return "\n".join(out)


def count_sentences(prose):
    n = 0
    for line in prose.split("\n"):
        for piece in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(re.findall(r"[A-Za-z\u00c0-\u024f]{2,}", piece)) >= 2:
                n += 1
    return n


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != "\t".join(header):
        err(f"{os.path.basename(path)}: header must be {'<TAB>'.join(header)!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(f == "" or f != f.strip() for f in fields):
            err(f"{os.path.basename(path)} line {n}: malformed row {line!r}")
            continue
        rows.append(fields)
    return rows


def check_documents():
    ddir = os.path.join(ROOT, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return {}
    files = sorted(os.listdir(ddir))
    docs = [f for f in files if not f.endswith(".tsv")]
    md = [f for f in docs if f.endswith(".md")]
    htm = [f for f in docs if f.endswith(".html")]
    txt = [f for f in docs if f.endswith(".txt")]
    if md != ["landing-page.md"]:
        err(f"documents/: expected exactly landing-page.md, found {md}")
    if len(htm) != 1:
        err(f"documents/: expected one .html document, found {htm}")
    if len(txt) != 1:
        err(f"documents/: expected one .txt document, found {txt}")
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {docs}")
    expected_side = set()
    summary = {}
    for doc in docs:
        stem = doc.rsplit(".", 1)[0]
        expected_side |= {stem + ".expected.tsv", stem + ".traps.tsv"}
        text = read_text(os.path.join(ddir, doc))
        if text is None:
            continue
        check_domains(f"documents/{doc}", text)
        prose = visible_text(doc, text)
        sentences = count_sentences(prose)
        words = len(re.findall(r"\S+", prose))
        if not 25 <= sentences <= 45:
            err(f"documents/{doc}: about {sentences} sentences, expected 25-45")
        if not 150 <= words <= 500:
            err(f"documents/{doc}: {words} words of visible text, expected 150-500")
        if doc.endswith(".md") and not re.match(r"---\n(?:[\w-]+:.*\n)+---\n", text):
            err(f"documents/{doc}: needs YAML front matter")
        if doc.endswith(".html"):
            if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"documents/{doc}: needs a merge tag")
            if "class=" not in text or "href=" not in text:
                err(f"documents/{doc}: needs CSS classes and links")
        if doc.endswith(".txt"):
            if not re.search(r"\bSEG-[A-Z0-9-]+", text):
                err(f"documents/{doc}: needs segment codes")
            if not re.search(r"\b[a-z0-9-]+\.example/\S+", text):
                err(f"documents/{doc}: needs short links")
        exp_path = os.path.join(ddir, stem + ".expected.tsv")
        trap_path = os.path.join(ddir, stem + ".traps.tsv")
        if not os.path.isfile(exp_path):
            err(f"documents/{stem}.expected.tsv missing")
            exp = []
        else:
            exp = read_tsv(exp_path, ["category", "snippet"])
        if not os.path.isfile(trap_path):
            err(f"documents/{stem}.traps.tsv missing")
            traps = []
        else:
            traps = [r[0] for r in read_tsv(trap_path, ["snippet"])]
        cats = {"pushy": 0, "impersonal": 0}
        exp_snips = []
        for cat, snip in exp:
            if cat not in cats:
                err(f"{stem}.expected.tsv: bad category {cat!r}")
                continue
            cats[cat] += 1
            if snip not in text:
                err(f"{stem}.expected.tsv: snippet not verbatim in {doc}: {snip!r}")
            exp_snips.append(snip)
        if len(set(exp_snips)) != len(exp_snips):
            err(f"{stem}.expected.tsv: duplicate snippets")
        for cat, c in cats.items():
            if c == 0:
                err(f"{stem}.expected.tsv: no {cat} snippets")
        if not traps:
            err(f"{stem}.traps.tsv: no traps")
        if len(set(traps)) != len(traps):
            err(f"{stem}.traps.tsv: duplicate snippets")
        for trap in traps:
            if trap not in text:
                err(f"{stem}.traps.tsv: snippet not verbatim in {doc}: {trap!r}")
            for snip in exp_snips:
                if trap in snip or snip in trap:
                    err(f"{stem}: trap {trap!r} overlaps expected snippet {snip!r}")
        summary[doc] = (sentences, words, cats["pushy"], cats["impersonal"], len(traps))
    for side in sorted(expected_side - set(files)):
        err(f"documents/{side} missing")
    for extra in sorted(set(f for f in files if f.endswith(".tsv")) - expected_side):
        err(f"documents/{extra}: TSV without a matching document")
    return summary


def main():
    counts = check_sentences()
    summary = check_documents()
    if not os.path.isfile(os.path.join(ROOT, "README.md")):
        err("README.md missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv or "--verbose" in sys.argv:
        print("sentences:", counts)
        for doc, (s, w, p, i, t) in summary.items():
            print(f"{doc}: ~{s} sentences, {w} words, {p} pushy + {i} impersonal expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
