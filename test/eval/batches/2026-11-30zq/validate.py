#!/usr/bin/env python3
"""Format checks for the holdout-zq evaluation batch (stdlib only). Prints OK on success."""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents')

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
    'push notifications', 'nonprofit appeals', 'political email',
    'real estate', 'fitness', 'finance and crypto', 'travel', 'restaurants',
    'courses', 'events', 'cancellation and unsubscribe flows',
    'app-store text', 'local services', 'newsletters', 'legal footers',
]
BLOCKS = [  # prefix, count, labels
    ('p', 110, 'pushy'), ('i', 80, 'impersonal'), ('b', 20, 'pushy,impersonal'),
    ('n', 108, 'fine'), ('f', 12, 'fine'),
]
QUOTES = set('"\'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u2032\u2033\uff02\uff07')
HEADER = 'id\ttext\tlabels\tchannel\ttactic'

errors = []


def err(msg):
    errors.append(msg)


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def check_text_file(path):
    """UTF-8, no BOM, LF only. Returns decoded text or None."""
    raw = read_bytes(path)
    name = os.path.relpath(path, HERE)
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: has a BOM')
    if b'\r' in raw:
        err(f'{name}: contains CR (must be LF only)')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{name}: not UTF-8 ({e})')
        return None


def check_field(name, lineno, field):
    if field == '':
        err(f'{name}:{lineno}: empty field')
    elif field[0] in QUOTES:
        err(f'{name}:{lineno}: field starts with a quotation mark: {field[:30]!r}')
    if field != field.strip():
        err(f'{name}:{lineno}: leading/trailing whitespace in field {field[:30]!r}')


def check_blocks(rows, prefix, allowed, lo, hi):
    """Tactics must appear as contiguous blocks, in guide order, all present, lo..hi rows each."""
    seq = [r[4] for r in rows if r[0].startswith(prefix)]
    order = []
    for t in seq:
        if not order or order[-1] != t:
            order.append(t)
    if order != allowed:
        err(f'{prefix}-rows: tactic blocks {order} != guide order {allowed}')
    counts = collections.Counter(seq)
    for t in allowed:
        if not lo <= counts[t] <= hi:
            err(f'{prefix}-rows: tactic {t!r} has {counts[t]} rows (want {lo}-{hi})')


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    text = check_text_file(path)
    if text is None:
        return
    if not text.endswith('\n'):
        err('sentences.tsv: last line must end with LF')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err(f'sentences.tsv: header must be exactly {HEADER!r}')
        return
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split('\t')
        if len(parts) != 5:
            err(f'sentences.tsv:{n}: expected 5 fields, got {len(parts)}')
            continue
        for p in parts:
            check_field('sentences.tsv', n, p)
        rows.append(parts)
    expected_ids = []
    for prefix, count, _ in BLOCKS:
        expected_ids += [f'{prefix}{i:03d}' for i in range(1, count + 1)]
    ids = [r[0] for r in rows]
    if len(rows) != 330:
        err(f'sentences.tsv: {len(rows)} rows, want 330')
    if ids != expected_ids:
        err('sentences.tsv: ids are not exactly p001-p110, i001-i080, b001-b020, n001-n108, f001-f012 in order')
    labels_for = {p: l for p, _, l in BLOCKS}
    texts = collections.Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f'sentences.tsv: duplicate text {t[:40]!r}')
    for rid, txt, lab, ch, tac in rows:
        pre = rid[:1]
        if lab != labels_for.get(pre):
            err(f'{rid}: labels {lab!r}, want {labels_for.get(pre)!r}')
        if ch not in CHANNELS:
            err(f'{rid}: unknown channel {ch!r}')
        if pre == 'p' and tac not in PUSHY:
            err(f'{rid}: tactic {tac!r} is not a pushy tactic')
        if pre == 'i' and tac not in IMPERSONAL:
            err(f'{rid}: tactic {tac!r} is not an impersonal family')
        if pre == 'b':
            a, plus, b = tac.partition('+')
            if not plus or a not in PUSHY or b not in IMPERSONAL:
                err(f'{rid}: tactic {tac!r} must be "pushy tactic+impersonal family"')
        if pre == 'n' and tac != 'near-miss':
            err(f'{rid}: tactic must be near-miss')
        if pre == 'f' and tac != 'plain':
            err(f'{rid}: tactic must be plain')
    check_blocks(rows, 'p', PUSHY, 6, 7)
    check_blocks(rows, 'i', IMPERSONAL, 11, 12)
    chc = collections.Counter(r[3] for r in rows)
    for ch in CHANNELS:
        if chc[ch] < 8:
            err(f'sentences.tsv: channel {ch!r} appears {chc[ch]} times (want >= 8)')
    fine = sum(1 for r in rows if r[2] == 'fine')
    if rows and fine * 3 < len(rows):
        err(f'sentences.tsv: only {fine} fine rows, want at least a third')
    return chc


