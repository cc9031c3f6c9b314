// The language server over real stdio, driven as an editor drives it.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, TestClient } from './lsp-client';

const URI = 'file:///tmp/rapport-protocol/promo.md';
const TEXT = '# Spring news 🌷\r\n\r\nHi {{first_name}}, act now and save 30%!!\r\n\r\nWe leverage our experience in order to help you.\r\n';

describe('language server over stdio (VS Code-like client)', function () {
  this.timeout(30000);
  let client: TestClient;
  let text = TEXT;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = new TestClient();
    const result = (await client.initialize({ workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } })) as {
      capabilities: { textDocumentSync: { change: number }; hoverProvider: boolean; codeActionProvider: unknown };
    };
    assert.equal(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.ok(result.capabilities.hoverProvider && result.capabilities.codeActionProvider);
  });
  after(() => client.kill());

  it('publishes diagnostics on open, with source, code, docs link and fix data', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } });
    diagnostics = await client.diagnostics(URI, (d) => d.length > 0);
    const codes = diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['pushy.urgency', 'pushy.exclamations', 'impersonal.corporatese', 'impersonal.corporatese']);
    const urgency = diagnostics[0];
    assert.equal(urgency.source, 'rapport');
    assert.match(urgency.codeDescription!.href, /docs\/rules\.md#pushy\.urgency$/);
    assert.deepEqual(urgency.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 26 } });
    assert.equal((urgency.data as { text: string }).text, 'act now');
  });

  it('sends a status notification with counts', async () => {
    const status = await client.until(() => client.notifications.find((n) => n.method === 'rapport/status'), 'rapport/status');
    const params = status.params as { counts: object; score: number; state: string };
    assert.deepEqual(params.counts, { pushy: 2, impersonal: 2 });
    assert.equal(params.state, 'ok');
    assert.ok(params.score >= 0 && params.score <= 100);
  });

  it('answers rapport/report with a reader-focus report', async () => {
    const { markdown } = (await client.connection.sendRequest('rapport/report', { uri: URI })) as { markdown: string };
    assert.match(markdown, /^# Rapport report — promo\.md/);
    assert.match(markdown, /\*\*Reader focus: \d+ \/ 100\*\*/);
    assert.match(markdown, /Bare urgency/);
  });

  it('explains a finding on hover: phrase, why, principle, before → after', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 21 } })) as Hover;
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.match(value, /\*\*“act now”\*\* — pushy/);
    assert.match(value, /Why it feels pushy/);
    assert.match(value, /Principle — Jerks don't sell twice/);
    assert.match(value, /Before → after/);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 3 } });
    assert.equal(nothing, null);
  });

  it('offers quick fixes from diagnostic data; applying one and sending the change clears it', async () => {
    const target = diagnostics.find((d) => d.code === 'impersonal.corporatese' && (d.data as { text: string }).text === 'leverage')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.title, 'Rewrite: “We use our experience to help you.”');
    assert.equal(preferred.edit!.changes![URI][0].newText, 'We use our experience to help you.');
    const plainWord = actions.find((a) => a.title === 'Plain word: “use”')!;
    const edits = plainWord.edit!.changes![URI];
    const before = client.published.length;
    text = applyEdits(text, edits);
    assert.match(text, /We use our experience/);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    const after = await client.diagnostics(URI, (_, p) => p.version === 2, before);
    assert.deepEqual(after.map((d) => (d.data as { text: string }).text), ['act now', '!!', 'in order to']);
  });

  it('recomputes fixes when the client sends no data and only a cursor position (Neovim 0.7)', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 2, character: 22 }, end: { line: 2, character: 22 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === 'Drop the pressure'), JSON.stringify(actions.map((a) => a.title)));
    const stale = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } },
      context: { diagnostics: [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 26 } }, message: 'x', source: 'rapport', code: 'pushy.urgency' }] },
    })) as CodeAction[];
    assert.ok(stale.some((a) => a.title === 'Drop the pressure' && a.edit!.changes![URI].length === 1), JSON.stringify(stale.map((a) => a.title)));
    assert.ok(stale.some((a) => a.isPreferred && a.title.startsWith('Rewrite: ')), JSON.stringify(stale.map((a) => a.title)));
  });

  it('applies per-document settings and reports malformed ones in plain words', async () => {
    client.configuration = { rules: { 'pushy.urgency': 'off', 'pushy.shouting': 'loud' } };
    const before = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(URI, () => true, before);
    assert.ok(!after.some((d) => d.code === 'pushy.urgency'));
    const warning = await client.until(() => client.messages.find((m) => /pushy\.shouting/.test(m.message)), 'a settings warning');
    assert.match(warning.message, /must be one of off, info, warning, error, not "loud"/);
  });

  it('clears diagnostics on close and shuts down cleanly', async () => {
    const before = client.published.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await client.diagnostics(URI, (d) => d.length === 0, before);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server over stdio (Neovim 0.7-like client: no configuration, settings pushed)', function () {
  this.timeout(30000);
  it('lints plain text and HTML with settings from initializationOptions and didChangeConfiguration', async () => {
    const client = new TestClient();
    try {
      await client.initialize({}, { settings: { rules: { 'impersonal.corporatese': 'error' } } });
      const uri = 'file:///tmp/rapport-protocol/page.html';
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'html', version: 1, text: '<p title="ACT NOW">We utilize <b>AI</b>.</p>' },
      });
      const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['impersonal.corporatese', 1]]);
      const before = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rapport: { enable: false } } });
      await client.diagnostics(uri, (d) => d.length === 0, before);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  it('pauses with a clear status on a document over rapport.maxDocumentSize', async () => {
    const client = new TestClient();
    try {
      await client.initialize({}, { settings: { maxDocumentSize: 100000 } });
      const uri = 'file:///tmp/rapport-protocol/huge.md';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Act now! '.repeat(20000) } });
      const status = await client.until(() => client.notifications.find((n) => n.method === 'rapport/status'), 'status');
      assert.equal((status.params as { state: string }).state, 'paused');
      assert.match((status.params as { message: string }).message, /180,000 characters, over rapport\.maxDocumentSize \(100,000\)/);
      assert.deepEqual(await client.diagnostics(uri), []);
    } finally {
      client.kill();
    }
  });

  it('pauses with a clear status on binary content instead of linting it', async () => {
    const client = new TestClient();
    try {
      await client.initialize({});
      const uri = 'file:///tmp/rapport-protocol/blob.txt';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'ACT NOW\u0000\u0001\u0002' } });
      const status = await client.until(() => client.notifications.find((n) => n.method === 'rapport/status'), 'status');
      assert.equal((status.params as { state: string }).state, 'paused');
      assert.deepEqual(await client.diagnostics(uri), []);
    } finally {
      client.kill();
    }
  });
});

