// Desktop entry: the language server runs as a Node process beside VS Code (IPC), on files and untitled documents.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import nodeFlags from '../../server/src/lsp/node-flags.json';
import { activateClient, deactivateClient, type RapportApi } from './client';

export type { RapportApi } from './client';

export function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: nodeFlags.flags } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = ['markdown', 'plaintext', 'html'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  return activateClient(context, documentSelector, (options) => new LanguageClient('rapport', 'Rapport', serverOptions, options));
}

export const deactivate = deactivateClient;
