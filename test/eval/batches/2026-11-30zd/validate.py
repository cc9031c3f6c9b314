#!/usr/bin/env python3
"""Format checker for the holdout-zd evaluation batch (python3 stdlib only).

Usage:  python3 validate.py          (run from anywhere)
Prints OK and exits 0 when every rule holds; otherwise lists the problems and exits 1.
"""
import html
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.normpath(os.path.join(HERE, '..', 'shared', 'docs', 'labelling-guide.md'))

# Copied from the labelling guide (tables "Pushy", "Impersonal" and the "Coverage" list).
PUSHY = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
    'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
    'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress',
    'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting',
]
IMPERSONAL = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging', 'form-letter phrases', 'grandiose posturing',
]
CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
    'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
    'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers',
]

HEADER = ['id', 'text', 'labels', 'channel', 'tactic']
# prefix -> (count, label, tactic rule)
SECTIONS = {
    'p': (110, 'pushy'),
    'i': (80, 'impersonal'),
    'b': (20, 'pushy,impersonal'),
    'n': (108, 'fine'),
    'f': (12, 'fine'),
}
QUOTES = '"\'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02\uff07`\u00b4'
MIN_PER_CHANNEL = 8

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file as strict UTF-8 and check LF line endings and a final newline."""
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{path}: not valid UTF-8 ({e})')
        return ''
    if text.startswith('\ufeff'):
        err(f'{path}: starts with a BOM')
    if '\r' in text:
        err(f'{path}: contains CR characters (must be LF only)')
    if text and not text.endswith('\n'):
        err(f'{path}: missing final newline')
    return text


def check_guide_lists():
    """If the guide is present next door, make sure the hard-coded lists still match it."""
    if not os.path.exists(GUIDE):
        return
    g = open(GUIDE, encoding='utf-8').read()

    def table_after(heading):
        part = g.split(heading, 1)[1]
        names = []
        for line in part.splitlines()[1:]:
            if line.startswith('#'):
                break
            m = re.match(r'\|\s*([^|]+?)\s*\|', line)
            if m and not set(m.group(1)) <= set('-') and m.group(1) not in ('tactic', 'family'):
                names.append(m.group(1))
        return names

    if table_after('### Pushy') != PUSHY:
        err('pushy tactic list does not match the guide')
    if table_after('### Impersonal') != IMPERSONAL:
        err('impersonal family list does not match the guide')
    cov = re.search(r'Spread every batch over tactics and channels:\s*(.*?)\.\s', g)
    if cov and [c.strip() for c in cov.group(1).split(',')] != CHANNELS:
        err('channel list does not match the guide')


def check_no_leading_quote(where, field):
    if field and field[0] in QUOTES:
        err(f'{where}: field starts with a quotation mark: {field[:30]!r}')


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    if not os.path.exists(path):
        err('sentences.tsv missing')
        return
    text = read_text(path)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != '\t'.join(HEADER):
        err(f'sentences.tsv: header must be exactly {"<TAB>".join(HEADER)}')
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split('\t')
        if len(fields) != 5:
            err(f'sentences.tsv line {n}: {len(fields)} fields, expected 5')
            continue
        for f in fields:
            if f != f.strip() or not f:
                err(f'sentences.tsv line {n}: empty field or stray whitespace: {f!r}')
            check_no_leading_quote(f'sentences.tsv line {n}', f)
        rows.append(fields)

    total = sum(c for c, _ in SECTIONS.values())
    if len(rows) != total:
        err(f'sentences.tsv: {len(rows)} rows, expected {total}')

    ids = [r[0] for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f'duplicate id {i}')
    for t, c in Counter(r[1] for r in rows).items():
        if c > 1:
            err(f'duplicate text: {t[:60]}')

    expected_ids = [f'{p}{k:03d}' for p, (cnt, _) in SECTIONS.items() for k in range(1, cnt + 1)]
    if sorted(ids) != sorted(expected_ids):
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f'id set wrong; missing {missing[:10]} extra {extra[:10]}')

    pushy_c, imp_c, chan_c = Counter(), Counter(), Counter()
    for rid, txt, labels, channel, tactic in rows:
        prefix = rid[:1]
        if prefix not in SECTIONS:
            err(f'{rid}: unknown prefix')
            continue
        want_label = SECTIONS[prefix][1]
        if labels != want_label:
            err(f'{rid}: label {labels!r}, expected {want_label!r}')
        if channel not in CHANNELS:
            err(f'{rid}: unknown channel {channel!r}')
        chan_c[channel] += 1
        if prefix == 'p':
            if tactic not in PUSHY:
                err(f'{rid}: tactic {tactic!r} is not a pushy tactic from the guide')
            pushy_c[tactic] += 1
        elif prefix == 'i':
            if tactic not in IMPERSONAL:
                err(f'{rid}: tactic {tactic!r} is not an impersonal family from the guide')
            imp_c[tactic] += 1
        elif prefix == 'b':
            parts = tactic.split('+')
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f'{rid}: tactic {tactic!r} must be "pushy tactic+impersonal family"')
        elif prefix == 'n':
            if tactic != 'near-miss':
                err(f'{rid}: tactic must be near-miss')
        elif prefix == 'f':
            if tactic != 'plain':
                err(f'{rid}: tactic must be plain')

    # even spread: every tactic / family used, counts differ by at most one
    for name, counter, universe in (('pushy', pushy_c, PUSHY), ('impersonal', imp_c, IMPERSONAL)):
        vals = [counter.get(t, 0) for t in universe]
        if min(vals) == 0:
            err(f'{name}: unused tactics {[t for t in universe if counter.get(t, 0) == 0]}')
        if max(vals) - min(vals) > 1:
            err(f'{name}: tactics not spread evenly: {dict(counter)}')

    for ch in CHANNELS:
        if chan_c.get(ch, 0) < MIN_PER_CHANNEL:
            err(f'channel {ch!r} used {chan_c.get(ch, 0)} times, need >= {MIN_PER_CHANNEL}')

    fine = sum(1 for r in rows if r[2] == 'fine')
    if rows and fine * 3 < len(rows):
        err(f'fine rows are {fine}/{len(rows)}, less than a third')


def visible_text(path, text):
    """Prose a reader sees: front matter removed for Markdown, tags/style removed for HTML."""
    if path.endswith('.md'):
        m = re.match(r'---\n(.*?)\n---\n', text, re.S)
        body = text[m.end():] if m else text
        body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
        body = re.sub(r'^#+\s*', '', body, flags=re.M)
        return body
    if path.endswith('.html'):
        body = re.sub(r'<(style|script|title)[^>]*>.*?</\1>', ' ', text, flags=re.S | re.I)
        body = re.sub(r'<[^>]+>', '\n', body)
        return html.unescape(body)
    return text


def count_sentences(prose):
    units = []
    for line in prose.split('\n'):
        for seg in re.split(r'(?<=[.!?])\s+', line.strip()):
            if len(re.findall(r'[A-Za-z]{2,}', seg)) >= 3:
                units.append(seg)
    return len(units)


def read_tsv(path, header):
    if not os.path.exists(path):
        err(f'{path} missing')
        return []
    text = read_text(path)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f'{os.path.basename(path)}: header must be {header!r}')
        return []
    ncols = header.count('\t') + 1
    out = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split('\t')
        if len(fields) != ncols or any(not f for f in fields):
            err(f'{os.path.basename(path)} line {n}: expected {ncols} non-empty fields')
            continue
        for f in fields:
            check_no_leading_quote(f'{os.path.basename(path)} line {n}', f)
        out.append(fields)
    return out


def check_documents():
    ddir = os.path.join(HERE, 'documents')
    if not os.path.isdir(ddir):
        err('documents/ missing')
        return
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith('.tsv'))
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != ['.html', '.md', '.txt']:
        err(f'documents/: expected exactly one .md, one .html and one .txt, found {docs}')
    if 'landing-page.md' not in docs:
        err('documents/landing-page.md missing')
    for d in docs:
        path = os.path.join(ddir, d)
        stem = os.path.splitext(d)[0]
        text = read_text(path)
        if d.endswith('.md'):
            m = re.match(r'---\n(.*?)\n---\n', text, re.S)
            if not m:
                err(f'{d}: no YAML front matter')
            elif not re.search(r'(?i)urgent|act.now|last.chance|limited|hurry|book now', m.group(1)):
                err(f'{d}: front matter has no trigger words')
        if d.endswith('.html'):
            if not re.search(r'\{\{\s*\w+\s*\}\}|\*\|[A-Z:_]+\|\*', text):
                err(f'{d}: no merge tags')
            if 'class="' not in text or 'href="' not in text:
                err(f'{d}: needs CSS classes and links')
        if d.endswith('.txt'):
            if not re.search(r'SEG-[A-Z0-9-]+', text):
                err(f'{d}: no segment codes')
        prose = visible_text(d, text)
        ns = count_sentences(prose)
        if not 25 <= ns <= 45:
            err(f'{d}: {ns} sentences, need 25-45')
        nw = sum(1 for tok in prose.split() if re.search(r'\w', tok))
        if not 150 <= nw <= 500:
            err(f'{d}: {nw} words of visible copy, guide asks for 150-500')

        exp = read_tsv(os.path.join(ddir, stem + '.expected.tsv'), 'category\tsnippet')
        traps = read_tsv(os.path.join(ddir, stem + '.traps.tsv'), 'snippet')
        cats = Counter()
        for cat, snip in exp:
            if cat not in ('pushy', 'impersonal'):
                err(f'{stem}.expected.tsv: bad category {cat!r}')
            cats[cat] += 1
            if snip not in text:
                err(f'{stem}.expected.tsv: snippet not verbatim in {d}: {snip!r}')
        for cat in ('pushy', 'impersonal'):
            if cats[cat] == 0:
                err(f'{stem}.expected.tsv: no {cat} snippets')
        for (snip,) in traps:
            if snip not in text:
                err(f'{stem}.traps.tsv: snippet not verbatim in {d}: {snip!r}')
            for _, e in exp:
                if snip in e or e in snip:
                    err(f'{stem}: trap {snip!r} overlaps expected snippet {e!r}')
        if len(traps) < 5:
            err(f'{stem}.traps.tsv: fewer than 5 traps')


def main():
    check_guide_lists()
    check_sentences()
    check_documents()
    if not os.path.exists(os.path.join(HERE, 'README.md')):
        err('README.md missing')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
