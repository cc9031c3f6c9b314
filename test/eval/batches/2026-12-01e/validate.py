#!/usr/bin/env python3
"""Validate the holdout-12e evaluation batch against its brief.

Checks sentences.tsv (header, ids, counts per tactic/family, labels, channels,
quote characters, tabs) and the three documents with their expected/traps files.
Prints OK when everything passes; otherwise lists the problems and exits 1.
"""
import collections
import html
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


PUSHY = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out',
    'peer and competitor pressure', 'buy-now commands', 'confirm-shaming',
    'guilt-tripping', 'shaming and identity pressure', 'regret threats',
    'loss framing', 'fear appeals', 'threats in legal dress',
    'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting',
]
IMPERSONAL = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging',
    'form-letter phrases', 'grandiose posturing',
]
CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS',
    'push notifications', 'nonprofit appeals', 'political email', 'real estate',
    'fitness', 'finance and crypto', 'travel', 'restaurants', 'courses',
    'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers',
]
QUOTE_CHARS = set('"\'`“”‘’„‚«»‹›「」『』')

# (prefix, count, label, tactic rule, per-tactic min, per-tactic max)
BLOCKS = [
    ('p', 110, 'pushy', PUSHY, 6, 7),
    ('i', 80, 'impersonal', IMPERSONAL, 11, 12),
    ('b', 20, 'pushy,impersonal', None, None, None),
    ('n', 108, 'fine', ['near-miss'], None, None),
    ('f', 12, 'fine', ['plain'], None, None),
]


