#!/usr/bin/env python3
"""Format checks for the holdout-zg evaluation batch (python3 stdlib only).

Usage: python3 validate.py     (run from anywhere; paths are relative to this file)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md")

HEADER = ["id", "text", "labels", "channel", "tactic"]

PUSHY_TACTICS = [
    "bare urgency",
    "manufactured scarcity",
    "fear of missing out",
    "peer and competitor pressure",
    "buy-now commands",
    "confirm-shaming",
    "guilt-tripping",
    "shaming and identity pressure",
    "regret threats",
    "loss framing",
    "fear appeals",
    "threats in legal dress",
    "hype and guarantees",
    "assumptive close",
    "manufactured need",
    "shouting",
]
IMPERSONAL_FAMILIES = [
    "corporatese and jargon",
    "bureaucratic passive",
    "legalese in marketing",
    "the reader in the third person",
    "we-centric bragging",
    "form-letter phrases",
    "grandiose posturing",
]
CHANNELS = [
    "e-commerce",
    "SaaS trial and renewal",
    "B2B outreach",
    "LinkedIn",
    "SMS",
    "push notifications",
    "nonprofit appeals",
    "political email",
    "real estate",
    "fitness",
    "finance and crypto",
    "travel",
    "restaurants",
    "courses",
    "events",
    "cancellation and unsubscribe flows",
    "app-store text",
    "local services",
    "newsletters",
    "legal footers",
]
MIN_PER_CHANNEL = 8

# prefix -> (count, label, tactic rule)
GROUPS = {
    "p": (110, "pushy", "pushy"),
    "i": (80, "impersonal", "impersonal"),
    "b": (20, "pushy,impersonal", "both"),
    "n": (108, "fine", "near-miss"),
    "f": (12, "fine", "plain"),
}
TOTAL = sum(g[0] for g in GROUPS.values())

QUOTE_CHARS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02\uff07\u2032\u2033"

DOCS = {
    "landing-page.md": "md",
    "winter-sale-email.html": "html",
    "sms-push-schedule.txt": "txt",
}
DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings, no BOM, final newline."""
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{os.path.relpath(path, HERE)}: cannot read ({e})")
        return None
    rel = os.path.relpath(path, HERE)
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (must be LF only)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None


