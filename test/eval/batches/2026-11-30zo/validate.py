#!/usr/bin/env python3
"""Format checks for the holdout-zo evaluation batch. Stdlib only. Prints OK or a list of problems."""
import collections
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents')

PUSHY = ['bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
         'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
         'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress', 'hype and guarantees',
         'assumptive close', 'manufactured need', 'shouting']
IMPERSONAL = ['corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
              'the reader in the third person', 'we-centric bragging', 'form-letter phrases',
              'grandiose posturing']
CHANNELS = ['e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
            'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
            'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
            'local services', 'newsletters', 'legal footers']
# prefix -> (count, label, allowed tactic check)
GROUPS = [('p', 110, 'pushy'), ('i', 80, 'impersonal'), ('b', 20, 'pushy,impersonal'),
          ('n', 108, 'fine'), ('f', 12, 'fine')]
QUOTES = '"\'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u2032\u2033\uff02\uff07'
HEADER = 'id\ttext\tlabels\tchannel\ttactic'

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Read a file strictly: UTF-8, no BOM, LF only, trailing newline."""
    with open(path, 'rb') as f:
        raw = f.read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{path}: has a BOM')
    if b'\r' in raw:
        err(f'{path}: contains CR characters (must be LF only)')
    if not raw.endswith(b'\n'):
        err(f'{path}: does not end with a newline')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{path}: not valid UTF-8 ({e})')
        return raw.decode('utf-8', 'replace')


def check_fields(path, lineno, fields):
    for k, fld in enumerate(fields):
        if fld == '':
            err(f'{path}:{lineno}: field {k + 1} is empty')
        elif fld[0] in QUOTES:
            err(f'{path}:{lineno}: field {k + 1} starts with a quotation mark: {fld[:30]!r}')
        if fld != fld.strip():
            err(f'{path}:{lineno}: field {k + 1} has leading/trailing whitespace')


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    if not os.path.isfile(path):
        err('sentences.tsv missing')
        return
    text = read_text(path)
    lines = text.split('\n')[:-1]
    if not lines or lines[0] != HEADER:
        err(f'sentences.tsv: header must be exactly {HEADER!r}')
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split('\t')
        if len(fields) != 5:
            err(f'sentences.tsv:{n}: expected 5 tab-separated fields, got {len(fields)}')
            continue
        check_fields('sentences.tsv', n, fields)
        rows.append((n,) + tuple(fields))
    if len(rows) != 330:
        err(f'sentences.tsv: expected 330 data rows, got {len(rows)}')

    # ids: exact ranges, in order
    expected_ids = [f'{p}{k:03d}' for p, c, _ in GROUPS for k in range(1, c + 1)]
    got_ids = [r[1] for r in rows]
    if got_ids != expected_ids:
        dup = [i for i, c in collections.Counter(got_ids).items() if c > 1]
        missing = sorted(set(expected_ids) - set(got_ids))
        extra = sorted(set(got_ids) - set(expected_ids))
        err(f'sentences.tsv: ids wrong or out of order (dups={dup[:5]}, missing={missing[:5]}, extra={extra[:5]})')

    texts = collections.Counter(r[2] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f'sentences.tsv: duplicate text: {t[:60]!r}')

    label_of = {p: lab for p, _, lab in GROUPS}
    by_prefix = collections.defaultdict(list)
    for n, rid, txt, lab, ch, tac in rows:
        p = rid[:1]
        if p not in label_of:
            continue
        by_prefix[p].append((n, rid, tac))
        if lab != label_of[p]:
            err(f'sentences.tsv:{n}: {rid} label {lab!r}, expected {label_of[p]!r}')
        if ch not in CHANNELS:
            err(f'sentences.tsv:{n}: unknown channel {ch!r}')
        if p == 'p' and tac not in PUSHY:
            err(f'sentences.tsv:{n}: {rid} tactic {tac!r} is not a pushy tactic')
        if p == 'i' and tac not in IMPERSONAL:
            err(f'sentences.tsv:{n}: {rid} tactic {tac!r} is not an impersonal family')
        if p == 'b':
            parts = tac.split('+')
            if len(parts) != 2 or parts[0] not in PUSHY or parts[1] not in IMPERSONAL:
                err(f'sentences.tsv:{n}: {rid} tactic {tac!r} must be "pushy tactic+impersonal family"')
        if p == 'n' and tac != 'near-miss':
            err(f'sentences.tsv:{n}: {rid} tactic must be near-miss')
        if p == 'f' and tac != 'plain':
            err(f'sentences.tsv:{n}: {rid} tactic must be plain')

    def check_blocks(prefix, names, lo, hi, what):
        seq = [t for _, _, t in by_prefix[prefix]]
        blocks = []
        for t in seq:
            if not blocks or blocks[-1][0] != t:
                blocks.append([t, 0])
            blocks[-1][1] += 1
        order = [b[0] for b in blocks]
        if order != names:
            err(f'sentences.tsv: {what} must appear once each, in contiguous blocks, in the guide order; got {order}')
        for name, c in blocks:
            if not lo <= c <= hi:
                err(f'sentences.tsv: {what} {name!r} has {c} rows, expected {lo}-{hi}')

    check_blocks('p', PUSHY, 6, 7, 'pushy tactic')
    check_blocks('i', IMPERSONAL, 11, 12, 'impersonal family')

    chan = collections.Counter(r[4] for r in rows)
    for c in CHANNELS:
        if chan[c] < 8:
            err(f'sentences.tsv: channel {c!r} appears {chan[c]} times (need >= 8)')
    fine = sum(1 for r in rows if r[3] == 'fine')
    if rows and fine * 3 < len(rows):
        err(f'sentences.tsv: fine rows are {fine}/{len(rows)}, less than a third')
    return rows


def visible_text(name, text):
    """Reader-visible prose of a document, for rough word and sentence counts."""
    if name.endswith('.md'):
        m = re.match(r'---\n.*?\n---\n', text, re.S)
        text = text[m.end():] if m else text
        text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
        text = re.sub(r'[#*>_`]', ' ', text)
    elif name.endswith('.html'):
        text = re.sub(r'(?is)<head>.*?</head>', ' ', text)
        text = re.sub(r'(?s)<[^>]+>', ' ', text)
        text = html.unescape(text)
    else:
        out = []
        for line in text.split('\n'):
            m = re.match(r'^[A-Z]{3} \d\d/\d\d \S+\s+\S+\s+(\[[^\]]+\])?\s*(.*)$', line)
            out.append(m.group(2) if m else line.lstrip('- '))
        text = '\n'.join(out)
    return text


def count_sentences(text):
    n = 0
    for chunk in re.split(r'\n\s*\n|\n', text):
        for s in re.split(r'(?<=[.!?])[\"\u201d\u2019)]*\s+', chunk.strip()):
            if len(re.findall(r'[A-Za-z]{2,}', s)) >= 3:
                n += 1
    return n


def check_documents():
    if not os.path.isdir(DOCS):
        err('documents/ missing')
        return
    main = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith('.expected.tsv') and not f.endswith('.traps.tsv'))
    exts = sorted(os.path.splitext(f)[1] for f in main)
    if len(main) != 3 or exts != ['.html', '.md', '.txt']:
        err(f'documents/: expected exactly one .md, one .html and one .txt document, got {main}')
    if 'landing-page.md' not in main:
        err('documents/: landing-page.md missing')
    for f in os.listdir(DOCS):
        if f.endswith('.expected.tsv') or f.endswith('.traps.tsv'):
            base = f.rsplit('.', 2)[0]
            if not any(m.rsplit('.', 1)[0] == base for m in main):
                err(f'documents/{f}: no matching document')
    for name in main:
        path = os.path.join(DOCS, name)
        doc = read_text(path)
        base = name.rsplit('.', 1)[0]
        if name.endswith('.md') and not re.match(r'---\n(?:[A-Za-z_][\w-]*: .+\n)+---\n', doc):
            err(f'{name}: must start with YAML front matter (--- key: value ... ---)')
        if name.endswith('.html'):
            if not re.search(r'\*\|[A-Z_:]+\|\*|\{\{\s*\w+\s*\}\}', doc):
                err(f'{name}: no merge tags found')
            if 'class="' not in doc or 'href="' not in doc:
                err(f'{name}: needs CSS classes and links')
        if name.endswith('.txt') and not re.search(r'\b\d{1,2}:\d\d\b', doc):
            err(f'{name}: no send times found')
        vis = visible_text(name, doc)
        words = len(re.findall(r'\S+', vis))
        sents = count_sentences(vis)
        if not 150 <= words <= 500:
            err(f'{name}: about {words} visible words (guide asks 150-500)')
        if not 25 <= sents <= 45:
            err(f'{name}: about {sents} sentences (need 25-45)')
        info[name] = (words, sents)

        spans = []
        exp_path = os.path.join(DOCS, base + '.expected.tsv')
        if not os.path.isfile(exp_path):
            err(f'{base}.expected.tsv missing')
        else:
            lines = read_text(exp_path).split('\n')[:-1]
            if not lines or lines[0] != 'category\tsnippet':
                err(f'{base}.expected.tsv: header must be "category<TAB>snippet"')
            cats = collections.Counter()
            for n, line in enumerate(lines[1:], start=2):
                fields = line.split('\t')
                if len(fields) != 2:
                    err(f'{base}.expected.tsv:{n}: expected 2 fields')
                    continue
                check_fields(f'{base}.expected.tsv', n, fields)
                cat, snip = fields
                cats[cat] += 1
                if cat not in ('pushy', 'impersonal'):
                    err(f'{base}.expected.tsv:{n}: category must be pushy or impersonal, got {cat!r}')
                if snip not in doc:
                    err(f'{base}.expected.tsv:{n}: snippet not found verbatim in {name}: {snip!r}')
                for m in re.finditer(re.escape(snip), doc):
                    spans.append((m.start(), m.end()))
            if not cats['pushy'] or not cats['impersonal']:
                err(f'{base}.expected.tsv: needs both pushy and impersonal rows')
        trap_path = os.path.join(DOCS, base + '.traps.tsv')
        if not os.path.isfile(trap_path):
            err(f'{base}.traps.tsv missing')
        else:
            lines = read_text(trap_path).split('\n')[:-1]
            if not lines or lines[0] != 'snippet':
                err(f'{base}.traps.tsv: header must be "snippet"')
            if len(lines) < 2:
                err(f'{base}.traps.tsv: no traps')
            for n, line in enumerate(lines[1:], start=2):
                if '\t' in line:
                    err(f'{base}.traps.tsv:{n}: tab inside snippet')
                check_fields(f'{base}.traps.tsv', n, [line])
                if line not in doc:
                    err(f'{base}.traps.tsv:{n}: snippet not found verbatim in {name}: {line!r}')
                for m in re.finditer(re.escape(line), doc):
                    for a, b in spans:
                        if m.start() < b and a < m.end():
                            err(f'{base}.traps.tsv:{n}: trap {line!r} overlaps an expected snippet')


def check_readme():
    path = os.path.join(HERE, 'README.md')
    if not os.path.isfile(path):
        err('README.md missing')
        return
    if 'labelling-guide.md' not in read_text(path):
        err('README.md: should state that the batch was written only from the labelling guide')


info = {}
if __name__ == '__main__':
    sys.dont_write_bytecode = True
    check_sentences()
    check_documents()
    check_readme()
    if errors:
        for e in errors:
            print('FAIL:', e)
        sys.exit(1)
    for k, (w, s) in sorted(info.items()):
        print(f'  {k}: ~{w} words, ~{s} sentences')
    print('OK')