def check_sentences():
    path = os.path.join(ROOT, 'sentences.tsv')
    with open(path, encoding='utf-8', newline='') as f:
        raw = f.read()
    if '\r' in raw:
        err('sentences.tsv: contains carriage returns')
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != 'id\ttext\tlabels\tchannel\ttactic':
        err('sentences.tsv: bad header %r' % (lines[0] if lines else None))
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split('\t')
        if len(parts) != 5:
            err('sentences.tsv line %d: %d fields, expected 5' % (n, len(parts)))
            continue
        for field in parts:
            if not field.strip():
                err('sentences.tsv line %d: empty field' % n)
            elif field[0] in QUOTE_CHARS:
                err('sentences.tsv line %d: field starts with a quote: %r' % (n, field))
            if field != field.strip():
                err('sentences.tsv line %d: leading/trailing space in %r' % (n, field))
        rows.append(parts)

    if len(rows) != 330:
        err('sentences.tsv: %d rows, expected 330' % len(rows))

    expected_ids = [f'{p}{i:03d}' for p, c, *_ in BLOCKS for i in range(1, c + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        err('sentences.tsv: ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order')

    texts = [r[1] for r in rows]
    dups = [t for t, c in collections.Counter(texts).items() if c > 1]
    if dups:
        err('sentences.tsv: duplicate texts: %r' % dups)

    by_prefix = collections.defaultdict(list)
    for r in rows:
        by_prefix[r[0][0]].append(r)

    for prefix, count, label, tactics, lo, hi in BLOCKS:
        block = by_prefix.get(prefix, [])
        if len(block) != count:
            err('%s rows: %d, expected %d' % (prefix, len(block), count))
        for r in block:
            if r[2] != label:
                err('%s: label %r, expected %r' % (r[0], r[2], label))
        if prefix == 'b':
            for r in block:
                parts = r[4].split('+')
                if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                    err('%s: tactic %r is not "pushy tactic+impersonal family"' % (r[0], r[4]))
            continue
        for r in block:
            if r[4] not in tactics:
                err('%s: tactic %r not one of %r' % (r[0], r[4], tactics))
        if lo is not None:
            counts = collections.Counter(r[4] for r in block)
            for t in tactics:
                if not lo <= counts.get(t, 0) <= hi:
                    err('%s: tactic %r has %d rows, expected %d-%d' % (prefix, t, counts.get(t, 0), lo, hi))
            order = [tactics.index(r[4]) for r in block if r[4] in tactics]
            if order != sorted(order):
                err('%s rows are not in guide order of tactics' % prefix)

    ch = collections.Counter(r[3] for r in rows)
    for r in rows:
        if r[3] not in CHANNELS:
            err('%s: unknown channel %r' % (r[0], r[3]))
    for c in CHANNELS:
        if ch.get(c, 0) < 8:
            err('channel %r used %d times, need at least 8' % (c, ch.get(c, 0)))

    fine = sum(1 for r in rows if r[2] == 'fine')
    if rows and fine * 3 < len(rows):
        err('fewer than a third of rows are fine (%d/%d)' % (fine, len(rows)))
    return ch


def prose_text(name, raw):
    """Visible prose of a document, for word and sentence counts."""
    if name.endswith('.md'):
        if not raw.startswith('---\n'):
            err('%s: no YAML front matter' % name)
            return raw
        end = raw.find('\n---\n', 4)
        if end < 0:
            err('%s: unterminated front matter' % name)
            return raw
        body = raw[end + 5:]
        body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)      # links -> text
        body = re.sub(r'^\|?[-| ]+\|?$', '', body, flags=re.M)      # table rules
        body = body.replace('|', ' ').replace('#', ' ')
        return body
    if name.endswith('.html'):
        body = re.sub(r'(?is)<head>.*?</head>', ' ', raw)
        body = re.sub(r'(?is)<!DOCTYPE[^>]*>', ' ', body)
        body = re.sub(r'(?i)<(p|h\d|br|tr|td|span|table|li|ul)\b', r'\n<\1', body)
        body = re.sub(r'<[^>]+>', ' ', body)
        return html.unescape(body)
    # plain-text schedule: slot headers such as "#04 PUSH | Sun 7 Dec 10:00 | app users"
    # are scheduling metadata, not copy
    return re.sub(r'(?m)^#\d+ .*$', '', raw)


def count_sentences(text):
    n = 0
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        for seg in re.split(r'(?<=[.!?…])\s+', line):
            if len(seg.split()) >= 3:
                n += 1
    return n


def check_documents():
    ddir = os.path.join(ROOT, 'documents')
    names = sorted(f for f in os.listdir(ddir)
                   if not f.endswith('.tsv'))
    want = {'.md': 0, '.html': 0, '.txt': 0}
    for f in names:
        ext = os.path.splitext(f)[1]
        if ext in want:
            want[ext] += 1
        else:
            err('documents/: unexpected file %s' % f)
    if 'landing-page.md' not in names:
        err('documents/: landing-page.md missing')
    for ext, n in want.items():
        if n != 1:
            err('documents/: expected exactly one %s document, found %d' % (ext, n))
    for f in os.listdir(ddir):
        if f.endswith('.tsv'):
            base = f.rsplit('.', 2)[0]
            if not any(os.path.splitext(d)[0] == base for d in names):
                err('documents/: %s has no document beside it' % f)

    summary = []
    for name in names:
        base = os.path.splitext(name)[0]
        with open(os.path.join(ddir, name), encoding='utf-8') as fh:
            raw = fh.read()
        prose = prose_text(name, raw)
        words = len(prose.split())
        sents = count_sentences(prose)
        if not 150 <= words <= 500:
            err('%s: %d words of prose, expected 150-500' % (name, words))
        if not 25 <= sents <= 45:
            err('%s: %d sentences, expected 25-45' % (name, sents))
        if name.endswith('.html'):
            for needle in ('{{', '*|', 'class="', 'href="'):
                if needle not in raw:
                    err('%s: no %r (merge tags, CSS classes and links required)' % (name, needle))

        cats = collections.Counter()
        exp_path = os.path.join(ddir, base + '.expected.tsv')
        trap_path = os.path.join(ddir, base + '.traps.tsv')
        for path, header, ncols in ((exp_path, 'category\tsnippet', 2), (trap_path, 'snippet', 1)):
            if not os.path.exists(path):
                err('%s missing' % os.path.basename(path))
                continue
            with open(path, encoding='utf-8') as fh:
                lines = fh.read().split('\n')
            if lines and lines[-1] == '':
                lines = lines[:-1]
            if not lines or lines[0] != header:
                err('%s: bad header' % os.path.basename(path))
                continue
            if len(lines) < 2:
                err('%s: no rows' % os.path.basename(path))
            for line in lines[1:]:
                parts = line.split('\t')
                if len(parts) != ncols:
                    err('%s: bad row %r' % (os.path.basename(path), line))
                    continue
                snippet = parts[-1]
                if ncols == 2:
                    if parts[0] not in ('pushy', 'impersonal'):
                        err('%s: bad category %r' % (os.path.basename(path), parts[0]))
                    cats[parts[0]] += 1
                if not snippet.strip():
                    err('%s: empty snippet' % os.path.basename(path))
                elif snippet not in raw:
                    err('%s: snippet not found verbatim in %s: %r' % (os.path.basename(path), name, snippet))
        if cats and (not cats['pushy'] or not cats['impersonal']):
            err('%s: expected file should hold both pushy and impersonal problems' % name)
        summary.append((name, words, sents, dict(cats)))
    return summary


ch = check_sentences()
docs = check_documents()
if errors:
    for e in errors:
        print('FAIL:', e)
    sys.exit(1)
for name, words, sents, cats in docs:
    print('%-22s %3d words, %2d sentences, expected %s' % (name, words, sents, cats))
print('OK')
