#!/usr/bin/env python3
"""Validate the holdout-12n evaluation batch.

Checks sentences.tsv (header, ids, counts, labels, tactic/family names and
order, near-miss kinds, channels, fine share, empty/quote-leading fields,
duplicates) and the three documents in documents/ (format, visible-prose word
and sentence counts, expected/trap snippet files, verbatim presence, overlap).
Prints OK when everything passes; otherwise lists every problem and exits 1.
"""
import csv
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = '/work/shared/docs/labelling-guide.md'

PUSHY_TACTICS = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out',
    'peer and competitor pressure', 'buy-now commands', 'confirm-shaming',
    'guilt-tripping', 'shaming and identity pressure', 'regret threats',
    'loss framing', 'fear appeals', 'threats in legal dress',
    'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting',
]
IMPERSONAL_FAMILIES = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging',
    'form-letter phrases', 'grandiose posturing',
]
NEAR_MISS_KINDS = [
    'deadline with a date and a reason',
    'stock fact with a reason',
    'guarantee that states its terms',
    'trigger word as a name of a club/venue/product/programme',
    'news and how-to prose',
    'past-tense story',
    'only you can decide',
    "there's no rush",
    'pushy language quoted or discussed in varied quote styles',
    'passive voice right in context',
    'warm personal we',
    'capitals as acronyms, codes or identifiers',
]
CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS',
    'push notifications', 'nonprofit appeals', 'political email', 'real estate',
    'fitness', 'finance and crypto', 'travel', 'restaurants', 'courses',
    'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers',
]
QUOTES = '"\'`“”‘’„‚«»‹›'
HEADER = ['id', 'text', 'labels', 'channel', 'tactic']

errors = []


def err(msg):
    errors.append(msg)


def guide_crosscheck():
    """If the guide is present, make sure the hard-coded names match it."""
    if not os.path.exists(GUIDE):
        return
    text = open(GUIDE, encoding='utf-8').read()

    def table_after(heading):
        i = text.find(heading)
        if i < 0:
            return None
        names = []
        for line in text[i:].splitlines()[1:]:
            if line.startswith('#'):
                break
            m = re.match(r'\|\s*([^|]+?)\s*\|', line)
            if m and not set(m.group(1)) <= set('-') and m.group(1) not in ('tactic', 'family'):
                names.append(m.group(1))
        return names

    p = table_after('### Pushy')
    if p is not None and p != PUSHY_TACTICS:
        err(f'pushy tactics differ from guide: {p}')
    f = table_after('### Impersonal')
    if f is not None and f != IMPERSONAL_FAMILIES:
        err(f'impersonal families differ from guide: {f}')
    m = re.search(r'channels:(.*?)\.\s', text, re.S)
    if m:
        g = [c.strip() for c in m.group(1).replace('\n', ' ').split(',')]
        if g != CHANNELS:
            err(f'channels differ from guide: {g}')


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    raw = open(path, encoding='utf-8').read()
    if '\r' in raw:
        err('sentences.tsv contains carriage returns')
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0].split('\t') != HEADER:
        err(f'bad header: {lines[0] if lines else None!r}')
        return
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split('\t')
        if len(cells) != 5:
            err(f'line {n}: {len(cells)} fields')
            continue
        for h, c in zip(HEADER, cells):
            if not c.strip():
                err(f'line {n}: empty {h}')
            elif c[0] in QUOTES:
                err(f'line {n}: {h} starts with a quote character')
            if c != c.strip():
                err(f'line {n}: {h} has surrounding whitespace')
        rows.append(dict(zip(HEADER, cells)))
    if len(rows) != 330:
        err(f'{len(rows)} rows, expected 330')

    # ids: expected sequence
    expected_ids = ([f'p{i:03d}' for i in range(1, 111)] + [f'i{i:03d}' for i in range(1, 81)]
                    + [f'b{i:03d}' for i in range(1, 21)] + [f'n{i:03d}' for i in range(1, 109)]
                    + [f'f{i:03d}' for i in range(1, 13)])
    ids = [r['id'] for r in rows]
    if ids != expected_ids:
        err('ids are not p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order')
    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        err(f'duplicate ids: {dup_ids}')

    # duplicates (exact and normalised)
    norm = lambda s: re.sub(r'\W+', ' ', s.lower()).strip()
    for kind, key in (('text', lambda r: r['text']), ('normalised text', lambda r: norm(r['text']))):
        c = Counter(key(r) for r in rows)
        for t, v in c.items():
            if v > 1:
                err(f'duplicate {kind}: {t!r}')

    want_label = {'p': 'pushy', 'i': 'impersonal', 'b': 'pushy,impersonal', 'n': 'fine', 'f': 'fine'}
    for r in rows:
        pre = r['id'][:1]
        if pre in want_label and r['labels'] != want_label[pre]:
            err(f"{r['id']}: labels {r['labels']!r}, expected {want_label[pre]!r}")

    # pushy tactics: guide order, 6-7 each
    p = [r['tactic'] for r in rows if r['id'].startswith('p')]
    check_grouped('pushy', p, PUSHY_TACTICS, 6, 7)
    i = [r['tactic'] for r in rows if r['id'].startswith('i')]
    check_grouped('impersonal', i, IMPERSONAL_FAMILIES, 11, 12)

    # both
    seen_t, seen_f = set(), set()
    for r in rows:
        if not r['id'].startswith('b'):
            continue
        parts = r['tactic'].split('+')
        if len(parts) != 2 or parts[0] not in PUSHY_TACTICS or parts[1] not in IMPERSONAL_FAMILIES:
            err(f"{r['id']}: bad combined tactic {r['tactic']!r}")
            continue
        seen_t.add(parts[0]); seen_f.add(parts[1])
    if seen_t != set(PUSHY_TACTICS):
        err(f'b rows miss tactics: {sorted(set(PUSHY_TACTICS) - seen_t)}')
    if seen_f != set(IMPERSONAL_FAMILIES):
        err(f'b rows miss families: {sorted(set(IMPERSONAL_FAMILIES) - seen_f)}')

    # near-misses
    nm = []
    for r in rows:
        if not r['id'].startswith('n'):
            continue
        if not r['tactic'].startswith('near-miss: '):
            err(f"{r['id']}: tactic must start with 'near-miss: '")
            continue
        nm.append(r['tactic'][len('near-miss: '):])
    check_grouped('near-miss', nm, NEAR_MISS_KINDS, 9, 9)
    for r in rows:
        if r['id'].startswith('f') and r['tactic'] != 'plain':
            err(f"{r['id']}: tactic should be 'plain'")

    # channels
    cc = Counter(r['channel'] for r in rows)
    for c in cc:
        if c not in CHANNELS:
            err(f'unknown channel {c!r}')
    for c in CHANNELS:
        if cc[c] < 8:
            err(f'channel {c!r} used {cc[c]} times (< 8)')

    fine = sum(1 for r in rows if r['labels'] == 'fine')
    if rows and fine * 3 < len(rows):
        err(f'fine share {fine}/{len(rows)} is below 1/3')
    return rows, cc


