#!/usr/bin/env python3
"""Validate the holdout-12o evaluation batch: sentences.tsv and documents/.

Prints OK when every check passes; otherwise prints each problem and exits 1.
"""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = '/work/shared/docs/labelling-guide.md'

PUSHY = ['bare urgency', 'manufactured scarcity', 'fear of missing out',
         'peer and competitor pressure', 'buy-now commands', 'confirm-shaming',
         'guilt-tripping', 'shaming and identity pressure', 'regret threats',
         'loss framing', 'fear appeals', 'threats in legal dress',
         'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting']
IMPERSONAL = ['corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
              'the reader in the third person', 'we-centric bragging',
              'form-letter phrases', 'grandiose posturing']
NEAR = ['deadline with a date and a reason', 'stock fact with a reason',
        'guarantee that states its terms',
        'trigger word as a name of a club/venue/product/programme',
        'news and how-to prose', 'past-tense story', 'only you can decide',
        "there's no rush", 'pushy language quoted or discussed in varied quote styles',
        'passive voice right in context', 'warm personal we',
        'capitals as acronyms, codes or identifiers']
CHANNELS = ['e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS',
            'push notifications', 'nonprofit appeals', 'political email', 'real estate',
            'fitness', 'finance and crypto', 'travel', 'restaurants', 'courses', 'events',
            'cancellation and unsubscribe flows', 'app-store text', 'local services',
            'newsletters', 'legal footers']
QUOTES = '"\'“”‘’«»„‚‹›`「」『』'
HEADER = ['id', 'text', 'labels', 'channel', 'tactic']

errors = []


def err(msg):
    errors.append(msg)


