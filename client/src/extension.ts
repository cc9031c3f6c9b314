// Rapport's VS Code client: starts the language server, shows its status, offers commands.
// Thin by design: no analysis here, and the NLP library never loads on the extension host.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

// The server's custom messages (server/src/lsp/server.ts).
const STATUS_NOTIFICATION = 'rapport/status';
const REPORT_REQUEST = 'rapport/report';
const REPORT_SCHEME = 'rapport-report';
interface StatusParams {
  uri: string;
  state: 'ok' | 'paused' | 'disabled';
  message?: string;
  counts: { pushy: number; impersonal: number };
  score?: number;
  invitesReply?: boolean;
  elapsedMs: number;
}

/** What tests (and other extensions) can read: the client and what the status bar shows. */
export interface RapportApi {
  client: () => LanguageClient | undefined;
  status: () => { text: string; tooltip: string | undefined; visible: boolean };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<RapportApi> {
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
  status.command = 'rapport.showReport';
  let statusVisible = false;
  const statusByUri = new Map<string, StatusParams>();
  const showStatus = () => {
    const editor = vscode.window.activeTextEditor;
    // With a preview or panel focused there is no text editor: keep showing the last document's status.
    if (!editor && statusVisible) return;
    const params = editor ? statusByUri.get(editor.document.uri.toString()) : undefined;
    if (!params) {
      status.hide();
      statusVisible = false;
      return;
    }
    if (params.state === 'ok') {
      const { pushy, impersonal } = params.counts;
      status.text = `$(comment-discussion) ${params.score} · ${pushy} pushy · ${impersonal} impersonal`;
      status.tooltip =
        `Rapport reader focus: ${params.score}/100` +
        (pushy + impersonal === 0 ? ' — this reads like a person talking to a person.' : ' — hover an underline to see why it may push a reader away.') +
        (params.invitesReply ? '' : '\nThe piece never asks the reader anything.') +
        '\nClick for the report.';
      status.backgroundColor = undefined;
    } else {
      status.text = params.state === 'paused' ? '$(debug-pause) Rapport paused' : '$(circle-slash) Rapport off';
      status.tooltip = params.message;
      status.backgroundColor = params.state === 'paused' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    status.show();
    statusVisible = true;
  };

  // The report opens as a read-only virtual document (never linted: the client only syncs file and untitled ones).
  const reports = new Map<string, string>();
  const reportChanged = new vscode.EventEmitter<vscode.Uri>();

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
    reportChanged,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
      onDidChange: reportChanged.event,
      provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand('rapport.showReport', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) {
        vscode.window.showInformationMessage('Rapport: open a Markdown, plain-text or HTML file to see its report.');
        return;
      }
      const { markdown } = await client.sendRequest<{ markdown: string }>(REPORT_REQUEST, { uri: editor.document.uri.toString() });
      const name = editor.document.uri.path.split('/').pop() ?? 'document';
      const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/Rapport report (${name})`, query: editor.document.uri.toString() });
      reports.set(uri.toString(), markdown);
      reportChanged.fire(uri);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => vscode.window.showTextDocument(document, vscode.ViewColumn.Beside));
    }),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      statusByUri.set(params.uri, params);
      showStatus();
    }),
  );
  await client.start();
  return { client: () => client, status: () => ({ text: status.text, tooltip: typeof status.tooltip === 'string' ? status.tooltip : undefined, visible: statusVisible }) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
