// Property tests over generated documents (random Unicode, emoji, combining marks, RTL text,
// CRLF/CR, tabs, zero-width characters, long lines, deep nesting, unterminated fences, HTML
// fragments, merge tags): the engine never throws and every range is sound. A bounded run here;
// `npm run fuzz` runs 100,000. Cases the fuzzer once found are kept in test/fixtures/fuzz-regressions.json.
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDocument, documents } from '../fuzz/properties';

describe('properties over generated documents', function () {
  // (A generous bound: the run takes about 40 s alone, and more on a loaded machine; this is no speed test.)
  this.timeout(300000);
  it('never throws; every range lies in the document, keeps surrogate pairs whole and maps to the same text in the editor', () => {
    fc.assert(fc.property(documents, (doc) => void checkDocument(doc)), { numRuns: 400, seed: 20261123 });
  });
  it('holds for every case the fuzzer has found before', () => {
    const cases = JSON.parse(readFileSync(resolve(__dirname, '../../../test/fixtures/fuzz-regressions.json'), 'utf8')) as Array<{ kind: 'markdown' | 'plaintext' | 'html'; text: string }>;
    for (const c of cases) checkDocument(c);
  });
});
