#!/usr/bin/env python3
"""Validate the holdout batch: sentences.tsv, documents/, README.md. Prints OK or a list of problems."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


CHANNELS = {
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
}
PUSHY = {
    "bare urgency", "manufactured scarcity", "fear of missing out",
    "peer and competitor pressure", "buy-now commands", "confirm-shaming",
    "guilt-tripping", "shaming and identity pressure", "regret threats",
    "loss framing", "fear appeals", "threats in legal dress",
    "hype and guarantees", "assumptive close", "manufactured need", "shouting",
}
IMPERSONAL = {
    "corporatese and jargon", "bureaucratic passive", "legalese in marketing",
    "the reader in the third person", "we-centric bragging",
    "form-letter phrases", "grandiose posturing",
}
PREFIX = {  # prefix -> (label, expected count)
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_PER_CHANNEL = 10


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def check_text_file(path):
    raw = read_bytes(path)
    if b"\r" in raw:
        err(f"{path}: contains CR characters (need LF line endings)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        return raw.decode("utf-8", "replace")


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = check_text_file(path)
    if not text.endswith("\n"):
        err("sentences.tsv: no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else None!r}")
        return
    body = lines[1:]
    if len(body) != 330:
        err(f"sentences.tsv: expected 330 rows, got {len(body)}")

    seen_ids, seen_texts = set(), {}
    by_prefix = {k: [] for k in PREFIX}
    channels = Counter()
    labels = Counter()
    pushy_used, imp_used = Counter(), Counter()

    for n, line in enumerate(body, start=2):
        cols = line.split("\t")
        if len(cols) != 5:
            err(f"line {n}: expected 5 tab-separated fields, got {len(cols)}")
            continue
        rid, txt, lab, ch, tac = cols
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), cols):
            if not val.strip():
                err(f"line {n}: empty {name}")
            elif val != val.strip():
                err(f"line {n}: leading/trailing whitespace in {name}")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        if rid in seen_ids:
            err(f"line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        pre, num = m.group(1), int(m.group(2))
        by_prefix[pre].append(num)
        want_label = PREFIX[pre][0]
        if lab != want_label:
            err(f"{rid}: label {lab!r} should be {want_label!r}")
        labels[lab] += 1
        key = re.sub(r"\s+", " ", txt.strip().lower())
        if key in seen_texts:
            err(f"{rid}: duplicate text of {seen_texts[key]}")
        seen_texts[key] = rid
        if ch not in CHANNELS:
            err(f"{rid}: unknown channel {ch!r}")
        channels[ch] += 1
        if pre == "p":
            if tac not in PUSHY:
                err(f"{rid}: unknown pushy tactic {tac!r}")
            pushy_used[tac] += 1
        elif pre == "i":
            if tac not in IMPERSONAL:
                err(f"{rid}: unknown impersonal family {tac!r}")
            imp_used[tac] += 1
        elif pre == "b":
            parts = [p.strip() for p in tac.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic must be 'pushy tactic; impersonal family', got {tac!r}")
        else:
            if len(tac) > 80:
                err(f"{rid}: free description too long ({len(tac)} chars)")

    for pre, (lab, count) in PREFIX.items():
        nums = sorted(by_prefix[pre])
        if nums != list(range(1, count + 1)):
            err(f"ids {pre}: expected {pre}001..{pre}{count:03d} consecutive, got {len(nums)} ids")
        # ids should also appear in ascending order within the file
        if by_prefix[pre] != nums:
            err(f"ids {pre}: not in ascending order in the file")

    for ch in sorted(CHANNELS):
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"channel {ch}: used {channels[ch]} times (< {MIN_PER_CHANNEL})")
    missing_p = PUSHY - set(pushy_used)
    missing_i = IMPERSONAL - set(imp_used)
    if missing_p:
        err(f"pushy tactics never used in p rows: {sorted(missing_p)}")
    if missing_i:
        err(f"impersonal families never used in i rows: {sorted(missing_i)}")
    if pushy_used and max(pushy_used.values()) - min(pushy_used.values()) > 2:
        err(f"pushy tactics unevenly spread: {dict(pushy_used)}")
    if imp_used and max(imp_used.values()) - min(imp_used.values()) > 2:
        err(f"impersonal families unevenly spread: {dict(imp_used)}")
    total = sum(labels.values())
    if total and labels["fine"] * 3 < total:
        err(f"fine rows {labels['fine']} are less than a third of {total}")
    return labels, channels


# ---------------------------------------------------------------- documents
def strip_for_count(text, ext):
    if ext == ".html":
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def read_tsv(path, header):
    if not os.path.exists(path):
        err(f"{path} missing")
        return []
    text = check_text_file(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0] != header:
        err(f"{path}: header must be {header!r}")
        return []
    return [l.split("\t") for l in lines[1:]]


def spans(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = [f for f in sorted(os.listdir(ddir))
            if not f.endswith(".tsv") and os.path.splitext(f)[1] in (".md", ".html", ".txt")]
    exts = Counter(os.path.splitext(f)[1] for f in docs)
    for e in (".md", ".html", ".txt"):
        if exts[e] != 1:
            err(f"documents/: expected exactly one {e} document, found {exts[e]}")
    for f in docs:
        path = os.path.join(ddir, f)
        name, ext = os.path.splitext(f)
        text = check_text_file(path)
        words = len(strip_for_count(text, ext).split())
        if not 150 <= words <= 500:
            err(f"{f}: {words} words (need 150-500)")
        if ext == ".md":
            if not re.match(r"---\n(.+?\n)---\n", text, re.S):
                err(f"{f}: YAML front matter missing")
            else:
                fm = re.match(r"---\n(.+?\n)---\n", text, re.S).group(1)
                for ln in fm.splitlines():
                    if ln.strip() and not re.match(r"^[A-Za-z_][\w-]*:\s", ln + " "):
                        err(f"{f}: odd front-matter line {ln!r}")
        if ext == ".html" and "<html" not in text.lower():
            err(f"{f}: no <html tag")

        exp = read_tsv(os.path.join(ddir, name + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(ddir, name + ".traps.tsv"), "snippet")
        cats = Counter()
        exp_spans = []
        for row in exp:
            if len(row) != 2 or not row[1].strip():
                err(f"{name}.expected.tsv: bad row {row!r}")
                continue
            cat, snip = row
            if cat not in ("pushy", "impersonal", "pushy,impersonal"):
                err(f"{name}.expected.tsv: bad category {cat!r}")
            for c in cat.split(","):
                cats[c] += 1
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend(sp)
        if len(exp) < 3:
            err(f"{name}.expected.tsv: fewer than 3 rows")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"{name}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: fewer than 3 rows")
        exp_snips = [r[1] for r in exp if len(r) == 2]
        for row in traps:
            if len(row) != 1 or not row[0].strip():
                err(f"{name}.traps.tsv: bad row {row!r}")
                continue
            snip = row[0]
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.traps.tsv: snippet not found verbatim: {snip!r}")
            for a, b in sp:
                for c, d in exp_spans:
                    if a < d and c < b:
                        err(f"{name}: trap {snip!r} overlaps an expected snippet")
            for e in exp_snips:
                if snip.lower() in e.lower() or e.lower() in snip.lower():
                    err(f"{name}: trap {snip!r} and expected {e!r} contain one another")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = check_text_file(path)
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 not mentioned")


if __name__ == "__main__":
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")
