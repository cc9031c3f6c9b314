// What the client asks the server to do beyond LSP's own requests: rewrite every flagged sentence
// (a command), and the reader-focus report of a document (a request).
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reportMarkdown } from '../engine';
import type { Analyses } from './analysis';
import type { CodeActions } from './code-actions';
import { APPLY_REWRITES_COMMAND, REPORT_REQUEST } from './protocol';

export const SERVER_COMMANDS = [APPLY_REWRITES_COMMAND];

export function registerCommands(connection: Connection, documents: TextDocuments<TextDocument>, analyses: Analyses, codeActions: CodeActions): void {
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== APPLY_REWRITES_COMMAND) return undefined;
    const [uri, preview] = (args ?? []) as [string, boolean | undefined];
    const document = documents.get(uri);
    if (!document) return { applied: 0, message: `Rapport has no open document ${uri}.` };
    const fixAll = await codeActions.rewriteAll(document, preview !== false);
    if (!fixAll) return { applied: 0, message: 'Nothing to rewrite: no flagged sentence has a safe one-click rewrite.' };
    const result = await connection.workspace.applyEdit({ label: 'Rapport: rewrite flagged sentences', edit: fixAll.edit });
    return { applied: result.applied ? fixAll.count : 0, message: result.failureReason };
  });

  connection.onRequest(REPORT_REQUEST, async ({ uri }: { uri: string }) => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `Rapport has no open document ${uri}; open it first.`);
    const { findings, metrics } = await analyses.current(document);
    if (!metrics) return { markdown: '# Rapport report\n\nRapport is not checking this file right now (see the status bar).' };
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    return { markdown: reportMarkdown(name, document.getText(), findings, metrics) };
  });
}
