#!/usr/bin/env python3
"""Validate the holdout-zzb batch. Prints OK when every check passes."""
import csv, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PUSHY = ['bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
         'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
         'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress', 'hype and guarantees',
         'assumptive close', 'manufactured need', 'shouting']
IMPERSONAL = ['corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
              'the reader in the third person', 'we-centric bragging', 'form-letter phrases', 'grandiose posturing']
CHANNELS = ['e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
            'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
            'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
            'local services', 'newsletters', 'legal footers']
QUOTES = tuple('"\'\u201c\u201d\u2018\u2019`\u00ab\u00bb\u201e')
SPEC = {'p': (110, 'pushy'), 'i': (80, 'impersonal'), 'b': (20, 'pushy,impersonal'), 'n': (108, 'fine'), 'f': (12, 'fine')}
errors = []

def err(msg):
    errors.append(msg)

# --- sentences.tsv ---
lines = (ROOT / 'sentences.tsv').read_text(encoding='utf-8').split('\n')
if lines[-1] == '':
    lines.pop()
if lines[0] != 'id\ttext\tlabels\tchannel\ttactic':
    err('bad header: %r' % lines[0])
rows = []
for n, line in enumerate(lines[1:], 2):
    f = line.split('\t')
    if len(f) != 5:
        err('line %d: %d fields' % (n, len(f))); continue
    for x in f:
        if not x.strip():
            err('line %d: empty field' % n)
        elif x.startswith(QUOTES):
            err('line %d: field starts with a quote: %r' % (n, x[:30]))
    rows.append(f)
if len(rows) != 330:
    err('expected 330 rows, got %d' % len(rows))
ids = [r[0] for r in rows]
if len(set(ids)) != len(ids):
    err('duplicate ids')
texts = Counter(r[1].strip().lower() for r in rows)
for t, c in texts.items():
    if c > 1:
        err('duplicate text: %s' % t)
expected_ids = [f'{p}{k:03d}' for p, (cnt, _) in SPEC.items() for k in range(1, cnt + 1)]
if ids != expected_ids:
    err('ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order')
for r in rows:
    p = r[0][0]
    if p in SPEC and r[2] != SPEC[p][1]:
        err('%s: label %r, expected %r' % (r[0], r[2], SPEC[p][1]))
    if r[3] not in CHANNELS:
        err('%s: unknown channel %r' % (r[0], r[3]))
    tac = r[4]
    if p == 'p' and tac not in PUSHY: err('%s: bad tactic %r' % (r[0], tac))
    if p == 'i' and tac not in IMPERSONAL: err('%s: bad family %r' % (r[0], tac))
    if p == 'b':
        a, _, b = tac.partition('+')
        if a not in PUSHY or b not in IMPERSONAL: err('%s: bad tactic+family %r' % (r[0], tac))
    if p == 'n' and tac not in PUSHY + IMPERSONAL: err('%s: bad near-miss tactic %r' % (r[0], tac))
    if p == 'f' and tac != 'none': err('%s: plain fine tactic must be none' % r[0])
# pushy: 6-7 per tactic, in guide order
ptac = [r[4] for r in rows if r[0][0] == 'p']
order = list(dict.fromkeys(ptac))
if order != PUSHY: err('pushy tactics not in guide order / not all present')
for t, c in Counter(ptac).items():
    if not 6 <= c <= 7: err('pushy tactic %r has %d rows' % (t, c))
itac = [r[4] for r in rows if r[0][0] == 'i']
if list(dict.fromkeys(itac)) != IMPERSONAL: err('impersonal families not in guide order / not all present')
for t, c in Counter(itac).items():
    if not 11 <= c <= 12: err('impersonal family %r has %d rows' % (t, c))
fine = sum(1 for r in rows if r[2] == 'fine')
if fine * 3 < len(rows): err('fine rows below a third')
ch = Counter(r[3] for r in rows)
for c in CHANNELS:
    if ch[c] < 8: err('channel %r used %d times (<8)' % (c, ch[c]))

# --- documents ---
DOCS = ROOT / 'documents'
docs = [p for p in DOCS.iterdir() if p.suffix in ('.md', '.html', '.txt')]
if len(docs) != 3: err('expected 3 documents, found %d' % len(docs))
kinds = {p.suffix for p in docs}
if kinds != {'.md', '.html', '.txt'}: err('need one .md, one .html, one .txt document')

def visible(text, suffix):
    if suffix == '.html':
        text = re.sub(r'(?s)<(style|head)[^>]*>.*?</\1>', ' ', text)
        text = re.sub(r'<[^>]+>', ' ', text)
    if suffix == '.md':
        text = re.sub(r'(?s)^---\n.*?\n---\n', '', text)
    return text

for doc in sorted(docs):
    name = doc.stem
    text = doc.read_text(encoding='utf-8')
    if doc.suffix == '.md' and not re.match(r'---\n.*?\n---\n', text, re.S):
        err('%s: no YAML front matter' % doc.name)
    if doc.suffix == '.html' and '{{first_name}}' not in text:
        err('%s: no {{first_name}} merge tag' % doc.name)
    vis = visible(text, doc.suffix)
    sents = [s for s in re.split(r'(?<=[.!?])\s+|\n\s*\n|\n(?=\[)', vis) if re.search(r'[A-Za-z]{2}', s)]
    words = len(re.findall(r"[\w'£%-]+", vis))
    if not 25 <= len(sents) <= 45: err('%s: %d sentences (need 25-45)' % (doc.name, len(sents)))
    if not 150 <= words <= 500: err('%s: %d words (need 150-500)' % (doc.name, words))
    print('%s: ~%d sentences, ~%d words' % (doc.name, len(sents), words))
    for kind, header in (('expected', ['category', 'snippet']), ('traps', ['snippet'])):
        path = DOCS / f'{name}.{kind}.tsv'
        if not path.exists():
            err('missing %s' % path.name); continue
        tl = path.read_text(encoding='utf-8').rstrip('\n').split('\n')
        if tl[0].split('\t') != header:
            err('%s: bad header' % path.name)
        if len(tl) < 4:
            err('%s: too few rows' % path.name)
        for ln in tl[1:]:
            f = ln.split('\t')
            if len(f) != len(header):
                err('%s: bad row %r' % (path.name, ln)); continue
            if kind == 'expected' and f[0] not in ('pushy', 'impersonal'):
                err('%s: bad category %r' % (path.name, f[0]))
            snip = f[-1]
            if not snip or snip not in text:
                err('%s: snippet not verbatim in %s: %r' % (path.name, doc.name, snip))
    # traps must not overlap expected snippets
    exp = [l.split('\t')[1] for l in (DOCS / f'{name}.expected.tsv').read_text(encoding='utf-8').rstrip('\n').split('\n')[1:]]
    trp = (DOCS / f'{name}.traps.tsv').read_text(encoding='utf-8').rstrip('\n').split('\n')[1:]
    for t in trp:
        for e in exp:
            if t in e or e in t:
                err('%s: trap %r overlaps expected %r' % (name, t, e))

print('rows: %d; labels: %s' % (len(rows), dict(Counter(r[2] for r in rows))))
print('channels: %s' % ', '.join('%s=%d' % (c, ch[c]) for c in CHANNELS))
if errors:
    for e in errors: print('FAIL:', e)
    sys.exit(1)
print('OK')
