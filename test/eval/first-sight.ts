// `npm run first-sight -- DIR`: measures Rapport on a batch nobody has tuned to, before it joins the
// development data. Prints the figures as a Markdown section for test/eval/FIRST-SIGHT.md (appended
// with --record) and writes the fix-all pairs of the flagged sentences for a blind grader
// (test/eval/rewrite-reviews/<batch>/pairs.tsv: id, before, after; the grader adds grade and reason).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { headline, readBatch, scoreBatch } from './batches';

const root = resolve(__dirname, '../../..');
const dir = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--pairs');
if (!dir) {
  console.error('usage: npm run first-sight -- DIR [--record]');
  process.exit(2);
}
const batch = readBatch(resolve(dir));
const score = scoreBatch(batch);
const h = headline(score);
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
})();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const n3 = (x: number) => x.toFixed(3);
const d = score.documents;
const lines = [
  `## ${batch.name} — measured ${new Date().toISOString().slice(0, 10)} at ${commit}`,
  '',
  `${score.sentences} sentences (${score.pushy.tp + score.pushy.fn} pushy, ${score.impersonal.tp + score.impersonal.fn} impersonal, ${score.nearMisses} near-misses, ${score.plain} plain), ${batch.documents.length} documents.`,
  '',
  '| figure | first sight | target |',
  '|---|---|---|',
  `| pushy precision | ${n3(h.pushyPrecision)} | ≥ 0.92 |`,
  `| pushy recall | ${n3(h.pushyRecall)} | ≥ 0.88 |`,
  `| impersonal precision | ${n3(h.impersonalPrecision)} | ≥ 0.90 |`,
  `| impersonal recall | ${n3(h.impersonalRecall)} | ≥ 0.85 |`,
  `| near-misses flagged | ${pct(h.nearMissFlagged)} (${score.nearMissFlagged}/${score.nearMisses}) | ≤ 6 % |`,
  `| plain copy flagged | ${pct(score.plainFlagged / Math.max(1, score.plain))} (${score.plainFlagged}/${score.plain}) | |`,
  `| documents: problem phrases found | ${pct(h.documentRecall)} (${d.found}/${d.expected}) | ≥ 85 % |`,
  `| documents: findings on a real problem | ${pct(h.documentPrecision)} (${d.onProblem}/${d.findings}) | ≥ 85 % |`,
  `| documents: traps flagged | ${h.trapsFlagged} | 0 |`,
  `| flagged problem sentences with a sentence rewrite | ${pct(h.rewriteOffered)} (${score.withRewrite}/${score.flaggedProblems}) | ≥ 75 % |`,
  `| fix-all results losing a fact (number, name, quote) | ${h.rewritesLosingFacts}/${score.rewrites.length} | 0 |`,
  '',
  'Caught per tactic (the labeller\'s tactic; a row counts when every labelled category is found):',
  '',
  ...[...score.byTactic].sort((a, b) => b[1].n - a[1].n).map(([tactic, t]) => `- ${tactic}: ${t.caught}/${t.n}`),
  '',
];
console.log(lines.join('\n'));
if (process.argv.includes('--verbose')) {
  console.log('Missed:');
  for (const m of score.misses) console.log(`  ${m.sentence.id} [${[...m.sentence.labels]} ${m.sentence.tactic}] ${m.sentence.text}   (found: ${m.found.join(', ')})`);
  console.log('False alarms:');
  for (const f of score.falseAlarms) console.log(`  ${f.sentence.id} ${f.sentence.text}   → ${f.found.map((x) => `${x.rule} “${x.text}”`).join(', ')}`);
  console.log('Documents, missed:');
  for (const m of d.missed) console.log(`  ${m}`);
  console.log('Documents, off target:');
  for (const m of d.offTarget) console.log(`  ${m}`);
  console.log('Traps flagged:');
  for (const m of d.trapsFlagged) console.log(`  ${m}`);
}
// The pairs a blind grader reads: written with --record (first sight) or --pairs FILE (a development look).
const clean = (s: string) => s.replace(/[\t\n]/g, ' ') || '(sentence removed)';
const pairs = ['id\tbefore\tafter', ...score.rewrites.map((r) => `${r.id}\t${clean(r.before)}\t${clean(r.after)}`)].join('\n') + '\n';
const pairsAt = process.argv.indexOf('--pairs');
if (process.argv.includes('--record')) {
  const reviewDir = join(root, 'test/eval/rewrite-reviews', batch.name);
  mkdirSync(reviewDir, { recursive: true });
  writeFileSync(join(reviewDir, 'pairs.tsv'), pairs);
  console.log(`(${score.rewrites.length} fix-all pairs written to ${join('test/eval/rewrite-reviews', batch.name, 'pairs.tsv')} for a blind grader)`);
} else if (pairsAt > 0 && process.argv[pairsAt + 1]) writeFileSync(process.argv[pairsAt + 1], pairs);
if (process.argv.includes('--record')) appendFileSync(join(root, 'test/eval/FIRST-SIGHT.md'), lines.join('\n') + '\n');