describe('language server over stdio: fix-all, rewrite-all and ignore', function () {
  this.timeout(30000);
  const uri = 'file:///tmp/rapport-protocol/fixall.md';
  const text = '---\ntitle: x\n---\n\n# HUGE SALE!!!\n\nCustomers can download their invoices.\n\nAct now.\n';
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize(
      { workspace: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } } },
      { clientCommands: ['rapport.ignorePhrase', 'rapport.insertSnippet'] },
    );
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await client.diagnostics(uri, (d) => d.length > 0);
  });
  after(() => client.kill());

  it('offers source.fixAll.rapport as one versioned edit of the safe sentence rewrites', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.rapport');
    const change = (actions[0].edit as { documentChanges: Array<{ textDocument: { version: number }; edits: Array<{ newText: string }> }> }).documentChanges[0];
    assert.equal(change.textDocument.version, 1);
    assert.deepEqual(change.edits.map((e) => e.newText), ['Huge sale.', 'You can download your invoices.', '']);
    // Quick-fix requests do not get it.
    const quick = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, context: { diagnostics: [] } })) as CodeAction[];
    assert.ok(!quick.some((a) => a.kind === 'source.fixAll.rapport'));
  });

  it('rapport.applyRewrites sends one annotated workspace edit that asks for a preview', async () => {
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'rapport.applyRewrites', arguments: [uri, true] })) as { applied: number };
    assert.equal(result.applied, 3);
    const sent = client.appliedEdits[0].edit as { documentChanges: Array<{ edits: Array<{ annotationId?: string }> }>; changeAnnotations: Record<string, { needsConfirmation: boolean }> };
    assert.ok(sent.documentChanges[0].edits.every((e) => e.annotationId));
    assert.ok(Object.values(sent.changeAnnotations).every((a) => a.needsConfirmation));
  });

  it('offers to ignore a phrase in this document (a directive) or everywhere (a client command)', async () => {
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const urgency = diagnostics.find((d) => d.code === 'pushy.urgency')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: urgency.range, context: { diagnostics: [urgency] } })) as CodeAction[];
    const here = actions.find((a) => a.title === 'Ignore “Act now” in this document')!;
    assert.deepEqual(here.edit!.changes![uri][0], { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- rapport-ignore: Act now -->\n' });
    assert.ok(actions.some((a) => a.title === 'Ignore “Act now” everywhere' && a.command?.command === 'rapport.ignorePhrase'));
    assert.ok(actions.some((a) => a.command?.command === 'rapport.insertSnippet' && (a.command.arguments as string[])[2].includes('${1:date}')));
    const before = client.published.length;
    const edited = applyEdits(text, here.edit!.changes![uri]);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const after = await client.diagnostics(uri, (_, p) => p.version === 2, before);
    assert.ok(!after.some((d) => d.code === 'pushy.urgency'), 'the ignored phrase is no longer flagged');
  });

  it('offers the narrowest directive: this rule on this line, at the line’s end', async () => {
    // Back to the original text (the test before ignored the phrase in the whole document).
    const reset = client.published.length;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    const diagnostics = await client.diagnostics(uri, (d, p) => p.version === 3 && d.length > 0, reset);
    const urgency = diagnostics.find((d) => d.code === 'pushy.urgency')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: urgency.range, context: { diagnostics: [urgency] } })) as CodeAction[];
    const line = actions.find((a) => a.title === 'Ignore pushy.urgency on this line')!;
    const [edit] = line.edit!.changes![uri];
    assert.equal(edit.newText, ' <!-- rapport-disable-line pushy.urgency -->');
    assert.equal(edit.range.start.line, urgency.range.end.line);
    const before = client.published.length;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: applyEdits(text, [edit]) }] });
    const after = await client.diagnostics(uri, (_, p) => p.version === 4, before);
    assert.ok(!after.some((d) => d.code === 'pushy.urgency' && d.range.start.line === urgency.range.start.line));
  });
});
