// The properties every document must satisfy, and the documents to try them on. Shared by the
// bounded property test (npm test) and the long fuzz run (npm run fuzz).
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDeepStrictEqual } from 'node:util';
import { analyze, createLinter, lint, type DocumentKind, type Finding } from '../../server/src/engine';

const PROSE = [
  'Act now and save 20% on your first box!',
  'Customers can download their invoices from the portal.',
  'Your request has been received and will be processed within 3 days.',
  'We leverage our expertise to facilitate your growth.',
  'HUGE SAVINGS!!!',
  'Hi {{first_name}}, only 3 left — selling fast.',
  'No thanks, I don’t like saving money.',
  'You can pause your subscription at any time.',
  'We offer free shipping on all orders.',
];
const ODD = ['😀', '👩🏽‍💻', 'é', 'e\u0301', '\u200b', '\u200d', '\ufeff', 'שלום', 'مرحبا', '\t', '\u00a0', '“', '’', '\\', '&amp;', '&#x1F600;', '\ud800', '\udc00'];
const MARKUP = ['# ', '## ', '> ', '- ', '* ', '1. ', '```', '```js', '~~~', '    ', '**', '_', '`', '[', '](', ')', '<p>', '</p>', '<!--', '-->', '<script>', '</script>', '<b>', '---', '|', '<br>', '*|FNAME|*', '%%name%%', 'https://x.example/a?b=1'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(3000), '>'.repeat(60) + ' deep', '- '.repeat(40) + 'nested') },
  // The shapes of issue #13, small (the fuzz run measures them full size): long runs of findings, deep nesting of every container, bidi and
  // combining characters, unbalanced quotes and emphasis, a big table.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'BUY NOW '.repeat(40),
      'Act now! '.repeat(30),
      '!'.repeat(500),
      '> '.repeat(120) + 'Act now and save.',
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- Buy now and save!`).join('\n'),
      '<div>'.repeat(120) + 'Hurry!' + '</div>'.repeat(120),
      '\u202e\u202d\u200f'.repeat(40) + 'مرحبا BUY NOW',
      'e\u0301\u0302\u0303'.repeat(100),
      '"Act now '.repeat(30),
      '**Hurry _now '.repeat(30),
      '| Offer | Ends |\n|---|---|\n' + '| Only 3 left! | tonight |\n'.repeat(30),
      'Go now. '.repeat(60),
    ),
  },
);

export const documents = fc.record({
  kind: fc.constantFrom<DocumentKind>('markdown', 'plaintext', 'html'),
  text: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
});

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/** Checks every property on one document; throws with a description on the first failure. */
export function checkDocument({ kind, text }: { kind: DocumentKind; text: string }): Finding[] {
  const findings = lint(text, { kind });
  const document = TextDocument.create('file:///fuzz', kind, 1, text);
  for (const f of findings) {
    const where = `${f.rule} at ${f.offset}+${f.length}`;
    if (f.offset < 0 || f.length < 0 || f.offset + f.length > text.length) throw new Error(`${where}: range outside the document`);
    if (splitsPair(text, f.offset) || splitsPair(text, f.offset + f.length)) throw new Error(`${where}: splits a surrogate pair`);
    if (text.slice(f.offset, f.offset + f.length) !== f.text) throw new Error(`${where}: text differs from the document`);
    const range = { start: document.positionAt(f.offset), end: document.positionAt(f.offset + f.length) };
    if (document.getText(range) !== f.text) throw new Error(`${where}: the editor's range maps to other text`);
    for (const s of f.suggestions) {
      if (s.offset < 0 || s.offset + s.length > text.length) throw new Error(`${where}: fix “${s.title}” outside the document`);
      if (splitsPair(text, s.offset) || splitsPair(text, s.offset + s.length)) throw new Error(`${where}: fix “${s.title}” splits a surrogate pair`);
      const fixed = text.slice(0, s.offset) + s.replacement + text.slice(s.offset + s.length);
      // The fix changes only its own range; the document stays lintable.
      if (!fixed.startsWith(text.slice(0, s.offset)) || !fixed.endsWith(text.slice(s.offset + s.length))) throw new Error(`${where}: fix spills outside its range`);
      lint(fixed, { kind });
    }
  }
  // Typing reuses what the previous version cached (blocks, chunks, findings shifted in place); the result
  // must be exactly what a cold analysis of the edited text gives.
  const middle = Math.floor(text.length / 2);
  // (Detection only, as the server computes diagnostics while you type.)
  const typing = { kind, rewrites: false };
  const linter = createLinter();
  linter.lint(text, typing);
  for (const edited of [text.slice(0, middle) + ' x' + text.slice(middle), text.slice(0, middle) + text.slice(middle + 1)]) {
    const warm = linter.analyze(edited, typing);
    const cold = analyze(edited, typing);
    if (!isDeepStrictEqual(warm, cold)) throw new Error(`an edit analysed with the caches differs from a cold analysis: ${JSON.stringify(warm).slice(0, 600)} ≠ ${JSON.stringify(cold).slice(0, 600)}`);
    linter.lint(text, typing);
  }
  return findings;
}