def check_guide_lists():
    """If the labelling guide is available, make sure the hard-coded lists match it."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding="utf-8").read()

    def table_after(heading_start):
        idx = text.find(heading_start)
        if idx < 0:
            return None
        names = []
        started = False
        for line in text[idx:].splitlines()[1:]:
            if line.startswith("|"):
                started = True
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if cells and cells[0] not in ("tactic", "family") and not set(cells[0]) <= set("-: "):
                    names.append(cells[0])
            elif started:
                break
        return names

    pushy = table_after("### Pushy")
    imp = table_after("### Impersonal")
    if pushy is not None and pushy != PUSHY_TACTICS:
        err(f"pushy tactic list differs from the guide: {pushy}")
    if imp is not None and imp != IMPERSONAL_FAMILIES:
        err(f"impersonal family list differs from the guide: {imp}")
    cov = re.search(r"## Coverage\n(.*?)\n", text, re.S)
    if cov:
        for ch in CHANNELS:
            if ch not in cov.group(1):
                err(f"channel {ch!r} not found in the guide's coverage list")


def check_even(counter, names, what, expected_total):
    missing = [n for n in names if counter[n] == 0]
    if missing:
        err(f"{what}: unused: {missing}")
    vals = [counter[n] for n in names]
    if sum(vals) != expected_total:
        err(f"{what}: counts sum to {sum(vals)}, expected {expected_total}")
    if vals and max(vals) - min(vals) > 1:
        err(f"{what}: not spread evenly (min {min(vals)}, max {max(vals)}): {dict(counter)}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv: empty")
        return
    if lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {chr(9).join(HEADER)!r}, got {lines[0]!r}")
    rows = lines[1:]
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL}")

    ids_seen = set()
    texts_seen = {}
    per_prefix = collections.Counter()
    channels = collections.Counter()
    pushy_tactics = collections.Counter()
    imp_families = collections.Counter()
    fine = 0

    for ln, line in enumerate(rows, start=2):
        where = f"sentences.tsv line {ln}"
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"{where}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        rid, rtext, label, channel, tactic = fields
        for name, value in zip(HEADER, fields):
            if value == "":
                err(f"{where}: empty {name}")
            elif value != value.strip():
                err(f"{where}: {name} has leading/trailing whitespace")
            elif value[0] in QUOTE_CHARS:
                err(f"{where}: {name} starts with a quotation mark")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"{where}: bad id {rid!r}")
            continue
        prefix, num = m.group(1), int(m.group(2))
        count, want_label, rule = GROUPS[prefix]
        if not 1 <= num <= count:
            err(f"{where}: id {rid} out of range {prefix}001-{prefix}{count:03d}")
        if rid in ids_seen:
            err(f"{where}: duplicate id {rid}")
        ids_seen.add(rid)
        per_prefix[prefix] += 1
        key = rtext.casefold()
        if key in texts_seen:
            err(f"{where}: duplicate text (also {texts_seen[key]})")
        texts_seen[key] = rid
        if label != want_label:
            err(f"{where}: {rid} must be labelled {want_label!r}, got {label!r}")
        if label == "fine":
            fine += 1
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels[channel] += 1
        if rule == "pushy":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: {tactic!r} is not a pushy tactic from the guide")
            pushy_tactics[tactic] += 1
        elif rule == "impersonal":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: {tactic!r} is not an impersonal family from the guide")
            imp_families[tactic] += 1
        elif rule == "both":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"{where}: tactic must be 'pushy tactic+impersonal family', got {tactic!r}")
        else:
            if tactic != rule:
                err(f"{where}: tactic must be {rule!r}, got {tactic!r}")

    for prefix, (count, _, _) in GROUPS.items():
        if per_prefix[prefix] != count:
            err(f"sentences.tsv: {per_prefix[prefix]} rows with prefix {prefix}, expected {count}")
        want = {f"{prefix}{k:03d}" for k in range(1, count + 1)}
        missing = sorted(want - ids_seen)
        if missing:
            err(f"sentences.tsv: missing ids {missing[:10]}{'...' if len(missing) > 10 else ''}")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {channels[ch]} times, need at least {MIN_PER_CHANNEL}")
    check_even(pushy_tactics, PUSHY_TACTICS, "pushy tactics (p rows)", GROUPS["p"][0])
    check_even(imp_families, IMPERSONAL_FAMILIES, "impersonal families (i rows)", GROUPS["i"][0])
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows; the guide wants at least a third")


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return None
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{rel}: header must be exactly {chr(9).join(header)!r}")
        return None
    out = []
    for ln, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel} line {ln}: {len(fields)} fields, expected {len(header)}")
            continue
        if any(f == "" or f != f.strip() for f in fields):
            err(f"{rel} line {ln}: empty field or stray whitespace")
            continue
        out.append(fields)
    return out


def spans(doc, snippet):
    res, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return res
        res.append((i, i + len(snippet)))
        start = i + 1


def visible_segments(doc, kind):
    """Rough list of prose sentences a reader sees (for the length checks)."""
    if kind == "md":
        body = re.sub(r"\A---\n.*?\n---\n", "", doc, flags=re.S)
        body = "\n".join(l for l in body.splitlines() if not l.lstrip().startswith("#"))
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        body = re.sub(r"<https?://[^>]+>", "LINK", body)
        body = re.sub(r"<[^>]+>", " ", body)
    elif kind == "html":
        body = re.sub(r"<head>.*?</head>", " ", doc, flags=re.S | re.I)
        body = re.sub(r"<h[1-6][^>]*>.*?</h[1-6]>", " ", body, flags=re.S | re.I)
        body = re.sub(r'<div class="preheader"[^>]*>.*?</div>', " ", body, flags=re.S)
        body = re.sub(r"<br\s*/?>", "\n", body, flags=re.I)
        body = re.sub(r"</p>", "\n", body, flags=re.I)
        body = re.sub(r"<[^>]+>", " ", body)
        body = html.unescape(body)
    else:
        msgs = []
        for line in doc.splitlines():
            parts = line.split(" | ")
            if len(parts) == 4 and re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", parts[0].strip()):
                msgs.append(parts[3].strip())
        body = "\n".join(msgs)
    segs = []
    for line in body.splitlines():
        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(s.split()) >= 2:
                segs.append(s)
    return segs


def check_documents():
    ddir = os.path.join(HERE, "documents")
    if not os.path.isdir(ddir):
        err("documents/ missing")
        return
    present = {f for f in os.listdir(ddir) if not f.endswith(".tsv")}
    if present != set(DOCS):
        err(f"documents/: expected exactly {sorted(DOCS)}, found {sorted(present)}")
    for name, kind in DOCS.items():
        path = os.path.join(ddir, name)
        doc = read_text(path)
        if doc is None:
            continue
        stem = name.rsplit(".", 1)[0]
        segs = visible_segments(doc, kind)
        words = sum(len(s.split()) for s in segs)
        if not DOC_SENTENCES[0] <= len(segs) <= DOC_SENTENCES[1]:
            err(f"{name}: about {len(segs)} sentences, expected {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{name}: about {words} words of copy, expected {DOC_WORDS[0]}-{DOC_WORDS[1]}")

        front = ""
        if kind == "md":
            m = re.match(r"\A---\n(.*?)\n---\n", doc, re.S)
            if not m:
                err(f"{name}: no YAML front matter")
            else:
                front = m.group(1)
                for ln in front.splitlines():
                    if ln.strip() and not re.match(r"^[A-Za-z_][\w-]*:\s", ln):
                        err(f"{name}: front matter line is not 'key: value': {ln!r}")
        elif kind == "html":
            for need, what in ((r'class="', "CSS classes"), (r'href="https?://', "links"),
                               (r"\*\|[A-Z_]+\|\*|\{\{\w+\}\}", "merge tags")):
                if not re.search(need, doc):
                    err(f"{name}: no {what}")
        else:
            for need, what in ((r"\bSEG_[A-Z0-9_]+", "segment codes"), (r"\b[A-Z]{3,}[A-Z0-9-]*\d+\b", "promo codes"),
                               (r"\bglw\.bx/\w+", "short links")):
                if not re.search(need, doc):
                    err(f"{name}: no {what}")

        exp = read_tsv(os.path.join(ddir, stem + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(ddir, stem + ".traps.tsv"), ["snippet"])
        exp_spans = []
        if exp is not None:
            cats = collections.Counter()
            seen = set()
            for cat, snip in exp:
                if cat not in ("pushy", "impersonal"):
                    err(f"{stem}.expected.tsv: bad category {cat!r}")
                cats[cat] += 1
                if snip in seen:
                    err(f"{stem}.expected.tsv: duplicate snippet {snip!r}")
                seen.add(snip)
                sp = spans(doc, snip)
                if not sp:
                    err(f"{stem}.expected.tsv: snippet not verbatim in {name}: {snip!r}")
                if front and snip in front:
                    err(f"{stem}.expected.tsv: snippet lies in front matter: {snip!r}")
                exp_spans.extend(sp)
            if not cats["pushy"] or not cats["impersonal"]:
                err(f"{stem}.expected.tsv: needs both pushy and impersonal rows, got {dict(cats)}")
        if traps is not None:
            seen = set()
            in_front = 0
            if not traps:
                err(f"{stem}.traps.tsv: no snippets")
            for (snip,) in traps:
                if snip in seen:
                    err(f"{stem}.traps.tsv: duplicate snippet {snip!r}")
                seen.add(snip)
                sp = spans(doc, snip)
                if not sp:
                    err(f"{stem}.traps.tsv: snippet not verbatim in {name}: {snip!r}")
                for a, b in sp:
                    if any(a < d and c < b for c, d in exp_spans):
                        err(f"{stem}.traps.tsv: trap overlaps an expected snippet: {snip!r}")
                        break
                if front and snip in front:
                    in_front += 1
            if kind == "md" and in_front == 0:
                err(f"{stem}.traps.tsv: no trap from the front matter")


def main():
    check_guide_lists()
    check_sentences()
    check_documents()
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
