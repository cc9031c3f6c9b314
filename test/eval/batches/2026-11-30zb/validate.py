#!/usr/bin/env python3
"""Format checker for the holdout-zb evaluation batch. Stdlib only. Prints OK or a list of problems."""
import csv, io, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'documents')

CHANNELS = [
    'e-commerce', 'SaaS trial and renewal', 'B2B outreach', 'LinkedIn', 'SMS', 'push notifications',
    'nonprofit appeals', 'political email', 'real estate', 'fitness', 'finance and crypto', 'travel',
    'restaurants', 'courses', 'events', 'cancellation and unsubscribe flows', 'app-store text',
    'local services', 'newsletters', 'legal footers',
]
TACTICS = [
    'bare urgency', 'manufactured scarcity', 'fear of missing out', 'peer and competitor pressure',
    'buy-now commands', 'confirm-shaming', 'guilt-tripping', 'shaming and identity pressure',
    'regret threats', 'loss framing', 'fear appeals', 'threats in legal dress', 'hype and guarantees',
    'assumptive close', 'manufactured need', 'shouting',
]
FAMILIES = [
    'corporatese and jargon', 'bureaucratic passive', 'legalese in marketing',
    'the reader in the third person', 'we-centric bragging', 'form-letter phrases', 'grandiose posturing',
]
PREFIX = {  # prefix -> (label, expected count or (min, max))
    'p': 'pushy', 'i': 'impersonal', 'b': 'pushy,impersonal', 'n': 'fine', 'f': 'fine',
}
EXPECTED_COUNTS = {'p': 110, 'i': 80, 'b': 20}
FINE_TOTAL, MIN_NEAR = 120, 108
TOTAL = 330
QUOTES = set('"\'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\u301d\u301e\uff02\uff07')
HEADER = 'id\ttext\tlabels\tchannel\ttactic'

errors = []
def err(msg):
    errors.append(msg)

def read_text(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{path}: has a UTF-8 BOM')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{path}: not valid UTF-8 ({e})')
        text = raw.decode('utf-8', 'replace')
    if '\r' in text:
        err(f'{path}: contains CR characters (LF line endings required)')
    if text and not text.endswith('\n'):
        err(f'{path}: does not end with a newline')
    return text

