// `npm run fuzz`: the document properties over 100,000 generated documents (RAPPORT_FUZZ_RUNS to change).
// A failure is shrunk by fast-check, printed, and appended to test/fixtures/fuzz-regressions.json
// so the unit tests keep checking it.
import * as fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDocument, documents } from './properties';

const runs = Number(process.env.RAPPORT_FUZZ_RUNS ?? 100_000);
const regressions = resolve(__dirname, '../../../test/fixtures/fuzz-regressions.json');
const started = Date.now();
let done = 0;
const result = fc.check(
  fc.property(documents, (doc) => {
    checkDocument(doc);
    if (++done % 10_000 === 0) process.stderr.write(`  ${done} documents, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }),
  { numRuns: runs, seed: Number(process.env.RAPPORT_FUZZ_SEED ?? Date.now() % 2 ** 31) },
);
if (result.failed) {
  const [doc] = result.counterexample as [{ kind: string; text: string }];
  console.error(`rapport fuzz: failed after ${result.numRuns} documents (seed ${result.seed}): ${String(result.errorInstance)}`);
  console.error(JSON.stringify(doc));
  const known = JSON.parse(readFileSync(regressions, 'utf8'));
  known.push(doc);
  writeFileSync(regressions, JSON.stringify(known, null, 2) + '\n');
  console.error(`saved to ${regressions}`);
  process.exit(1);
}
console.log(`rapport fuzz: ${result.numRuns} documents, all properties hold (${((Date.now() - started) / 1000).toFixed(0)} s).`);
