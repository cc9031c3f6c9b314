// Helpers for tests inside a real VS Code: open a sample, wait for Rapport, take a screenshot.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function openSample(name: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

export function rapportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rapport');
}

/** Polls every 100 ms until `probe` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Asks the harness for a screenshot of the workbench and waits until it is taken. */
export async function screenshot(name: string): Promise<void> {
  const handshake = process.env.RAPPORT_E2E_HANDSHAKE;
  if (!handshake) return; // desktop VS Code (test:electron): no harness to take it
  console.log(`[e2e:screenshot] ${name}`);
  await until(() => fs.existsSync(path.join(handshake, `${name}.done`)), `screenshot ${name}`, 20000);
}
