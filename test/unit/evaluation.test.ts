// Holds the rules to the accuracy targets on Rapport's own labelled set (test/fixtures). The
// public corpora are measured by `npm run eval`; this keeps a rule change from quietly lowering precision or recall.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from '../../server/src/engine';
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

// A copywriter's rewrite is what a good sentence looks like: Rapport must leave nearly all of them alone
// (the shared examples when present, and the project's own in test/eval/rewrites). The few it flags are
// judgement calls ("If you cancel, your playlists will be deleted.").
describe('copywriters’ rewrites stay clean', () => {
  const files = [resolve(__dirname, '../../../../shared/eval/rewrite-examples.tsv'), ...readdirSync(resolve(__dirname, '../../../test/eval/rewrites')).map((f) => resolve(__dirname, '../../../test/eval/rewrites', f))];
  const afters = files
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').slice(1).map((row) => row.split('\t')[3]))
    .filter((after): after is string => !!after && !after.includes('['));
  it(`flags at most 3 % of ${afters.length} rewritten sentences`, () => {
    const flagged = afters.filter((after) => lint(after, { kind: 'plaintext' }).length > 0);
    assert.ok(afters.length >= 300, `${afters.length} rewrites`);
    assert.ok(flagged.length <= afters.length * 0.03, `${flagged.length} flagged:\n${flagged.join('\n')}`);
  });
});
