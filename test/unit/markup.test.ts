// Markup handling: only prose is read; code, front matter, URLs, comments and attributes never are.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lint, type DocumentKind } from '../../server/src/engine';
import { micromarkChunk, simpleChunk } from '../../server/src/engine/parse/markdown';
import type { ProseBlock } from '../../server/src/engine/parse/prose';

const texts = (text: string, kind: DocumentKind) => lint(text, { kind }).map((f) => f.text);

describe('markdown', () => {
  it('skips fenced and inline code', () => {
    assert.deepEqual(texts('```\nAct now!!\n```\n\nRun `HURRY` to start.\n\n    indented act now', 'markdown'), []);
  });
  it('skips front matter (YAML and TOML)', () => {
    assert.deepEqual(texts('---\ntitle: ACT NOW\n---\nHello.', 'markdown'), []);
    assert.deepEqual(texts('+++\ntitle = "ACT NOW"\n+++\nHello.', 'markdown'), []);
  });
  it('skips URLs and link targets but reads link text', () => {
    assert.deepEqual(texts('See https://example.com/act-now-HURRY and www.buy-now.com today.', 'markdown'), []);
    assert.deepEqual(texts('[Read the guide](https://x.com/BUY-NOW "ACT NOW")', 'markdown'), []);
    assert.deepEqual(texts('[Buy now](https://x.com) and save.', 'markdown'), ['Buy now']);
  });
  it('skips HTML comments and attributes, reads HTML text', () => {
    assert.deepEqual(texts('<!-- act now -->\n\n<div title="ACT NOW" data-x="hurry">Hello there.</div>', 'markdown'), []);
    assert.deepEqual(texts('<p>Hurry, the sale ends.</p>', 'markdown'), ['Hurry']);
  });
  it('reads headings, lists, quotes and tables', () => {
    assert.deepEqual(texts('# HUGE SALE\n\n- Act now\n\n> Last chance\n\n| a | b |\n|---|---|\n| hurry | ok |', 'markdown'), [
      'HUGE SALE',
      'Act now',
      'Last chance',
      'hurry',
    ]);
  });
  it('keeps merge tags out of the prose', () => {
    assert.deepEqual(texts('Hi {{FIRST_NAME}}, hello *|FNAME|* and %%NAME%%.', 'markdown'), []);
  });
  it('joins soft line breaks inside a paragraph and quote', () => {
    const md = '> Act now and\n> hurry up.';
    assert.deepEqual(texts(md, 'markdown'), ['Act now', 'hurry up']);
  });
  it('does not run sentences across paragraphs', () => {
    assert.deepEqual(texts('Buy\n\nnow', 'markdown'), []);
    assert.deepEqual(texts('- Buy\n- now', 'markdown'), []);
  });
});

describe('html', () => {
  it('reads text nodes only and skips script, style and comments', () => {
    const html = '<html><head><title>ACT NOW</title><style>.hurry{}</style></head><body><script>act_now()</script><!-- HURRY --><p class="HURRY">Welcome.</p></body></html>';
    assert.deepEqual(texts(html, 'html'), []);
  });
  it('maps entity-containing text back to the source', () => {
    const html = '<p>Don&rsquo;t miss out &amp; enjoy.</p>';
    const [f] = lint(html, { kind: 'html' });
    assert.equal(f.text, 'Don&rsquo;t miss out');
  });
  it('treats inline tags as part of the sentence and block tags as boundaries', () => {
    assert.deepEqual(texts('<p>Buy <b>now</b></p><p>hello</p>', 'html'), ['Buy <b>now']);
    assert.deepEqual(texts('<li>Buy</li><li>now</li>', 'html'), []);
  });
});

describe('plain text', () => {
  it('reads paragraphs and ends a sentence at a line that starts with a capital', () => {
    assert.deepEqual(texts('We ship fast\nHurry up', 'plaintext'), ['Hurry up']);
    assert.deepEqual(texts('Buy\nnow', 'plaintext'), ['Buy\nnow']);
  });
  it('leaves URLs and email addresses alone', () => {
    assert.deepEqual(texts('Write to HURRY@example.com or visit https://ACT-NOW.example.com.', 'plaintext'), []);
  });
  it('leaves bare links with a path alone, as SMS copy writes them', () => {
    assert.deepEqual(texts('Menu at bloom.example/last-chance or shp.ly/act-now', 'plaintext'), []);
    assert.deepEqual(texts('Last chance, see bloom.example/menu', 'plaintext'), ['Last chance']);
  });
  it("leaves an app's deep link alone, whatever its scheme", () => {
    assert.deepEqual(texts('# deeplink: kestrel://event/hollow-pines?cta=act-now', 'plaintext'), []);
  });
});

