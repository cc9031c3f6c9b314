// The phrase lists' regular expressions are skipped on sentences that lack their required text;
// these tests hold that prefilter to never skipping a sentence the expression would match.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { rules } from '../../server/src/engine';
import { curlyApostrophes } from '../../server/src/engine/phrases';
import { readOwnSet } from '../eval/score';
import { forRequirements, mayMatch, requiredText } from '../../server/src/engine/required-text';

const patterns = rules.flatMap((rule) =>
  (rule.lists ?? []).flatMap((list) =>
    list.entries
      .filter((entry) => entry.pattern)
      .map((entry) => {
        const source = curlyApostrophes(entry.pattern!);
        return { rule: rule.id, source, regex: new RegExp(source, 'iu'), needs: requiredText(source), example: entry.example };
      }),
  ),
);

const labelled = readOwnSet(resolve(__dirname, '../../../test/fixtures/labelled-sentences.tsv')).map((row) => row.text);

function assertSound(text: string) {
  const lower = forRequirements(text);
  for (const p of patterns) {
    if (p.regex.test(text)) assert.ok(mayMatch(p.needs, lower), `${p.rule}: /${p.source}/ matches “${text}” but its prefilter ${JSON.stringify(p.needs)} would skip it`);
  }
}

describe('required text of phrase-list patterns', () => {
  it('finds the words a pattern cannot match without', () => {
    assert.deepEqual(requiredText('\\bonly\\s+(?:\\d+|a few)\\s+left\\b'), ['only']);
    assert.deepEqual(requiredText('\\b(?:sale|offer)\\s+ends\\b'), ['ends']);
    assert.deepEqual(requiredText('\\bmiracle(?=\\s+(?:cure|cream)\\b)'), ['miracle']);
    assert.deepEqual(requiredText('(?:spots?|seats?)\\s+left'), ['left']);
    // Nothing is promised by optional parts, classes, or branches that need nothing.
    assert.equal(requiredText('\\b\\d+\\s*(?:h|m)\\b'), undefined);
    assert.equal(requiredText('(?:hurry)?\\s*\\d+'), undefined);
    assert.deepEqual(requiredText('(?:hurry)?\\s*now'), ['now']);
    assert.equal(requiredText('(?:hurry|\\d+)\\s+up'), undefined);
    assert.equal(requiredText('(?!hurry)\\w+'), undefined);
  });

  it('most list patterns get a prefilter', () => {
    const filtered = patterns.filter((p) => p.needs).length;
    assert.ok(filtered >= patterns.length * 0.9, `${filtered} of ${patterns.length}`);
  });

  it('never skips a sentence the pattern matches: examples and the labelled set', () => {
    for (const p of patterns) assertSound(p.example);
    for (const text of labelled) assertSound(text);
  });

  it('never skips a sentence the pattern matches: generated text from the patterns’ own words, in any case', () => {
    const words = [...new Set(patterns.flatMap((p) => p.source.match(/[a-z]{2,}/gi) ?? []))];
    const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom('3', '12', '50%', 'K', 'ſ', '’', "'", ',', '!', '—'), fc.string({ maxLength: 3 }));
    const casing = fc.constantFrom('lower', 'upper', 'title', 'as-is');
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', '\u00a0', '-'), casing).map(([ws, sep, c]) => {
      const text = ws.join(sep);
      return c === 'lower' ? text.toLowerCase() : c === 'upper' ? text.toUpperCase() : c === 'title' ? text.replace(/\b\w/g, (m) => m.toUpperCase()) : text;
    });
    const mutatedExample = fc.tuple(fc.constantFrom(...patterns.map((p) => p.example)), casing).map(([e, c]) => (c === 'upper' ? e.toUpperCase() : c === 'lower' ? e.toLowerCase() : e));
    fc.assert(fc.property(fc.oneof(sentence, mutatedExample), (text) => void assertSound(text)), { numRuns: 3000, seed: 20261123 });
  });
});
