// Web entry (vscode.dev, github.dev): the language server runs in a web worker, on documents of any
// scheme (vscode-vfs, vscode-remote, …): the browser has no file system of its own to prefer.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient, type RapportApi } from './client';

export function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const documentSelector = ['markdown', 'plaintext', 'html'].map((language) => ({ language }));
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server/out/worker.js').toString(true);
  // A new worker on every start, so "Restart" works (a stopped client ends its worker).
  return activateClient(context, documentSelector, (options) => new LanguageClient('rapport', 'Rapport', async () => new Worker(serverMain), options));
}

export const deactivate = deactivateClient;
