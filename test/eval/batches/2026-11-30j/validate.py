#!/usr/bin/env python3
"""Format checks for the holdout-j evaluation batch. Prints OK or a list of problems."""
import html
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent
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
HEADER = "id\ttext\tlabels\tchannel\ttactic"
PREFIX_LABEL = {"p": "pushy", "i": "impersonal", "b": "pushy,impersonal", "n": "fine", "f": "fine"}
EXPECTED_COUNTS = {"p": 110, "i": 80, "b": 20}
TOTAL = 330
FINE_TOTAL = 120
MIN_NEAR_MISS = 108
MIN_PER_PUSHY_TACTIC = 5
MIN_PER_FAMILY = 8


def read_text(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{path.name}: has a BOM")
    if b"\r" in raw:
        err(f"{path.name}: contains CR; use LF line endings")
    if not text.endswith("\n"):
        err(f"{path.name}: does not end with a newline")
    return text


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = ROOT / "sentences.tsv"
    if not path.exists():
        err("sentences.tsv missing")
        return
    text = read_text(path)
    if text is None:
        return
    lines = text.split("\n")[:-1]
    if not lines or lines[0] != HEADER:
        err(f"sentences.tsv: header must be {HEADER!r}, got {lines[0] if lines else ''!r}")
    rows = lines[1:]
    ids, texts = set(), Counter()
    prefix_count = Counter()
    seq = {}
    channels = Counter()
    tactic_count = Counter()
    family_count = Counter()
    label_count = Counter()
    for n, line in enumerate(rows, 2):
        fields = line.split("\t")
        if len(fields) != 5:
            err(f"line {n}: expected 5 tab-separated fields, got {len(fields)}")
            continue
        rid, sent, label, channel, tactic = fields
        for name, value in zip(("id", "text", "labels", "channel", "tactic"), fields):
            if not value:
                err(f"line {n}: empty {name}")
            if value != value.strip():
                err(f"line {n}: {name} has leading/trailing whitespace")
            if value.startswith('"') or value.endswith('"') and value.count('"') == 1:
                err(f"line {n}: {name} looks CSV-quoted; do not quote fields")
        m = re.fullmatch(r"([pibnf])(\d{3})", rid)
        if not m:
            err(f"line {n}: bad id {rid!r}")
            continue
        if rid in ids:
            err(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        prefix, num = m.group(1), int(m.group(2))
        prefix_count[prefix] += 1
        if num != seq.get(prefix, 0) + 1:
            err(f"line {n}: id {rid} out of sequence (expected {prefix}{seq.get(prefix, 0) + 1:03d})")
        seq[prefix] = num
        if label not in ("pushy", "impersonal", "pushy,impersonal", "fine"):
            err(f"line {n}: bad label {label!r}")
        if PREFIX_LABEL[prefix] != label:
            err(f"line {n}: id prefix {prefix!r} needs label {PREFIX_LABEL[prefix]!r}, got {label!r}")
        label_count[label] += 1
        if channel not in CHANNELS:
            err(f"line {n}: channel {channel!r} not in the guide's list")
        channels[channel] += 1
        if prefix == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"line {n}: pushy tactic {tactic!r} not in the guide")
            tactic_count[tactic] += 1
        elif prefix == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"line {n}: impersonal family {tactic!r} not in the guide")
            family_count[tactic] += 1
        elif prefix == "b":
            parts = tactic.split("+")
            if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
                err(f"line {n}: pushy,impersonal tactic must be 'PUSHY_TACTIC+IMPERSONAL_FAMILY', got {tactic!r}")
        elif prefix == "n" and tactic != "near-miss":
            err(f"line {n}: near-miss rows need tactic 'near-miss'")
        elif prefix == "f" and tactic != "plain":
            err(f"line {n}: plain fine rows need tactic 'plain'")
        key = re.sub(r"\s+", " ", sent.lower())
        texts[key] += 1
        if texts[key] > 1:
            err(f"line {n}: duplicate text {sent!r}")
    if len(rows) != TOTAL:
        err(f"sentences.tsv: {len(rows)} rows, expected {TOTAL}")
    for p, want in EXPECTED_COUNTS.items():
        if prefix_count[p] != want:
            err(f"sentences.tsv: {prefix_count[p]} {PREFIX_LABEL[p]} rows, expected {want}")
    fine = prefix_count["n"] + prefix_count["f"]
    if fine != FINE_TOTAL:
        err(f"sentences.tsv: {fine} fine rows, expected {FINE_TOTAL}")
    if prefix_count["n"] < MIN_NEAR_MISS:
        err(f"sentences.tsv: {prefix_count['n']} near-misses, need at least {MIN_NEAR_MISS}")
    if rows and fine * 3 < len(rows):
        err("sentences.tsv: fine rows are less than a third of the batch")
    for c in CHANNELS:
        if channels[c] == 0:
            err(f"sentences.tsv: channel {c!r} not covered")
    for t in PUSHY_TACTICS:
        if tactic_count[t] < MIN_PER_PUSHY_TACTIC:
            err(f"sentences.tsv: pushy tactic {t!r} has {tactic_count[t]} rows, need {MIN_PER_PUSHY_TACTIC}")
    for f in IMPERSONAL_FAMILIES:
        if family_count[f] < MIN_PER_FAMILY:
            err(f"sentences.tsv: impersonal family {f!r} has {family_count[f]} rows, need {MIN_PER_FAMILY}")
    return {
        "rows": len(rows), "labels": dict(label_count), "prefixes": dict(prefix_count),
        "channels": len([c for c in channels if channels[c]]),
    }


