// Offsets are UTF-16 code units of the original document: emoji, CRLF, tabs and curly quotes never shift a range.
import * as assert from 'node:assert/strict';
import { lint, type DocumentKind } from '../../server/src/engine';

function check(text: string, kind: DocumentKind, expected: string[]) {
  const findings = lint(text, { kind });
  assert.deepEqual(findings.map((f) => f.text), expected);
  for (const f of findings) {
    assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
    for (const s of f.suggestions) {
      assert.ok(s.offset >= 0 && s.offset + s.length <= text.length);
      // Never split a surrogate pair.
      for (const edge of [s.offset, s.offset + s.length]) assert.ok(!/[\udc00-\udfff]/.test(text[edge] ?? ''), 'edge inside a surrogate pair');
    }
  }
}

describe('offsets', () => {
  it('emoji before a finding', () => check('🎉🎉 Big news 👩🏽‍💻! Act now and save.', 'plaintext', ['Act now']));
  it('emoji in markdown with CRLF', () => check('# Hi 😀\r\n\r\nWe 💜 you.\r\nDon’t miss out!!\r\n', 'markdown', ['Don’t miss out', '!!']));
  it('tabs and NBSP', () => check('\tHello\u00a0there.\tHURRY up!', 'plaintext', ['HURRY', 'HURRY up']));
  it('CR-only line endings', () => check('Hello.\r\rAct now.\r', 'plaintext', ['Act now']));
  it('curly and straight apostrophes alike', () => check("Don't miss out. Don’t miss out.", 'plaintext', ["Don't miss out", 'Don’t miss out']));
  it('markdown emphasis inside a phrase keeps the mapping', () => check('Act **now** and **SAVE BIG**.', 'markdown', ['Act **now', 'SAVE BIG']));
  it('empty and whitespace-only documents', () => {
    check('', 'markdown', []);
    check(' \r\n\t ', 'plaintext', []);
    check('', 'html', []);
  });
});
