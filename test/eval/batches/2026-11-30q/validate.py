#!/usr/bin/env python3
"""Format checker for the holdout-q evaluation batch.

Usage: python3 validate.py [FOLDER]   (default: the folder this file is in)

Checks sentences.tsv (encoding, header, ids, labels, channels, tactics,
counts, quoting rules) and documents/ (three documents, each with a
NAME.expected.tsv and NAME.traps.tsv whose snippets occur verbatim).
Prints a short summary and OK, or the list of problems and exits 1.
"""
import collections
import html
import os
import re
import sys

HEADER = ["id", "text", "labels", "channel", "tactic"]

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

LABELS = ["pushy", "impersonal", "pushy,impersonal", "fine"]

# prefix -> (label, tactic rule)
PREFIXES = {
    "p": "pushy",
    "i": "impersonal",
    "b": "pushy,impersonal",
    "n": "fine",
    "f": "fine",
}

# exact counts for this batch (the brief asks for "about" these numbers)
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
TOTAL = 330
MIN_PER_TACTIC = 5        # pushy rows per tactic (p rows only)
MIN_PER_FAMILY = 10       # impersonal rows per family (i rows only)

QUOTE_CHARS = "\"'“”‘’„‚«»‹›`「」『』＂＇"

DOC_SENTENCES = (25, 45)
DOC_WORDS = (150, 500)

problems = []


def err(msg):
    problems.append(msg)