def prose_of(name, text):
    """Rough reader-visible prose, used only for length checks."""
    if name.endswith('.md'):
        m = re.match(r'---\n.*?\n---\n', text, re.S)
        if not m:
            err(f'{name}: missing YAML front matter')
        else:
            text = text[m.end():]
        text = re.sub(r'\]\([^)]*\)', ']', text)
        text = re.sub(r'[#`*\[\]]', '', text)
    elif name.endswith('.html'):
        text = re.sub(r'<(style|head)\b.*?</\1>', ' ', text, flags=re.S | re.I)
        text = re.sub(r'<[^>]+>', '\n', text)
        text = html.unescape(text)
    return text


def count_sentences(prose):
    n = 0
    for line in prose.split('\n'):
        for seg in re.split(r'(?<=[.!?])\s+', line.strip()):
            if len(re.findall(r'[A-Za-z\u00c0-\u024f]+', seg)) >= 3:
                n += 1
    return n


def read_tsv(path, header):
    text = check_text_file(path)
    name = os.path.relpath(path, HERE)
    if text is None:
        return []
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != header:
        err(f'{name}: header must be exactly {header!r}')
        return []
    ncol = header.count('\t') + 1
    out = []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split('\t')
        if len(parts) != ncol:
            err(f'{name}:{n}: expected {ncol} fields, got {len(parts)}')
            continue
        for p in parts:
            if p == '':
                err(f'{name}:{n}: empty field')
        out.append(parts)
    return out


def spans(doc, snippet):
    res, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return res
        res.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    if not os.path.isdir(DOCS):
        err('documents/ missing')
        return
    files = sorted(os.listdir(DOCS))
    docs = [f for f in files if not f.endswith('.tsv')]
    exts = sorted(os.path.splitext(f)[1] for f in docs)
    if exts != ['.html', '.md', '.txt'] or 'landing-page.md' not in docs:
        err(f'documents/: want landing-page.md, one .html and one .txt, got {docs}')
    for d in docs:
        path = os.path.join(DOCS, d)
        doc = check_text_file(path)
        if doc is None:
            continue
        stem = os.path.splitext(d)[0]
        prose = prose_of(d, doc)
        ns, nw = count_sentences(prose), len(prose.split())
        if not 25 <= ns <= 45:
            err(f'{d}: ~{ns} sentences (want 25-45)')
        if not 150 <= nw <= 500:
            err(f'{d}: ~{nw} words (want 150-500)')
        if d.endswith('.html'):
            if not re.search(r'\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}', doc):
                err(f'{d}: no merge tags')
            if 'class="' not in doc or 'href="http' not in doc:
                err(f'{d}: needs CSS classes and links')
        if d.endswith('.txt') and not re.search(r'\b\d{2}:\d{2}\b', doc):
            err(f'{d}: no send times')
        exp_path = os.path.join(DOCS, stem + '.expected.tsv')
        trap_path = os.path.join(DOCS, stem + '.traps.tsv')
        for p in (exp_path, trap_path):
            if not os.path.exists(p):
                err(f'missing {os.path.relpath(p, HERE)}')
        if not (os.path.exists(exp_path) and os.path.exists(trap_path)):
            continue
        expected = read_tsv(exp_path, 'category\tsnippet')
        traps = read_tsv(trap_path, 'snippet')
        cats = collections.Counter()
        exp_spans = []
        for cat, snip in expected:
            cats[cat] += 1
            if cat not in ('pushy', 'impersonal'):
                err(f'{stem}.expected.tsv: bad category {cat!r}')
            s = spans(doc, snip)
            if not s:
                err(f'{stem}.expected.tsv: not a substring of {d}: {snip!r}')
            exp_spans += s
        if cats['pushy'] == 0 or cats['impersonal'] == 0:
            err(f'{stem}.expected.tsv: needs both pushy and impersonal snippets')
        if not traps:
            err(f'{stem}.traps.tsv: no traps')
        for (snip,) in traps:
            s = spans(doc, snip)
            if not s:
                err(f'{stem}.traps.tsv: not a substring of {d}: {snip!r}')
            for a, b in s:
                for x, y in exp_spans:
                    if a < y and x < b:
                        err(f'{stem}.traps.tsv: trap overlaps an expected snippet: {snip!r}')
    for f in files:
        if f.endswith('.tsv'):
            stem = f.rsplit('.', 2)[0]
            if not any(os.path.splitext(d)[0] == stem for d in docs):
                err(f'documents/{f}: no matching document')


def check_readme():
    path = os.path.join(HERE, 'README.md')
    if not os.path.exists(path):
        err('README.md missing')
        return
    text = check_text_file(path) or ''
    if 'labelling-guide.md' not in text:
        err('README.md: must say the batch was written only from the labelling guide')


def main():
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'{len(errors)} error(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