def guide_names():
    """Cross-check the hard-coded tactic/family/channel lists against the guide."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding='utf-8').read()

    def table(after):
        part = text.split(after, 1)[1]
        names = []
        for line in part.splitlines()[3:]:
            if not line.startswith('|'):
                break
            names.append(line.split('|')[1].strip())
        return names
    if table('### Pushy') != PUSHY:
        err('pushy tactic list differs from the guide: %r' % table('### Pushy'))
    if table('### Impersonal') != IMPERSONAL:
        err('impersonal family list differs from the guide: %r' % table('### Impersonal'))
    cov = text.split('## Coverage', 1)[1].split('Vary register', 1)[0]
    for ch in CHANNELS:
        if ch not in cov:
            err('channel %r not found in the guide coverage list' % ch)


def check_blocks(seq, allowed, lo, hi, what):
    """seq: tactics in file order; must be contiguous blocks in `allowed` order."""
    blocks = []
    for t in seq:
        if blocks and blocks[-1][0] == t:
            blocks[-1][1] += 1
        else:
            blocks.append([t, 1])
    names = [b[0] for b in blocks]
    if names != allowed:
        err('%s: tactic blocks not in guide order / not contiguous: %r' % (what, names))
    for name, n in blocks:
        if not lo <= n <= hi:
            err('%s: %r has %d rows (want %d-%d)' % (what, name, n, lo, hi))


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    try:
        raw = open(path, 'rb').read().decode('utf-8')
    except UnicodeDecodeError as e:
        err('sentences.tsv is not UTF-8: %s' % e)
        return
    if '\r' in raw:
        err('sentences.tsv contains carriage returns')
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0].split('\t') != HEADER:
        err('bad header: %r' % (lines[0] if lines else ''))
        return
    rows = []
    for n, line in enumerate(lines[1:], 2):
        f = line.split('\t')
        if len(f) != 5:
            err('line %d: %d fields' % (n, len(f)))
            continue
        for v in f:
            if not v.strip():
                err('line %d: empty field' % n)
            elif v[0] in QUOTES:
                err('line %d: field starts with a quote character: %r' % (n, v[:20]))
            elif v != v.strip():
                err('line %d: leading/trailing whitespace in field %r' % (n, v[:20]))
        rows.append(f)
    if len(rows) != 330:
        err('expected 330 rows, found %d' % len(rows))

    spec = [('p', 110, 'pushy'), ('i', 80, 'impersonal'), ('b', 20, 'pushy,impersonal'),
            ('n', 108, 'fine'), ('f', 12, 'fine')]
    want_ids = [p + '%03d' % k for p, n, _ in spec for k in range(1, n + 1)]
    got_ids = [r[0] for r in rows]
    if got_ids != want_ids:
        bad = [(w, g) for w, g in zip(want_ids, got_ids) if w != g][:5]
        err('ids not in expected sequence (first mismatches: %r)' % bad)
    labels_for = {p: l for p, _, l in spec}
    by = collections.defaultdict(list)
    for r in rows:
        by[r[0][:1]].append(r)
        if labels_for.get(r[0][:1]) != r[2]:
            err('%s: label %r, expected %r' % (r[0], r[2], labels_for.get(r[0][:1])))
        if r[3] not in CHANNELS:
            err('%s: unknown channel %r' % (r[0], r[3]))

    check_blocks([r[4] for r in by['p']], PUSHY, 6, 7, 'pushy')
    check_blocks([r[4] for r in by['i']], IMPERSONAL, 11, 12, 'impersonal')
    seen_t, seen_f = set(), set()
    for r in by['b']:
        parts = r[4].split('+')
        if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
            err('%s: bad combined tactic %r' % (r[0], r[4]))
            continue
        seen_t.add(parts[0])
        seen_f.add(parts[1])
    for t in PUSHY:
        if t not in seen_t:
            err('b rows: pushy tactic %r never used' % t)
    for f in IMPERSONAL:
        if f not in seen_f:
            err('b rows: impersonal family %r never used' % f)
    near = []
    for r in by['n']:
        if not r[4].startswith('near-miss: '):
            err('%s: tactic must start with "near-miss: "' % r[0])
        near.append(r[4][len('near-miss: '):])
    check_blocks(near, NEAR, 9, 9, 'near-miss')
    for r in by['f']:
        if r[4] != 'plain':
            err('%s: tactic should be plain' % r[0])

    ch = collections.Counter(r[3] for r in rows)
    for c in CHANNELS:
        if ch[c] < 8:
            err('channel %r used %d times (< 8)' % (c, ch[c]))
    fine = sum(1 for r in rows if r[2] == 'fine')
    if rows and fine * 3 < len(rows):
        err('fine share %d/%d is below one third' % (fine, len(rows)))

    norm = collections.Counter(re.sub(r'\s+', ' ', r[1]).strip().lower() for r in rows)
    for t, k in norm.items():
        if k > 1:
            err('duplicated text: %r' % t)
    ids = collections.Counter(got_ids)
    for i, k in ids.items():
        if k > 1:
            err('duplicated id %s' % i)


# ---------------------------------------------------------------- documents
def prose_md(text):
    if text.startswith('---\n'):
        end = text.find('\n---\n', 4)
        if end < 0:
            err('landing-page.md: unterminated front matter')
        text = text[end + 5:]
    text = re.sub(r'```.*?```', '\n', text, flags=re.S)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    blocks = []
    for line in text.splitlines():
        line = re.sub(r'^\s*(#+|[-*+]|\d+\.)\s+', '', line)
        line = re.sub(r'[*_`]+', '', line).strip()
        if line:
            blocks.append(line)
    return blocks


def prose_html(text):
    text = re.sub(r'<(head|style|script)\b.*?</\1>', ' ', text, flags=re.S | re.I)
    text = re.sub(r'<!DOCTYPE[^>]*>', ' ', text, flags=re.I)
    text = re.sub(r'</?(p|div|h[1-6]|br|li|ul|ol|tr|td|table|body|html)\b[^>]*>', '\n', text, flags=re.I)
    text = re.sub(r'<[^>]+>', '', text)
    text = html.unescape(text)
    return [re.sub(r'\s+', ' ', l).strip() for l in text.splitlines() if l.strip()]


META = re.compile(r'^[a-z_]+:\s')


def prose_txt(text):
    blocks = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith('#') or s.startswith('==='):
            continue
        if s.startswith('body:'):
            blocks.append(s[5:].strip())
        elif META.match(s):
            continue
        else:
            blocks.append(s)
    return blocks


def count(blocks):
    words = sum(len([w for w in b.split() if re.search(r'\w', w)]) for b in blocks)
    sents = 0
    for b in blocks:
        for s in re.split(r'(?<=[.!?])\s+', b):
            if re.search(r'[A-Za-z]', s):
                sents += 1
    return words, sents


def read_tsv(path, header):
    if not os.path.exists(path):
        err('missing %s' % os.path.relpath(path, HERE))
        return []
    lines = open(path, encoding='utf-8').read().rstrip('\n').split('\n')
    if lines[0].split('\t') != header:
        err('%s: bad header %r' % (os.path.basename(path), lines[0]))
    out = []
    for n, l in enumerate(lines[1:], 2):
        f = l.split('\t')
        if len(f) != len(header) or any(not x.strip() for x in f):
            err('%s line %d: bad row %r' % (os.path.basename(path), n, l))
            continue
        out.append(f)
    return out


def spans(text, snip):
    out, i = [], text.find(snip)
    while i >= 0:
        out.append((i, i + len(snip)))
        i = text.find(snip, i + 1)
    return out


DOC_STATS = {}


def check_documents():
    d = os.path.join(HERE, 'documents')
    if not os.path.isdir(d):
        err('missing documents/')
        return
    files = sorted(f for f in os.listdir(d) if not f.endswith('.tsv'))
    md = [f for f in files if f.endswith('.md')]
    ht = [f for f in files if f.endswith('.html')]
    tx = [f for f in files if f.endswith('.txt')]
    if md != ['landing-page.md']:
        err('documents: want exactly landing-page.md, found %r' % md)
    if len(ht) != 1 or len(tx) != 1 or len(files) != 3:
        err('documents: want one .md, one .html and one .txt, found %r' % files)
    for f in files:
        name, ext = os.path.splitext(f)
        text = open(os.path.join(d, f), encoding='utf-8').read()
        if ext == '.md':
            if not text.startswith('---\n') or text.count('\n---\n') < 1:
                err('%s: no YAML front matter' % f)
            if text.count('```') < 2:
                err('%s: no code block' % f)
            blocks = prose_md(text)
        elif ext == '.html':
            if not re.search(r'class="[^"]+"', text) or '<a ' not in text:
                err('%s: needs CSS classes and links' % f)
            if '<style' not in text:
                err('%s: no CSS' % f)
            if '{{' not in text and '*|' not in text:
                err('%s: no merge tags' % f)
            blocks = prose_html(text)
        else:
            meta = [l for l in text.splitlines() if META.match(l.strip()) and not l.strip().startswith('body:')]
            if len(meta) < 5:
                err('%s: too few metadata lines' % f)
            blocks = prose_txt(text)
        words, sents = count(blocks)
        if not 150 <= words <= 500:
            err('%s: %d prose words (want 150-500)' % (f, words))
        if not 25 <= sents <= 45:
            err('%s: %d sentences (want 25-45)' % (f, sents))

        exp = read_tsv(os.path.join(d, name + '.expected.tsv'), ['category', 'snippet'])
        trp = read_tsv(os.path.join(d, name + '.traps.tsv'), ['snippet'])
        if not 6 <= len(exp) <= 10:
            err('%s: %d expected snippets (want 6-10)' % (f, len(exp)))
        cats = {c for c, _ in exp}
        if cats != {'pushy', 'impersonal'}:
            err('%s: expected categories must mix pushy and impersonal, got %r' % (f, cats))
        if not 12 <= len(trp) <= 20:
            err('%s: %d traps (want about 15)' % (f, len(trp)))
        exp_spans = []
        for c, s in exp:
            if c not in ('pushy', 'impersonal'):
                err('%s: bad category %r' % (f, c))
            sp = spans(text, s)
            if not sp:
                err('%s: expected snippet not found: %r' % (f, s))
            exp_spans += sp
        snips = [s for _, s in exp] + [t[0] for t in trp]
        for s, k in collections.Counter(snips).items():
            if k > 1:
                err('%s: snippet listed twice: %r' % (f, s))
        for (t,) in trp:
            sp = spans(text, t)
            if not sp:
                err('%s: trap not found: %r' % (f, t))
            for _, e in exp:
                if t in e or e in t:
                    err('%s: trap %r overlaps expected %r' % (f, t, e))
            for a, b in sp:
                for x, y in exp_spans:
                    if a < y and x < b:
                        err('%s: trap %r overlaps an expected span' % (f, t))
        DOC_STATS[f] = (words, sents, len(exp),
                        sum(1 for c, _ in exp if c == 'pushy'),
                        sum(1 for c, _ in exp if c == 'impersonal'), len(trp))


if __name__ == '__main__':
    guide_names()
    check_sentences()
    check_documents()
    if '-v' in sys.argv:
        for f, s in DOC_STATS.items():
            print('%s: words=%d sentences=%d expected=%d (pushy %d, impersonal %d) traps=%d' % ((f,) + s))
    if errors:
        for e in errors:
            print('FAIL:', e)
        sys.exit(1)
    print('OK')