describe('markdown without micromark', () => {
  // The shapes read without micromark must come out exactly as micromark reads them.
  const view = (blocks: ProseBlock[]) =>
    blocks.map((b) => ({ text: b.text, map: Array.from({ length: b.text.length + 1 }, (_, i) => b.toDocument(i, Math.min(i + 1, b.text.length))) }));
  const same = (chunk: string) => {
    const fast = simpleChunk(chunk);
    if (fast) assert.deepEqual(view(fast), view(micromarkChunk(chunk)), JSON.stringify(chunk));
    return fast !== undefined;
  };

  it('reads plain paragraphs (with code and plain links), headings, one-line lists and fences like micromark', () => {
    const shapes = [
      'Act now and save 10% on your first box!',
      'Read the [care guide](https://example.com/guide/0) or run `npm run hurry` first.',
      '\n\n',
      'Hi xxxxxxxxxxxxxxxx, here is the guide.\nIt has two lines 😀 and a link https://example.com/a.',
      '## Section 3 — Only 5 left in stock',
      '   # Title with trailing spaces   ',
      '- You can pause at any time.\n- Write to hello@example.com.\n* Other bullet',
      '1. Ordered\n2. Also ordered',
      '```js\nconst offer = "ACT NOW";\n```',
      '~~~~\ncode\n~~~\n~~~~~',
    ];
    for (const shape of shapes) assert.ok(same(shape), `read without micromark: ${JSON.stringify(shape)}`);
    // Shapes left to micromark.
    for (const shape of ['See ![photo](p.png) here.', 'A [*bold*](x) link.', '``code``', '[a][b]', '## C#', '## Title ##', '- [ ] task', '- # heading', '- item\n  continued', '```\ncode\n```\nafter', '- - nested', '-     code', '- Act\n2) Act', '1. Act\n  - nested'])
      assert.equal(simpleChunk(shape), undefined, JSON.stringify(shape));
  });

  it('agrees with micromark on generated chunks of those shapes', () => {
    // Mostly plain words, so that many chunks take the fast path; now and then a piece of syntax.
    const word = fc.oneof(
      { arbitrary: fc.constantFrom('Act', 'now', 'only', '5', 'left', '😀', 'é', 'https://x.co/a', 'www.a.com', 'a@b.co', '—', '!', '.', 'xxxx', '1.5', 'a.'), weight: 12 },
      { arbitrary: fc.constantFrom('#', '#1', '-', '*', '+', '1.', '2)', '`', '~~~', '```', '=', '>', '|', ' ', '\t', '&amp;', '\\'), weight: 1 },
      { arbitrary: fc.constantFrom('[care guide](https://x.co/g)', '`npm run x`', '[a](b)', '![i](x)', '[x]', '(y)', '``a``', '[a] (b)', '[www.x.com](y)', '[^1](z)', '[ a ](b)', '[a](<b>)', '[a](b "t")', '[*a*](b)', '`a', 'b`'), weight: 3 },
    );
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const ending = fc.constantFrom('', '', '', ' ', '  ', ' #', ' ##');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const lines = (prefix: fc.Arbitrary<string>) =>
      fc.tuple(fc.array(fc.tuple(prefix, text, ending).map(([p, t, e]) => p + t + e), { minLength: 1, maxLength: 5 }), eol).map(([ls, e]) => ls.join(e));
    const anyPrefix = fc.constantFrom('', ' ', '   ', '    ', '# ', '## ', '###### ', '####### ', '#', '- ', '* ', '+ ', '1. ', '10) ', '-  ', '  - ', '-\t', '```', '~~~ ', '```js ');
    const chunk = fc.oneof(
      lines(fc.constant('')), // paragraphs
      fc.tuple(fc.constantFrom('# ', '## ', '###### ', '####### ', '   ## ', '##  ', '#\t'), text, ending).map(([p, t, e]) => p + t + e), // headings
      fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', ' - ').chain((p) => lines(fc.constantFrom(p, p, p, '- ', '1. ', '  '))), // lists
      fc.tuple(fc.constantFrom('```', '~~~', '````', ' ```', '```js', '``` `x`'), lines(fc.constant('')), fc.constantFrom('```', '~~~', '````', '```  ', '    ```', '``` x', ''), eol, fc.constantFrom('', '', 'after')) // fences
        .map(([open, body, close, e, after]) => [open, body, close, after].filter((x, i) => x || i < 3).join(e)),
      lines(anyPrefix), // anything
    );
    fc.assert(fc.property(chunk, (c) => void same(c)), { numRuns: 3000, seed: 20261123 });
  });
});

describe('footers and paragraph hints', () => {
  // Batch 2026-12-01f's email: a confirm-shaming link's finding ran on over the next link's URL, and the
  // "no reader" hint covered a merge tag.
  it('keeps a finding inside its own footer item, and a paragraph hint off merge tags', () => {
    const footer = '<p><a href="{{unsubscribe_url}}">No thanks, I don\'t care about hedgehogs</a> · <a href="https://x.example/prefs?segment=dont-miss-out">Email preferences</a></p>';
    const shaming = lint(footer, { kind: 'html' }).filter((f) => f.rule === 'pushy.confirm-shaming');
    assert.equal(shaming.length, 1);
    assert.equal(shaming[0].text, "No thanks, I don't care about hedgehogs");
    const story = '<p>This month\'s patient, {{urgent_case_name}}, came in weighing 280 grams and is now eating well. Each hoglet is weighed, treated for parasites and fed until it reaches 600 grams. Then volunteers release it where it was found, usually after dark.</p>';
    for (const f of lint(story, { kind: 'html' })) assert.ok(!f.text.includes('{{'), `${f.rule} covers a merge tag: ${f.text}`);
  });
});