# ---------------------------------------------------------------- sentences.tsv
def check_sentences():
    path = os.path.join(HERE, 'sentences.tsv')
    if not os.path.exists(path):
        err('sentences.tsv missing'); return
    lines = read_text(path).split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f'sentences.tsv: header must be exactly {HEADER!r}, got {lines[0] if lines else None!r}')
    rows = lines[1:]
    if len(rows) != TOTAL:
        err(f'sentences.tsv: expected {TOTAL} rows, got {len(rows)}')
    seen_ids, seen_text = set(), {}
    per_prefix = Counter()
    chan_used, tac_used, fam_used = Counter(), Counter(), Counter()
    last_prefix_order = []
    for ln, row in enumerate(rows, start=2):
        fields = row.split('\t')
        if len(fields) != 5:
            err(f'line {ln}: expected 5 tab-separated fields, got {len(fields)}'); continue
        rid, text, labels, channel, tactic = fields
        for name, val in zip(('id', 'text', 'labels', 'channel', 'tactic'), fields):
            if val == '' or val != val.strip():
                err(f'line {ln}: field {name} empty or has surrounding whitespace')
            if val[:1] in QUOTES:
                err(f'line {ln}: field {name} starts with a quotation mark')
            if any(c in val for c in '\t\n\r\x0b\x0c\u2028\u2029\x85'):
                err(f'line {ln}: field {name} contains a tab/newline-like character')
        m = re.fullmatch(r'([pibnf])(\d{3})', rid)
        if not m:
            err(f'line {ln}: bad id {rid!r}'); continue
        pfx, num = m.group(1), int(m.group(2))
        if rid in seen_ids:
            err(f'line {ln}: duplicate id {rid}')
        seen_ids.add(rid)
        per_prefix[pfx] += 1
        if num != per_prefix[pfx]:
            err(f'line {ln}: id {rid} out of sequence (expected {pfx}{per_prefix[pfx]:03d})')
        if not last_prefix_order or last_prefix_order[-1] != pfx:
            if pfx in last_prefix_order:
                err(f'line {ln}: ids with prefix {pfx} are not contiguous')
            last_prefix_order.append(pfx)
        if labels != PREFIX[pfx]:
            err(f'line {ln}: {rid} must be labelled {PREFIX[pfx]!r}, got {labels!r}')
        if channel not in CHANNELS:
            err(f'line {ln}: unknown channel {channel!r}')
        chan_used[channel] += 1
        if pfx == 'p':
            if tactic not in TACTICS: err(f'line {ln}: unknown pushy tactic {tactic!r}')
            tac_used[tactic] += 1
        elif pfx == 'i':
            if tactic not in FAMILIES: err(f'line {ln}: unknown impersonal family {tactic!r}')
            fam_used[tactic] += 1
        elif pfx == 'b':
            parts = tactic.split('+')
            if len(parts) != 2 or parts[0] not in TACTICS or parts[1] not in FAMILIES:
                err(f'line {ln}: b-row tactic must be "tactic+family", got {tactic!r}')
            else:
                tac_used[parts[0]] += 0; fam_used[parts[1]] += 0
        elif pfx == 'n' and tactic != 'near-miss':
            err(f'line {ln}: n-row tactic must be near-miss')
        elif pfx == 'f' and tactic != 'plain':
            err(f'line {ln}: f-row tactic must be plain')
        key = re.sub(r'\W+', ' ', text.lower()).strip()
        if key in seen_text:
            err(f'line {ln}: text duplicates {seen_text[key]}')
        seen_text[key] = rid
    for pfx, n in EXPECTED_COUNTS.items():
        if per_prefix[pfx] != n:
            err(f'sentences.tsv: expected {n} {pfx}-rows, got {per_prefix[pfx]}')
    if per_prefix['n'] + per_prefix['f'] != FINE_TOTAL:
        err(f'sentences.tsv: expected {FINE_TOTAL} fine rows, got {per_prefix["n"] + per_prefix["f"]}')
    if per_prefix['n'] < MIN_NEAR:
        err(f'sentences.tsv: expected at least {MIN_NEAR} near-misses, got {per_prefix["n"]}')
    if sum(per_prefix.values()) and (per_prefix['n'] + per_prefix['f']) * 3 < sum(per_prefix.values()):
        err('sentences.tsv: fine rows are less than a third of the batch')
    for c in CHANNELS:
        if not chan_used[c]: err(f'sentences.tsv: channel {c!r} never used')
    for t in TACTICS:
        if tac_used[t] < 5: err(f'sentences.tsv: pushy tactic {t!r} has only {tac_used[t]} p-rows (want >= 5)')
    for f in FAMILIES:
        if fam_used[f] < 8: err(f'sentences.tsv: impersonal family {f!r} has only {fam_used[f]} i-rows (want >= 8)')
    return per_prefix, chan_used

# ---------------------------------------------------------------- documents
def visible_text(name, text):
    if name.endswith('.md'):
        text = re.sub(r'\A---\n.*?\n---\n', '', text, flags=re.S)
        text = re.sub(r'\]\([^)]*\)', ']', text)
        text = re.sub(r'^#+\s*', '', text, flags=re.M)
    elif name.endswith('.html'):
        text = re.sub(r'<(style|script|head)\b.*?</\1>', ' ', text, flags=re.S | re.I)
        text = re.sub(r'<!DOCTYPE[^>]*>', ' ', text, flags=re.I)
        text = re.sub(r'<[^>]+>', '\n', text)
        text = text.replace('&amp;', '&').replace('&nbsp;', ' ')
    elif name.endswith('.txt'):
        out = []
        for line in text.split('\n'):
            if line.startswith('#'):
                continue
            out.append(line.split('|')[-1] if line.count('|') >= 3 else line)
        text = '\n'.join(out)
    return text

def count_sentences(vis):
    n = 0
    for line in vis.split('\n'):
        for piece in re.split(r'(?<=[.!?])\s+', line.strip()):
            if len(re.findall(r"[A-Za-z\u00c0-\u024f']+", piece)) >= 3:
                n += 1
    return n

def read_tsv(path, header):
    if not os.path.exists(path):
        err(f'{os.path.basename(path)} missing'); return []
    lines = read_text(path).split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != header:
        err(f'{os.path.basename(path)}: header must be {header!r}')
    return lines[1:]

