// Rapport in a real VS Code: squiggles while typing, hover, quick fix, settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, rapportDiagnostics, screenshot, until } from './helpers';
import { marketingDocument } from '../../bench/documents';

describe('Rapport in VS Code', () => {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    ({ document, editor } = await openSample('spring-promo-email.md'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('activates on a Markdown file without loading the NLP library on the extension host', async () => {
    const extension = vscode.extensions.getExtension('rapport.rapport')!;
    await until(() => extension.isActive, 'activation');
    const loaded = Object.keys(require.cache).filter((m) => /[\\/]compromise[\\/]/.test(m));
    assert.deepEqual(loaded, []);
  });

  it('underlines pushy and impersonal phrases with source, code and a docs link', async () => {
    const diagnostics = await until(() => {
      const d = rapportDiagnostics(document.uri);
      return d.length >= 10 ? d : undefined;
    }, 'Rapport diagnostics');
    const urgency = diagnostics.find((d) => document.getText(d.range) === 'Act now')!;
    assert.ok(urgency, 'found “Act now”');
    const code = urgency.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'pushy.urgency');
    assert.match(code.target.toString(), /docs\/rules\.md#pushy\.urgency$/);
    assert.equal(urgency.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostics.some((d) => d.code && (d.code as { value: string }).value === 'impersonal.corporatese'));
    // Nothing from front matter, merge tags or links.
    assert.ok(!diagnostics.some((d) => d.range.start.line < 4));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    editor.selection = new vscode.Selection(urgency.range.start, urgency.range.start);
    editor.revealRange(urgency.range, vscode.TextEditorRevealType.InCenter);
    await screenshot('editor-squiggles');
  });

  it('shows the reader-focus score and counts in the status bar; a click opens the report', async () => {
    const api = vscode.extensions.getExtension('rapport.rapport')!.exports as { status: () => { text: string; visible: boolean } };
    const status = await until(() => {
      const s = api.status();
      return s.visible && /\d+ · \d+ pushy · \d+ impersonal/.test(s.text) ? s : undefined;
    }, 'the status bar item');
    assert.match(status.text, /^\$\(comment-discussion\) \d+ · [1-9]\d* pushy · [1-9]\d* impersonal$/);
    await vscode.commands.executeCommand('rapport.showReport');
    const report = await until(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'rapport-report'), 'the report document');
    assert.match(report.getText(), /\*\*Reader focus: \d+ \/ 100\*\*/);
    assert.match(report.getText(), /What to look at first/);
    await new Promise((done) => setTimeout(done, 1500));
    await screenshot('report');
    // The report itself is never linted.
    assert.deepEqual(rapportDiagnostics(report.uri), []);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  });

  it('explains a finding on hover: phrase, why, principle, before → after', async () => {
    const urgency = rapportDiagnostics(document.uri).find((d) => document.getText(d.range) === 'Act now')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, urgency.range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /“Act now”/);
    assert.match(text, /Why it feels pushy/);
    assert.match(text, /Jerks don't sell twice/);
    assert.match(text, /Before → after/);
    editor.selection = new vscode.Selection(urgency.range.start.translate(0, 1), urgency.range.start.translate(0, 1));
    editor.revealRange(urgency.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((done) => setTimeout(done, 1000));
    await screenshot('hover');
  });

  it('applies a quick fix; the text changes only in its range and the squiggle goes', async () => {
    const target = rapportDiagnostics(document.uri).find((d) => document.getText(d.range) === 'leverage')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range);
    const fix = actions.find((a) => a.title === 'Plain word: “use”')!;
    // The preferred fix is the checked sentence rewrite when one passes the gate, else the plain word.
    assert.ok(actions.find((a) => a.isPreferred && (a.title.startsWith('Rewrite') || a.title === 'Plain word: “use”')), 'a preferred fix');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const start = document.offsetAt(target.range.start);
    assert.equal(document.getText(), before.slice(0, start) + 'use' + before.slice(start + 'leverage'.length));
    await until(() => !rapportDiagnostics(document.uri).some((d) => document.getText(d.range) === 'leverage') || undefined, 'the fixed squiggle to clear');
    assert.ok(rapportDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Act now'), 'other findings stay');
  });

  it('checks while typing, without saving', async () => {
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\nWhat are you waiting for?\n'));
    assert.ok(document.isDirty);
    await until(() => rapportDiagnostics(document.uri).some((d) => document.getText(d.range) === 'What are you waiting for'), 'a squiggle on the typed sentence');
  });

  it('shows the sentence rewrites in the light-bulb menu and applies one in a click', async () => {
    const target = await until(() => rapportDiagnostics(document.uri).find((d) => document.getText(d.range) === 'best-in-class'), 'the “best-in-class” squiggle');
    editor.selection = new vscode.Selection(target.range.start, target.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await new Promise((done) => setTimeout(done, 1200));
    await screenshot('quick-fix-menu');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range);
    const rewrite = actions.find((a) => a.isPreferred && a.title.startsWith('Rewrite'))!;
    assert.ok(rewrite, `actions: ${actions.map((a) => a.title).join(', ')}`);
    // The light bulb shows the sentence a click will write.
    assert.equal(rewrite.title, 'Rewrite: “Our excellent team uses peat-free compost in every pot.”');
    const line = target.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(rewrite.edit!));
    // The rewrite covers its own sentence; the sentence before it on the line keeps its squiggles.
    const kept = 'We use our decades of expertise in order to facilitate your gardening journey.';
    assert.equal(document.lineAt(line).text, `${kept} Our excellent team uses peat-free compost in every pot.`);
    await until(() => !rapportDiagnostics(document.uri).some((d) => d.range.start.line === line && d.range.start.character > kept.length) || undefined, 'the rewritten sentence to be clean');
    assert.ok(rapportDiagnostics(document.uri).some((d) => document.getText(d.range) === 'in order to'));
  });

  it('rewrites every flagged sentence at once, as one undo step', async () => {
    const before = document.getText();
    const result = await vscode.commands.executeCommand<{ applied: number }>('rapport.rewriteAll', { preview: false });
    assert.ok(result && result.applied >= 2, `applied ${result?.applied}`);
    await until(() => document.getText() !== before || undefined, 'the rewrite to land');
    const after = document.getText();
    assert.match(after, /^# Huge spring sale\.$/m);
    assert.match(after, /^Save 30% on every planter in the shop\./m);
    assert.ok(after.includes('Hi {{first_name}},') && after.includes('[care guide](https://example.com/care)'), 'merge tags and links kept');
    await until(() => rapportDiagnostics(document.uri).every((d) => !/^(?:HUGE SPRING SALE|Act now)$/.test(document.getText(d.range))) || undefined, 'the rewritten squiggles to clear');
    await vscode.commands.executeCommand('undo');
    await until(() => document.getText() === before || undefined, 'one undo to restore the text');
  });

  it('restarts the language server when it dies, and keeps checking', async () => {
    const api = vscode.extensions.getExtension('rapport.rapport')!.exports as { client: () => { sendRequest<T>(method: string): Promise<T>; isRunning(): boolean } };
    const pid = await api.client().sendRequest<number>('rapport/processId');
    assert.ok(pid > 0);
    process.kill(pid, 'SIGKILL');
    const newPid = await until(async () => {
      const client = api.client();
      if (!client.isRunning()) return undefined;
      const current = await client.sendRequest<number>('rapport/processId').catch(() => undefined);
      return current && current !== pid ? current : undefined;
    }, 'a new server process', 30000);
    assert.notEqual(newPid, pid);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\nLast chance to join!\n'));
    await until(() => rapportDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Last chance'), 'diagnostics from the restarted server');
  });

  it('follows settings: a rule set to off disappears', async () => {
    const config = vscode.workspace.getConfiguration('rapport', document.uri);
    await config.update('rules', { 'impersonal.corporatese': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until(() => !rapportDiagnostics(document.uri).some((d) => (d.code as { value: string }).value === 'impersonal.corporatese') || undefined, 'corporatese to turn off');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => rapportDiagnostics(document.uri).some((d) => (d.code as { value: string }).value === 'impersonal.corporatese') || undefined, 'corporatese to come back');
  });

  it('says "partly checked" in the status bar, and why, for a line with no full stops', async () => {
    const line = `${'our customers love the quick brown fox and the lazy dog '.repeat(200)}so act now`;
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: line });
    await vscode.window.showTextDocument(document);
    const api = vscode.extensions.getExtension('rapport.rapport')!.exports as { status: () => { text: string; tooltip?: string; visible: boolean } };
    const status = await until(() => {
      const s = api.status();
      return s.visible && /partly checked/.test(s.text) ? s : undefined;
    }, 'the partly-checked status');
    assert.match(status.tooltip ?? '', /Partly checked:\n• This sentence runs on for [\d,]+ characters without a full stop/);
    const notes = await until(() => {
      const d = rapportDiagnostics(document.uri).filter((x) => x.severity === vscode.DiagnosticSeverity.Information && (x.code as string | undefined) === 'rapport.notice');
      return d.length ? d : undefined;
    }, 'the information note');
    assert.equal(notes[0].range.start.character, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps squiggles correct while typing in a 1 MB document', async function () {
    this.timeout(180000);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'one-megabyte.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(marketingDocument(1_000_000, 7)));
    const big = await vscode.workspace.openTextDocument(uri);
    const bigEditor = await vscode.window.showTextDocument(big);
    const initial = await until(() => {
      const d = rapportDiagnostics(uri);
      return d.length > 1000 ? d : undefined;
    }, 'diagnostics for the whole 1 MB document', 150000);
    // Type a pressure phrase into a plain line in the middle.
    const line = Math.floor(big.lineCount / 2);
    const target = [...Array(200).keys()].map((i) => line + i).find((l) => big.lineAt(l).text === '') ?? line;
    await bigEditor.edit((edit) => edit.insert(new vscode.Position(target, 0), 'Hurry, this is your last chance.'));
    const after = await until(() => {
      const d = rapportDiagnostics(uri);
      return d.some((x) => x.range.start.line === target && big.getText(x.range) === 'Hurry') ? d : undefined;
    }, 'a squiggle on the typed phrase', 60000);
    // Every squiggle still covers real words (no stale or shifted ranges), and the rest of the document kept its findings.
    for (const d of after) assert.ok(/\S/.test(big.getText(d.range)), `empty range at ${d.range.start.line}:${d.range.start.character}`);
    assert.ok(after.length >= initial.length + 2, `${initial.length} → ${after.length}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});
