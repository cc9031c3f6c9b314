// The server under pressure: a burst of edits, many documents opened and closed, requests about
// closed documents; a rule that throws; and proof that Rapport never touches the network.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, rules } from '../../server/src/engine';
import { SERVER, TestClient } from './lsp-client';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { marketingDocument } from '../bench/documents';

const ROOT = resolve(__dirname, '../../..');
const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('robustness', function () {
  this.timeout(120000);

  it('a burst of 1,000 edits ends with diagnostics for the final text only', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } });
      const uri = 'file:///tmp/rapport-stress/burst.md';
      let text = 'Hello there.\n';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const typed = ' Act now and hurry!! Customers can download their invoices.';
      for (let i = 0; i < 1000; i++) {
        const ch = typed[i % typed.length];
        const line = text.split('\n').length - 2;
        const character = text.split('\n')[line].length;
        text = text.slice(0, -1) + ch + '\n';
        void client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: i + 2 },
          contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
        });
      }
      const final = await client.diagnostics(uri, (_, p) => p.version === 1001, 0, 60000);
      const expected = lint(text, { kind: 'markdown' });
      assert.equal(final.length, expected.length);
      assert.deepEqual(final.map((d) => d.code), expected.map((f) => f.rule));
      const lines = text.split('\n');
      for (const d of final) assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), (d.data as { text: string }).text);
      // Nothing for an older version arrives after the final one.
      await new Promise((done) => setTimeout(done, 500));
      const last = client.published.filter((p) => p.uri === uri).pop()!;
      assert.equal(last.version, 1001);
    } finally {
      client.kill();
    }
  });

  it('opening and closing 200 documents twice leaves no memory growth, and closed documents get clean answers', async () => {
    const client = new TestClient();
    try {
      await client.initialize({});
      const cycle = async (round: number) => {
        for (let i = 0; i < 200; i++) {
          const uri = `file:///tmp/rapport-stress/doc-${i}.md`;
          await client.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'markdown', version: round, text: `# Doc ${i}\n\nAct now, customer ${i}! We leverage synergy ${i} times a day.\n` },
          });
          await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///tmp/rapport-stress/doc-0.md' }, position: { line: 0, character: 0 } });
      };
      await cycle(1);
      const afterFirst = rssMB(client.process.pid!);
      await cycle(2);
      await cycle(3);
      const afterThird = rssMB(client.process.pid!);
      assert.ok(afterThird - afterFirst < 25, `RSS grew from ${afterFirst.toFixed(0)} MB to ${afterThird.toFixed(0)} MB`);
      const closed = 'file:///tmp/rapport-stress/doc-7.md';
      assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: closed }, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: closed }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), []);
      await assert.rejects(client.connection.sendRequest('rapport/report', { uri: closed }), /has no open document/);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  /**
   * Opens a small document, then a big one, and asks for hover on the small one while the big one is
   * analysed: the hover's answer, whether the big document's diagnostics came before it, and them.
   */
  async function hoverBesideBigDocument(name: string, languageId: string, text: string, done: (d: Diagnostic[]) => boolean = (d) => d.length > 1000) {
    const client = new TestClient();
    try {
      await client.initialize({});
      const big = `file:///tmp/rapport-stress/${name}`;
      const small = `file:///tmp/rapport-stress/small-beside-${name}.md`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: 'Act now, friend.' } });
      await client.diagnostics(small, (d) => d.length > 0);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId, version: 1, text } });
      await new Promise((done) => setTimeout(done, 300)); // the big analysis is under way
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
      const bigBeforeHover = client.published.some((p) => p.uri === big);
      const diagnostics = await client.diagnostics(big, done, 0, 120000);
      const status = await client.until(
        () => client.notifications.filter((n) => n.method === 'rapport/status' && (n.params as StatusParams).uri === big).at(-1)?.params as StatusParams | undefined,
        'status of the big document',
      );
      return { hover, bigBeforeHover, diagnostics, status };
    } finally {
      client.kill();
    }
  }

  it('answers hover on one document while a 1 MB document is still being analysed', async () => {
    const { hover, bigBeforeHover } = await hoverBesideBigDocument('big.md', 'markdown', marketingDocument(1_000_000, 3));
    assert.ok(hover, 'hover answered');
    assert.ok(!bigBeforeHover, 'the hover did not wait for the 1 MB analysis');
  });

  it('publishes diagnostics for a 1 MB document on one line (no sentence end), and answers hover on another meanwhile', async () => {
    const words = 'act now and save big on our world class solutions for your team today only hurry'.split(' ');
    const line = Array.from({ length: 170_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const { hover, diagnostics, status } = await hoverBesideBigDocument('one-line.txt', 'plaintext', line, (d) => d.some((x) => x.code === 'rapport.notice'));
    assert.ok(hover, 'hover answered');
    assert.ok(diagnostics.every((d) => d.range.start.line === 0));
    // What was checked in a simpler way is said: an information note in the editor and in the status bar.
    const notes = diagnostics.filter((d) => d.code === 'rapport.notice');
    assert.ok(notes.every((d) => d.severity === 3));
    assert.match(notes.map((d) => d.message).join('\n'), /runs on for [\d,]+ characters without a full stop/);
    assert.match(notes.map((d) => d.message).join('\n'), /stopped checking this paragraph after 1,0\d\d findings/);
    assert.ok(diagnostics.length > 1000, 'the first thousand findings are underlined');
    assert.ok(status?.notes?.length, 'the status bar says the file was partly checked');
  });

  it('a rule that throws is reported once per paragraph and skipped there; the others still run', () => {
    const rule = rules.find((r) => r.id === 'impersonal.corporatese')! as { check: (...args: unknown[]) => unknown };
    const original = rule.check;
    rule.check = () => {
      throw new Error('injected fault');
    };
    try {
      const errors: string[] = [];
      const findings = lint('Act now to leverage a fault-injection paragraph.\n\nHurry, leverage again in another one.', {
        kind: 'markdown',
        onRuleError: (id, error) => errors.push(`${id}: ${(error as Error).message}`),
      });
      assert.deepEqual(errors, ['impersonal.corporatese: injected fault', 'impersonal.corporatese: injected fault']);
      assert.deepEqual(findings.map((f) => f.rule), ['pushy.urgency', 'pushy.urgency']);
    } finally {
      rule.check = original;
    }
  });

  it('never touches the network: the CLI and the server run with every network API trapped', async () => {
    const preload = join(ROOT, 'test/fixtures/no-network.cjs');
    const cli = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'server/out/cli.js'), 'lint', 'samples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok(!cli.stderr.includes('NETWORK ATTEMPT'), cli.stderr);
    const client = new TestClient([`--require=${preload}`]);
    try {
      await client.initialize({ workspace: { configuration: true } });
      const uri = 'file:///tmp/rapport-privacy/a.md';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Act now! Visit https://example.com today.' } });
      await client.diagnostics(uri, (d) => d.length > 0);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.equal(await client.shutdown(), 0);
      assert.ok(!client.stderr.includes('NETWORK ATTEMPT'), client.stderr);
    } finally {
      client.kill();
    }
    assert.equal(SERVER.endsWith('server.js'), true);
  });
});