def read_text(path):
    """Read a file as UTF-8 and check the line-ending conventions."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path}: starts with a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        err(f"{path}: contains CR characters (use LF only)")
    if not text.endswith("\n"):
        err(f"{path}: does not end with a newline")
    return text


def check_field(where, name, value):
    if value == "":
        err(f"{where}: empty field {name}")
        return
    if value != value.strip():
        err(f"{where}: field {name} has leading/trailing whitespace")
    if value[0] in QUOTE_CHARS:
        err(f"{where}: field {name} starts with a quotation mark: {value[:30]!r}")
    if "\t" in value or "\n" in value:
        err(f"{where}: field {name} contains a tab or line break")


def check_sentences(folder):
    path = os.path.join(folder, "sentences.tsv")
    if not os.path.isfile(path):
        err(f"missing {path}")
        return None
    text = read_text(path)
    if text is None:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("sentences.tsv is empty")
        return None
    if lines[0].split("\t") != HEADER or lines[0] != "\t".join(HEADER):
        err(f"sentences.tsv: header must be exactly {chr(9).join(HEADER)!r}, got {lines[0]!r}")

    rows = []
    for n, line in enumerate(lines[1:], start=2):
        where = f"sentences.tsv line {n}"
        if line.strip() == "":
            err(f"{where}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err(f"{where}: expected {len(HEADER)} fields, got {len(fields)}")
            continue
        for name, value in zip(HEADER, fields):
            check_field(where, name, value)
        rows.append((n, dict(zip(HEADER, fields))))

    # ids: pattern, uniqueness, consecutive per prefix
    by_prefix = collections.defaultdict(list)
    seen_ids = set()
    for n, r in rows:
        m = re.fullmatch(r"([a-z])(\d{3})", r["id"])
        if not m or m.group(1) not in PREFIXES:
            err(f"line {n}: bad id {r['id']!r} (want p/i/b/n/f + 3 digits)")
            continue
        if r["id"] in seen_ids:
            err(f"line {n}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        by_prefix[m.group(1)].append(int(m.group(2)))
    for prefix, nums in by_prefix.items():
        if nums != list(range(1, len(nums) + 1)):
            err(f"ids with prefix {prefix!r} are not consecutive from {prefix}001 in file order")

    # labels, channels, tactics
    texts = collections.Counter()
    for n, r in rows:
        prefix = r["id"][:1]
        label, channel, tactic = r["labels"], r["channel"], r["tactic"]
        texts[r["text"].casefold()] += 1
        if label not in LABELS:
            err(f"line {n}: invalid label {label!r}")
        elif prefix in PREFIXES and PREFIXES[prefix] != label:
            err(f"line {n}: id {r['id']} needs label {PREFIXES[prefix]!r}, got {label!r}")
        if channel not in CHANNELS:
            err(f"line {n}: invalid channel {channel!r}")
        if prefix == "p" and tactic not in PUSHY_TACTICS:
            err(f"line {n}: pushy row needs a guide tactic, got {tactic!r}")
        elif prefix == "i" and tactic not in IMPERSONAL_FAMILIES:
            err(f"line {n}: impersonal row needs a guide family, got {tactic!r}")
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"line {n}: both row needs 'pushy tactic+impersonal family', got {tactic!r}")
        elif prefix == "n" and tactic != "near-miss":
            err(f"line {n}: near-miss row needs tactic 'near-miss', got {tactic!r}")
        elif prefix == "f" and tactic != "plain":
            err(f"line {n}: plain fine row needs tactic 'plain', got {tactic!r}")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text ({c}x): {t[:60]!r}")

    # counts
    counts = {p: len(by_prefix.get(p, [])) for p in PREFIXES}
    for p, want in EXPECTED_COUNTS.items():
        if counts[p] != want:
            err(f"expected {want} rows with prefix {p!r}, got {counts[p]}")
    fine = counts["n"] + counts["f"]
    if fine != FINE_TOTAL:
        err(f"expected {FINE_TOTAL} fine rows (n+f), got {fine}")
    if counts["n"] < MIN_NEAR_MISS:
        err(f"expected at least {MIN_NEAR_MISS} near-miss rows, got {counts['n']}")
    if len(rows) != TOTAL:
        err(f"expected {TOTAL} rows, got {len(rows)}")
    if rows and fine * 3 < len(rows):
        err("fine rows are less than a third of the batch")

    # coverage
    chan = collections.Counter(r["channel"] for _, r in rows)
    for c in CHANNELS:
        if chan[c] == 0:
            err(f"channel never used: {c!r}")
    tac = collections.Counter(r["tactic"] for _, r in rows)
    for t in PUSHY_TACTICS:
        if tac[t] < MIN_PER_TACTIC:
            err(f"pushy tactic {t!r} has {tac[t]} p-rows (< {MIN_PER_TACTIC})")
    for t in IMPERSONAL_FAMILIES:
        if tac[t] < MIN_PER_FAMILY:
            err(f"impersonal family {t!r} has {tac[t]} i-rows (< {MIN_PER_FAMILY})")
    return rows, counts, chan, tac


# ---------------------------------------------------------------- documents

def visible_text(name, text):
    """Rough reader-visible prose of a document, for word/sentence counts."""
    if name.endswith(".md"):
        m = re.match(r"---\n.*?\n---\n", text, re.S)
        if m:
            text = text[m.end():]
        text = re.sub(r"\]\([^)]*\)", "]", text)          # keep link text only
        text = re.sub(r"^\s*(#+|[-*])\s*", "", text, flags=re.M)
        text = text.replace("[", "").replace("]", "").replace("·", "\n")
    elif name.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>", " ", text)
        text = re.sub(r"(?i)</(p|div|td|tr|li|h\d)>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        out = []
        for line in text.split("\n"):
            out.append(line.split(" | ")[-1] if " | " in line else line)
        text = "\n".join(out)
    return text


def count_sentences(vis):
    n = 0
    for line in vis.split("\n"):
        line = line.strip()
        if not line:
            continue
        for piece in re.split(r"(?<=[.!?…])\s+", line):
            words = [w for w in piece.split() if re.search(r"[A-Za-z]", w)]
            if not words:
                continue
            ends = piece.rstrip("\"”’')").endswith((".", "!", "?", "…"))
            if ends or len(words) >= 4:
                n += 1
    return n


def count_words(vis):
    return sum(1 for w in vis.split() if re.search(r"\w", w))


def read_tsv(path, header):
    text = read_text(path)
    if text is None:
        return []
    lines = [l for l in text.split("\n")]
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err(f"{path}: header must be exactly {chr(9).join(header)!r}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{path} line {n}: expected {len(header)} fields, got {len(fields)}")
            continue
        for name, value in zip(header, fields):
            check_field(f"{path} line {n}", name, value)
        rows.append(dict(zip(header, fields)))
    return rows


def check_documents(folder):
    ddir = os.path.join(folder, "documents")
    if not os.path.isdir(ddir):
        err(f"missing folder {ddir}")
        return []
    docs = sorted(f for f in os.listdir(ddir)
                  if not f.endswith(".tsv") and not f.startswith("."))
    if len(docs) != 3:
        err(f"expected 3 documents in documents/, found {len(docs)}: {docs}")
    kinds = collections.Counter()
    summary = []
    for d in docs:
        path = os.path.join(ddir, d)
        text = read_text(path)
        if text is None:
            continue
        base = d.rsplit(".", 1)[0]
        # format-specific sanity
        if d.endswith(".md"):
            kinds["md"] += 1
            if not re.match(r"---\n.*?\n---\n", text, re.S):
                err(f"{d}: Markdown document needs YAML front matter")
        elif d.endswith((".html", ".htm")):
            kinds["html"] += 1
            if not re.search(r"\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}", text):
                err(f"{d}: HTML email needs merge tags")
            if "class=" not in text or "href=" not in text:
                err(f"{d}: HTML email needs CSS classes and links")
        elif d.endswith(".txt"):
            kinds["txt"] += 1
            if not re.search(r"\b[a-z0-9-]+\.example/\S+", text):
                err(f"{d}: SMS/push schedule needs short links on .example")
            if not re.search(r"\bSEG:[A-Z0-9_]+", text):
                err(f"{d}: SMS/push schedule needs segment codes")
        else:
            err(f"{d}: unexpected document type")
        for url in re.findall(r"https?://([^/\s\"')]+)", text):
            if not url.endswith(".example"):
                err(f"{d}: link host {url!r} is not on a .example domain")

        vis = visible_text(d, text)
        words, sents = count_words(vis), count_sentences(vis)
        if not DOC_WORDS[0] <= words <= DOC_WORDS[1]:
            err(f"{d}: {words} visible words, want {DOC_WORDS[0]}-{DOC_WORDS[1]}")
        if not DOC_SENTENCES[0] <= sents <= DOC_SENTENCES[1]:
            err(f"{d}: ~{sents} sentences, want {DOC_SENTENCES[0]}-{DOC_SENTENCES[1]}")

        exp_path = os.path.join(ddir, base + ".expected.tsv")
        trap_path = os.path.join(ddir, base + ".traps.tsv")
        exp, traps = [], []
        if not os.path.isfile(exp_path):
            err(f"missing {exp_path}")
        else:
            exp = read_tsv(exp_path, ["category", "snippet"])
        if not os.path.isfile(trap_path):
            err(f"missing {trap_path}")
        else:
            traps = read_tsv(trap_path, ["snippet"])
        cats = collections.Counter()
        seen = set()
        for r in exp:
            if r["category"] not in ("pushy", "impersonal"):
                err(f"{exp_path}: bad category {r['category']!r}")
            cats[r["category"]] += 1
            if r["snippet"] in seen:
                err(f"{exp_path}: duplicate snippet {r['snippet'][:40]!r}")
            seen.add(r["snippet"])
            if r["snippet"] not in text:
                err(f"{exp_path}: snippet not found verbatim in {d}: {r['snippet'][:60]!r}")
        if cats["pushy"] < 3 or cats["impersonal"] < 3:
            err(f"{exp_path}: want at least 3 pushy and 3 impersonal snippets, got {dict(cats)}")
        tseen = set()
        for r in traps:
            s = r["snippet"]
            if s in tseen:
                err(f"{trap_path}: duplicate snippet {s[:40]!r}")
            tseen.add(s)
            if s not in text:
                err(f"{trap_path}: snippet not found verbatim in {d}: {s[:60]!r}")
            for e in exp:
                if s in e["snippet"] or e["snippet"] in s:
                    err(f"{trap_path}: trap {s[:40]!r} overlaps expected snippet {e['snippet'][:40]!r}")
        if len(traps) < 5:
            err(f"{trap_path}: want at least 5 trap snippets, got {len(traps)}")
        summary.append((d, words, sents, cats["pushy"], cats["impersonal"], len(traps)))
    for k in ("md", "html", "txt"):
        if kinds[k] != 1:
            err(f"want exactly one .{k} document, found {kinds[k]}")
    return summary


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    res = check_sentences(folder)
    docs = check_documents(folder)
    if not os.path.isfile(os.path.join(folder, "README.md")):
        err("missing README.md")
    if res:
        rows, counts, chan, tac = res
        labels = collections.Counter(r["labels"] for _, r in rows)
        print(f"sentences.tsv: {len(rows)} rows; " +
              ", ".join(f"{k}={labels[k]}" for k in LABELS) +
              f" (near-miss={counts['n']}, plain={counts['f']})")
        print(f"channels used: {sum(1 for c in CHANNELS if chan[c])}/{len(CHANNELS)}; "
              f"tactics covered: {sum(1 for t in PUSHY_TACTICS if tac[t])}/{len(PUSHY_TACTICS)}; "
              f"families covered: {sum(1 for t in IMPERSONAL_FAMILIES if tac[t])}/{len(IMPERSONAL_FAMILIES)}")
    for d, w, s, p, i, t in docs:
        print(f"documents/{d}: {w} words, ~{s} sentences, expected pushy={p} impersonal={i}, traps={t}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
