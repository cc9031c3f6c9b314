// `npm run eval`: how often Rapport is right. Scores the project's own labelled set
// (test/fixtures/labelled-sentences.tsv) against the targets, then measures flag rates on the
// public corpora in ../shared/corpora (read in place, never copied), and lists the worst misses.
// It starts with the recorded first-sight figures and the independent batches' development figures.
// Exit code 1 when an own-set or SMS-ham target is missed.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { categoriesOf, readOwnSet, scoreOwnSet, scoreRewrites, TARGETS } from './score';
import { hamIsForTraining } from './corpus-split';
import { headline, listBatches, readBatch, scoreBatch } from './batches';

const root = resolve(__dirname, '../../..');
const corpora = resolve(process.env.RAPPORT_CORPORA ?? join(root, '../shared/corpora'));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);
let failed = false;
const check = (name: string, value: number, target: number, atMost = false) => {
  const ok = atMost ? value <= target : value >= target;
  if (!ok) failed = true;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(34)} ${atMost ? (value * 100).toFixed(2) + '%' : num(value)}  (target ${atMost ? '≤ ' + pct(target) : '≥ ' + num(target)})`);
};

// ── First sight, then the independent batches as development data ──
const started = Date.now();
console.log(`\nFirst-sight figures (each batch measured once, before any tuning on it): see test/eval/FIRST-SIGHT.md`);
for (const line of readFileSync(join(root, 'test/eval/FIRST-SIGHT.md'), 'utf8').split('\n')) {
  if (/^## |^\| (?:pushy|impersonal|near-misses|documents|flagged)/.test(line)) console.log(`  ${line}`);
}
console.log(`\nIndependent batches now in the development data (test/eval/batches; the model trains on them, so these are optimistic):\n`);
console.log(`  ${'batch'.padEnd(22)} ${'sentences'.padStart(9)}  pushy P / R    impersonal P / R   near-misses  docs found / on target  rewrite offered`);
for (const dir of listBatches(join(root, 'test/eval/batches'))) {
  const score = scoreBatch(readBatch(dir));
  const h = headline(score);
  const docs = score.documents.expected ? `${pct(h.documentRecall).padStart(6)} / ${pct(h.documentPrecision).padStart(6)}` : '      —         ';
  console.log(`  ${score.sentences ? dir.split('/').pop()!.padEnd(22) : ''} ${String(score.sentences).padStart(9)}  ${num(h.pushyPrecision)} / ${num(h.pushyRecall)}  ${num(h.impersonalPrecision)} / ${num(h.impersonalRecall)}      ${pct(h.nearMissFlagged).padStart(6)}      ${docs}        ${pct(h.rewriteOffered)}`);
}

// ── Own set ──
const own = scoreOwnSet(readOwnSet(join(root, 'test/fixtures/labelled-sentences.tsv')));
console.log(`\nRapport evaluation — own set: ${own.rows} sentences (test/fixtures/labelled-sentences.tsv)\n`);
check('pushy precision', own.pushy.precision, TARGETS.pushyPrecision);
check('pushy recall', own.pushy.recall, TARGETS.pushyRecall);
check('impersonal precision', own.impersonal.precision, TARGETS.impersonalPrecision);
check('impersonal recall', own.impersonal.recall, TARGETS.impersonalRecall);
check('near-misses flagged', own.nearMissFlagged / own.nearMisses, TARGETS.nearMissFlaggedAtMost, true);
console.log(`\n  per rule (caught by the rule itself / flag sentences for it):`);
for (const [rule, { rows, caught }] of Object.entries(own.perRule)) console.log(`    ${rule.padEnd(30)} ${String(caught).padStart(3)} / ${rows}`);

// ── Rewrites ──
const ownRows = readOwnSet(join(root, 'test/fixtures/labelled-sentences.tsv'));
const rewrites = scoreRewrites(ownRows.filter((r) => r.label !== 'fine').map((r) => r.text));
console.log(`\nRewrites on the own set's ${rewrites.flagged} flagged sentences (${rewrites.rewrites} distinct rewrites offered):\n`);
// Coverage on the own set is reported, not held: rewrites no longer fall back to a stock line, and the
// rewrite targets are measured on first-sight batches (FIRST-SIGHT.md), where a bad rewrite counts against it.
console.log(`  INFO  ${'rewrite coverage'.padEnd(34)} ${num(rewrites.withRewrite / rewrites.flagged)}  (first-sight target ≥ 0.75; see FIRST-SIGHT.md)`);
check('clean after rewrite', rewrites.cleanAfter / Math.max(1, rewrites.rewrites), TARGETS.cleanAfterRewrite);
const tokenOk = rewrites.tokenLosses <= TARGETS.protectedTokenLosses;
if (!tokenOk) failed = true;
console.log(`  ${tokenOk ? 'PASS' : 'FAIL'}  ${'protected tokens lost'.padEnd(34)} ${rewrites.tokenLosses}  (target ${TARGETS.protectedTokenLosses})`);
console.log(`  (any fix, phrase or sentence: ${pct(rewrites.withAnyFix / rewrites.flagged)} of flagged sentences)`);
for (const line of rewrites.notClean) console.log(`    not clean: ${line}`);