def check_grouped(what, seq, names, lo, hi):
    """seq must be contiguous blocks following `names` order, each lo..hi long."""
    blocks = []
    for t in seq:
        if blocks and blocks[-1][0] == t:
            blocks[-1][1] += 1
        else:
            blocks.append([t, 1])
    got = [b[0] for b in blocks]
    if got != names:
        err(f'{what}: names/order wrong: {got}')
        return
    for t, k in blocks:
        if not lo <= k <= hi:
            err(f'{what}: {t!r} has {k} rows (want {lo}-{hi})')


# ---------------------------------------------------------------- documents

URL_RE = re.compile(r'https?://\S+')


def visible_md(text):
    if not text.startswith('---\n'):
        err('landing-page.md: no YAML front matter')
    else:
        end = text.find('\n---\n', 4)
        if end < 0:
            err('landing-page.md: unterminated front matter')
        else:
            fm = text[4:end]
            if not all(re.match(r'^[A-Za-z_][\w-]*:\s', l) for l in fm.splitlines() if l.strip()):
                err('landing-page.md: front matter is not simple YAML key: value lines')
            text = text[end + 5:]
    if not re.search(r'^```', text, re.M):
        err('landing-page.md: no code block')
    text = re.sub(r'^```.*?^```[ \t]*$', '', text, flags=re.S | re.M)
    text = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', text)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    text = re.sub(r'^#+\s*', '', text, flags=re.M)
    text = text.replace('**', '').replace('`', '')
    text = re.sub(r'\s·\s', '\n', text)
    return text


def visible_html(text, name):
    if not re.search(r'class="[^"]+"', text):
        err(f'{name}: no CSS classes')
    if not re.search(r'<style', text):
        err(f'{name}: no <style> block')
    if not re.search(r'<a\s[^>]*href=', text):
        err(f'{name}: no links')
    if not re.search(r'\{\{\w+\}\}|\*\|\w+\|\*', text):
        err(f'{name}: no merge tags')
    t = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    t = re.sub(r'<head.*?</head>', '', t, flags=re.S | re.I)
    t = re.sub(r'<(style|script)\b.*?</\1>', '', t, flags=re.S | re.I)
    t = re.sub(r'<div class="preheader">.*?</div>', '', t, flags=re.S)  # hidden
    t = re.sub(r'<br\s*/?>|</?(p|div|h\d|li|tr|td|table|body|html)\b[^>]*>', '\n', t, flags=re.I)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


