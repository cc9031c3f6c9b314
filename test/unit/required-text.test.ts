// The phrase lists' expressions are skipped on sentences that lack a phrase's anchor word or a
// pattern's required text; these tests hold both prefilters to never skipping a real match.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { rules } from '../../server/src/engine';
import { curlyApostrophes, PhraseMatcher } from '../../server/src/engine/matching/phrases';
import { readOwnSet } from '../eval/score';
import { forRequirements, mayMatch, requiredAll, requiredText } from '../../server/src/engine/matching/required-text';
import { PieceIndex, PieceScan } from '../../server/src/engine/matching/piece-search';

const patterns = rules.flatMap((rule) =>
  (rule.lists ?? []).flatMap((list) =>
    list.entries
      .filter((entry) => entry.pattern)
      .map((entry) => {
        const source = curlyApostrophes(entry.pattern!);
        return { rule: rule.id, source, regex: new RegExp(source, 'iu'), needs: requiredText(source), all: requiredAll(source), example: entry.example };
      }),
  ),
);

const labelled = readOwnSet(resolve(__dirname, '../../../test/fixtures/labelled-sentences.tsv')).map((row) => row.text);

function assertSound(text: string) {
  const lower = forRequirements(text);
  for (const p of patterns) {
    if (!p.regex.test(text)) continue;
    assert.ok(mayMatch(p.needs, lower), `${p.rule}: /${p.source}/ matches “${text}” but its prefilter ${JSON.stringify(p.needs)} would skip it`);
    for (const needed of p.all) assert.ok(mayMatch(needed, lower), `${p.rule}: /${p.source}/ matches “${text}” without any of ${JSON.stringify(needed)}`);
  }
}

describe('required text of phrase-list patterns', () => {
  it('finds the words a pattern cannot match without', () => {
    assert.deepEqual(requiredText('\\bonly\\s+(?:\\d+|a few)\\s+left\\b'), ['only']);
    assert.deepEqual(requiredText('\\b(?:sale|offer)\\s+ends\\b'), ['ends']);
    assert.deepEqual(requiredText('\\bmiracle(?=\\s+(?:cure|cream)\\b)'), ['miracle']);
    assert.deepEqual(requiredText('(?:spots?|seats?)\\s+left'), ['left']);
    // Digits count: prose has few of them.
    const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    assert.deepEqual(requiredText('\\b\\d+\\s*(?:h|m)\\b'), digits);
    assert.deepEqual(requiredText('(?:hurry|\\d+)\\s+up'), ['hurry', ...digits]);
    // Nothing is promised by optional parts, other classes, short pieces, or branches that need nothing.
    assert.equal(requiredText('(?:hurry)?\\s*\\w+'), undefined);
    assert.deepEqual(requiredText('(?:hurry)?\\s*now'), ['now']);
    assert.equal(requiredText('(?:hurry|\\w)\\s+up'), undefined);
    assert.equal(requiredText('(?!hurry)\\w+'), undefined);
    assert.equal(requiredText('[a-z]+\\s+up'), undefined);
  });

  it('lists every requirement of a pattern, each to be met', () => {
    assert.deepEqual(requiredAll('\\bonly\\s+(?:\\d+|a few)\\s+left\\b'), [['only'], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a few'], ['left']]);
    assert.deepEqual(requiredAll('\\b((?:will|shall)\\s+be)\\s+(?:sent|paid)'), [['will', 'shall'], ['sent', 'paid']]);
    assert.deepEqual(requiredAll('(?:hurry|now)\\s+up|act\\s+fast'), [['hurry', 'now', 'fast']]);
    assert.deepEqual(requiredAll('(?:hurry)?\\s*\\w+'), []);
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

describe('anchor words of phrase lists', () => {
  const lists = rules.flatMap((rule) => rule.lists ?? []);
  // Their own index: the built-in rules' index is closed once a linter has searched with it.
  const index = new PieceIndex();
  const pairs = lists.map((list) => ({ fast: new PhraseMatcher(list, { index }), full: new PhraseMatcher(list, { prefilter: false, index }) }));
  let scan: PieceScan | undefined;
  const same = (text: string) => {
    for (const { fast, full } of pairs) assert.deepEqual(fast.find(text, (scan ??= new PieceScan(index))), full.find(text, scan), `prefiltered and full matches differ on “${text}”`);
  };

  it('finds the same as running every expression, on examples and the labelled set', function () {
    this.timeout(120_000);
    for (const list of lists) for (const entry of list.entries) same(entry.example);
    for (const text of labelled) same(text);
  });

  // 3,000 generated texts through every list twice: about 10 s here, more on a slower CI machine.
  it('finds the same on generated text from the phrases, with apostrophes, hyphens, #, % and any case', function () {
    this.timeout(120_000);
    const words = [...new Set(lists.flatMap((list) => list.entries.flatMap((e) => (e.phrase ?? '').split(/[\s-]+/))).filter(Boolean))];
    const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom("'", '’', '#', '%', '!', '.', '3', 'ſ'), fc.string({ maxLength: 2 }));
    const separator = fc.constantFrom(' ', '-', '\u00a0', "' ", '’ ', '% ', '#', '');
    const text = fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 14 }).chain((parts) =>
      fc.constantFrom('as-is', 'upper', 'title').map((casing) => {
        const joined = parts.map(([t, s]) => t + s).join('');
        return casing === 'upper' ? joined.toUpperCase() : casing === 'title' ? joined.replace(/\b\w/g, (m) => m.toUpperCase()) : joined;
      }),
    );
    fc.assert(fc.property(text, (t) => void same(t)), { numRuns: 3000, seed: 20261123 });
  });
});
