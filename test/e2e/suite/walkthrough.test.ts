// The first run: the "Get started with Rapport" walkthrough, and the commands its steps open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rapportDiagnostics, until } from './helpers';

describe('Get started with Rapport', () => {
  it('contributes a walkthrough whose every step links to a command that exists', async () => {
    const manifest = vscode.extensions.getExtension('rapport.rapport')!.packageJSON as { contributes: { walkthroughs: Array<{ steps: Array<{ description: string }> }> } };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 5);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough.steps) for (const m of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(m[1]), m[1]);
  });

  it('opens the sample, which Rapport checks', async () => {
    await vscode.commands.executeCommand('rapport.openSample');
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('sample-email.md') ? vscode.window.activeTextEditor : undefined), 'the sample');
    await until(() => rapportDiagnostics(editor.document.uri).length > 0 || undefined, 'its squiggles');
  });

  it('creates a starter .rapport.json in the workspace and opens it, and leaves an existing one as it is', async () => {
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.rapport.json');
    try {
      await vscode.commands.executeCommand('rapport.createConfig');
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.equal(written.extends, 'rapport:recommended');
      await until(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('.rapport.json') || undefined, 'the opened file');
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('{ "rules": {} }\n'));
      await vscode.commands.executeCommand('rapport.createConfig');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), '{ "rules": {} }\n');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
