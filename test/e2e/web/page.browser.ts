// Runs in a real browser page: starts Rapport's language server in a web worker and speaks LSP to it
// over the browser transport, as VS Code for the web does. The test reads `window.rapportResult`.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

interface Result {
  diagnostics?: Array<{ code: string; message: string; range: { start: { line: number; character: number } } }>;
  hover?: string;
  actions?: Array<{ title: string; isPreferred?: boolean }>;
  fixAll?: number;
  withConfig?: Result['diagnostics'];
  error?: string;
}
const result: Result = {};
(globalThis as unknown as { rapportResult: Result }).rapportResult = result;

async function main(): Promise<void> {
  const worker = new Worker('/server/out/worker.js');
  const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  const published = new Promise<Result['diagnostics']>((done) =>
    connection.onNotification('textDocument/publishDiagnostics', (params: { diagnostics: Result['diagnostics'] }) => {
      if (params.diagnostics!.length) done(params.diagnostics);
    }),
  );
  connection.listen();
  await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
  await connection.sendNotification('initialized', {});
  // A document of a scheme only the web has: no file system behind it.
  const uri = 'vscode-vfs://github/rapport/samples/email.md';
  const text = '# Spring sale\n\nAct now and save 20% on every planter. We are a leading provider of garden solutions.\n';
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  result.diagnostics = await published;
  const urgency = result.diagnostics!.find((d) => d.code === 'pushy.urgency')!;
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: urgency.range.start })) as { contents: { value: string } };
  result.hover = hover.contents.value;
  result.actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: urgency.range,
    context: { diagnostics: [urgency], only: ['quickfix'] },
  });
  const fixAll = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: urgency.range, context: { diagnostics: [], only: ['source.fixAll.rapport'] } })) as Array<{ edit: { documentChanges: Array<{ edits: unknown[] }> } }>;
  result.fixAll = fixAll[0]?.edit.documentChanges[0].edits.length ?? 0;

  // The team's .rapport.json, sent by the client (the worker has no file system): urgency off, a phrase of its own.
  const again = new Promise<Result['diagnostics']>((done) =>
    connection.onNotification('textDocument/publishDiagnostics', (params: { diagnostics: Result['diagnostics'] }) => {
      if (params.diagnostics!.some((d) => d.code === 'house.garden-solutions')) done(params.diagnostics);
    }),
  );
  await connection.sendNotification('rapport/configFiles', {
    files: [{ uri: 'vscode-vfs://github/rapport/.rapport.json', text: JSON.stringify({ rules: { 'pushy.urgency': 'off' }, phrases: [{ id: 'house.garden-solutions', phrases: ['garden solutions'], category: 'impersonal' }] }) }],
  });
  result.withConfig = await again;
}

main().catch((error) => {
  result.error = String(error?.stack ?? error);
});
