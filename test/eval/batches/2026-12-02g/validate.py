#!/usr/bin/env python3
"""Checker for this evaluation batch. Prints OK or a list of problems."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ['id', 'text', 'labels', 'channel', 'tactic']
PREFIX_LABEL = {'p': 'pushy', 'i': 'impersonal', 'b': 'pushy,impersonal', 'n': 'fine', 'f': 'fine'}
COUNTS = {'p': (100, 120), 'i': (70, 90), 'b': (15, 25), 'n': (100, 115), 'f': (8, 16)}
TOTAL = 330
CHANNELS = {'ecommerce', 'saas', 'b2b-outreach', 'linkedin', 'sms', 'push', 'nonprofit',
            'political-email', 'real-estate', 'fitness', 'finance-crypto', 'travel', 'restaurant',
            'courses', 'events', 'cancellation-flow', 'app-store', 'local-services', 'newsletter',
            'legal-footer'}
PUSHY = {'bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
         'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
         'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress',
         'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting'}
IMPERSONAL = {'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
              'the reader in the third person', 'we-centric bragging', 'form-letter phrases',
              'grandiose posturing'}
NEAR = {'deadline with a date and a reason', 'stock fact with a reason', 'guarantee with stated terms',
        'trigger word in a name', 'news or how-to', 'past-tense story', 'only you can decide',
        "there's no rush", 'pushy language quoted', 'passive right in context', 'warm personal we',
        'capitals as acronym or code'}
DOCS = {'ski-season-launch.md': 'md', 'alumni-appeal.html': 'html', 'ferry-sms-batch.txt': 'txt'}

errors = []
def err(msg):
    errors.append(msg)

# ---- sentences.tsv ----
raw = open(os.path.join(HERE, 'sentences.tsv'), encoding='utf-8', newline='').read()
if '\r' in raw:
    err('sentences.tsv contains carriage returns')
if not raw.endswith('\n'):
    err('sentences.tsv does not end with a newline')
lines = raw.rstrip('\n').split('\n')
if lines[0].split('\t') != HEADER:
    err('bad header: %r' % lines[0])
rows, seen_ids, seen_text = [], set(), set()
for n, line in enumerate(lines[1:], 2):
    f = line.split('\t')
    if len(f) != 5:
        err('line %d: %d fields, expected 5' % (n, len(f)))
        continue
    if any(x != x.strip() or not x for x in f):
        err('line %d: empty field or stray whitespace' % n)
    rid, text, label, channel, tactic = f
    if not re.fullmatch(r'[pibnf]\d{3}', rid):
        err('line %d: bad id %r' % (n, rid)); continue
    if rid in seen_ids:
        err('duplicate id ' + rid)
    seen_ids.add(rid)
    if text.lower() in seen_text:
        err('duplicate text at ' + rid)
    seen_text.add(text.lower())
    if label != PREFIX_LABEL[rid[0]]:
        err('%s: label %r does not match id prefix' % (rid, label))
    if channel not in CHANNELS:
        err('%s: unknown channel %r' % (rid, channel))
    k = rid[0]
    if k == 'p' and tactic not in PUSHY:
        err('%s: unknown pushy tactic %r' % (rid, tactic))
    if k == 'i' and tactic not in IMPERSONAL:
        err('%s: unknown impersonal family %r' % (rid, tactic))
    if k == 'b':
        parts = tactic.split(' + ')
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err('%s: tactic must be "<pushy tactic> + <impersonal family>", got %r' % (rid, tactic))
    if k == 'n' and tactic not in NEAR:
        err('%s: unknown near-miss kind %r' % (rid, tactic))
    if k == 'f' and tactic != 'plain':
        err('%s: plain fine rows take tactic "plain"' % rid)
    rows.append((rid, text, label, channel, tactic))

if len(rows) != TOTAL:
    err('expected %d rows, found %d' % (TOTAL, len(rows)))
by_prefix = Counter(r[0][0] for r in rows)
for k, (lo, hi) in COUNTS.items():
    if not lo <= by_prefix[k] <= hi:
        err('%s count %d outside %d-%d' % (k, by_prefix[k], lo, hi))
    nums = sorted(int(r[0][1:]) for r in rows if r[0][0] == k)
    if nums != list(range(1, len(nums) + 1)):
        err('%s ids are not consecutive from 001' % k)
fine = sum(1 for r in rows if r[2] == 'fine')
if fine * 3 < len(rows):
    err('fine share %d/%d is below a third' % (fine, len(rows)))
missing = CHANNELS - {r[3] for r in rows}
if missing:
    err('channels not covered: %s' % sorted(missing))
thin = sorted(c for c, k in Counter(r[3] for r in rows).items() if k < 5)
if thin:
    err('channels with fewer than 5 sentences: %s' % thin)
used_p = {r[4] for r in rows if r[0][0] == 'p'} | {r[4].split(' + ')[0] for r in rows if r[0][0] == 'b'}
used_i = {r[4] for r in rows if r[0][0] == 'i'} | {r[4].split(' + ')[-1] for r in rows if r[0][0] == 'b'}
if PUSHY - used_p:
    err('pushy tactics not covered: %s' % sorted(PUSHY - used_p))
if IMPERSONAL - used_i:
    err('impersonal families not covered: %s' % sorted(IMPERSONAL - used_i))
if NEAR - {r[4] for r in rows if r[0][0] == 'n'}:
    err('near-miss kinds not covered: %s' % sorted(NEAR - {r[4] for r in rows if r[0][0] == 'n'}))

# ---- documents ----
def read_tsv(path, header):
    if not os.path.exists(path):
        err('missing ' + os.path.relpath(path, HERE)); return []
    text = open(path, encoding='utf-8', newline='').read()
    if '\r' in text:
        err(os.path.basename(path) + ': carriage returns')
    ls = [l for l in text.rstrip('\n').split('\n')]
    if ls[0].split('\t') != header:
        err('%s: header should be %r' % (os.path.basename(path), '\t'.join(header)))
    out = []
    for l in ls[1:]:
        if not l.strip():
            err(os.path.basename(path) + ': blank line'); continue
        f = l.split('\t')
        if len(f) != len(header) or any(not x or x != x.strip() for x in f):
            err('%s: bad row %r' % (os.path.basename(path), l)); continue
        out.append(f)
    return out

docdir = os.path.join(HERE, 'documents')
for name, kind in DOCS.items():
    path = os.path.join(docdir, name)
    if not os.path.exists(path):
        err('missing document ' + name); continue
    doc = open(path, encoding='utf-8').read()
    words = len(doc.split())
    visible = len(re.sub(r'<[^>]+>', ' ', doc).split()) if kind == 'html' else words
    for label, count in (('words', words), ('visible words', visible)):
        if not 150 <= count <= 500:
            err('%s: %d %s, expected 150-500' % (name, count, label))
    if kind == 'md' and not re.match(r'---\n.*?\n---\n', doc, re.S):
        err(name + ': no front matter')
    if kind == 'html' and not ('<html' in doc and '</html>' in doc):
        err(name + ': not an HTML document')
    if not re.search(r'\{\{\w+\}\}|\*\|\w+\|\*', doc):
        err(name + ': no merge tags')
    stem = name.rsplit('.', 1)[0]
    expected = read_tsv(os.path.join(docdir, stem + '.expected.tsv'), ['category', 'snippet'])
    traps = read_tsv(os.path.join(docdir, stem + '.traps.tsv'), ['snippet'])
    if len(expected) < 3 or len(traps) < 3:
        err(name + ': needs at least 3 expected snippets and 3 traps')
    cats = set()
    for cat, snip in expected:
        cats.add(cat)
        if cat not in ('pushy', 'impersonal'):
            err('%s: bad category %r' % (name, cat))
        if snip not in doc:
            err('%s: expected snippet not in document: %r' % (name, snip))
    if cats != {'pushy', 'impersonal'}:
        err(name + ': expected snippets should include both pushy and impersonal')
    exp_snips = [s for _, s in expected]
    for (trap,) in traps:
        if trap not in doc:
            err('%s: trap not in document: %r' % (name, trap))
        if any(trap in s or s in trap for s in exp_snips):
            err('%s: trap overlaps an expected snippet: %r' % (name, trap))

# ---- README ----
rp = os.path.join(HERE, 'README.md')
if not os.path.exists(rp):
    err('missing README.md')
else:
    r = open(rp, encoding='utf-8').read()
    for needle in ('2026-12-02', str(TOTAL)):
        if needle not in r:
            err('README.md does not mention ' + needle)

if errors:
    print('\n'.join(errors))
    print('FAILED (%d problems)' % len(errors))
    sys.exit(1)
print('OK')
