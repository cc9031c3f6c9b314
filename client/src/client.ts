// Rapport's VS Code client, shared by the desktop and the web entries: starts the language server,
// shows its status, offers commands. Thin by design: no analysis here, and the NLP library never
// loads on the extension host. The entries differ only in how the server runs (a Node process, a web worker).
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { APPLY_REWRITES_COMMAND, IGNORE_PHRASE_COMMAND, INSERT_SNIPPET_COMMAND, REPORT_REQUEST, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';

// The server's own messages (server/src/lsp/protocol.ts: constants and types only).
const REPORT_SCHEME = 'rapport-report';

/** What tests (and other extensions) can read: the client and what the status bar shows. */
export interface RapportApi {
  client: () => BaseLanguageClient | undefined;
  status: () => { text: string; tooltip: string | undefined; visible: boolean };
}

let client: BaseLanguageClient | undefined;

/** What "Create a .rapport.json" writes: every key a team starts with, at its default. */
const STARTER_CONFIG = `${JSON.stringify({ extends: 'rapport:recommended', rules: {}, ignoredPhrases: [], phrases: [], overrides: [] }, null, 2)}\n`;

/**
 * Starts the client with the server `createClient` makes, for the documents `documentSelector` picks.
 * The report's virtual documents are never sent to the server.
 */
export async function activateClient(
  context: vscode.ExtensionContext,
  documentSelector: DocumentSelector,
  createClient: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<RapportApi> {
  const output = vscode.window.createOutputChannel('Rapport', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // Commands this client runs for the server's code actions (the server offers them only when listed).
    // In an untrusted workspace the server reads no .rapport.json (package.json: untrustedWorkspaces "limited").
    initializationOptions: () => ({ clientCommands: [IGNORE_PHRASE_COMMAND, INSERT_SNIPPET_COMMAND], trusted: vscode.workspace.isTrusted }),
    middleware: {
      didOpen: (document, next) => (document.uri.scheme === REPORT_SCHEME ? Promise.resolve() : next(document)),
    },
  };
  client = createClient(clientOptions);

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
      status.text = `$(comment-discussion) ${params.score} · ${pushy} pushy · ${impersonal} impersonal${params.notes?.length ? ' · $(info) partly checked' : ''}`;
      status.tooltip =
        `Rapport reader focus: ${params.score}/100` +
        (pushy + impersonal === 0 ? ' — this reads like a person talking to a person.' : ' — hover an underline to see why it may push a reader away.') +
        (params.invitesReply ? '' : '\nThe piece never asks the reader anything.') +
        (params.notes?.length ? `\n\nPartly checked:\n${params.notes.map((n) => `• ${n}`).join('\n')}` : '') +
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
    // Trust granted: restart, so the server now reads the workspace's .rapport.json.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    vscode.commands.registerCommand('rapport.restart', async () => {
      await restart();
      vscode.window.setStatusBarMessage('Rapport restarted', 3000);
    }),
    vscode.commands.registerCommand('rapport.showOutput', () => output.show(true)),
    // The walkthrough's first step: a sample that ships in the package.
    vscode.commands.registerCommand('rapport.openSample', async () => {
      await vscode.window.showTextDocument(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample-email.md'));
    }),
    // A starter .rapport.json in the first workspace folder (opened as it is when there is one already).
    vscode.commands.registerCommand('rapport.createConfig', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        vscode.window.showInformationMessage('Rapport: open a folder first; the .rapport.json goes at its top.');
        return;
      }
      const target = vscode.Uri.joinPath(folder.uri, '.rapport.json');
      const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
      if (!exists) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(STARTER_CONFIG));
      await vscode.window.showTextDocument(target);
    }),
    vscode.commands.registerCommand('rapport.rewriteAll', async (options?: { preview?: boolean }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      // The server builds one annotated edit; VS Code previews it (refactor preview) and applies it as one undo step.
      const result = await vscode.commands.executeCommand<{ applied: number; message?: string }>(APPLY_REWRITES_COMMAND, editor.document.uri.toString(), options?.preview !== false);
      if (result && result.applied === 0 && result.message) vscode.window.showInformationMessage(`Rapport: ${result.message}`);
      return result;
    }),
    vscode.commands.registerCommand(IGNORE_PHRASE_COMMAND, async (phrase: string) => {
      const config = vscode.workspace.getConfiguration('rapport');
      const current = config.get<string[]>('ignoredPhrases') ?? [];
      if (current.some((p) => p.toLowerCase() === phrase.toLowerCase())) return;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('ignoredPhrases', [...current, phrase], target);
      vscode.window.setStatusBarMessage(`Rapport will leave “${phrase}” alone (rapport.ignoredPhrases).`, 4000);
    }),
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, snippet: string) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? (await vscode.window.showTextDocument(vscode.Uri.parse(uri)));
      const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      // Replace the whole sentence holding the pressure phrase with the snippet.
      const line = editor.document.lineAt(target.start.line).text;
      const sentenceStart = Math.max(line.lastIndexOf('. ', target.start.character) + 2, line.lastIndexOf('! ', target.start.character) + 2, 0);
      const after = line.slice(target.end.character).search(/[.!?](?:\s|$)/);
      const sentenceEnd = after < 0 ? line.length : target.end.character + after + 1;
      await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Range(target.start.line, sentenceStart, target.start.line, sentenceEnd));
    }),
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

/** Stops and starts the server (the browser client has no restart of its own). */
async function restart(): Promise<void> {
  if (!client) return;
  if (client.isRunning()) await client.stop();
  await client.start();
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
}
