// The engine's shortcuts (counting without building matches, one automaton for many pieces, skipping
// compromise's splitter for one-sentence text) must answer exactly what they stand in for.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import nlp from 'compromise';
import { allMatches, countMatches, wordCount } from '../../server/src/engine/text';
import { PieceIndex, PieceScan } from '../../server/src/engine/matching/piece-search';
import { sentencesFromParts, splitSentences } from '../../server/src/engine/parse/nlp';
import { hasTwoCapitals } from '../../server/src/engine/rules/pushy-shouting';

const SEED = 20261123;

/** Prose-like text with the characters the shortcuts care about. */
const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom('you', 'We', 'Mr.', 'e.g.', '3.5', 'U.S.', 'sale', 'ends', 'SALE', 'don’t', "it's", '#1', '—', '-', '…', '...'),
      fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\r', '. ', '! ', '? ', '?!', '。', '！', '“', '”', '"', '(', ')', '🎉', 'ſ', 'K', 'İ'),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('fast paths equal what they stand in for', () => {
  it('wordCount counts what /(?<!\\S)[^\\s\\p{L}\\p{N}]*[\\p{L}\\p{N}]/gu finds', () => {
    const word = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;
    fc.assert(fc.property(prose, (text) => assert.equal(wordCount(text), text.match(word)?.length ?? 0, JSON.stringify(text))), { numRuns: 5000, seed: SEED });
  });

  it('hasTwoCapitals answers what /\\p{Lu}[\\p{Lu}\'’]*\\p{Lu}/u does', () => {
    const capitals = fc.array(fc.constantFrom('A', 'Z', 'É', "'", '’', 'a', ' ', '@', '[', '`', '{', '1', 'ǅ', '𝐀'), { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(fc.property(fc.oneof(prose, capitals), (text) => assert.equal(hasTwoCapitals(text), /\p{Lu}[\p{Lu}'’]*\p{Lu}/u.test(text), JSON.stringify(text))), { numRuns: 5000, seed: SEED });
  });

  it('allMatches finds what matchAll does, empty matches and astral characters included', () => {
    const patterns = [/[!?¡1]*[!¡][!?¡1]*[!¡][!?¡1]*/g, /[^\r\n]*(?:\r\n|\r|\n|$)/g, /\p{Lu}*/gu, /x*/g, /(?<=\s)\w+/g];
    fc.assert(
      fc.property(prose, (text) => {
        for (const pattern of patterns) {
          const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
          assert.deepEqual(allMatches(pattern, text).map((m) => [m.index, m[0]]), expected, `${pattern} on ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('countMatches counts what match() finds', () => {
    const reader = /\b(?:you|your|you['’](?:re|ll))\b/gi;
    fc.assert(fc.property(prose, (text) => assert.equal(countMatches(reader, text), text.match(reader)?.length ?? 0)), { numRuns: 2000, seed: SEED });
  });

  it('PieceScan finds a group exactly when one of its pieces is in the text', () => {
    const piece = fc.oneof(fc.constantFrom('sale', 'ale', 'les', 'a', "don't", 'e.g', '3', '🎉', 'ß', 'ſ'), fc.string({ minLength: 1, maxLength: 4 }));
    const groups = fc.array(fc.array(piece, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    const texts = fc.array(fc.oneof(prose, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(groups, texts, (pieceGroups, lowerTexts) => {
        const index = new PieceIndex();
        const ids = pieceGroups.map((g) => index.addGroup(g));
        const search = new PieceScan(index);
        for (const text of [...lowerTexts, lowerTexts[0]]) {
          search.search(text);
          pieceGroups.forEach((g, i) => assert.equal(search.has(ids[i]), g.some((p) => text.includes(p)), `${JSON.stringify(g)} in ${JSON.stringify(text)}`));
        }
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('splitSentences cuts where compromise’s splitter does, also when it skips asking it', () => {
    const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } } };
    const reference = (text: string) => {
      const parts = world.methods.one.tokenize.splitSentences(text, world);
      return parts.join('') !== text ? [{ start: 0, text }] : sentencesFromParts(parts);
    };
    fc.assert(fc.property(prose, (text) => assert.deepEqual(splitSentences(text), reference(text), JSON.stringify(text))), { numRuns: 5000, seed: SEED });
  });
});
