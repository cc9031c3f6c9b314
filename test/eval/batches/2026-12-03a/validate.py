#!/usr/bin/env python3
"""Validate holdout batch 2026-12-03a: sentences.tsv, documents/, README.md.

Run from anywhere: python3 validate.py  -> prints OK or lists problems and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


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
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push", "nonprofit",
    "political-email", "real-estate", "fitness", "finance-crypto", "travel",
    "restaurants", "courses", "events", "cancellation-flow", "app-store",
    "local-services", "newsletter", "legal-footer",
]
PREFIX = {  # prefix: (label, expected count)
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_CHANNEL_VALIDATE = 10   # hard floor asked of the validator
MIN_CHANNEL_BRIEF = 12      # the writing brief asks for at least 12 per channel


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8 ({e})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        err(f"{path}: has a BOM")
    return text


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if not text.endswith("\n"):
        err("sentences.tsv: no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else None!r}")
        return
    rows = lines[1:]
    if len(rows) != 330:
        err(f"sentences.tsv: expected 330 rows, got {len(rows)}")

    ids_by_prefix = collections.defaultdict(list)
    channel_count = collections.Counter()
    pushy_tac = collections.Counter()
    imp_tac = collections.Counter()
    seen_text = {}
    fine = 0
    for ln, row in enumerate(rows, 2):
        fields = row.split("\t")
        if len(fields) != 5:
            err(f"line {ln}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        rid, txt, lab, ch, tac = fields
        for name, val in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if val.strip() == "":
                err(f"line {ln}: empty field {name}")
            elif val != val.strip():
                err(f"line {ln}: field {name} has leading/trailing whitespace")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {ln}: bad id {rid!r}")
            continue
        pre, num = m.group(1), int(m.group(2))
        ids_by_prefix[pre].append(num)
        want_lab = PREFIX[pre][0]
        if lab != want_lab:
            err(f"{rid}: label {lab!r} but prefix {pre} needs {want_lab!r}")
        if ch not in CHANNELS:
            err(f"{rid}: unknown channel {ch!r}")
        channel_count[ch] += 1
        if lab == "fine":
            fine += 1
        norm = re.sub(r"\s+", " ", txt.strip().lower())
        if norm in seen_text:
            err(f"{rid}: duplicate text of {seen_text[norm]}")
        else:
            seen_text[norm] = rid
        if pre == "p":
            if tac not in PUSHY:
                err(f"{rid}: tactic {tac!r} is not a pushy tactic from the guide")
            pushy_tac[tac] += 1
        elif pre == "i":
            if tac not in IMPERSONAL:
                err(f"{rid}: tactic {tac!r} is not an impersonal family from the guide")
            imp_tac[tac] += 1
        elif pre == "b":
            parts = tac.split("; ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic {tac!r} must be 'pushy tactic; impersonal family'")
        else:
            if tac in PUSHY or tac in IMPERSONAL:
                err(f"{rid}: fine row should have a free description, not a problem tactic name")

    for pre, (lab, count) in PREFIX.items():
        nums = ids_by_prefix.get(pre, [])
        if nums != list(range(1, count + 1)):
            err(f"ids {pre}: must run consecutively {pre}001..{pre}{count:03d} in order; got {len(nums)} ids")

    for ch in CHANNELS:
        c = channel_count.get(ch, 0)
        if c < MIN_CHANNEL_VALIDATE:
            err(f"channel {ch}: used {c} times, need at least {MIN_CHANNEL_VALIDATE}")
        elif c < MIN_CHANNEL_BRIEF:
            err(f"channel {ch}: used {c} times, brief asks for at least {MIN_CHANNEL_BRIEF}")

    for t in PUSHY:
        if pushy_tac[t] == 0:
            err(f"pushy tactic unused: {t}")
        elif not 6 <= pushy_tac[t] <= 8:
            err(f"pushy tactic {t}: {pushy_tac[t]} rows, want about 7 (6-8)")
    for t in IMPERSONAL:
        if imp_tac[t] == 0:
            err(f"impersonal family unused: {t}")
        elif not 10 <= imp_tac[t] <= 12:
            err(f"impersonal family {t}: {imp_tac[t]} rows, want about 11 (10-12)")

    if rows and fine * 3 < len(rows):
        err(f"fine rows {fine} are less than a third of {len(rows)}")


def strip_tags(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def spans(haystack, needle):
    out, start = [], 0
    while True:
        k = haystack.find(needle, start)
        if k < 0:
            return out
        out.append((k, k + len(needle)))
        start = k + 1


def read_tsv(path, header):
    text = read_text(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0] != header:
        err(f"{path}: header must be {header!r}")
        return []
    return [l.split("\t") for l in lines[1:]]


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith(".tsv"))
    exts = collections.Counter(os.path.splitext(f)[1] for f in docs)
    if len(docs) != 3 or exts != collections.Counter({".md": 1, ".html": 1, ".txt": 1}):
        err(f"documents/: need exactly one .md, one .html, one .txt; found {docs}")
    for fn in docs:
        path = os.path.join(ddir, fn)
        name, ext = os.path.splitext(fn)
        text = read_text(path)
        if ext == ".md":
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                err(f"{fn}: YAML front matter (--- ... ---) missing at top")
        if ext == ".html" and "<html" not in text.lower():
            err(f"{fn}: does not contain <html")
        plain = strip_tags(text) if ext == ".html" else text
        words = len(plain.split())
        if not 150 <= words <= 500:
            err(f"{fn}: {words} words, need 150-500")
        if ext == ".md":
            body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
            bw = len(body.split())
            if not 150 <= bw <= 500:
                err(f"{fn}: body without front matter has {bw} words, need 150-500")

        exp_path = os.path.join(ddir, name + ".expected.tsv")
        trap_path = os.path.join(ddir, name + ".traps.tsv")
        if not os.path.isfile(exp_path):
            err(f"{name}.expected.tsv missing")
            continue
        if not os.path.isfile(trap_path):
            err(f"{name}.traps.tsv missing")
            continue
        exp = read_tsv(exp_path, "category\tsnippet")
        traps = read_tsv(trap_path, "snippet")
        if len(exp) < 3:
            err(f"{name}.expected.tsv: need at least 3 rows, got {len(exp)}")
        cats = set()
        exp_spans = []
        for row in exp:
            if len(row) != 2 or not row[1].strip():
                err(f"{name}.expected.tsv: bad row {row!r}")
                continue
            cat, snip = row
            if cat not in ("pushy", "impersonal", "pushy,impersonal"):
                err(f"{name}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend((a, b, snip) for a, b in sp)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{name}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: need at least 3 rows, got {len(traps)}")
        for row in traps:
            if len(row) != 1 or not row[0].strip():
                err(f"{name}.traps.tsv: bad row {row!r}")
                continue
            snip = row[0]
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.traps.tsv: snippet not found verbatim: {snip!r}")
            for a, b in sp:
                for ea, eb, es in exp_spans:
                    if a < eb and ea < b:
                        err(f"{name}: trap {snip!r} overlaps expected {es!r}")
            for _, _, es in exp_spans:
                if snip in es or es in snip:
                    err(f"{name}: trap {snip!r} and expected {es!r} contain one another")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: does not mention 2026-12-03")
    if "labelling guide" not in text.lower():
        err("README.md: does not say it was written from the labelling guide")


check_sentences()
check_documents()
check_readme()
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