# ---------------------------------------------------------------- documents
def visible_text(path, text):
    if path.suffix == ".md":
        if not text.startswith("---\n"):
            err(f"{path.name}: Markdown must start with YAML front matter")
            body = text
        else:
            end = text.find("\n---\n", 4)
            if end < 0:
                err(f"{path.name}: YAML front matter not closed")
                body = text
            else:
                fm = text[4:end]
                if not re.search(r"^title:", fm, re.M):
                    err(f"{path.name}: front matter has no title")
                body = text[end + 5:]
        body = re.sub(r"```.*?```", "\n", body, flags=re.S)
        body = re.sub(r"^#+\s*", "", body, flags=re.M)
        return body
    if path.suffix in (".html", ".htm"):
        if not re.search(r"\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}", text):
            err(f"{path.name}: HTML email has no merge tags")
        body = re.sub(r"<(style|script|head)\b.*?</\1>", "\n", text, flags=re.S | re.I)
        body = re.sub(r"<div class=\"preheader\".*?</div>", "\n", body, flags=re.S)
        body = re.sub(r"<br\s*/?>", "\n", body, flags=re.I)
        body = re.sub(r"</?(p|div|h\d|tr|td|table|li|ul|body|html)\b[^>]*>", "\n", body, flags=re.I)
        body = re.sub(r"<[^>]+>", " ", body)
        return html.unescape(body)
    return text


def count_sentences(body):
    n = 0
    for line in body.split("\n"):
        line = line.strip()
        if not re.search(r"[A-Za-z]", line):
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=\S)", line) if re.search(r"[A-Za-z]", p)]
        n += len(parts)
    return n


def check_documents():
    ddir = ROOT / "documents"
    if not ddir.is_dir():
        err("documents/ missing")
        return []
    docs = sorted(p for p in ddir.iterdir() if p.is_file() and not p.name.endswith(".tsv"))
    if len(docs) != 3:
        err(f"documents/: expected 3 documents, found {len(docs)}")
    suffixes = sorted(p.suffix for p in docs)
    if suffixes != [".html", ".md", ".txt"]:
        err(f"documents/: need one .md, one .html and one .txt, found {suffixes}")
    report = []
    for doc in docs:
        text = read_text(doc)
        if text is None:
            continue
        body = visible_text(doc, text)
        words = len(re.findall(r"[^\s]*[A-Za-z0-9][^\s]*", body))
        sentences = count_sentences(body)
        if not 150 <= words <= 500:
            err(f"{doc.name}: {words} words of copy, guide asks for 150-500")
        if not 25 <= sentences <= 60:
            err(f"{doc.name}: {sentences} sentences, brief asks for 25-60")
        stem = doc.name[: -len(doc.suffix)]
        exp_path = ddir / f"{stem}.expected.tsv"
        trap_path = ddir / f"{stem}.traps.tsv"
        expected, traps = [], []
        if not exp_path.exists():
            err(f"{exp_path.name} missing")
        else:
            et = read_text(exp_path)
            if et is not None:
                lines = et.split("\n")[:-1]
                if not lines or lines[0] != "category\tsnippet":
                    err(f"{exp_path.name}: header must be 'category<TAB>snippet'")
                seen = set()
                for i, line in enumerate(lines[1:], 2):
                    f = line.split("\t")
                    if len(f) != 2:
                        err(f"{exp_path.name} line {i}: need 2 fields")
                        continue
                    cat, snip = f
                    if cat not in ("pushy", "impersonal"):
                        err(f"{exp_path.name} line {i}: category {cat!r} must be pushy or impersonal")
                    if not snip or snip != snip.strip():
                        err(f"{exp_path.name} line {i}: empty or padded snippet")
                    if snip not in text:
                        err(f"{exp_path.name} line {i}: snippet not found verbatim: {snip!r}")
                    if (cat, snip) in seen:
                        err(f"{exp_path.name} line {i}: duplicate row")
                    seen.add((cat, snip))
                    expected.append((cat, snip))
                cats = {c for c, _ in expected}
                if cats != {"pushy", "impersonal"}:
                    err(f"{exp_path.name}: should contain both pushy and impersonal rows")
        if not trap_path.exists():
            err(f"{trap_path.name} missing")
        else:
            tt = read_text(trap_path)
            if tt is not None:
                lines = tt.split("\n")[:-1]
                if not lines or lines[0] != "snippet":
                    err(f"{trap_path.name}: header must be 'snippet'")
                for i, snip in enumerate(lines[1:], 2):
                    if "\t" in snip or not snip or snip != snip.strip():
                        err(f"{trap_path.name} line {i}: bad snippet {snip!r}")
                        continue
                    if snip not in text:
                        err(f"{trap_path.name} line {i}: snippet not found verbatim: {snip!r}")
                    for _, e in expected:
                        if snip in e or e in snip:
                            err(f"{trap_path.name} line {i}: trap {snip!r} overlaps expected snippet {e!r}")
                    traps.append(snip)
                if not traps:
                    err(f"{trap_path.name}: no traps")
        report.append((doc.name, words, sentences, len(expected), len(traps)))
    return report


def main():
    if not (ROOT / "README.md").exists():
        err("README.md missing")
    s = check_sentences()
    d = check_documents()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"sentences.tsv: {s['rows']} rows {s['prefixes']}, {s['channels']} channels")
    for name, w, n, e, t in d:
        print(f"documents/{name}: {w} words, {n} sentences, {e} expected, {t} traps")
    print("OK")


if __name__ == "__main__":
    main()
