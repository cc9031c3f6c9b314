// The path a user takes: `npm run package` builds the .vsix, the editor installs it, and it works.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, rapportDiagnostics, until } from '../suite/helpers';

describe('Rapport installed from its .vsix', () => {
  it('is the installed package, not the development folder, and activates on a sample', async () => {
    const extension = await until(() => vscode.extensions.getExtension('rapport.rapport'), 'the installed extension');
    assert.match(extension.extensionPath, /[\\/]extensions[\\/]rapport\.rapport-\d/);
    await openSample('spring-promo-email.md');
    await until(() => extension.isActive, 'activation');
  });

  it('underlines, hovers and fixes', async () => {
    const { document, editor } = await openSample('spring-promo-email.md');
    const diagnostics = await until(() => {
      const d = rapportDiagnostics(document.uri);
      return d.length >= 5 ? d : undefined;
    }, 'Rapport diagnostics');
    const urgency = diagnostics.find((d) => document.getText(d.range) === 'Act now')!;
    assert.ok(urgency, 'found “Act now”');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, urgency.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Why it feels pushy to a reader/);
    // The rule's documentation ships inside the package: the link opens a file that is there.
    const code = urgency.code as { target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\.md#pushy\.urgency$/);
    const catalogue = await vscode.workspace.fs.readFile(code.target.with({ fragment: '' }));
    assert.match(new TextDecoder().decode(catalogue), /### `pushy\.urgency` — Bare urgency/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, urgency.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit)!;
    assert.ok(fix, 'a preferred quick fix');
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.notEqual(document.getText(), before);
    await until(() => !rapportDiagnostics(document.uri).some((d) => d.range.isEqual(urgency.range) && document.getText(d.range) === 'Act now'), 'the squiggle to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    void editor;
  });
});