// ── Public corpora ──
interface Table {
  header: string[];
  rows: string[][];
}
function readTsv(name: string): Table | undefined {
  const path = join(corpora, name);
  if (!existsSync(path)) {
    console.log(`  (skipped: ${path} not found; set RAPPORT_CORPORA)`);
    return undefined;
  }
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  return { header: head.split('\t'), rows: lines.map((l) => l.split('\t')) };
}

/** Flag rate per group: the share of texts with any finding of `category` (and of `rule`, when given). */
function rates(table: Table, groupOf: (row: string[]) => string | undefined, textOf: (row: string[]) => string, opts: { category?: 'pushy' | 'impersonal'; rules?: string[] } = {}) {
  const groups = new Map<string, { n: number; flagged: number; byRule: number; examples: string[] }>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const group = groupOf(row);
    const text = textOf(row);
    if (!group || !text || seen.has(group + '\u0000' + text)) continue;
    seen.add(group + '\u0000' + text);
    const { categories, findings } = categoriesOf(text);
    const g = groups.get(group) ?? { n: 0, flagged: 0, byRule: 0, examples: [] };
    g.n++;
    const hit = categories.has(opts.category ?? 'pushy');
    if (hit) {
      g.flagged++;
      if (g.examples.length < 3) g.examples.push(`${text.slice(0, 90)}  [${[...new Set(findings.map((f) => f.rule))].join(', ')}]`);
    }
    if (opts.rules && findings.some((f) => opts.rules!.includes(f.rule))) g.byRule++;
    groups.set(group, g);
  }
  return groups;
}

function printRates(title: string, groups: ReturnType<typeof rates>, label = 'flagged pushy', ruleLabel?: string) {
  console.log(`\n${title}`);
  for (const [group, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`    ${group.padEnd(34)} n=${String(g.n).padStart(5)}  ${label} ${pct(g.flagged / g.n).padStart(6)}${ruleLabel ? `  ${ruleLabel} ${pct(g.byRule / g.n).padStart(6)}` : ''}`);
  }
  return groups;
}

