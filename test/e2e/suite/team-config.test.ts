// A team's .rapport.json in a real VS Code (issue #14): its phrases and rules apply, editing it changes
// the squiggles without a reload, a bad key is underlined in the file itself, and the schema completes keys.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rapportDiagnostics, until } from './helpers';

describe('Team configuration (.rapport.json)', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const config = () => vscode.Uri.joinPath(folder(), '.rapport.json');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
  });

  it('applies a preset, a custom phrase, a channel override and a rule turned off; editing the file changes the squiggles', async () => {
    const email = vscode.Uri.joinPath(folder(), 'team-email.md');
    await write(email, 'Act now, and please circle back to me by Friday.\n\nWe are open late tonight!!\n');
    await write(
      config(),
      JSON.stringify({
        extends: 'rapport:strict',
        rules: { 'pushy.urgency': 'off' },
        phrases: [{ id: 'house.circle-back', phrases: ['circle back'], category: 'impersonal', message: 'Say “reply”.', replacements: ['reply'] }],
        overrides: [{ files: ['team-*.md'], channel: 'social' }],
      }),
    );
    try {
      const document = await vscode.workspace.openTextDocument(email);
      await vscode.window.showTextDocument(document);
      const codes = () => rapportDiagnostics(email).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
      await until(() => codes().includes('house.circle-back') || undefined, 'the team phrase');
      assert.ok(!codes().includes('pushy.urgency'), 'urgency is off');
      // The social channel makes exclamation marks information, even under the strict preset.
      const bangs = rapportDiagnostics(email).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'pushy.exclamations');
      assert.equal(bangs?.severity, vscode.DiagnosticSeverity.Information);
      await write(config(), JSON.stringify({ extends: 'rapport:strict' }));
      await until(() => (codes().includes('pushy.urgency') && !codes().includes('house.circle-back')) || undefined, 'the squiggles to follow the edited file');
    } finally {
      await vscode.workspace.fs.delete(email).then(undefined, () => undefined);
    }
  });

  it('underlines a bad key in the file itself, and completes rule ids from the schema', async () => {
    await write(config(), '{\n  "rules": { "pushy.urgency": "loud" },\n  "colour": "blue"\n}\n');
    const sample = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'spring-promo-email.md'));
    await vscode.window.showTextDocument(sample);
    const document = await vscode.workspace.openTextDocument(config());
    await vscode.window.showTextDocument(document);
    // Rapport's own diagnostic names the key; VS Code's JSON support validates against the contributed schema.
    await until(() => rapportDiagnostics(config()).some((d) => /pushy\.urgency/.test(d.message) && d.range.start.line === 1) || undefined, "Rapport's warning on the bad severity");
    await until(() => vscode.languages.getDiagnostics(config()).some((d) => d.source !== 'rapport' && d.range.start.line === 2) || undefined, 'the schema flagging the unknown key');
    await write(config(), '{\n  "rules": {  }\n}\n');
    const reopened = await until(async () => ((await vscode.workspace.openTextDocument(config())).getText().includes('{  }') ? vscode.workspace.openTextDocument(config()) : undefined), 'the rewritten file');
    const completions = await until(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', reopened.uri, new vscode.Position(1, 14));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return labels.some((l) => l.includes('pushy.urgency')) ? labels : undefined;
    }, 'rule ids completed from the schema');
    assert.ok(completions.some((l) => l.includes('impersonal.corporatese')));
  });
});
