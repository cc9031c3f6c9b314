#!/usr/bin/env python3
"""Format checker for the holdout-m evaluation batch. Run: python3 validate.py"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


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
PREFIX = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
TOTAL = 330
QUOTE_CHARS = "\"'“”‘’«»„‚`"
HEADER = ["id", "text", "labels", "channel", "tactic"]

DOMAIN_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:?#\s)\]\"'<>,;]|$)", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
UK_PHONE_RE = re.compile(r"(?<![\d-])0\d[\d ]{8,12}\d(?![\d-])")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u23E9-\u23FA]")
FILE_EXT_OK = {"jpg", "png", "md", "html", "txt", "tsv", "py", "gif", "svg"}


def check_links(text, where):
    for m in EMAIL_RE.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in DOMAIN_RE.finditer(text):
        dom = m.group(1)
        tld = dom.rsplit(".", 1)[-1].lower()
        if tld in FILE_EXT_OK or re.fullmatch(r"[\d.]+", dom):
            continue
        if dom.lower() in {"co.uk"}:
            continue
        if not dom.lower().endswith(".example") and re.search(r"\.(com|org|net|io|co|uk|app|ai|us|eu|info|biz|dev)$", dom.lower()):
            err(f"{where}: link not on .example: {dom}")
    for m in UK_PHONE_RE.finditer(text):
        digits = m.group(0).replace(" ", "")
        if len(digits) == 11 and not digits.startswith(("01632960", "0207946")):
            err(f"{where}: UK phone number outside the fiction ranges (01632 960xxx, 020 7946 xxxx): {m.group(0)}")


def read_text(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return ""
    if "\r" in text:
        err(f"{path}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{path}: no final newline")
    return text


# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    lines = text.rstrip("\n").split("\n")
    if lines[0].split("\t") != HEADER:
        err(f"sentences.tsv: bad header {lines[0]!r}")
    ids, texts = set(), Counter()
    per_prefix = Counter()
    numbers = {k: [] for k in PREFIX}
    channels = Counter()
    tactic_use = Counter()
    fine = near = lower_start = emoji = 0
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 5:
            err(f"sentences.tsv line {n}: {len(f)} fields")
            continue
        rid, sent, labels, channel, tactic = f
        for name, val in zip(HEADER, f):
            if not val.strip():
                err(f"line {n}: empty {name}")
            elif val != val.strip():
                err(f"line {n}: {name} has leading/trailing space")
            elif val[0] in QUOTE_CHARS:
                err(f"line {n}: {name} starts with a quotation mark")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        if rid in ids:
            err(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        pre = m.group(1)
        per_prefix[pre] += 1
        numbers[pre].append(int(m.group(2)))
        texts[sent] += 1
        if labels not in ("pushy", "impersonal", "pushy,impersonal", "fine"):
            err(f"line {n}: bad label {labels!r}")
        if PREFIX[pre] != labels:
            err(f"line {n}: id prefix {pre} does not match label {labels}")
        if channel not in CHANNELS:
            err(f"line {n}: channel {channel!r} not in the guide's list")
        channels[channel] += 1
        if pre == "p":
            ok = tactic in PUSHY_TACTICS
            tactic_use[tactic] += ok
        elif pre == "i":
            ok = tactic in IMPERSONAL_FAMILIES
            tactic_use[tactic] += ok
        elif pre == "b":
            parts = tactic.split("+")
            ok = len(parts) == 2 and parts[0] in PUSHY_TACTICS and parts[1] in IMPERSONAL_FAMILIES
            if ok:
                tactic_use[parts[0]] += 1
                tactic_use[parts[1]] += 1
        elif pre == "n":
            ok = tactic == "near-miss"
        else:
            ok = tactic == "plain"
        if not ok:
            err(f"line {n}: tactic {tactic!r} not valid for id {rid}")
        if labels == "fine":
            fine += 1
            near += pre == "n"
        if sent[:1].islower():
            lower_start += 1
        if EMOJI_RE.search(sent):
            emoji += 1
        check_links(sent, f"sentences.tsv {rid}")
    for pre, nums in numbers.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            err(f"ids with prefix {pre} are not numbered 001..{len(nums):03d} without gaps")
    for pre, want in EXPECTED_COUNTS.items():
        if per_prefix[pre] != want:
            err(f"{PREFIX[pre]}: {per_prefix[pre]} rows, expected {want}")
    if fine != FINE_TOTAL:
        err(f"fine rows: {fine}, expected {FINE_TOTAL}")
    if near < MIN_NEAR_MISS:
        err(f"near-miss rows: {near}, expected at least {MIN_NEAR_MISS}")
    total = sum(per_prefix.values())
    if total != TOTAL:
        err(f"total rows {total}, expected {TOTAL}")
    if fine * 3 < total:
        err("fine rows are less than a third of the batch")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text: {t}")
    missing = [c for c in CHANNELS if channels[c] == 0]
    if missing:
        err(f"channels not covered: {missing}")
    for t in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if tactic_use[t] < 5:
            err(f"tactic/family {t!r} used only {tactic_use[t]} times (want >= 5)")
    if lower_start < 3:
        err("fewer than 3 all-lower-case-start rows (register variety)")
    if emoji < 5:
        err("fewer than 5 rows with emoji (register variety)")
    return per_prefix, near, fine, total, channels


# ---------------------------------------------------------------- documents
def visible_text(path, text):
    if path.endswith(".md"):
        if not text.startswith("---\n") or "\n---\n" not in text[4:]:
            err(f"{path}: Markdown file lacks YAML front matter")
            return text
        body = text[4:].split("\n---\n", 1)[1]
        body = re.sub(r"```.*?```", " ", body, flags=re.S)
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        body = re.sub(r"^#+\s.*$", " ", body, flags=re.M)  # headings are not sentences
        return body
    if path.endswith(".html"):
        body = re.sub(r"<(style|head)\b.*?</\1>", " ", text, flags=re.S | re.I)
        body = re.sub(r"<br\s*/?>", "\n", body)
        body = re.sub(r"</(p|div|h\d|li)>", "\n", body)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    # plain text: drop schedule headers and separators
    keep = [l for l in text.split("\n") if l.strip() and not re.match(r"^(\[|---|[A-Z][\w ]*:)", l.strip())]
    return "\n".join(keep)


def count_sentences(body):
    chunks = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        chunks += [c for c in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘(*])", line) if c.strip()]
    return len([c for c in chunks if len(re.findall(r"\w+", c)) >= 2])


def check_documents():
    ddir = os.path.join(HERE, "documents")
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
    kinds = {os.path.splitext(d)[1] for d in docs}
    if len(docs) != 3 or kinds != {".md", ".html", ".txt"}:
        err(f"documents/: expected one .md, one .html and one .txt, found {docs}")
    report = []
    for d in docs:
        path = os.path.join(ddir, d)
        text = read_text(path)
        name = os.path.splitext(d)[0]
        body = visible_text(path, text)
        words = len(re.findall(r"[\w£$%'’-]+", body))
        sents = count_sentences(body)
        if not 150 <= words <= 500:
            err(f"{d}: {words} words, want 150-500")
        if not 25 <= sents <= 45:
            err(f"{d}: {sents} sentences, want 25-45")
        if d.endswith(".html") and not re.search(r"\*\|\w+\|\*|\{\{\s*\w+\s*\}\}", text):
            err(f"{d}: HTML email has no merge tags")
        check_links(text, d)
        exp_path = os.path.join(ddir, name + ".expected.tsv")
        trap_path = os.path.join(ddir, name + ".traps.tsv")
        exp, traps = [], []
        if not os.path.exists(exp_path):
            err(f"missing {name}.expected.tsv")
        else:
            lines = read_text(exp_path).rstrip("\n").split("\n")
            if lines[0] != "category\tsnippet":
                err(f"{name}.expected.tsv: bad header")
            for i, l in enumerate(lines[1:], start=2):
                f = l.split("\t")
                if len(f) != 2 or f[0] not in ("pushy", "impersonal") or not f[1]:
                    err(f"{name}.expected.tsv line {i}: bad row {l!r}")
                    continue
                exp.append(tuple(f))
        if not os.path.exists(trap_path):
            err(f"missing {name}.traps.tsv")
        else:
            lines = read_text(trap_path).rstrip("\n").split("\n")
            if lines[0] != "snippet":
                err(f"{name}.traps.tsv: bad header")
            for i, l in enumerate(lines[1:], start=2):
                if "\t" in l or not l:
                    err(f"{name}.traps.tsv line {i}: bad row {l!r}")
                    continue
                traps.append(l)
        for cat, snip in exp:
            if snip not in text:
                err(f"{name}.expected.tsv: snippet not verbatim in document: {snip!r}")
        for snip in traps:
            if snip not in text:
                err(f"{name}.traps.tsv: snippet not verbatim in document: {snip!r}")
        for cat, snip in exp:
            for t in traps:
                if t in snip or snip in t:
                    err(f"{name}: expected snippet {snip!r} overlaps trap {t!r}")
        cats = Counter(c for c, _ in exp)
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{name}: expected.tsv needs both pushy and impersonal rows")
        if len({s for _, s in exp}) != len(exp) or len(set(traps)) != len(traps):
            err(f"{name}: duplicate snippets")
        report.append((d, words, sents, cats["pushy"], cats["impersonal"], len(traps)))
    return report


def main():
    per_prefix, near, fine, total, channels = check_sentences()
    report = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"sentences.tsv: {total} rows: pushy {per_prefix['p']}, impersonal {per_prefix['i']}, "
          f"pushy,impersonal {per_prefix['b']}, fine {fine} (near-miss {near}, plain {per_prefix['f']}); "
          f"{len(channels)} channels")
    for d, w, s, p, i, t in report:
        print(f"documents/{d}: {w} words, ~{s} sentences, expected {p} pushy + {i} impersonal, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
