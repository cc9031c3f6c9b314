// Hostile inputs (issue #13): what the engine gives back for a run-on line or a sentence thick with
// findings grows with the input, not with its square. Sizes, not times: timing lives in the fuzz run
// and the benchmark.
import * as assert from 'node:assert/strict';
import { analyze, analyzeInSteps } from '../../server/src/engine';
import { prettyJson } from '../../server/src/cli/format';

/** Characters of suggestion text the findings carry, the quantity that grew with the square of the line. */
function suggestionText(text: string): number {
  return analyze(text, { kind: 'plaintext' }).findings.reduce((n, f) => n + f.suggestions.reduce((m, s) => m + s.replacement.length, 0), 0);
}

describe('hostile inputs', () => {
  it('a line repeating a shouted command carries suggestions linear in its length', () => {
    const small = suggestionText('BUY NOW '.repeat(250));
    const large = suggestionText('BUY NOW '.repeat(2000));
    assert.ok(large <= small * 8 * 1.5, `${small} → ${large} characters of suggestions for 8 times the text`);
  });

  it('a run-on line gets no sentence rewrite, and a copywriter-length sentence still does', () => {
    const runOn = `${'We offer great value for your team and our customers love it '.repeat(40)}so act now`;
    const findings = analyze(runOn, { kind: 'plaintext' }).findings;
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.suggestions.every((s) => s.kind !== 'sentence')));
    const normal = analyze('Act now and save 20% on your first box.', { kind: 'plaintext' }).findings;
    assert.ok(normal.some((f) => f.suggestions.some((s) => s.kind === 'sentence')));
  });

  it('a list nested 3,000 deep is read line by line (micromark is quadratic in depth) and every line is checked', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- Buy now and save!`);
    const findings = analyze(lines.join('\n'), { kind: 'markdown' }).findings.filter((f) => f.rule === 'pushy.buy-now');
    assert.equal(findings.length, 3000);
  });

  it('the CLI writes a report in pieces that join to exactly what JSON.stringify would write', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => ({ rule: 'pushy.urgency', text: `Act now ${i}\n“quoted”`, offset: i, suggestions: i % 2 ? [] : [{ title: 't', preferred: true }], empty: {}, skipped: undefined }));
    const report = { files: [{ path: 'a.md', findings, metrics: { score: 83, readerShare: null } }, { path: 'b.md', findings: [] }] };
    const pieces = [...prettyJson(report)];
    assert.ok(pieces.length > 1, 'written in more than one piece');
    assert.equal(pieces.join(''), JSON.stringify(report, null, 2));
  });

  it('a run-on line is checked in pieces, with a note that says so: a phrase at its far end is still found', () => {
    const line = `${'our customers love the quick brown fox and the lazy dog '.repeat(2_000)}so act now`;
    const { findings, notices } = analyze(line, { kind: 'plaintext' });
    const actNow = findings.find((f) => /act now/i.test(f.text));
    assert.ok(actNow, 'found at the end of the line');
    assert.equal(line.slice(actNow.offset, actNow.offset + actNow.length), actNow.text);
    assert.equal(notices.length, 1);
    assert.equal(notices[0].offset, 0);
    assert.match(notices[0].message, /runs on for 112,010 characters without a full stop.*checked it in pieces/);
    const ordinary = analyze('Act now and save 20% on your first box. We reply to every email.', { kind: 'plaintext' });
    assert.deepEqual(ordinary.notices, []);
  });

  it('a paragraph stops being checked after 1,000 findings, and the note says where', () => {
    const text = 'Hurry! Buy now! '.repeat(2_000);
    const { findings, notices } = analyze(text, { kind: 'plaintext' });
    assert.ok(findings.length >= 990 && findings.length < 1_010, `${findings.length} findings`);
    assert.equal(notices.length, 1);
    assert.ok(notices[0].offset > 0 && notices[0].offset < text.length / 2);
    assert.match(notices[0].message, /stopped checking this paragraph after 1,00\d findings: the last [\d,]+ characters are not checked/);
  });

  it('nesting too deep to parse is read line by line, with a note', () => {
    const { notices } = analyze(`${'> '.repeat(3_000)}Act now and save.\n`, { kind: 'markdown' });
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /nested more than 100 characters deep/);
  });

  it('the analysis pauses every few thousand characters, inside one long line too', () => {
    for (const text of ['Go now. '.repeat(50_000), 'word '.repeat(80_000)]) {
      let steps = 0;
      const run = analyzeInSteps(text, { kind: 'plaintext', rewrites: false });
      while (!run.next().done) steps++;
      assert.ok(steps >= text.length / 20_000, `${steps} pauses in ${text.length} characters`);
    }
  });
});
