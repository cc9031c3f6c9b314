#!/usr/bin/env python3
"""Validate the holdout-zw evaluation batch. Prints OK when every check passes."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents')

TACTICS = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
    'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
    'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress',
    'hype and guarantees', 'assumptive close', 'manufactured need', 'shouting',
]
FAMILIES = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging', 'form-letter phrases', 'grandiose posturing',
]
CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
    'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
    'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers',
]
QUOTES = ('"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '`', '\u00ab', '\u00bb', '\u201e')
HEADER = 'id\ttext\tlabels\tchannel\ttactic'
# prefix: (count, label, per-tactic min, per-tactic max)
GROUPS = {'p': (110, 'pushy'), 'i': (80, 'impersonal'), 'b': (20, 'pushy,impersonal'),
          'n': (108, 'fine'), 'f': (12, 'fine')}
ORDER = ['p', 'i', 'b', 'n', 'f']
DOCUMENTS = ['landing-page.md', 'renewal-email.html', 'sms-push-schedule.txt']

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as fh:
        text = fh.read()
    if '\r' in text:
        err(f'{path}: contains carriage returns')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    lines = read_lines(path)
    if not lines or lines[0] != HEADER:
        err(f'sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else None!r}')
        return
    rows = []
    for n, line in enumerate(lines[1:], 2):
        fields = line.split('\t')
        if len(fields) != 5:
            err(f'sentences.tsv line {n}: expected 5 fields, got {len(fields)}')
            continue
        for f in fields:
            if not f.strip():
                err(f'sentences.tsv line {n}: empty field')
            elif f != f.strip():
                err(f'sentences.tsv line {n}: field has leading/trailing space: {f!r}')
            if f.startswith(QUOTES):
                err(f'sentences.tsv line {n}: field starts with a quote: {f!r}')
        rows.append(fields)

    expected_ids = [f'{p}{k:03d}' for p in ORDER for k in range(1, GROUPS[p][0] + 1)]
    ids = [r[0] for r in rows]
    if ids != expected_ids:
        dup = [i for i, c in Counter(ids).items() if c > 1]
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        err(f'sentences.tsv: ids wrong or out of order (dupes={dup[:5]}, missing={missing[:5]}, extra={extra[:5]})')
    if len(rows) != 330:
        err(f'sentences.tsv: expected 330 rows, got {len(rows)}')
    texts = Counter(r[1] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f'sentences.tsv: duplicate text: {t!r}')

    per_tactic = {p: Counter() for p in ORDER}
    channels = Counter()
    last_rank = -1
    for rid, text, labels, channel, tactic in rows:
        p = rid[0]
        if p not in GROUPS:
            continue
        if labels != GROUPS[p][1]:
            err(f'{rid}: labels {labels!r}, expected {GROUPS[p][1]!r}')
        if channel not in CHANNELS:
            err(f'{rid}: unknown channel {channel!r}')
        channels[channel] += 1
        per_tactic[p][tactic] += 1
        if p == 'p':
            if tactic not in TACTICS:
                err(f'{rid}: unknown pushy tactic {tactic!r}')
            else:
                rank = TACTICS.index(tactic)
                if rank < last_rank:
                    err(f'{rid}: pushy tactics not in guide order')
                last_rank = rank
        elif p == 'i':
            if tactic not in FAMILIES:
                err(f'{rid}: unknown impersonal family {tactic!r}')
        elif p == 'b':
            parts = tactic.split('+')
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f'{rid}: tactic must be "tactic+family", got {tactic!r}')
        elif p == 'n':
            if tactic not in TACTICS and tactic not in FAMILIES:
                err(f'{rid}: near-miss tactic must name a tactic or family, got {tactic!r}')
        elif p == 'f':
            if tactic != 'none':
                err(f'{rid}: plain fine rows must have tactic "none", got {tactic!r}')

    for t in TACTICS:
        c = per_tactic['p'][t]
        if not 6 <= c <= 7:
            err(f'pushy tactic {t!r}: {c} rows, expected 6-7')
    for fam in FAMILIES:
        c = per_tactic['i'][fam]
        if not 11 <= c <= 12:
            err(f'impersonal family {fam!r}: {c} rows, expected 11-12')
    for ch in CHANNELS:
        if channels[ch] < 8:
            err(f'channel {ch!r}: used {channels[ch]} times, expected at least 8')
    fine = sum(1 for r in rows if r[2] == 'fine')
    if fine * 3 < len(rows):
        err(f'fine rows {fine} are less than a third of {len(rows)}')


def check_documents():
    for doc in DOCUMENTS:
        dpath = os.path.join(DOCS, doc)
        if not os.path.isfile(dpath):
            err(f'missing document {doc}')
            continue
        with open(dpath, encoding='utf-8') as fh:
            body = fh.read()
        name = os.path.splitext(doc)[0]
        if doc.endswith('.md') and not body.startswith('---\n'):
            err(f'{doc}: no YAML front matter')
        exp_path = os.path.join(DOCS, name + '.expected.tsv')
        trap_path = os.path.join(DOCS, name + '.traps.tsv')
        exp_snips, trap_snips = [], []
        if not os.path.isfile(exp_path):
            err(f'missing {name}.expected.tsv')
        else:
            lines = read_lines(exp_path)
            if not lines or lines[0] != 'category\tsnippet':
                err(f'{name}.expected.tsv: bad header')
            for n, line in enumerate(lines[1:], 2):
                fields = line.split('\t')
                if len(fields) != 2:
                    err(f'{name}.expected.tsv line {n}: expected 2 fields')
                    continue
                cat, snip = fields
                if cat not in ('pushy', 'impersonal'):
                    err(f'{name}.expected.tsv line {n}: bad category {cat!r}')
                if not snip or snip.startswith(QUOTES):
                    err(f'{name}.expected.tsv line {n}: empty snippet or starts with a quote')
                if snip not in body:
                    err(f'{name}.expected.tsv line {n}: snippet not found verbatim: {snip!r}')
                exp_snips.append(snip)
            if not exp_snips:
                err(f'{name}.expected.tsv: no rows')
            cats = {l.split('\t')[0] for l in lines[1:]}
            if cats != {'pushy', 'impersonal'}:
                err(f'{name}.expected.tsv: should contain both categories, has {sorted(cats)}')
        if not os.path.isfile(trap_path):
            err(f'missing {name}.traps.tsv')
        else:
            lines = read_lines(trap_path)
            if not lines or lines[0] != 'snippet':
                err(f'{name}.traps.tsv: bad header')
            for n, snip in enumerate(lines[1:], 2):
                if not snip or '\t' in snip or snip.startswith(QUOTES):
                    err(f'{name}.traps.tsv line {n}: empty, tabbed or quote-initial snippet')
                if snip not in body:
                    err(f'{name}.traps.tsv line {n}: snippet not found verbatim: {snip!r}')
                trap_snips.append(snip)
            if not trap_snips:
                err(f'{name}.traps.tsv: no rows')
        for t in trap_snips:
            for e in exp_snips:
                if t in e or e in t:
                    err(f'{name}: trap {t!r} overlaps expected snippet {e!r}')


def main():
    check_sentences()
    check_documents()
    if errors:
        for e in errors:
            print('FAIL:', e)
        print(f'{len(errors)} problem(s)')
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
