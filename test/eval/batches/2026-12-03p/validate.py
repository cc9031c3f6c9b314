#!/usr/bin/env python3
"""Validate the first-sight evaluation batch in this directory.

Standard library only. Prints OK when every check passes; otherwise prints
each problem found and exits with status 1.
"""
import collections
import html.parser
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

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
    "ecommerce", "saas", "b2b-outreach", "linkedin", "sms", "push",
    "nonprofit", "political-email", "real-estate", "fitness",
    "finance-crypto", "travel", "restaurants", "courses", "events",
    "cancellation-flow", "app-store", "local-services", "newsletter",
    "legal-footer",
]
MIN_PER_CHANNEL = 12
HEADER = ["id", "text", "labels", "channel", "tactic"]

# prefix -> (count, label)
ID_SPEC = {
    "p": (110, "pushy"),
    "i": (80, "impersonal"),
    "b": (20, "pushy,impersonal"),
    "n": (108, "fine"),
    "f": (12, "fine"),
}
TOTAL_ROWS = sum(c for c, _ in ID_SPEC.values())  # 330

DOCUMENTS = {
    "md": "kernow-swell-spring-camps.md",
    "html": "halden-museum-renewal.html",
    "txt": "forkful-whisker-pulsefest-week49.txt",
}

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as UTF-8 and check it uses LF line endings only."""
    rel = os.path.relpath(path, HERE)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(f"{rel}: cannot read ({e})")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{rel}: not valid UTF-8 ({e})")
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{rel}: has a UTF-8 BOM")
    if b"\r" in raw:
        err(f"{rel}: contains CR characters (line endings must be LF)")
    if raw and not raw.endswith(b"\n"):
        err(f"{rel}: does not end with a newline")
    return text


def read_tsv(path, header):
    """Return data rows of a TSV file after checking its header and shape."""
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
        if line == "":
            err(f"{rel}:{n}: blank line")
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            err(f"{rel}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for name, value in zip(header, fields):
            if value.strip() == "":
                err(f"{rel}:{n}: empty field {name!r}")
            elif value != value.strip():
                err(f"{rel}:{n}: leading/trailing whitespace in {name!r}")
        rows.append((n, fields))
    return rows


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    rows = read_tsv(path, HEADER)
    if len(rows) != TOTAL_ROWS:
        err(f"sentences.tsv: {len(rows)} data rows, expected {TOTAL_ROWS}")

    expected_ids = {
        f"{p}{k:03d}" for p, (c, _) in ID_SPEC.items() for k in range(1, c + 1)
    }
    seen_ids = collections.Counter()
    texts = collections.defaultdict(list)
    channels = collections.Counter()
    pushy_tactics = collections.Counter()
    imp_families = collections.Counter()
    both_pushy = collections.Counter()
    both_imp = collections.Counter()
    labels = collections.Counter()

    for n, (rid, text, label, channel, tactic) in rows:
        where = f"sentences.tsv:{n} ({rid})"
        seen_ids[rid] += 1
        if not re.fullmatch(r"[pibnf]\d{3}", rid) or rid not in expected_ids:
            err(f"{where}: unexpected id")
            continue
        want_label = ID_SPEC[rid[0]][1]
        if label != want_label:
            err(f"{where}: label {label!r}, expected {want_label!r}")
        labels[label] += 1
        if channel not in CHANNELS:
            err(f"{where}: unknown channel {channel!r}")
        channels[channel] += 1
        key = re.sub(r"\s+", " ", text.strip().lower())
        texts[key].append(rid)
        if text.startswith('"'):
            err(f"{where}: text starts with a double quote (breaks CSV readers)")
        if "\r" in text or "\n" in text:
            err(f"{where}: line break inside text")

        kind = rid[0]
        if kind == "p":
            if tactic not in PUSHY_TACTICS:
                err(f"{where}: unknown pushy tactic {tactic!r}")
            pushy_tactics[tactic] += 1
        elif kind == "i":
            if tactic not in IMPERSONAL_FAMILIES:
                err(f"{where}: unknown impersonal family {tactic!r}")
            imp_families[tactic] += 1
        elif kind == "b":
            parts = tactic.split(" + ")
            if len(parts) != 2:
                err(f"{where}: tactic must be '<pushy tactic> + <impersonal family>'")
            else:
                if parts[0] not in PUSHY_TACTICS:
                    err(f"{where}: unknown pushy tactic {parts[0]!r}")
                if parts[1] not in IMPERSONAL_FAMILIES:
                    err(f"{where}: unknown impersonal family {parts[1]!r}")
                both_pushy[parts[0]] += 1
                both_imp[parts[1]] += 1
        elif kind == "n":
            if not tactic.startswith("near-miss: ") or len(tactic) <= len("near-miss: "):
                err(f"{where}: near-miss tactic must read 'near-miss: <description>'")
        elif kind == "f":
            if tactic != "plain":
                err(f"{where}: plain good line must have tactic 'plain'")

    for rid in sorted(expected_ids - set(seen_ids)):
        err(f"sentences.tsv: missing id {rid}")
    for rid, c in seen_ids.items():
        if c > 1:
            err(f"sentences.tsv: id {rid} appears {c} times")
    for key, ids in texts.items():
        if len(ids) > 1:
            err(f"sentences.tsv: duplicate text in {', '.join(ids)}")

    for t in PUSHY_TACTICS:
        if not 6 <= pushy_tactics[t] <= 7:
            err(f"sentences.tsv: pushy tactic {t!r} has {pushy_tactics[t]} rows, expected 6-7")
    for f in IMPERSONAL_FAMILIES:
        if not 11 <= imp_families[f] <= 12:
            err(f"sentences.tsv: impersonal family {f!r} has {imp_families[f]} rows, expected 11-12")
    for ch in CHANNELS:
        if channels[ch] < MIN_PER_CHANNEL:
            err(f"sentences.tsv: channel {ch!r} has {channels[ch]} rows, expected >= {MIN_PER_CHANNEL}")
    if rows and labels["fine"] * 3 < len(rows):
        err("sentences.tsv: fewer than a third of rows are 'fine'")
    return len(rows), labels, channels


class VisibleText(html.parser.HTMLParser):
    """Collect the text a reader sees (skips <style>, <script>, <head>, comments)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def word_count(kind, text):
    if kind == "html":
        p = VisibleText()
        p.feed(text)
        text = " ".join(p.parts)
    return len(text.split())