console.log(`\nPublic corpora (${corpora}; see SOURCES.md there):`);
const sms = readTsv('sms_spam_collection.tsv');
if (sms) {
  // The second-opinion model trains on half of the ham (corpus-split.ts); ham is measured on the other half only.
  // Spam by the same split: rules written since 2026-12-01 looked only at the first half; the second is held out.
  const half = (r: string[]) => (hamIsForTraining(r[1] ?? '') ? 'spam (half looked at)' : 'spam (held-out half)');
  const g = printRates('  UCI SMS spam collection — spam vs ham (ham: the half the model never saw)', rates(sms, (r) => (r[0] === 'ham' ? (hamIsForTraining(r[1] ?? '') ? undefined : 'ham') : r[0] === 'spam' ? half(r) : undefined), (r) => r[1]));
  const spam = [...g].filter(([group]) => group.startsWith('spam')).reduce((sum, [, x]) => ({ n: sum.n + x.n, flagged: sum.flagged + x.flagged }), { n: 0, flagged: 0 });
  console.log(`    ${'spam (all)'.padEnd(34)} n=${String(spam.n).padStart(5)}  flagged pushy ${pct(spam.flagged / spam.n).padStart(6)}`);
  const ham = g.get('ham')!;
  check('UCI ham flagged pushy', ham.flagged / ham.n, TARGETS.hamFlaggedPushyAtMost, true);
  if (ham.examples.length) console.log(`    ham flagged, e.g.: ${ham.examples.join(' | ')}`);
}
const yada = readTsv('dark_patterns_ecommerce_yada2022.tsv');
if (yada) printRates('  Dark patterns, e-commerce (Yada et al. 2022) — by category, with same-site negatives', rates(yada, (r) => r[0], (r) => r[1]));
const mathur = readTsv('dark_patterns_mathur2019.tsv');
if (mathur) {
  const expected: Record<string, string[]> = {
    Confirmshaming: ['pushy.confirm-shaming'],
    'Low-stock Message': ['pushy.scarcity'],
    'High-demand Message': ['pushy.scarcity'],
    'Countdown Timer': ['pushy.urgency'],
    'Limited-time Message': ['pushy.urgency'],
    'Pressured Selling': ['pushy.buy-now', 'pushy.urgency', 'pushy.fomo'],
  };
  for (const [type, ruleIds] of Object.entries(expected)) {
    printRates(`  Dark patterns at scale (Mathur et al. 2019) — ${type}`, rates(mathur, (r) => (r[2] === type ? type : undefined), (r) => r[1], { rules: ruleIds }), 'flagged pushy', `by ${ruleIds.join('/')}`);
  }
}
const clickbait = readTsv('clickbait_vs_news_headlines.tsv');
if (clickbait) printRates('  Clickbait vs news headlines', rates(clickbait, (r) => r[0], (r) => r[1]));
const ads = readTsv('facebook_ads_commercial_vs_informational.tsv');
if (ads) {
  printRates('  Facebook ads — commercial vs informational (pushy)', rates(ads, (r) => (r[0] === 'undocumented_2' ? undefined : r[0]), (r) => r[1]));
  printRates('  Facebook ads — commercial vs informational (impersonal)', rates(ads, (r) => (r[0] === 'undocumented_2' ? undefined : r[0]), (r) => r[1], { category: 'impersonal' }), 'flagged impersonal');
}
const pfe = readTsv('facebook_ads_persuasion_samples_pfe.tsv');
if (pfe) printRates('  Facebook ads hand-checked for persuasion (lower-cased, no punctuation)', rates(pfe, (r) => r[0], (r) => r[1]));
const polite = readTsv('stanford_politeness_requests.tsv');
if (polite) printRates('  Stanford politeness requests (impersonal)', rates(polite, (r) => r[0], (r) => r[1], { category: 'impersonal' }), 'flagged impersonal');

// ── Worst misses ──
console.log(`\nOwn set — missed (${own.misses.length}):`);
for (const { row, found } of own.misses) console.log(`    [${row.rule}] ${row.text}${found.length ? `   (found: ${found.join(', ')})` : ''}`);
console.log(`\nOwn set — false alarms on fine copy (${own.falseAlarms.length}):`);
for (const { row, found } of own.falseAlarms) console.log(`    [${row.type} ${row.rule}] ${row.text}   → ${found.map((f) => `${f.rule} “${f.text}”`).join(', ')}`);
console.log(`\nOwn set — flagged sentences with no sentence rewrite (${rewrites.uncovered.length}):`);
for (const text of rewrites.uncovered) console.log(`    ${text}`);
const yadaRows = yada?.rows.filter((r) => r[2] === '1').map((r) => r[1]) ?? [];
if (yadaRows.length) {
  const real = scoreRewrites([...new Set(yadaRows)]);
  console.log(`\nRewrites on real dark-pattern text (Yada et al.): ${pct(real.withRewrite / real.flagged)} of ${real.flagged} flagged texts get a sentence rewrite; ${real.cleanAfter}/${real.rewrites} clean after; ${real.tokenLosses} lost a protected token.`);
}
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(failed ? 1 : 0);
