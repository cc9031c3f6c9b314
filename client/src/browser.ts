// Web entry (vscode.dev, github.dev): the language server runs in a web worker, on documents of any
// scheme (vscode-vfs, vscode-remote, …): the browser has no file system of its own to prefer. The
// worker cannot read the workspace's .rapport.json files, so this client sends them, and again when they change.
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/browser';
import { CONFIG_FILES_NOTIFICATION } from '../../server/src/lsp/protocol';
import { activateClient, deactivateClient, type RapportApi } from './client';

const CONFIG_GLOB = '**/.rapport.{json,jsonc}';

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const documentSelector = ['markdown', 'plaintext', 'html'].map((language) => ({ language }));
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server/out/worker.js').toString(true);
  // A new worker on every start, so "Restart" works (a stopped client ends its worker).
  const api = await activateClient(context, documentSelector, (options) => new LanguageClient('rapport', 'Rapport', async () => new Worker(serverMain), options));
  const client = api.client()!;
  const sendConfigFiles = async () => {
    const uris = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**', 100);
    const files = await Promise.all(uris.map(async (uri) => ({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) })));
    if (client.isRunning()) await client.sendNotification(CONFIG_FILES_NOTIFICATION, { files });
  };
  const send = () => void sendConfigFiles().catch((error) => client.warn(`Rapport could not read the workspace's .rapport.json files: ${error}`));
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(send),
    watcher.onDidChange(send),
    watcher.onDidDelete(send),
    client.onDidChangeState(({ newState }) => newState === State.Running && send()),
  );
  send();
  return api;
}

export const deactivate = deactivateClient;