def check_documents():
    if not os.path.isdir(DOCS):
        err('documents/ missing'); return {}
    docs = sorted(f for f in os.listdir(DOCS)
                  if not f.endswith(('.expected.tsv', '.traps.tsv')))
    exts = Counter(os.path.splitext(d)[1] for d in docs)
    if 'landing-page.md' not in docs: err('documents/landing-page.md missing')
    if exts != Counter({'.md': 1, '.html': 1, '.txt': 1}):
        err(f'documents/: want exactly one .md, one .html, one .txt document, got {dict(exts)}')
    stats = {}
    for d in docs:
        p = os.path.join(DOCS, d)
        text = read_text(p)
        base = os.path.splitext(d)[0]
        if d.endswith('.md') and not re.match(r'---\n.*?\n---\n', text, flags=re.S):
            err(f'{d}: missing YAML front matter')
        if d.endswith('.html'):
            if not re.search(r'\*\|[A-Z_]+\|\*|\{\{\s*\w+\s*\}\}', text): err(f'{d}: no merge tag')
            if 'class="' not in text or 'href="' not in text: err(f'{d}: no CSS class or link')
        if d.endswith('.txt'):
            if not re.search(r'\bSEG-[A-Z-]+', text): err(f'{d}: no segment codes')
            if not re.search(r'\b[a-z0-9-]+\.example/\S+', text): err(f'{d}: no short links')
        vis = visible_text(d, text)
        nsent = count_sentences(vis)
        nwords = len(re.findall(r"[A-Za-z0-9\u00c0-\u024f£'%:&.-]+", vis))
        if not 25 <= nsent <= 45: err(f'{d}: about {nsent} sentences, want 25-45')
        if not 150 <= nwords <= 500: err(f'{d}: about {nwords} words, want 150-500')
        if re.search(r'https?://(?![\w.-]*\.example[/:?#]|[\w.-]*\.example$)[\w.-]+', text):
            err(f'{d}: a link does not use an .example domain')
        exp = read_tsv(os.path.join(DOCS, base + '.expected.tsv'), 'category\tsnippet')
        traps = read_tsv(os.path.join(DOCS, base + '.traps.tsv'), 'snippet')
        exp_snips, cats = [], Counter()
        for i, row in enumerate(exp, start=2):
            f = row.split('\t')
            if len(f) != 2: err(f'{base}.expected.tsv line {i}: need 2 fields'); continue
            cat, snip = f
            if cat not in ('pushy', 'impersonal'): err(f'{base}.expected.tsv line {i}: bad category {cat!r}')
            if not snip.strip() or snip[:1] in QUOTES: err(f'{base}.expected.tsv line {i}: empty or quote-led snippet')
            if snip not in text: err(f'{base}.expected.tsv line {i}: snippet not verbatim in {d}: {snip!r}')
            if snip in exp_snips: err(f'{base}.expected.tsv line {i}: duplicate snippet')
            exp_snips.append(snip); cats[cat] += 1
        for c in ('pushy', 'impersonal'):
            if not cats[c]: err(f'{base}.expected.tsv: no {c} snippets')
        trap_snips = []
        for i, snip in enumerate(traps, start=2):
            if '\t' in snip or not snip.strip() or snip[:1] in QUOTES:
                err(f'{base}.traps.tsv line {i}: bad snippet {snip!r}'); continue
            if snip not in text: err(f'{base}.traps.tsv line {i}: snippet not verbatim in {d}: {snip!r}')
            if snip in trap_snips: err(f'{base}.traps.tsv line {i}: duplicate snippet')
            for e in exp_snips:
                if snip in e or e in snip:
                    err(f'{base}.traps.tsv line {i}: trap overlaps expected snippet {e!r}')
            trap_snips.append(snip)
        if len(trap_snips) < 5: err(f'{base}.traps.tsv: fewer than 5 traps')
        stats[d] = (nsent, nwords, cats['pushy'], cats['impersonal'], len(trap_snips))
    return stats

def main():
    res = check_sentences()
    stats = check_documents()
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    per_prefix, _ = res
    print('sentences.tsv:', ', '.join(f'{k}={per_prefix[k]}' for k in 'pibnf'))
    for d, (ns, nw, p, i, t) in stats.items():
        print(f'{d}: ~{ns} sentences, ~{nw} words, expected pushy={p} impersonal={i}, traps={t}')
    print('OK')

if __name__ == '__main__':
    main()
