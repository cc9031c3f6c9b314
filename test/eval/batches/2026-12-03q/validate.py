#!/usr/bin/env python3
"""Validate the holdout-2026-12-03q evaluation batch. Standard library only.

Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (first, last, label, how many)
ID_RANGES = {
    "p": (1, 110, "pushy"),
    "i": (1, 80, "impersonal"),
    "b": (1, 20, "pushy,impersonal"),
    "n": (1, 108, "fine"),
    "f": (1, 12, "fine"),
}
DOC_FORMATS = {".md": "markdown", ".html": "html", ".txt": "text"}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8, checking encoding and LF line endings."""
    rel = os.path.relpath(path, HERE)
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{rel}: not valid UTF-8 ({exc})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must use LF line endings)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    return text


def read_tsv(path, header):
    rel = os.path.relpath(path, HERE)
    text = read_text(path)
    if text is None:
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err(f"{rel}: empty file")
        return []
    if lines[0].split("\t") != header:
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            err(f"{rel}:{n}: {len(cells)} fields, expected {len(header)}")
            continue
        for name, cell in zip(header, cells):
            if cell.strip() == "":
                err(f"{rel}:{n}: empty field {name!r}")
            elif cell != cell.strip():
                err(f"{rel}:{n}: leading/trailing whitespace in {name!r}")
        rows.append((n, dict(zip(header, cells))))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    if not os.path.isfile(path):
        err("sentences.tsv missing")
        return
    rows = read_tsv(path, HEADER)
    if len(rows) != 330:
        err(f"sentences.tsv: {len(rows)} data rows, expected 330")

    seen_ids = collections.defaultdict(set)
    seen_text = {}
    channels = collections.Counter()
    pushy_tactics = collections.Counter()
    imp_families = collections.Counter()
    both_pushy = collections.Counter()
    both_imp = collections.Counter()
    labels = collections.Counter()

    for n, r in rows:
        rid, text, lab, ch, tac = (r[k] for k in HEADER)
        where = f"sentences.tsv:{n} ({rid})"
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id")
            continue
        pre, num = m.group(1), int(m.group(2))
        lo, hi, want_label = ID_RANGES[pre]
        if not lo <= num <= hi:
            err(f"{where}: id out of range {pre}{lo:03d}-{pre}{hi:03d}")
        if num in seen_ids[pre]:
            err(f"{where}: duplicate id")
        seen_ids[pre].add(num)
        if lab != want_label:
            err(f"{where}: labels {lab!r}, expected {want_label!r}")
        labels[lab] += 1

        key = re.sub(r"\s+", " ", text.strip().lower())
        if key in seen_text:
            err(f"{where}: duplicate text (same as {seen_text[key]})")
        seen_text[key] = rid

        if ch not in CHANNELS:
            err(f"{where}: unknown channel {ch!r}")
        channels[ch] += 1

        if pre == "p":
            if tac not in PUSHY:
                err(f"{where}: unknown pushy tactic {tac!r}")
            pushy_tactics[tac] += 1
        elif pre == "i":
            if tac not in IMPERSONAL:
                err(f"{where}: unknown impersonal family {tac!r}")
            imp_families[tac] += 1
        elif pre == "b":
            parts = tac.split(" + ")
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f"{where}: tactic must be '<pushy tactic> + <impersonal family>', got {tac!r}")
            else:
                both_pushy[parts[0]] += 1
                both_imp[parts[1]] += 1
        elif pre == "n":
            if not tac.startswith("near-miss: ") or len(tac) <= len("near-miss: "):
                err(f"{where}: near-miss tactic must start 'near-miss: ', got {tac!r}")
        elif pre == "f":
            if tac != "plain":
                err(f"{where}: plain rows need tactic 'plain', got {tac!r}")

        if "\t" in text or "\n" in text or "\r" in text:
            err(f"{where}: tab or line break inside text")

    for pre, (lo, hi, _) in ID_RANGES.items():
        missing = sorted(set(range(lo, hi + 1)) - seen_ids[pre])
        if missing:
            err(f"sentences.tsv: missing ids {', '.join(f'{pre}{x:03d}' for x in missing[:10])}")

    for t in PUSHY:
        if not 6 <= pushy_tactics[t] <= 7:
            err(f"pushy tactic {t!r}: {pushy_tactics[t]} rows, expected 6-7")
    for f in IMPERSONAL:
        if not 11 <= imp_families[f] <= 12:
            err(f"impersonal family {f!r}: {imp_families[f]} rows, expected 11-12")
    for c in CHANNELS:
        if channels[c] < MIN_PER_CHANNEL:
            err(f"channel {c!r}: {channels[c]} rows, expected at least {MIN_PER_CHANNEL}")
    total = sum(labels.values())
    if total and labels["fine"] * 3 < total:
        err(f"fine rows are {labels['fine']}/{total}, less than a third")
    return labels, channels


