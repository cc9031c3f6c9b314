// Rapport's VS Code client: starts the language server, shows its status, offers commands.
// Thin by design: no analysis here, and the NLP library never loads on the extension host.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const STATUS_NOTIFICATION = 'rapport/status';
interface StatusParams {
  uri: string;
  state: 'ok' | 'paused' | 'disabled';
  message?: string;
  counts: { pushy: number; impersonal: number };
  elapsedMs: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Rapport', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['markdown', 'plaintext', 'html'].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    initializationOptions: {},
  };
  client = new LanguageClient('rapport', 'Rapport', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('rapport.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Rapport';
  status.command = 'rapport.showOutput';
  const statusByUri = new Map<string, StatusParams>();
  const showStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const params = editor ? statusByUri.get(editor.document.uri.toString()) : undefined;
    if (!params) {
      status.hide();
      return;
    }
    if (params.state === 'ok') {
      const { pushy, impersonal } = params.counts;
      status.text = pushy + impersonal === 0 ? '$(heart) Rapport' : `$(comment-discussion) ${pushy} pushy · ${impersonal} impersonal`;
      status.tooltip = pushy + impersonal === 0 ? 'Rapport: this reads like a person talking to a person.' : 'Rapport: hover an underline to see why it may push a reader away.';
      status.backgroundColor = undefined;
    } else {
      status.text = params.state === 'paused' ? '$(debug-pause) Rapport paused' : '$(circle-slash) Rapport off';
      status.tooltip = params.message;
      status.backgroundColor = params.state === 'paused' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    status.show();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidCloseTextDocument((document) => statusByUri.delete(document.uri.toString())),
    vscode.commands.registerCommand('rapport.restart', async () => {
      await client?.restart();
      vscode.window.setStatusBarMessage('Rapport restarted', 3000);
    }),
    vscode.commands.registerCommand('rapport.showOutput', () => output.show(true)),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      statusByUri.set(params.uri, params);
      showStatus();
    }),
  );
  await client.start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
