#!/usr/bin/env python3
"""Validate holdout batch 2026-12-03j: sentences.tsv, documents/, README.md."""
import os
import re
import sys
from collections import Counter

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
PREFIXES = {  # prefix: (label, required count)
    "p": ("pushy", 110),
    "i": ("impersonal", 80),
    "b": ("pushy,impersonal", 20),
    "n": ("fine", 108),
    "f": ("fine", 12),
}
HEADER = "id\ttext\tlabels\tchannel\ttactic"
MIN_CHANNEL = 12  # brief asks for at least 12 (validation floor of 10 is implied)


def read_text(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        err(f"{path}: contains CR characters (LF line endings required)")
    return text


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.exists(path):
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if not text.endswith("\n"):
        err("sentences.tsv: last line must end with LF")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be exactly {HEADER!r}, got {lines[0]!r}")
    rows = lines[1:]
    if len(rows) != 330:
        err(f"sentences.tsv: expected 330 rows, found {len(rows)}")

    ids_by_prefix = {p: [] for p in PREFIXES}
    texts = Counter()
    ids = Counter()
    channels = Counter()
    pushy_use = Counter()
    imp_use = Counter()
    b_pushy = Counter()
    b_imp = Counter()
    labels = Counter()
    for ln, line in enumerate(rows, start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {ln}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        if any(f.strip() == "" for f in fields):
            err(f"line {ln}: empty field")
        if any(f != f.strip() for f in fields):
            err(f"line {ln}: leading/trailing whitespace in a field")
        rid, txt, lab, ch, tac = fields
        ids[rid] += 1
        texts[norm(txt)] += 1
        labels[lab] += 1
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {ln}: bad id {rid!r}")
            continue
        pre = m.group(1)
        ids_by_prefix[pre].append(int(m.group(2)))
        want_label = PREFIXES[pre][0]
        if lab != want_label:
            err(f"{rid}: label {lab!r} should be {want_label!r}")
        if ch not in CHANNELS:
            err(f"{rid}: unknown channel {ch!r}")
        channels[ch] += 1
        if pre == "p":
            if tac not in PUSHY:
                err(f"{rid}: tactic {tac!r} is not a pushy tactic")
            pushy_use[tac] += 1
        elif pre == "i":
            if tac not in IMPERSONAL:
                err(f"{rid}: tactic {tac!r} is not an impersonal family")
            imp_use[tac] += 1
        elif pre == "b":
            parts = [x.strip() for x in tac.split(";")]
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{rid}: tactic {tac!r} must be 'pushy tactic; impersonal family'")
            else:
                b_pushy[parts[0]] += 1
                b_imp[parts[1]] += 1
        else:  # n, f: free description, must not pretend to be a problem tag
            if tac in PUSHY or tac in IMPERSONAL or len(tac) < 5:
                err(f"{rid}: fine rows need a short free description, got {tac!r}")

    for pre, (lab, n) in PREFIXES.items():
        got = sorted(ids_by_prefix[pre])
        if got != list(range(1, n + 1)):
            err(f"ids {pre}: expected {pre}001..{pre}{n:03d} consecutive, got {len(got)} ids")
    for rid, c in ids.items():
        if c > 1:
            err(f"duplicate id {rid}")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text: {t[:60]!r}")
    for ch in CHANNELS:
        if channels[ch] < 10:
            err(f"channel {ch} used {channels[ch]} times (<10)")
        elif channels[ch] < MIN_CHANNEL:
            err(f"channel {ch} used {channels[ch]} times (<{MIN_CHANNEL})")
    for t in PUSHY:
        if pushy_use[t] == 0:
            err(f"pushy tactic unused in p rows: {t}")
        elif not 5 <= pushy_use[t] <= 9:
            err(f"pushy tactic {t} used {pushy_use[t]} times in p rows (want about 7)")
    for t in IMPERSONAL:
        if imp_use[t] == 0:
            err(f"impersonal family unused in i rows: {t}")
        elif not 9 <= imp_use[t] <= 13:
            err(f"impersonal family {t} used {imp_use[t]} times in i rows (want about 11)")
    all_used_pushy = set(pushy_use) | set(b_pushy)
    all_used_imp = set(imp_use) | set(b_imp)
    if set(PUSHY) - all_used_pushy or set(IMPERSONAL) - all_used_imp:
        err("some tactics/families never used")
    total = sum(labels.values())
    if total and labels["fine"] * 3 < total:
        err(f"fine rows {labels['fine']} are less than a third of {total}")
    return labels, channels


# ---------------------------------------------------------------- documents
def strip_html(s):
    s = re.sub(r"<(style|script)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return s


def split_front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, flags=re.S)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def read_tsv(path, header):
    if not os.path.exists(path):
        err(f"{path} missing")
        return []
    text = read_text(path)
    lines = [l for l in text.split("\n") if l != ""]
    if not lines or lines[0] != header:
        err(f"{path}: header must be {header!r}")
        return []
    return [l.split("\t") for l in lines[1:]]


def spans(text, snippet):
    out, start = [], 0
    while True:
        i = text.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    docs = [f for f in sorted(os.listdir(ddir))
            if not f.endswith(".tsv") and os.path.isfile(os.path.join(ddir, f))]
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != [".html", ".md", ".txt"]:
        err(f"documents/: need exactly one .md, .html and .txt, found {docs}")
    for d in docs:
        path = os.path.join(ddir, d)
        name, ext = os.path.splitext(d)
        text = read_text(path)
        if ext == ".md":
            fm, body = split_front_matter(text)
            if fm is None:
                err(f"{d}: YAML front matter missing")
            elif not re.search(r"^\w[\w-]*:\s*\S", fm, flags=re.M):
                err(f"{d}: front matter has no key: value lines")
            else:
                try:
                    import yaml  # optional
                    if not isinstance(yaml.safe_load(fm), dict):
                        err(f"{d}: front matter is not a mapping")
                except ImportError:
                    pass
                except Exception as exc:
                    err(f"{d}: front matter does not parse: {exc}")
            counted = text
        elif ext == ".html":
            if "<html" not in text.lower():
                err(f"{d}: does not contain <html")
            counted = strip_html(text)
        else:
            counted = text
        words = len(counted.split())
        if not 150 <= words <= 500:
            err(f"{d}: {words} words (want 150-500)")

        exp = read_tsv(os.path.join(ddir, name + ".expected.tsv"), "category\tsnippet")
        traps = read_tsv(os.path.join(ddir, name + ".traps.tsv"), "snippet")
        if len(exp) < 3:
            err(f"{name}.expected.tsv: fewer than 3 rows")
        cats = set()
        exp_spans = []
        for row in exp:
            if len(row) != 2 or not row[1].strip():
                err(f"{name}.expected.tsv: bad row {row}")
                continue
            cat, snip = row
            if cat not in ("pushy", "impersonal", "pushy,impersonal"):
                err(f"{name}.expected.tsv: bad category {cat!r}")
            cats.update(cat.split(","))
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.expected.tsv: snippet not found verbatim: {snip!r}")
            exp_spans.extend(sp)
        if not {"pushy", "impersonal"} <= cats:
            err(f"{name}.expected.tsv: needs both pushy and impersonal rows")
        if len(traps) < 3:
            err(f"{name}.traps.tsv: fewer than 3 rows")
        for row in traps:
            if len(row) != 1 or not row[0].strip():
                err(f"{name}.traps.tsv: bad row {row}")
                continue
            snip = row[0]
            sp = spans(text, snip)
            if not sp:
                err(f"{name}.traps.tsv: snippet not found verbatim: {snip!r}")
            for a, b in sp:
                for c, e in exp_spans:
                    if a < e and c < b:
                        err(f"{name}: trap {snip!r} overlaps an expected snippet")
            for erow in exp:
                if len(erow) == 2 and (snip in erow[1] or erow[1] in snip):
                    err(f"{name}: trap {snip!r} textually overlaps expected {erow[1]!r}")


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = read_text(path)
    if "2026-12-03" not in text:
        err("README.md: date 2026-12-03 not mentioned")
    for needle in ("330", "110", "80", "20", "120"):
        if needle not in text:
            err(f"README.md: count {needle} not mentioned")


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
