// Holds the rules to the accuracy targets on Rapport's own labelled set (test/fixtures). The
// public corpora are measured by `npm run eval`; this keeps a rule change from quietly lowering precision or recall.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readOwnSet, scoreOwnSet, TARGETS } from '../eval/score';

describe('evaluation on the own labelled set', () => {
  const rows = readOwnSet(resolve(__dirname, '../../../test/fixtures/labelled-sentences.tsv'));
  const score = scoreOwnSet(rows);

  it('has at least 300 sentences and 80 near-misses', () => {
    assert.ok(rows.length >= 300, `${rows.length} rows`);
    assert.ok(score.nearMisses >= 80, `${score.nearMisses} near-misses`);
  });
  it(`pushy: precision ≥ ${TARGETS.pushyPrecision}, recall ≥ ${TARGETS.pushyRecall}`, () => {
    assert.ok(score.pushy.precision >= TARGETS.pushyPrecision, `precision ${score.pushy.precision}`);
    assert.ok(score.pushy.recall >= TARGETS.pushyRecall, `recall ${score.pushy.recall}`);
  });
  it(`impersonal: precision ≥ ${TARGETS.impersonalPrecision}, recall ≥ ${TARGETS.impersonalRecall}`, () => {
    assert.ok(score.impersonal.precision >= TARGETS.impersonalPrecision, `precision ${score.impersonal.precision}`);
    assert.ok(score.impersonal.recall >= TARGETS.impersonalRecall, `recall ${score.impersonal.recall}`);
  });
  it(`near-misses flagged ≤ ${TARGETS.nearMissFlaggedAtMost * 100}%`, () => {
    assert.ok(score.nearMissFlagged / score.nearMisses <= TARGETS.nearMissFlaggedAtMost, `${score.nearMissFlagged}/${score.nearMisses}`);
  });
});
