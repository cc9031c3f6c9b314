// `npm run fuzz`: the document properties over 100,000 generated documents (RAPPORT_FUZZ_RUNS to change),
// then the hostile shapes of issue #13 measured for linear time against ordinary copy.
// A failure is shrunk by fast-check, printed, and appended to test/fixtures/fuzz-regressions.json
// so the unit tests keep checking it.
import * as fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDocument, documents } from './properties';
import { analyze, type DocumentKind } from '../../server/src/engine';
import { hostileShapes } from '../bench/hostile';
import { marketingDocument } from '../bench/documents';

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

// Hostile shapes at two sizes: the time per byte against ordinary copy (a ratio, not a timed assertion)
// and how it grows when the input is four times larger. Linear work grows about fourfold.
const MAX_RATIO_TO_ORDINARY = 10;
const MAX_GROWTH_FOR_4X = 8;
function timePerByte(text: string, kind: DocumentKind): number {
  // (analyze() makes a linter of its own: nothing is remembered from the run before.)
  const t = performance.now();
  analyze(text, { kind });
  return (performance.now() - t) / text.length;
}
const ordinary = timePerByte(marketingDocument(64_000, 5), 'markdown');
let worst = 0;
for (const shape of hostileShapes()) {
  const kind: DocumentKind = shape.extension === 'md' ? 'markdown' : 'plaintext';
  const small = shape.text.slice(0, Math.floor(shape.text.length / 8));
  const large = shape.text.slice(0, Math.floor(shape.text.length / 2));
  const perByteSmall = timePerByte(small, kind);
  const perByteLarge = timePerByte(large, kind);
  const ratio = perByteLarge / ordinary;
  const growth = (perByteLarge * large.length) / (perByteSmall * small.length);
  worst = Math.max(worst, ratio);
  console.log(`  ${shape.name}: ${ratio.toFixed(2)}× ordinary copy per byte; ${growth.toFixed(1)}× the time for 4× the input`);
  if (ratio > MAX_RATIO_TO_ORDINARY || growth > MAX_GROWTH_FOR_4X) {
    console.error(`rapport fuzz: “${shape.name}” is not linear (limits: ${MAX_RATIO_TO_ORDINARY}× ordinary, ${MAX_GROWTH_FOR_4X}× for 4× the input)`);
    process.exit(1);
  }
}
console.log(`rapport fuzz: hostile shapes within ${worst.toFixed(2)}× ordinary copy per byte.`);
