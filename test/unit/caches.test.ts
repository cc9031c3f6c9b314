// The caches that make typing cheap: bounded, and never a different answer from a cold analysis
// (the property tests and `npm run fuzz` check the second over generated documents and edits).
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze, createLinter } from '../../server/src/engine';
import { ContentCache } from '../../server/src/engine/content-cache';
import { marketingDocument } from '../bench/documents';

describe('caches', () => {
  it('keep what is still read across generations and forget the rest', () => {
    const cache = new ContentCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a new generation: a and b are old now
    assert.equal(cache.get('a'), 1); // read, so it moves to the new generation
    cache.set('d', 4); // the generation holding c and a becomes old; b is gone
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('c'), 3);
    cache.clear();
    assert.equal(cache.get('c'), undefined);
  });

  it('give the same findings and metrics after edits anywhere in a long document as a cold analysis', () => {
    let text = marketingDocument(30_000, 7);
    const linter = createLinter();
    linter.analyze(text, { kind: 'markdown', rewrites: false });
    for (const at of [0.1, 0.5, 0.9, 0.5, 0]) {
      const i = Math.floor(text.length * at);
      text = text.slice(0, i) + (at === 0.5 ? '\n\nHurry, act now!\n\n' : ' x') + text.slice(i);
      const warm = linter.analyze(text, { kind: 'markdown', rewrites: false });
      assert.ok(isDeepStrictEqual(warm, analyze(text, { kind: 'markdown', rewrites: false })), `edit at ${at}`);
    }
  });

  it('give the same rewrites after an edit as a cold analysis, and diagnostics never carry what a hover computed', () => {
    let text = marketingDocument(4_000, 9);
    const linter = createLinter();
    linter.analyze(text, { kind: 'markdown' }); // a hover or light bulb: rewrites cached
    const i = Math.floor(text.length / 2);
    text = text.slice(0, i) + ' x' + text.slice(i);
    const warmRewrites = linter.analyze(text, { kind: 'markdown' });
    const warmDiagnostics = linter.analyze(text, { kind: 'markdown', rewrites: false });
    assert.ok(isDeepStrictEqual(warmRewrites, analyze(text, { kind: 'markdown' })));
    assert.ok(isDeepStrictEqual(warmDiagnostics, analyze(text, { kind: 'markdown', rewrites: false })));
  });
});
