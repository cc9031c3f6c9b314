// `node test/out/eval/uncovered.js BATCH_DIR… [--show TEXT]`: the problem sentences of development
// batches that are flagged but get no sentence rewrite, counted by the rules that flagged them, and
// with --show the sentences whose rules contain TEXT, each with every candidate the safety net refused
// and why. A development look: never run it on a batch before its first-sight figures are recorded.
import { lint, refusedRewrites } from '../../server/src/engine';
import { readBatch } from './batches';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
const byRules = new Map<string, number>();
let flagged = 0;
let covered = 0;
for (const dir of dirs) {
  for (const row of readBatch(dir).sentences) {
    if (row.labels.size === 0) continue;
    const findings = lint(row.text, { kind: 'plaintext' });
    if (!findings.length) continue;
    flagged++;
    if (findings.some((f) => f.suggestions.some((s) => s.kind === 'sentence'))) {
      covered++;
      continue;
    }
    const rules = [...new Set(findings.map((f) => f.rule + (/Second opinion/.test(f.message) ? '*' : '')))].sort().join(',');
    byRules.set(rules, (byRules.get(rules) ?? 0) + 1);
    if (show !== undefined && rules.includes(show)) {
      console.log(`${row.id}  ${rules}\n  ${row.text}`);
      for (const r of refusedRewrites(row.text)) console.log(`    ✗ ${r.candidate}  (${r.reason})`);
    }
  }
}
console.log(`\n${flagged} flagged problem sentences, ${covered} with a sentence rewrite (${((100 * covered) / Math.max(flagged, 1)).toFixed(1)} %). Without one, by rules (* = second opinion):`);
for (const [rules, n] of [...byRules].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${rules}`);