def check_documents():
    if not os.path.isdir(DOCS):
        err("documents/: missing")
        return
    expected_files = set()
    for kind, name in DOCUMENTS.items():
        stem = name.rsplit(".", 1)[0]
        expected_files |= {name, stem + ".expected.tsv", stem + ".traps.tsv"}
        path = os.path.join(DOCS, name)
        rel = os.path.relpath(path, HERE)
        text = read_text(path)
        if text is None:
            continue
        words = word_count(kind, text)
        if not 150 <= words <= 500:
            err(f"{rel}: {words} words, expected 150-500")
        if kind == "md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            if not m:
                err(f"{rel}: no YAML front matter")
            elif not re.search(r"^title:", m.group(1), re.M):
                err(f"{rel}: front matter has no title")
        if kind == "html" and not re.search(r"<html[\s>]", text, re.I):
            err(f"{rel}: no <html> element")
        if not re.search(r"\{\{\w+\}\}|\*\|\w+\|\*", text):
            err(f"{rel}: no merge tags")
        if not re.search(r"https?://|\w+://", text):
            err(f"{rel}: no links")

        exp = read_tsv(os.path.join(DOCS, stem + ".expected.tsv"), ["category", "snippet"])
        cats = collections.Counter()
        exp_snippets = []
        for n, (cat, snip) in exp:
            where = f"documents/{stem}.expected.tsv:{n}"
            if cat not in ("pushy", "impersonal"):
                err(f"{where}: category {cat!r} must be pushy or impersonal")
            cats[cat] += 1
            if snip not in text:
                err(f"{where}: snippet not found verbatim in {name}: {snip!r}")
            exp_snippets.append(snip)
        if not exp:
            err(f"documents/{stem}.expected.tsv: no rows")
        elif not (cats["pushy"] and cats["impersonal"]):
            err(f"documents/{stem}.expected.tsv: needs both pushy and impersonal rows")
        if len(set(exp_snippets)) != len(exp_snippets):
            err(f"documents/{stem}.expected.tsv: duplicate snippets")

        traps = read_tsv(os.path.join(DOCS, stem + ".traps.tsv"), ["snippet"])
        if not traps:
            err(f"documents/{stem}.traps.tsv: no rows")
        trap_snips = []
        for n, (snip,) in traps:
            where = f"documents/{stem}.traps.tsv:{n}"
            if snip not in text:
                err(f"{where}: snippet not found verbatim in {name}: {snip!r}")
            for e in exp_snippets:
                if snip in e or e in snip:
                    err(f"{where}: trap overlaps expected snippet {e!r}")
            trap_snips.append(snip)
        if len(set(trap_snips)) != len(trap_snips):
            err(f"documents/{stem}.traps.tsv: duplicate snippets")

    present = set(os.listdir(DOCS))
    for f in sorted(expected_files - present):
        err(f"documents/: missing {f}")
    for f in sorted(present - expected_files):
        err(f"documents/: unexpected file {f}")


def check_readme():
    path = os.path.join(HERE, "README.md")
    text = read_text(path)
    if text is None:
        return
    for needle in ("2026-12-03", "/work/brief-y/labelling-guide.md", "330"):
        if needle not in text:
            err(f"README.md: does not mention {needle!r}")
    for name in DOCUMENTS.values():
        if name not in text:
            err(f"README.md: does not list {name}")
    for ch in CHANNELS:
        if ch not in text:
            err(f"README.md: does not list channel {ch}")


def main():
    check_sentences()
    check_documents()
    check_readme()
    read_text(os.path.abspath(__file__))
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
