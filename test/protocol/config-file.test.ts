// The language server reads the team's .rapport.json (issue #14): found above each file, watched, its
// problems shown on the file itself, and VS Code settings still on top.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lsp-client';

describe('language server: .rapport.json', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rapport-ls-config-'));
    mkdirSync(join(root, 'emails'));
    client = new TestClient();
  });
  afterEach(() => {
    client.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('applies the nearest configuration file and re-lints when it changes', async () => {
    const config = join(root, '.rapport.json');
    writeFileSync(config, JSON.stringify({ phrases: [{ id: 'house.ping', phrases: ['ping me'], category: 'impersonal' }], rules: { 'pushy.urgency': 'off' } }));
    await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const uri = pathToFileURL(join(root, 'emails', 'a.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Act now and ping me when you can.\n' } });
    const before = await client.diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(before.map((d) => d.code), ['house.ping']);
    // Hover explains the team's own rule like a built-in one, and links to where it is configured.
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: before[0].range.start })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Rapport `house\.ping`/);
    assert.match(hover.contents.value, /Your team's phrases \(\.rapport\.json\)\]\(.*#team-configuration-rapportjson\)/);
    assert.match(String(before[0].codeDescription?.href), /#team-configuration-rapportjson$/);
    const mark = client.published.length;
    writeFileSync(config, JSON.stringify({ rules: {} }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const after = await client.diagnostics(uri, () => true, mark);
    assert.ok(after.some((d) => d.code === 'pushy.urgency') && !after.some((d) => d.code === 'house.ping'), JSON.stringify(after.map((d) => d.code)));
  });

  it('applies "overrides" and "ignore" by path, relative to the configuration file', async () => {
    writeFileSync(join(root, '.rapport.json'), JSON.stringify({ ignore: ['legal/**'], overrides: [{ files: ['emails/**'], rules: { 'pushy.urgency': 'error' } }] }));
    mkdirSync(join(root, 'legal'));
    await client.initialize({});
    const email = pathToFileURL(join(root, 'emails', 'a.md')).href;
    const legal = pathToFileURL(join(root, 'legal', 'terms.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: email, languageId: 'markdown', version: 1, text: 'Act now.\n' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: legal, languageId: 'markdown', version: 1, text: 'Act now.\n' } });
    const findings = await client.diagnostics(email, (d) => d.length > 0);
    assert.equal(findings.find((d) => d.code === 'pushy.urgency')!.severity, 1);
    const status = await client.until(() => client.notifications.find((n) => n.method === 'rapport/status' && (n.params as { uri: string }).uri === legal)?.params as { state: string; message: string } | undefined, 'status of the ignored file');
    assert.equal(status.state, 'disabled');
    assert.match(status.message, /"ignore" list of .*\.rapport\.json covers this file/);
  });

  it('keeps two folders of a multi-root workspace apart: each document gets its own folder\'s configuration', async () => {
    for (const [folder, config] of [['brand-a', { rules: { 'pushy.urgency': 'off' } }], ['brand-b', { rules: { 'pushy.urgency': 'error' }, phrases: [{ id: 'b.touch-base', phrases: ['touch base'], category: 'impersonal' }] }]] as const) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, '.rapport.json'), JSON.stringify(config));
    }
    await client.initialize({ workspace: { workspaceFolders: true } });
    const text = 'Act now, and touch base with me on Friday.\n';
    const codes = async (folder: string) => {
      const uri = pathToFileURL(join(root, folder, 'email.md')).href;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      return (await client.diagnostics(uri, () => true)).map((d) => `${d.code}:${d.severity}`);
    };
    const a = await codes('brand-a');
    const b = await codes('brand-b');
    assert.ok(!a.some((c) => c.startsWith('pushy.urgency')) && !a.some((c) => c.startsWith('b.touch-base')), JSON.stringify(a));
    assert.ok(b.includes('pushy.urgency:1') && b.some((c) => c.startsWith('b.touch-base')), JSON.stringify(b));
    // Back to the first folder: its linter was kept, not replaced by the second one's.
    assert.deepEqual(await codes('brand-a'), a);
  });

  it('shows a bad configuration file’s problems on that file and carries on with the rest', async () => {
    const config = join(root, '.rapport.json');
    writeFileSync(config, '{\n  "rules": { "pushy.urgency": "loud" },\n  "ignoredPhrases": ["act now"]\n}\n');
    await client.initialize({});
    const uri = pathToFileURL(join(root, 'a.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Act now. Hurry, friend.\n' } });
    const problems = await client.diagnostics(pathToFileURL(config).href, (d) => d.length > 0);
    assert.match(String(problems[0].message), /"rules\.pushy\.urgency" must be one of off, info, warning, error/);
    assert.equal(problems[0].range.start.line, 1);
    const findings = await client.diagnostics(uri, (d) => d.length > 0);
    assert.ok(!findings.some((d) => /act now/i.test(String((d.data as { text?: string })?.text))), 'the valid part (ignoredPhrases) still applies');
  });
});

describe('language server: the rapport.channel setting', function () {
  this.timeout(30000);
  it('wins over the team file\'s channel, and a document\'s front matter wins over both', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-ls-channel-'));
    const client = new TestClient();
    try {
      writeFileSync(join(root, '.rapport.json'), JSON.stringify({ channel: 'email' }));
      const severity = async (name: string, text: string) => {
        const uri = pathToFileURL(join(root, name)).href;
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const findings = await client.diagnostics(uri, (d) => d.some((f) => f.code === 'pushy.exclamations'));
        return findings.find((f) => f.code === 'pushy.exclamations')!.severity;
      };
      // The social profile makes exclamation marks information (3); the email profile keeps them a warning (2).
      client.configuration = { channel: 'social' };
      await client.initialize({ workspace: { configuration: true } });
      assert.equal(await severity('post.md', "We're open late tonight!!\n"), 3);
      client.configuration = { channel: '' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.equal(await severity('email.md', "We're open late tonight!!\n"), 2);
      assert.equal(await severity('push.md', "---\nrapport: { channel: push }\n---\nWe're open late tonight!!\n"), 3);
    } finally {
      client.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names a channel that does not exist, and carries on without one', async () => {
    const client = new TestClient();
    try {
      client.configuration = { channel: 'fax' };
      await client.initialize({ workspace: { configuration: true } });
      const uri = 'untitled:Untitled-1';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: "We're open late tonight!!\n" } });
      const warning = await client.until(() => client.messages.find((m) => /channel/.test(m.message)), 'a warning about the channel');
      assert.match(warning.message, /fax/);
      const findings = await client.diagnostics(uri, (d) => d.length > 0);
      assert.equal(findings.find((f) => f.code === 'pushy.exclamations')!.severity, 2);
    } finally {
      client.kill();
    }
  });
});

describe('language server: .rapport.json in an untrusted workspace', function () {
  this.timeout(30000);
  it('is not read: built-in defaults apply', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-ls-untrusted-'));
    const client = new TestClient();
    try {
      writeFileSync(join(root, '.rapport.json'), JSON.stringify({ rules: { 'pushy.urgency': 'off' } }));
      await client.initialize({}, { trusted: false });
      const uri = pathToFileURL(join(root, 'a.md')).href;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Act now.\n' } });
      const findings = await client.diagnostics(uri, (d) => d.length > 0);
      assert.ok(findings.some((d) => d.code === 'pushy.urgency'));
    } finally {
      client.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