def visible_words(path, text):
    ext = os.path.splitext(path)[1]
    if ext == ".html":
        body = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        body = re.sub(r"(?s)<!--.*?-->", " ", body)
        body = re.sub(r"(?s)<[^>]+>", " ", body)
        body = html.unescape(body)
    else:
        body = text
    return len(re.findall(r"\S+", body))


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return []
    found = {}
    for fn in sorted(os.listdir(DOCS)):
        base, ext = os.path.splitext(fn)
        if ext in DOC_FORMATS and not fn.endswith(".expected.tsv") and not fn.endswith(".traps.tsv"):
            found.setdefault(ext, []).append(fn)
    for ext, kind in DOC_FORMATS.items():
        if len(found.get(ext, [])) != 1:
            err(f"documents/: expected exactly one {kind} ({ext}) document, found {found.get(ext, [])}")

    summary = []
    for ext in DOC_FORMATS:
        for fn in found.get(ext, []):
            path = os.path.join(DOCS, fn)
            base = os.path.splitext(fn)[0]
            text = read_text(path)
            if text is None:
                continue
            words = visible_words(path, text)
            if not 150 <= words <= 500:
                err(f"documents/{fn}: {words} words, expected 150-500")
            if ext == ".md":
                m = re.match(r"---\n(.*?)\n---\n", text, re.S)
                if not m or not re.search(r"(?m)^title:", m.group(1)):
                    err(f"documents/{fn}: missing YAML front matter with a title")
            if ext == ".html" and not re.search(r"(?i)<html\b", text):
                err(f"documents/{fn}: does not look like HTML")
            if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_:]+\|\*", text):
                err(f"documents/{fn}: no merge tags")
            if not re.search(r"https?://|\b[\w-]+\.(?:co\.uk|io|link|com|org)/", text):
                err(f"documents/{fn}: no links")

            exp_path = os.path.join(DOCS, base + ".expected.tsv")
            trap_path = os.path.join(DOCS, base + ".traps.tsv")
            cats = collections.Counter()
            exp_snips = []
            if not os.path.isfile(exp_path):
                err(f"documents/{base}.expected.tsv missing")
            else:
                for n, r in read_tsv(exp_path, ["category", "snippet"]):
                    if r["category"] not in ("pushy", "impersonal"):
                        err(f"documents/{base}.expected.tsv:{n}: bad category {r['category']!r}")
                    cats[r["category"]] += 1
                    exp_snips.append(r["snippet"])
                    if r["snippet"] not in text:
                        err(f"documents/{base}.expected.tsv:{n}: snippet not found verbatim: {r['snippet']!r}")
                if not cats["pushy"] or not cats["impersonal"]:
                    err(f"documents/{base}.expected.tsv: needs both pushy and impersonal rows")
            traps = []
            if not os.path.isfile(trap_path):
                err(f"documents/{base}.traps.tsv missing")
            else:
                for n, r in read_tsv(trap_path, ["snippet"]):
                    traps.append(r["snippet"])
                    if r["snippet"] not in text:
                        err(f"documents/{base}.traps.tsv:{n}: snippet not found verbatim: {r['snippet']!r}")
                    for s in exp_snips:
                        if r["snippet"] in s or s in r["snippet"]:
                            err(f"documents/{base}.traps.tsv:{n}: trap overlaps expected snippet {s!r}")
                if not traps:
                    err(f"documents/{base}.traps.tsv: no traps")
            summary.append((fn, words, dict(cats), len(traps)))
    return summary


def check_readme():
    path = os.path.join(HERE, "README.md")
    if not os.path.isfile(path):
        err("README.md missing")
        return
    text = read_text(path) or ""
    for needle in ("2026-12-03", "/work/brief-z/labelling-guide.md"):
        if needle not in text:
            err(f"README.md: does not mention {needle}")


def check_all_files_encoding():
    for root, _dirs, files in os.walk(HERE):
        for fn in files:
            if fn.endswith((".tsv", ".md", ".html", ".txt", ".py")):
                read_text(os.path.join(root, fn))


def main():
    check_sentences()
    check_documents()
    check_readme()
    check_all_files_encoding()
    if errors:
        # de-duplicate while keeping order (encoding checks may repeat)
        for e in dict.fromkeys(errors):
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
