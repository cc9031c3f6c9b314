#!/usr/bin/env python3
"""Format checks for the holdout-r evaluation batch.

Run from anywhere:  python3 /work/holdout-r/validate.py
Prints every problem found, or OK (plus a short count summary) when clean.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCES = os.path.join(HERE, "sentences.tsv")
DOCS = os.path.join(HERE, "documents")
README = os.path.join(HERE, "README.md")

HEADER = "id\ttext\tlabels\tchannel\ttactic"

CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
PUSHY_TACTICS = [
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
]
LABELS = {"pushy", "impersonal", "pushy,impersonal", "fine"}
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal",
                "n": "fine", "f": "fine"}

# exact batch composition asked for in the brief
EXPECTED_PREFIX_COUNTS = {"p": 110, "i": 80, "b": 20}
EXPECTED_FINE = 120
MIN_NEAR_MISS = 108
TOTAL = 330
MIN_PER_CHANNEL = 8
MIN_PER_PUSHY_TACTIC = 5
MIN_PER_IMPERSONAL_FAMILY = 8

QUOTE_CHARS = "\"'“”‘’«»„‚‹›`"

# fictional UK ranges (Ofcom drama numbers) and US 555-01xx
PHONE_OK_PREFIXES = ("01632960", "02079460", "07700900", "01134960",
                     "01144960", "01154960", "01164960", "01174960",
                     "01184960", "01214960", "01314960", "01414960",
                     "01514960", "01614960", "02890180", "02920180")

DOCUMENTS = {
    "landing": "landing.md",
    "email": "email.html",
    "sms-schedule": "sms-schedule.txt",
}
DOC_MIN_WORDS, DOC_MAX_WORDS = 150, 500
DOC_MIN_SENTENCES, DOC_MAX_SENTENCES = 25, 45

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: starts with a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not valid UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if text and not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def check_links_and_phones(where, text):
    for m in re.finditer(r"https?://([^/\s\"'<>)?#]+)", text):
        host = m.group(1).lower()
        if not host.endswith(".example"):
            err(f"{where}: link host {host!r} is not on a .example domain")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not m.group(1).lower().endswith(".example"):
            err(f"{where}: e-mail domain {m.group(1)!r} is not .example")
    for m in re.finditer(r"(?<![\d£$€.,])0\d(?:[ -]?\d){8,9}(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if not digits.startswith(PHONE_OK_PREFIXES):
            err(f"{where}: phone number {m.group(0)!r} is not in a fictional range")


# ---------------------------------------------------------------- sentences
def check_sentences():
    rows = []
    if not os.path.exists(SENTENCES):
        err("sentences.tsv is missing")
        return rows
    text = read_text(SENTENCES)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else ''!r}")
    seen_ids, seen_text = set(), {}
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"sentences.tsv line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER.split("\t"), fields):
            if value == "":
                err(f"sentences.tsv line {n}: empty {name}")
            elif value[0] in QUOTE_CHARS:
                err(f"sentences.tsv line {n}: {name} starts with a quotation mark")
            elif value != value.strip():
                err(f"sentences.tsv line {n}: {name} has leading/trailing whitespace")
        rid, body, label, channel, tactic = fields
        if not re.fullmatch(r"[pibnf]\d{3}", rid):
            err(f"sentences.tsv line {n}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"sentences.tsv line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        key = re.sub(r"\s+", " ", body.lower())
        if key in seen_text:
            err(f"sentences.tsv line {n}: text duplicates {seen_text[key]}")
        seen_text[key] = rid
        if label not in LABELS:
            err(f"sentences.tsv line {n}: invalid labels {label!r}")
        elif label != PREFIX_LABEL[rid[0]]:
            err(f"sentences.tsv line {n}: id {rid} needs labels {PREFIX_LABEL[rid[0]]!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"sentences.tsv line {n}: invalid channel {channel!r}")
        p = rid[0]
        if p == "p" and tactic not in PUSHY_TACTICS:
            err(f"sentences.tsv line {n}: {tactic!r} is not a pushy tactic from the guide")
        elif p == "i" and tactic not in IMPERSONAL_FAMILIES:
            err(f"sentences.tsv line {n}: {tactic!r} is not an impersonal family from the guide")
        elif p == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv line {n}: both-rows need 'pushy tactic+impersonal family', got {tactic!r}")
        elif p == "n" and tactic != "near-miss":
            err(f"sentences.tsv line {n}: near-miss rows need tactic 'near-miss'")
        elif p == "f" and tactic != "plain":
            err(f"sentences.tsv line {n}: plain fine rows need tactic 'plain'")
        check_links_and_phones(f"sentences.tsv {rid}", body)
        rows.append(dict(id=rid, text=body, labels=label, channel=channel, tactic=tactic))

    # ids consecutive per prefix, in file order, starting at 001
    nums = {}
    for r in rows:
        nums.setdefault(r["id"][0], []).append(int(r["id"][1:]))
    for p, seq in nums.items():
        if seq != list(range(1, len(seq) + 1)):
            err(f"sentences.tsv: ids with prefix {p!r} are not consecutive from {p}001 in file order")

    # composition
    pc = Counter(r["id"][0] for r in rows)
    for p, want in EXPECTED_PREFIX_COUNTS.items():
        if pc[p] != want:
            err(f"sentences.tsv: expected {want} rows with prefix {p!r}, found {pc[p]}")
    fine = pc["n"] + pc["f"]
    if fine != EXPECTED_FINE:
        err(f"sentences.tsv: expected {EXPECTED_FINE} fine rows, found {fine}")
    if pc["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: need at least {MIN_NEAR_MISS} near-misses, found {pc['n']}")
    if len(rows) != TOTAL:
        err(f"sentences.tsv: expected {TOTAL} rows, found {len(rows)}")
    if rows and fine * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")

    # coverage
    cc = Counter(r["channel"] for r in rows)
    for c in CHANNELS:
        if cc[c] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {c!r} used {cc[c]} times (< {MIN_PER_CHANNEL})")
    tc = Counter()
    for r in rows:
        if r["id"][0] == "p":
            tc[r["tactic"]] += 1
        elif r["id"][0] == "i":
            tc[r["tactic"]] += 1
    for t in PUSHY_TACTICS:
        if tc[t] < MIN_PER_PUSHY_TACTIC:
            err(f"sentences.tsv: pushy tactic {t!r} has {tc[t]} rows (< {MIN_PER_PUSHY_TACTIC})")
    for t in IMPERSONAL_FAMILIES:
        if tc[t] < MIN_PER_IMPERSONAL_FAMILY:
            err(f"sentences.tsv: impersonal family {t!r} has {tc[t]} rows (< {MIN_PER_IMPERSONAL_FAMILY})")
    return rows


# ---------------------------------------------------------------- documents
def visible_text(name, text):
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if not m:
            err(f"{name}: missing YAML front matter")
        else:
            text = text[m.end():]
        text = re.sub(r"<[^>]+>", " ", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^\s*(#+|-)\s*", "", text, flags=re.M)
    elif name.endswith(".html"):
        text = re.sub(r"<(style|script|head)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<!DOCTYPE[^>]*>", " ", text, flags=re.I)
        text = re.sub(r"</(p|li|h\d|div|title)>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        text = "\n".join(l for l in text.split("\n") if not re.match(r"\[\d+\]", l))
    return text


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=\S)", line)
        n += sum(1 for part in parts if len(part.split()) >= 2)
    return n


def check_documents():
    stats = {}
    if not os.path.isdir(DOCS):
        err("documents/ folder is missing")
        return stats
    for stem, fname in DOCUMENTS.items():
        path = os.path.join(DOCS, fname)
        if not os.path.exists(path):
            err(f"documents/{fname} is missing")
            continue
        doc = read_text(path)
        check_links_and_phones(f"documents/{fname}", doc)
        if fname.endswith(".md") and not re.search(r"^\w+:", doc.split("---")[1] if doc.startswith("---") else "", re.M):
            err(f"{fname}: front matter has no keys")
        if fname.endswith(".html"):
            if not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", doc):
                err(f"{fname}: no merge tags found")
            if 'class="' not in doc or "href=" not in doc:
                err(f"{fname}: expected CSS classes and links")
        if fname.endswith(".txt"):
            if "SEG:" not in doc or ".example/" not in doc:
                err(f"{fname}: expected segment codes and short links")
        vis = visible_text(fname, doc)
        words = len(vis.split())
        sents = count_sentences(vis)
        if not DOC_MIN_WORDS <= words <= DOC_MAX_WORDS:
            err(f"{fname}: {words} visible words, outside {DOC_MIN_WORDS}-{DOC_MAX_WORDS}")
        if not DOC_MIN_SENTENCES <= sents <= DOC_MAX_SENTENCES:
            err(f"{fname}: about {sents} sentences, outside {DOC_MIN_SENTENCES}-{DOC_MAX_SENTENCES}")

        exp_path = os.path.join(DOCS, f"{stem}.expected.tsv")
        trap_path = os.path.join(DOCS, f"{stem}.traps.tsv")
        expected, traps = [], []
        if not os.path.exists(exp_path):
            err(f"documents/{stem}.expected.tsv is missing")
        else:
            lines = read_text(exp_path).rstrip("\n").split("\n")
            if lines[0] != "category\tsnippet":
                err(f"{stem}.expected.tsv: header must be 'category<TAB>snippet'")
            for n, line in enumerate(lines[1:], start=2):
                f = line.split("\t")
                if len(f) != 2:
                    err(f"{stem}.expected.tsv line {n}: expected 2 fields")
                    continue
                cat, snip = f
                if cat not in ("pushy", "impersonal"):
                    err(f"{stem}.expected.tsv line {n}: category must be pushy or impersonal")
                if not snip or snip[0] in QUOTE_CHARS:
                    err(f"{stem}.expected.tsv line {n}: empty snippet or starts with a quote")
                if snip not in doc:
                    err(f"{stem}.expected.tsv line {n}: snippet not found verbatim: {snip!r}")
                if snip in expected:
                    err(f"{stem}.expected.tsv line {n}: duplicate snippet")
                expected.append(snip)
            if not expected:
                err(f"{stem}.expected.tsv: no rows")
        if not os.path.exists(trap_path):
            err(f"documents/{stem}.traps.tsv is missing")
        else:
            lines = read_text(trap_path).rstrip("\n").split("\n")
            if lines[0] != "snippet":
                err(f"{stem}.traps.tsv: header must be 'snippet'")
            for n, snip in enumerate(lines[1:], start=2):
                if "\t" in snip or not snip:
                    err(f"{stem}.traps.tsv line {n}: empty or contains a tab")
                    continue
                if snip[0] in QUOTE_CHARS:
                    err(f"{stem}.traps.tsv line {n}: starts with a quote")
                if snip not in doc:
                    err(f"{stem}.traps.tsv line {n}: trap not found verbatim: {snip!r}")
                if snip in traps:
                    err(f"{stem}.traps.tsv line {n}: duplicate trap")
                traps.append(snip)
            if not traps:
                err(f"{stem}.traps.tsv: no rows")
        stats[fname] = dict(words=words, sentences=sents,
                            expected=Counter(l.split("\t")[0] for l in
                                             (read_text(exp_path).rstrip("\n").split("\n")[1:]
                                              if os.path.exists(exp_path) else [])),
                            traps=len(traps))
    return stats


# ---------------------------------------------------------------- README
def check_readme(rows):
    if not os.path.exists(README):
        err("README.md is missing")
        return
    text = read_text(README)
    counts = {}
    for key in ("labels", "channel", "tactic"):
        counts.update(Counter(r[key] for r in rows))
    for name, n in counts.items():
        if not re.search(r"^\|\s*`?" + re.escape(name) + r"`?\s*\|\s*" + str(n) + r"\s*\|", text, re.M):
            err(f"README.md: no table row stating '{name}' = {n}")


def main():
    rows = check_sentences()
    stats = check_documents()
    check_readme(rows)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    lab = Counter(r["labels"] for r in rows)
    print(f"sentences: {len(rows)} rows; " + ", ".join(f"{k}={v}" for k, v in sorted(lab.items()))
          + f"; near-miss={sum(r['tactic'] == 'near-miss' for r in rows)}"
          + f", plain={sum(r['tactic'] == 'plain' for r in rows)}")
    for fname, s in stats.items():
        print(f"{fname}: ~{s['words']} words, ~{s['sentences']} sentences, "
              f"expected {dict(s['expected'])}, traps {s['traps']}")
    print("OK")


if __name__ == "__main__":
    main()
