#!/usr/bin/env python3
"""Validate the holdout-zza evaluation batch. Prints OK when every check passes."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "text", "labels", "channel", "tactic"]

PUSHY = ["bare urgency", "manufactured scarcity", "fear of missing out",
         "peer and competitor pressure", "buy-now commands", "confirm-shaming",
         "guilt-tripping", "shaming and identity pressure", "regret threats",
         "loss framing", "fear appeals", "threats in legal dress",
         "hype and guarantees", "assumptive close", "manufactured need", "shouting"]
IMPERSONAL = ["corporatese and jargon", "bureaucratic passive", "legalese in marketing",
              "the reader in the third person", "we-centric bragging",
              "form-letter phrases", "grandiose posturing"]
CHANNELS = ["e-commerce", "SaaS trial and renewal", "B2B outreach", "LinkedIn", "SMS",
            "push notifications", "nonprofit appeals", "political email", "real estate",
            "fitness", "finance and crypto", "travel", "restaurants", "courses", "events",
            "cancellation and unsubscribe flows", "app-store text", "local services",
            "newsletters", "legal footers"]
GROUPS = [("p", 110, "pushy"), ("i", 80, "impersonal"), ("b", 20, "pushy,impersonal"),
          ("n", 108, "fine"), ("f", 12, "fine")]
QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
DOCS = {"landing-page": "landing-page.md",
        "renewal-email": "renewal-email.html",
        "sms-schedule": "sms-schedule.txt"}
MIN_PER_CHANNEL = 8

errors = []


def err(msg):
    errors.append(msg)


def check_sentences():
    path = os.path.join(HERE, "sentences.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        err("sentences.tsv contains carriage returns")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(HEADER):
        err("bad header: %r" % (lines[0] if lines else None))
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(HEADER):
            err("line %d: %d fields, expected %d" % (n, len(fields), len(HEADER)))
            continue
        for name, value in zip(HEADER, fields):
            if value == "" or value != value.strip():
                err("line %d: field %s empty or padded" % (n, name))
            if value[:1] in QUOTES:
                err("line %d: field %s starts with a quote character" % (n, name))
        rows.append(dict(zip(HEADER, fields)))

    # ids: in order, contiguous, per group
    expected_ids = []
    for prefix, count, _ in GROUPS:
        expected_ids += ["%s%03d" % (prefix, k) for k in range(1, count + 1)]
    got_ids = [r["id"] for r in rows]
    if got_ids != expected_ids:
        missing = sorted(set(expected_ids) - set(got_ids))
        extra = sorted(set(got_ids) - set(expected_ids))
        err("ids wrong: %d rows, missing %s, extra %s, or out of order"
            % (len(rows), missing[:5], extra[:5]))
    if len(rows) != 330:
        err("expected 330 rows, got %d" % len(rows))

    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %r" % t)

    by_prefix = collections.defaultdict(list)
    for r in rows:
        by_prefix[r["id"][:1]].append(r)
    for prefix, count, label in GROUPS:
        for r in by_prefix[prefix]:
            if r["labels"] != label:
                err("%s: label %r, expected %r" % (r["id"], r["labels"], label))

    # pushy: tactics in guide order, 6-7 each
    seq = [r["tactic"] for r in by_prefix["p"]]
    for r in by_prefix["p"]:
        if r["tactic"] not in PUSHY:
            err("%s: unknown pushy tactic %r" % (r["id"], r["tactic"]))
    order = [PUSHY.index(t) for t in seq if t in PUSHY]
    if order != sorted(order):
        err("pushy rows are not in the guide's order of tactics")
    pc = collections.Counter(seq)
    for t in PUSHY:
        if not 6 <= pc[t] <= 7:
            err("pushy tactic %r has %d rows (want 6-7)" % (t, pc[t]))

    # impersonal: families in guide order, 11-12 each
    seq = [r["tactic"] for r in by_prefix["i"]]
    for r in by_prefix["i"]:
        if r["tactic"] not in IMPERSONAL:
            err("%s: unknown impersonal family %r" % (r["id"], r["tactic"]))
    order = [IMPERSONAL.index(t) for t in seq if t in IMPERSONAL]
    if order != sorted(order):
        err("impersonal rows are not in the guide's order of families")
    ic = collections.Counter(seq)
    for t in IMPERSONAL:
        if not 11 <= ic[t] <= 12:
            err("impersonal family %r has %d rows (want 11-12)" % (t, ic[t]))

    # both: tactic+family
    for r in by_prefix["b"]:
        parts = r["tactic"].split("+")
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err("%s: tactic %r is not 'tactic+family'" % (r["id"], r["tactic"]))

    # near-misses name a tactic or family they resemble; plain fine is 'none'
    for r in by_prefix["n"]:
        if r["tactic"] not in PUSHY + IMPERSONAL:
            err("%s: near-miss tactic %r unknown" % (r["id"], r["tactic"]))
    covered = {r["tactic"] for r in by_prefix["n"]}
    for t in PUSHY + IMPERSONAL:
        if t not in covered:
            err("no near-miss resembles %r" % t)
    for r in by_prefix["f"]:
        if r["tactic"] != "none":
            err("%s: plain fine row must have tactic 'none'" % r["id"])

    # fine share
    fine = sum(1 for r in rows if r["labels"] == "fine")
    if rows and fine * 3 < len(rows):
        err("fine rows %d are less than a third of %d" % (fine, len(rows)))

    # channels
    cc = collections.Counter(r["channel"] for r in rows)
    for r in rows:
        if r["channel"] not in CHANNELS:
            err("%s: unknown channel %r" % (r["id"], r["channel"]))
    for ch in CHANNELS:
        if cc[ch] < MIN_PER_CHANNEL:
            err("channel %r used %d times (want >= %d)" % (ch, cc[ch], MIN_PER_CHANNEL))


def visible_words(name, text):
    if name.endswith(".md"):
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    elif name.endswith(".html"):
        text = re.sub(r"(?is)<(head|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    elif name.endswith(".txt"):
        text = "\n".join(line.split(" | ")[-1] for line in text.splitlines()
                         if line.count(" | ") >= 3)
    return len(text.split())


def read_tsv(path, header):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != "\t".join(header):
        err("%s: bad header %r" % (os.path.basename(path), lines[0] if lines else None))
        return []
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header) or any(f == "" for f in fields):
            err("%s line %d: malformed" % (os.path.basename(path), n))
            continue
        out.append(fields)
    return out


def check_documents():
    ddir = os.path.join(HERE, "documents")
    for name, fname in DOCS.items():
        dpath = os.path.join(ddir, fname)
        if not os.path.exists(dpath):
            err("missing document %s" % fname)
            continue
        with open(dpath, encoding="utf-8") as fh:
            doc = fh.read()
        words = visible_words(fname, doc)
        if not 150 <= words <= 500:
            err("%s: %d visible words (want 150-500)" % (fname, words))
        exp = read_tsv(os.path.join(ddir, name + ".expected.tsv"), ["category", "snippet"])
        traps = read_tsv(os.path.join(ddir, name + ".traps.tsv"), ["snippet"])
        if not exp:
            err("%s: no expected rows" % name)
        if not traps:
            err("%s: no trap rows" % name)
        cats = collections.Counter()
        for cat, snip in exp:
            cats[cat] += 1
            if cat not in ("pushy", "impersonal"):
                err("%s.expected: bad category %r" % (name, cat))
            if snip not in doc:
                err("%s.expected: snippet not in document: %r" % (name, snip))
        for cat in ("pushy", "impersonal"):
            if cats[cat] == 0:
                err("%s.expected: no %s rows" % (name, cat))
        for (snip,) in traps:
            if snip not in doc:
                err("%s.traps: snippet not in document: %r" % (name, snip))
            for _, e in exp:
                if snip in e or e in snip:
                    err("%s: trap %r overlaps expected %r" % (name, snip, e))
        for fname2 in (name + ".expected.tsv", name + ".traps.tsv"):
            with open(os.path.join(ddir, fname2), encoding="utf-8") as fh:
                for n, line in enumerate(fh, start=1):
                    for field in line.rstrip("\n").split("\t"):
                        if field[:1] in QUOTES:
                            err("%s line %d: field starts with a quote" % (fname2, n))
        if "{{" in doc or "*|" in doc:
            pass
        elif fname.endswith(".html"):
            err("%s: no merge tags" % fname)
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")


def main():
    check_sentences()
    check_documents()
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