def visible_txt(text, name):
    meta = [l for l in text.splitlines() if l.startswith('#')]
    if len(meta) < 3:
        err(f'{name}: fewer than 3 metadata lines')
    if not re.search(r'\{\{\w+\}\}', text):
        err(f'{name}: no merge tags')
    return '\n'.join(l for l in text.splitlines() if not l.startswith('#'))


def prose_stats(text):
    text = URL_RE.sub(' ', text)
    text = re.sub(r'\{\{\w+\}\}|\*\|\w+\|\*', 'NAME', text)
    words = [w for w in text.split() if re.search(r'[A-Za-z0-9]', w)]
    sentences = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for piece in re.split(r'(?<=[.!?])\s+', line):
            if re.search(r'[A-Za-z]', piece):
                sentences += 1
    return len(words), sentences


def read_tsv(path, header):
    if not os.path.exists(path):
        err(f'missing {os.path.basename(path)}')
        return []
    raw = open(path, encoding='utf-8').read()
    lines = [l for l in raw.split('\n') if l != '']
    if not lines or lines[0].split('\t') != header:
        err(f'{os.path.basename(path)}: bad header')
        return []
    out = []
    for n, l in enumerate(lines[1:], 2):
        cells = l.split('\t')
        if len(cells) != len(header) or any(not c.strip() for c in cells):
            err(f'{os.path.basename(path)} line {n}: malformed')
            continue
        out.append(cells)
    return out


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    d = os.path.join(HERE, 'documents')
    files = sorted(os.listdir(d))
    docs = [f for f in files if not f.endswith('.tsv')]
    md = [f for f in docs if f.endswith('.md')]
    htm = [f for f in docs if f.endswith('.html')]
    txt = [f for f in docs if f.endswith('.txt')]
    if md != ['landing-page.md'] or len(htm) != 1 or len(txt) != 1 or len(docs) != 3:
        err(f'documents/ should hold landing-page.md, one .html and one .txt; found {docs}')
    stats = {}
    for f in docs:
        name, ext = os.path.splitext(f)
        text = open(os.path.join(d, f), encoding='utf-8').read()
        if ext == '.md':
            vis = visible_md(text)
        elif ext == '.html':
            vis = visible_html(text, f)
        else:
            vis = visible_txt(text, f)
        words, sents = prose_stats(vis)
        if not 150 <= words <= 500:
            err(f'{f}: {words} prose words (want 150-500)')
        if not 25 <= sents <= 45:
            err(f'{f}: {sents} sentences (want 25-45)')
        exp = read_tsv(os.path.join(d, name + '.expected.tsv'), ['category', 'snippet'])
        traps = [t[0] for t in read_tsv(os.path.join(d, name + '.traps.tsv'), ['snippet'])]
        if not 6 <= len(exp) <= 10:
            err(f'{f}: {len(exp)} expected snippets (want 6-10)')
        cats = Counter(c for c, _ in exp)
        if set(cats) - {'pushy', 'impersonal'}:
            err(f'{f}: bad categories {set(cats)}')
        if not cats['pushy'] or not cats['impersonal']:
            err(f'{f}: expected snippets must mix pushy and impersonal')
        if not 12 <= len(traps) <= 18:
            err(f'{f}: {len(traps)} traps (want about 15)')
        for kind, snips in (('expected', [s for _, s in exp]), ('trap', traps)):
            for s, v in Counter(snips).items():
                if v > 1:
                    err(f'{f}: duplicate {kind} snippet {s!r}')
            for s in snips:
                if s[0] in QUOTES and kind == 'expected':
                    err(f'{f}: expected snippet starts with a quote: {s!r}')
                if s not in text:
                    err(f'{f}: {kind} snippet not found verbatim: {s!r}')
        exp_spans = [sp for _, s in exp for sp in spans(text, s)]
        for t in traps:
            if any(t in s or s in t for _, s in exp):
                err(f'{f}: trap {t!r} overlaps an expected snippet textually')
            for a, b in spans(text, t):
                if any(a < y and x < b for x, y in exp_spans):
                    err(f'{f}: trap {t!r} overlaps an expected snippet in the document')
        for i, (_, s) in enumerate(exp):
            for _, s2 in exp[i + 1:]:
                if s in s2 or s2 in s:
                    err(f'{f}: expected snippets overlap: {s!r} / {s2!r}')
        stats[f] = (words, sents, dict(cats), len(traps))
    return stats


def main():
    guide_crosscheck()
    res = check_sentences()
    stats = check_documents()
    if '-v' in sys.argv:
        if res:
            rows, cc = res
            for c in CHANNELS:
                print(f'{cc[c]:3d}  {c}')
        for f, s in stats.items():
            print(f, s)
    if errors:
        for e in errors:
            print('FAIL:', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
