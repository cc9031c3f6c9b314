// A minimal LSP client over real stdio for protocol tests: spawns the bundled server the way
// Neovim or Helix would (`rapport-ls --stdio`) and records what it publishes.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

// Bundled to test/out/protocol/, three levels below the repository root.
export const SERVER = resolve(__dirname, '../../../server/out/server.js');

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** workspace/applyEdit requests the server sent (answered as applied). */
  readonly appliedEdits: Array<{ label?: string; edit: unknown }> = [];
  private waiters: Array<() => void> = [];
  /** What the server gets when it asks for workspace/configuration (if the client says it supports that). */
  configuration: unknown = {};

  /** What the server wrote to stderr. */
  stderr = '';

  constructor(nodeOptions: string[] = []) {
    this.process = spawn(process.execPath, [...nodeOptions, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: { label?: string; edit: unknown }) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.wake();
      return null;
    });
    this.connection.listen();
  }

  async initialize(capabilities: object = {}, initializationOptions?: unknown): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Waits until a publishDiagnostics for `uri` satisfies `accept` (checked against every one since `after`). */
  async diagnostics(uri: string, accept: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, after = 0, timeoutMs = 15000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(after).reverse().find((p) => p.uri === uri && accept(p.diagnostics, p));
      if (hit) return hit.diagnostics;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published.slice(after).map((p) => [p.version, p.diagnostics.map((d) => d.code)]))}`);
      await new Promise<void>((done) => {
        this.waiters.push(done);
        setTimeout(done, 200);
      });
    }
  }

  async until<T>(probe: () => T | undefined, what: string, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((done) => {
        this.waiters.push(done);
        setTimeout(done, 200);
      });
    }
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.process.once('exit', (code) => done(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Applies LSP text edits to a string, last first, as an editor would. */
export function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const offsetAt = (p: { line: number; character: number }) => {
    let line = 0;
    let i = 0;
    while (line < p.line && i < text.length) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') line++;
      i++;
    }
    return i + p.character;
  };
  const sorted = edits.map((e) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}
