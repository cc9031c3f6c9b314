#!/usr/bin/env python3
"""Validate the holdout-f evaluation batch.

Usage: python3 validate.py [--guide PATH]

Checks sentences.tsv, nearmiss-kinds.tsv and documents/ against the conventions
in README.md and the names in the labelling guide. Prints OK and exits 0 when
everything passes; otherwise prints one line per problem and exits 1.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GUIDE = '/work/shared/docs/labelling-guide.md'

LABELS = ['pushy', 'impersonal', 'pushy,impersonal', 'fine']
PREFIX_LABEL = {'p': 'pushy', 'i': 'impersonal', 'b': 'pushy,impersonal', 'n': 'fine', 'f': 'fine'}
PUSHY_TACTICS = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
    'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
    'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress', 'hype and guarantees',
    'assumptive close', 'manufactured need', 'shouting']
IMPERSONAL_FAMILIES = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging', 'form-letter phrases', 'grandiose posturing']
CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
    'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
    'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers']
NEAR_MISS_KINDS = [  # the near-miss kinds listed under "Fine, including near-misses"
    'deadline with a date and a reason', 'stock fact with a reason', 'guarantee that states its terms',
    'trigger word in a name of a club, venue, product or programme', 'news and how-to prose',
    'past-tense story', 'only you can decide', "there's no rush", 'pushy language quoted or discussed',
    'passive voice right in context', 'warm, personal we', 'capitals as acronyms, codes or identifiers']
TACTICS_FOR = {
    'p': set(PUSHY_TACTICS),
    'i': set(IMPERSONAL_FAMILIES),
    'b': set(PUSHY_TACTICS) | set(IMPERSONAL_FAMILIES),
    'n': {'near-miss'},
    'f': {'plain'},
}
DOC_CATEGORIES = {'pushy', 'impersonal'}
MIN_WORDS, MAX_WORDS = 150, 500

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as fh:
        data = fh.read()
    if '\r' in data:
        err(f'{path}: contains carriage returns (use LF line endings)')
    if not data.endswith('\n'):
        err(f'{path}: missing final newline')
    return data.rstrip('\n').split('\n')


# ---------------------------------------------------------------- guide names
def check_guide(path):
    if not os.path.exists(path):
        print(f'note: guide not found at {path}; using the names built into validate.py')
        return
    text = open(path, encoding='utf-8').read()

    def table_after(heading):
        m = re.search(r'^###\s+' + re.escape(heading) + r'.*?$', text, re.M)
        if not m:
            err(f'guide: heading "{heading}" not found')
            return []
        names = []
        for line in text[m.end():].split('\n')[1:]:
            if line.startswith('#'):
                break
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if line.startswith('|') and cells and cells[0] not in ('tactic', 'family') and not set(cells[0]) <= set('-: '):
                names.append(cells[0])
        return names

    g_push = table_after('Pushy')
    g_imp = table_after('Impersonal')
    m = re.search(r'channels:\s*(.+?)\.\s', text)
    g_ch = [c.strip() for c in m.group(1).split(',')] if m else []
    for what, mine, theirs in (('pushy tactics', PUSHY_TACTICS, g_push),
                               ('impersonal families', IMPERSONAL_FAMILIES, g_imp),
                               ('channels', CHANNELS, g_ch)):
        if set(mine) != set(theirs):
            err(f'guide mismatch in {what}: only here {sorted(set(mine) - set(theirs))}, '
                f'only in guide {sorted(set(theirs) - set(mine))}')


# ---------------------------------------------------------------- sentences
def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    lines = read_lines(path)
    header = 'id\ttext\tlabels\tchannel\ttactic'
    if lines[0] != header:
        err(f'sentences.tsv: header must be {header!r}, got {lines[0]!r}')
    rows = []
    seen_ids, seen_text = set(), {}
    for n, line in enumerate(lines[1:], start=2):
        f = line.split('\t')
        if len(f) != 5:
            err(f'sentences.tsv:{n}: expected 5 fields, got {len(f)}')
            continue
        rid, text, label, channel, tactic = f
        where = f'sentences.tsv:{n} ({rid})'
        for v in f:
            if not v:
                err(f'{where}: empty field')
            if v != v.strip():
                err(f'{where}: leading/trailing whitespace in {v!r}')
            if len(v) > 1 and v[0] == '"' and v[-1] == '"':
                err(f'{where}: field looks quoted: {v!r}')
        if not re.fullmatch(r'[pibnf]\d{3}', rid):
            err(f'{where}: bad id')
            continue
        if rid in seen_ids:
            err(f'{where}: duplicate id')
        seen_ids.add(rid)
        key = re.sub(r'\W+', ' ', text.lower()).strip()
        if key in seen_text:
            err(f'{where}: duplicate text (also {seen_text[key]})')
        seen_text[key] = rid
        if label not in LABELS:
            err(f'{where}: unknown label {label!r}')
        if PREFIX_LABEL[rid[0]] != label:
            err(f'{where}: prefix {rid[0]!r} needs label {PREFIX_LABEL[rid[0]]!r}, got {label!r}')
        if channel not in CHANNELS:
            err(f'{where}: unknown channel {channel!r}')
        if tactic not in TACTICS_FOR[rid[0]]:
            err(f'{where}: tactic {tactic!r} not allowed for a {label} row')
        rows.append(f)

    # numbering per prefix should run 001..N without gaps
    by_prefix = collections.defaultdict(list)
    for r in rows:
        by_prefix[r[0][0]].append(int(r[0][1:]))
    for p, nums in by_prefix.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            err(f'sentences.tsv: ids with prefix {p!r} are not numbered 001..{len(nums):03d}')

    labels = collections.Counter(r[2] for r in rows)
    tactics = collections.Counter(r[4] for r in rows)
    channels = collections.Counter(r[3] for r in rows)
    total = len(rows)
    near = tactics['near-miss']
    if labels['fine'] * 3 < total:
        err(f'sentences.tsv: fine rows {labels["fine"]} are less than a third of {total}')
    if near < 108:
        err(f'sentences.tsv: only {near} near-miss rows (need at least 108)')
    for t in PUSHY_TACTICS + IMPERSONAL_FAMILIES:
        if tactics[t] < 5:
            err(f'sentences.tsv: tactic/family {t!r} used only {tactics[t]} times (need 5+)')
    for c in CHANNELS:
        if channels[c] < 8:
            err(f'sentences.tsv: channel {c!r} used only {channels[c]} times (need 8+)')
    return rows, labels, tactics, channels


def check_kinds(rows):
    path = os.path.join(HERE, 'nearmiss-kinds.tsv')
    if not os.path.exists(path):
        err('nearmiss-kinds.tsv missing')
        return collections.Counter()
    lines = read_lines(path)
    if lines[0] != 'id\tkind':
        err('nearmiss-kinds.tsv: header must be "id<TAB>kind"')
    n_ids = {r[0] for r in rows if r[0].startswith('n')}
    got = {}
    for n, line in enumerate(lines[1:], start=2):
        f = line.split('\t')
        if len(f) != 2:
            err(f'nearmiss-kinds.tsv:{n}: expected 2 fields')
            continue
        if f[0] in got:
            err(f'nearmiss-kinds.tsv:{n}: duplicate id {f[0]}')
        if f[1] not in NEAR_MISS_KINDS:
            err(f'nearmiss-kinds.tsv:{n}: unknown kind {f[1]!r}')
        got[f[0]] = f[1]
    if set(got) != n_ids:
        err(f'nearmiss-kinds.tsv: ids differ from the n### rows: missing {sorted(n_ids - set(got))[:5]}, '
            f'extra {sorted(set(got) - n_ids)[:5]}')
    kinds = collections.Counter(got.values())
    for k in NEAR_MISS_KINDS:
        if kinds[k] < 5:
            err(f'nearmiss-kinds.tsv: kind {k!r} used only {kinds[k]} times (need 5+)')
    return kinds


# ---------------------------------------------------------------- documents
def visible_words(name, text):
    if name.endswith('.html'):
        text = re.sub(r'(?is)<(style|script|head)\b.*?</\1>', ' ', text)
        text = re.sub(r'(?s)<[^>]+>', ' ', text)
    if name.endswith('.md') and text.startswith('---\n'):
        end = text.find('\n---\n', 4)
        if end > 0:
            text = text[end + 5:]
    return len(re.findall(r"[A-Za-z0-9£$€][\w'’£$€.,%-]*", text))


def spans(doc, snippet):
    out, start = [], 0
    while True:
        i = doc.find(snippet, start)
        if i < 0:
            return out
        out.append((i, i + len(snippet)))
        start = i + 1


def check_documents():
    ddir = os.path.join(HERE, 'documents')
    docs = sorted(f for f in os.listdir(ddir) if not f.endswith('.tsv'))
    tsvs = sorted(f for f in os.listdir(ddir) if f.endswith('.tsv'))
    stems = {os.path.splitext(d)[0] for d in docs}
    for t in tsvs:
        stem = t.rsplit('.', 2)[0]
        if stem not in stems or not (t.endswith('.expected.tsv') or t.endswith('.traps.tsv')):
            err(f'documents/{t}: no matching document or unexpected name')
    kinds = {'md': 0, 'html': 0, 'other': 0}
    summary = []
    for d in docs:
        stem, ext = os.path.splitext(d)
        text = open(os.path.join(ddir, d), encoding='utf-8').read()
        if ext == '.md':
            kinds['md'] += 1
            if not re.match(r'---\n.*?\n---\n', text, re.S):
                err(f'documents/{d}: Markdown without YAML front matter')
        elif ext == '.html':
            kinds['html'] += 1
            if '<html' not in text.lower():
                err(f'documents/{d}: no <html> element')
        else:
            kinds['other'] += 1
        words = visible_words(d, text)
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(f'documents/{d}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}')
        exp_path = os.path.join(ddir, stem + '.expected.tsv')
        trap_path = os.path.join(ddir, stem + '.traps.tsv')
        exp_spans, exp_snips = [], []
        if not os.path.exists(exp_path):
            err(f'documents/{d}: missing {stem}.expected.tsv')
        else:
            lines = read_lines(exp_path)
            if lines[0] != 'category\tsnippet':
                err(f'{stem}.expected.tsv: header must be "category<TAB>snippet"')
            for n, line in enumerate(lines[1:], start=2):
                f = line.split('\t')
                if len(f) != 2 or not f[1]:
                    err(f'{stem}.expected.tsv:{n}: expected 2 non-empty fields')
                    continue
                cat, snip = f
                if cat not in DOC_CATEGORIES:
                    err(f'{stem}.expected.tsv:{n}: unknown category {cat!r}')
                if snip in exp_snips:
                    err(f'{stem}.expected.tsv:{n}: duplicate snippet')
                exp_snips.append(snip)
                sp = spans(text, snip)
                if not sp:
                    err(f'{stem}.expected.tsv:{n}: snippet not found verbatim: {snip!r}')
                exp_spans += sp
        trap_snips = []
        if not os.path.exists(trap_path):
            err(f'documents/{d}: missing {stem}.traps.tsv')
        else:
            lines = read_lines(trap_path)
            if lines[0] != 'snippet':
                err(f'{stem}.traps.tsv: header must be "snippet"')
            for n, snip in enumerate(lines[1:], start=2):
                if not snip or '\t' in snip:
                    err(f'{stem}.traps.tsv:{n}: expected one non-empty field')
                    continue
                if snip in trap_snips:
                    err(f'{stem}.traps.tsv:{n}: duplicate snippet')
                trap_snips.append(snip)
                sp = spans(text, snip)
                if not sp:
                    err(f'{stem}.traps.tsv:{n}: snippet not found verbatim: {snip!r}')
                for a, b in sp:
                    for c, e in exp_spans:
                        if a < e and c < b:
                            err(f'{stem}.traps.tsv:{n}: trap {snip!r} overlaps an expected snippet')
                for es in exp_snips:
                    if snip in es or es in snip:
                        err(f'{stem}.traps.tsv:{n}: trap {snip!r} and expected {es!r} contain one another')
        summary.append((d, words, len(exp_snips), len(trap_snips)))
    if kinds['md'] < 1 or kinds['html'] < 1 or kinds['other'] < 1:
        err(f'documents: need one Markdown, one HTML and one other document, got {kinds}')
    return summary


def main():
    guide = DEFAULT_GUIDE
    if '--guide' in sys.argv:
        guide = sys.argv[sys.argv.index('--guide') + 1]
    check_guide(guide)
    rows, labels, tactics, channels = check_sentences()
    kinds = check_kinds(rows)
    docs = check_documents()
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print(f'sentences: {len(rows)} rows; ' + ', '.join(f'{l}={labels[l]}' for l in LABELS)
          + f'; near-miss={tactics["near-miss"]}, plain={tactics["plain"]}')
    print(f'channels: {len(channels)} used, min {min(channels.values())}, max {max(channels.values())}')
    print(f'near-miss kinds: {len(kinds)} used, min {min(kinds.values())}')
    for d, w, e, t in docs:
        print(f'document {d}: {w} words, {e} expected, {t} traps')
    print('OK')


if __name__ == '__main__':
    main()
