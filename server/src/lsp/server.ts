// The language server: the only place that speaks LSP. Platform-neutral: main.ts hands it a
// connection (stdio, IPC) and the docs location. This file wires the parts, each in its own file:
// settings per document (configuration.ts), analysis scheduling (analysis.ts), diagnostics
// (diagnostics.ts), code actions (code-actions.ts) and commands (commands.ts).
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyses } from './analysis';
import { createCodeActions, FIX_ALL_KIND, type ClientAbilities } from './code-actions';
import { registerCommands, SERVER_COMMANDS } from './commands';
import { createConfiguration, type ConfigFiles } from './configuration';
import { rangeOf } from './diagnostics';
import { hoverMarkdown } from './hover';

export type { ConfigFiles } from './configuration';
export type { FindingData } from './diagnostics';
export { DIRECTIVE_CODE, NOTICE_CODE, SOURCE } from './diagnostics';
export { FIX_ALL_KIND } from './code-actions';

export interface ServerOptions {
  /** `.rapport.json` files: found and read by the platform (main.ts), absent in a browser. */
  configFiles?: ConfigFiles;
  /** Link for a rule's documentation (docs/rules.md), or for the team-configuration section. */
  docsUrl: (ruleId: string) => string;
  /** This process's id, answered to `rapport/processId` (the restart test kills it). */
  processId?: number;
}

export interface RunningServer {
  /** Configuration files changed (the platform noticed): read them again and re-check every open document. */
  configFilesChanged(): void;
}

export function startServer(connection: Connection, options: ServerOptions): RunningServer {
  const documents = new TextDocuments(TextDocument);
  let canPull = false;
  let canWatchFiles = false;
  let client: ClientAbilities = { documentChanges: false, changeAnnotations: false, commands: new Set() };
  const configuration = createConfiguration(connection, options.configFiles, () => canPull);
  const analyses = createAnalyses(connection, documents, configuration, options.docsUrl);
  const codeActions = createCodeActions(analyses, () => client, options.docsUrl);
  registerCommands(connection, documents, analyses, codeActions);

  connection.onInitialize((params) => {
    const workspace = params.capabilities.workspace;
    canPull = workspace?.configuration === true;
    canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const init = params.initializationOptions as { settings?: unknown; clientCommands?: unknown; trusted?: unknown } | undefined;
    client = {
      documentChanges: workspace?.workspaceEdit?.documentChanges === true,
      changeAnnotations: Boolean(workspace?.workspaceEdit?.changeAnnotationSupport),
      commands: new Set(Array.isArray(init?.clientCommands) ? init.clientCommands.filter((c): c is string => typeof c === 'string') : []),
    };
    // An untrusted workspace is checked with built-in defaults: its .rapport.json is not read.
    if (init?.trusted === false) configuration.ignoreFiles();
    if (init?.settings !== undefined) configuration.pushed(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: SERVER_COMMANDS },
      },
      serverInfo: { name: 'rapport-ls' },
    };
  });

  connection.onInitialized(() => {
    if (canPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rapport' });
    // A team's .rapport.json changing re-lints every open document with it.
    if (configuration.readsFiles && canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.rapport.{json,jsonc}' }] });
    }
  });

  const configFilesChanged = () => {
    configuration.filesChanged();
    analyses.recheckAll();
  };
  connection.onDidChangeWatchedFiles(configFilesChanged);

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { rapport?: unknown } | null)?.rapport;
    if (settings !== undefined) configuration.pushed(settings);
    configuration.changed();
    analyses.recheckAll();
  });

  documents.onDidOpen(({ document }) => analyses.schedule(document, 0));
  documents.onDidChangeContent(({ document }) => analyses.changed(document));
  documents.onDidSave(({ document }) => analyses.schedule(document, 0));
  documents.onDidClose(({ document }) => {
    analyses.closed(document.uri);
    configuration.forget(document.uri);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(position);
    const hits = (await analyses.withRewrites(document, offset, 0)).filter((f) => f.offset <= offset && offset <= f.offset + f.length);
    if (hits.length === 0) return null;
    const linter = await analyses.linterFor(document);
    return {
      contents: { kind: 'markdown', value: hits.map((f) => hoverMarkdown(f, options.docsUrl, linter.ruleById)).join('\n\n---\n\n') },
      range: rangeOf(document, hits[0].offset, hits[0].length),
    };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions.forRequest(document, params) : [];
  });

  connection.onRequest('rapport/processId', () => options.processId ?? null);

  documents.listen(connection);
  connection.listen();
  return { configFilesChanged };
}
