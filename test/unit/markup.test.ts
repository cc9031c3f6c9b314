// Markup handling: only prose is read; code, front matter, URLs, comments and attributes never are.
import * as assert from 'node:assert/strict';
import { lint, type DocumentKind } from '../../server/src/engine';

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
});
