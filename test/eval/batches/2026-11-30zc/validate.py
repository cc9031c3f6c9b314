#!/usr/bin/env python3
"""Format checks for the holdout-zc evaluation batch (python3 stdlib only).

Run from anywhere:  python3 validate.py
Prints OK when every check passes; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GUIDE = os.path.normpath(os.path.join(HERE, "..", "shared", "docs", "labelling-guide.md"))

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
CHANNELS = [
    "e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
    "push notifications", "nonprofit appeals", "political email", "real estate",
    "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
    "cancellation and unsubscribe flows", "app-store text", "local services",
    "newsletters", "legal footers",
]
HEADER = ["id", "text", "labels", "channel", "tactic"]
# prefix -> (count, label, kind of tactic)
GROUPS = {
    "p": (110, "pushy", "pushy"),
    "i": (80, "impersonal", "impersonal"),
    "b": (20, "pushy,impersonal", "both"),
    "n": (108, "fine", "near-miss"),
    "f": (12, "fine", "plain"),
}
MIN_PER_CHANNEL = 8
# every kind of opening quotation mark we know of (straight, curly, low-9, guillemets, CJK, backtick, full-width)
QUOTES = set("\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\uff07\u2032\u2033")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings."""
    rel = os.path.relpath(path, HERE)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{rel}: cannot read ({e})")
        return None
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


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    rel = os.path.relpath(path, HERE)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err(f"{rel}: empty")
        return []
    if lines[0].split("\t") != header:
        err(f"{rel}: header is {lines[0]!r}, expected {chr(9).join(header)!r}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for name, val in zip(header, fields):
            if val == "":
                err(f"{rel}:{n}: empty field {name}")
            elif val != val.strip():
                err(f"{rel}:{n}: field {name} has leading/trailing whitespace")
            elif val[0] in QUOTES:
                err(f"{rel}:{n}: field {name} starts with a quotation mark: {val[:20]!r}")
        rows.append((n, dict(zip(header, fields))))
    return rows


def check_guide():
    """Cross-check the hard-coded tactic, family and channel names against the guide, if it is there."""
    if not os.path.exists(GUIDE):
        print(f"note: guide not found at {GUIDE}; using built-in tactic and channel lists")
        return
    g = open(GUIDE, encoding="utf-8").read()

    def table_after(heading):
        i = g.find(heading)
        if i < 0:
            err(f"guide: heading {heading!r} not found")
            return []
        names = []
        started = False
        for line in g[i:].split("\n")[1:]:
            if line.startswith("|"):
                started = True
                cell = line.strip("|").split("|")[0].strip()
                if cell and not set(cell) <= set("-: ") and cell not in ("tactic", "family"):
                    names.append(cell)
            elif started:
                break
        return names

    gp = table_after("### Pushy")
    gi = table_after("### Impersonal")
    if sorted(gp) != sorted(PUSHY_TACTICS):
        err(f"guide pushy tactics differ from validator list: {sorted(set(gp) ^ set(PUSHY_TACTICS))}")
    if sorted(gi) != sorted(IMPERSONAL_FAMILIES):
        err(f"guide impersonal families differ from validator list: {sorted(set(gi) ^ set(IMPERSONAL_FAMILIES))}")
    m = re.search(r"channels:\s*(.+?)\.\s", g)
    if not m:
        err("guide: channel list not found")
    else:
        gc = [c.strip() for c in m.group(1).split(",")]
        if sorted(gc) != sorted(CHANNELS):
            err(f"guide channels differ from validator list: {sorted(set(gc) ^ set(CHANNELS))}")


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != sum(c for c, _, _ in GROUPS.values()):
        err(f"sentences.tsv: {len(rows)} rows, expected {sum(c for c, _, _ in GROUPS.values())}")
    ids = [r["id"] for _, r in rows]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup:
        err(f"sentences.tsv: duplicate ids {dup}")
    texts = Counter(r["text"] for _, r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"sentences.tsv: duplicate text {t[:50]!r}")
    expected_ids = [f"{p}{k:03d}" for p, (c, _, _) in GROUPS.items() for k in range(1, c + 1)]
    if sorted(ids) != sorted(expected_ids):
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f"sentences.tsv: ids wrong; missing {missing[:10]} extra {extra[:10]}")
    if ids != expected_ids and sorted(ids) == sorted(expected_ids):
        err("sentences.tsv: ids are not in order p, i, b, n, f")

    per_tactic = {"p": Counter(), "i": Counter()}
    channels = Counter()
    for n, r in rows:
        rid, lab, ch, tac = r["id"], r["labels"], r["channel"], r["tactic"]
        pre = rid[:1]
        if pre not in GROUPS or not re.fullmatch(r"[a-z]\d{3}", rid):
            err(f"sentences.tsv:{n}: bad id {rid!r}")
            continue
        _, want_label, kind = GROUPS[pre]
        if lab != want_label:
            err(f"sentences.tsv:{n}: {rid} label {lab!r}, expected {want_label!r}")
        if ch not in CHANNELS:
            err(f"sentences.tsv:{n}: {rid} unknown channel {ch!r}")
        channels[ch] += 1
        if kind == "pushy":
            if tac not in PUSHY_TACTICS:
                err(f"sentences.tsv:{n}: {rid} tactic {tac!r} is not a pushy tactic from the guide")
            per_tactic["p"][tac] += 1
        elif kind == "impersonal":
            if tac not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{n}: {rid} tactic {tac!r} is not an impersonal family from the guide")
            per_tactic["i"][tac] += 1
        elif kind == "both":
            parts = tac.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"sentences.tsv:{n}: {rid} tactic {tac!r} must be 'pushy tactic+impersonal family'")
        else:
            if tac != kind:
                err(f"sentences.tsv:{n}: {rid} tactic {tac!r}, expected {kind!r}")

    for key, names in (("p", PUSHY_TACTICS), ("i", IMPERSONAL_FAMILIES)):
        cnt = per_tactic[key]
        unused = [t for t in names if cnt[t] == 0]
        if unused:
            err(f"sentences.tsv: {key}-rows never use {unused}")
        vals = [cnt[t] for t in names]
        if vals and max(vals) - min(vals) > 1:
            err(f"sentences.tsv: {key}-row tactics not spread evenly: {dict(cnt)}")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} used {channels[ch]} times (< {MIN_PER_CHANNEL})")
    fine = sum(1 for _, r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err(f"sentences.tsv: only {fine} fine rows, the guide asks for at least a third")


# ---------- documents ----------

def split_front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def prose_lines(name, text):
    """Return the reader-visible prose lines of a document (rough, for counting)."""
    ext = name.rsplit(".", 1)[-1]
    if ext == "md":
        _, body = split_front_matter(text)
        out = []
        for line in body.split("\n"):
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("|"):
                continue
            line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
            line = re.sub(r"^[-*+]\s+", "", line)
            out.append(line)
        return out
    if ext == "html":
        t = re.sub(r"(?is)<head.*?</head>|<style.*?</style>|<script.*?</script>", " ", text)
        t = re.sub(r"(?is)<h[1-6][^>]*>.*?</h[1-6]>", "\n", t)
        t = re.sub(r"(?s)<[^>]+>", "\n", t)
        t = html.unescape(t)
        return [l.strip() for l in t.split("\n") if l.strip()]
    if ext == "txt":
        out = []
        for line in text.split("\n"):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append(line.split("|")[-1].strip())
        return out
    return []


def count_sentences(lines):
    n = 0
    for line in lines:
        parts = [p for p in re.split(r"(?<=[.!?\u2026])\s+(?=\S)", line) if p.strip()]
        n += max(1, len(parts))
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/ missing")
        return
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if not f.endswith(".tsv")]
    exts = sorted(f.rsplit(".", 1)[-1] for f in docs)
    if exts != ["html", "md", "txt"]:
        err(f"documents/: expected exactly one .md, one .html and one .txt document, found {docs}")
    if "landing-page.md" not in docs:
        err("documents/: landing-page.md missing")
    allowed = set(docs) | {d.rsplit(".", 1)[0] + s for d in docs for s in (".expected.tsv", ".traps.tsv")}
    for f in files:
        if f not in allowed:
            err(f"documents/: unexpected file {f}")

    for d in docs:
        path = os.path.join(DOCS, d)
        text = read_text(path)
        if text is None:
            continue
        stem, ext = d.rsplit(".", 1)
        lines = prose_lines(d, text)
        sentences = count_sentences(lines)
        words = len(re.findall(r"\S+", " ".join(lines)))
        if not 25 <= sentences <= 45:
            err(f"documents/{d}: about {sentences} sentences, expected 25-45")
        if not 150 <= words <= 500:
            err(f"documents/{d}: about {words} words, expected 150-500")

        front = None
        if ext == "md":
            front, _ = split_front_matter(text)
            if front is None:
                err(f"documents/{d}: no YAML front matter")
        if ext == "html":
            if not re.search(r"\{\{\s*\w+\s*\}\}|\*\|[A-Z_]+\|\*", text):
                err(f"documents/{d}: no merge tags")
            if 'class="' not in text:
                err(f"documents/{d}: no CSS classes")
            if "href=" not in text:
                err(f"documents/{d}: no links")
        if ext == "txt":
            if not re.search(r"\bSEG_[A-Z0-9_]+", text):
                err(f"documents/{d}: no segment codes")
            if not re.search(r"\b[A-Z]{4,}\d{0,3}\b", text):
                err(f"documents/{d}: no promo codes")
            if not re.search(r"\b[a-z0-9-]+\.[a-z]{2,}/\w+", text):
                err(f"documents/{d}: no short links")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        trp = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        cats = Counter()
        for n, r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"documents/{stem}.expected.tsv:{n}: category {r['category']!r}")
            cats[r["category"]] += 1
            if r["snippet"] not in text:
                err(f"documents/{stem}.expected.tsv:{n}: snippet not found verbatim: {r['snippet']!r}")
        if not cats["pushy"] or not cats["impersonal"]:
            err(f"documents/{stem}.expected.tsv: needs both pushy and impersonal snippets ({dict(cats)})")
        for n, r in trp:
            s = r["snippet"]
            if s not in text:
                err(f"documents/{stem}.traps.tsv:{n}: snippet not found verbatim: {s!r}")
            for _, e in exp:
                if s in e["snippet"] or e["snippet"] in s:
                    err(f"documents/{stem}.traps.tsv:{n}: trap overlaps expected snippet {e['snippet']!r}")
        if not trp:
            err(f"documents/{stem}.traps.tsv: no trap snippets")
        if ext == "md" and front is not None and trp:
            if not any(r["snippet"] in front for _, r in trp):
                err(f"documents/{d}: no trap snippet comes from the front matter")
        for dup in [k for k, v in Counter(r["snippet"] for _, r in exp + trp).items() if v > 1]:
            err(f"documents/{stem}: snippet listed twice: {dup!r}")
        # fine share of the document: expected problem sentences should not be the whole document
        if sentences and len(exp) > sentences * 2 / 3:
            err(f"documents/{d}: {len(exp)} problem snippets out of ~{sentences} sentences; too few fine sentences")


def check_misc():
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        err("README.md missing")
    else:
        read_text(os.path.join(HERE, "README.md"))
    for root, dirs, _ in os.walk(HERE):
        if "__pycache__" in dirs:
            print(f"note: {os.path.relpath(os.path.join(root, '__pycache__'), HERE)} exists; delete it")


def main():
    check_guide()
    check_sentences()
    check_documents()
    check_misc()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
