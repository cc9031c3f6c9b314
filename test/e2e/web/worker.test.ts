// VS Code for the web (issue #15): Rapport's language server as a web worker in a real browser
// (headless Chromium), spoken to over the browser transport by a page, as vscode.dev would. The page
// (page.browser.ts) opens a document of a web-only scheme and asks for diagnostics, hover and fixes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';

const repo = resolve(__dirname, '../../../..');
const home = resolve(process.env.VSCODE_E2E_HOME ?? join(repo, '.vscode-test/e2e'));
/** What the page may load: the worker bundle, the page, and the docs the hover links to. */
const SERVED: Record<string, string> = {
  '/server/out/worker.js': 'text/javascript',
  '/test/out/e2e/web/page.browser.js': 'text/javascript',
  '/docs/rules.md': 'text/markdown',
};

interface Result {
  diagnostics?: Array<{ code: string; message: string }>;
  hover?: string;
  actions?: Array<{ title: string; isPreferred?: boolean }>;
  fixAll?: number;
  withConfig?: Array<{ code: string; message: string }>;
  error?: string;
}

/** The little of playwright-core this test uses (the package lives with the harness, not in node_modules). */
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  waitForFunction(fn: () => unknown, arg: undefined, options: { timeout: number }): Promise<unknown>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

describe('Rapport in a web worker (VS Code for the web)', function () {
  this.timeout(120_000);
  let server: Server;
  let origin: string;
  // playwright-core comes with the offline VS Code the e2e harness installs (test/e2e/install.sh).
  const { chromium } = createRequire(join(home, 'cs/package.json'))('playwright-core') as { chromium: { launch(options: object): Promise<Browser> } };
  let browser: Browser;

  before(async () => {
    server = createServer((request, response) => {
      const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><meta charset="utf-8"><title>Rapport web worker</title><script src="/test/out/e2e/web/page.browser.js"></script>');
      } else if (path === '/favicon.ico') {
        response.writeHead(204).end();
      } else if (SERVED[path]) {
        response.writeHead(200, { 'content-type': SERVED[path] });
        response.end(readFileSync(join(repo, path)));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      timeout: 90_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      server?.closeAllConnections();
      server?.close();
    }
  });

  it('publishes diagnostics, answers hover with a docs link that resolves, offers quick fixes and fix-all, and applies the .rapport.json the client sends', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(origin);
    await page.waitForFunction(() => {
      const r = (globalThis as unknown as { rapportResult?: Result }).rapportResult;
      return r && (r.error || r.withConfig !== undefined);
    }, undefined, { timeout: 60_000 });
    const result = (await page.evaluate(() => (globalThis as unknown as { rapportResult: Result }).rapportResult)) as Result;
    assert.equal(result.error, undefined, result.error);
    assert.deepEqual(errors, []);
    const codes = result.diagnostics!.map((d) => d.code);
    assert.ok(codes.includes('pushy.urgency'), codes.join(', '));
    assert.ok(codes.some((c) => c.startsWith('impersonal.')), codes.join(', '));
    assert.match(result.hover!, /Why it feels pushy to a reader/);
    const link = /\[About this rule\]\(([^)]+)\)/.exec(result.hover!)![1];
    assert.equal(link, `${origin}/docs/rules.md#pushy.urgency`);
    const docs = await page.evaluate(async (url) => (await fetch(url)).text(), link);
    assert.match(docs, /### `pushy\.urgency` — Bare urgency/);
    assert.ok(result.actions!.some((a) => a.isPreferred), JSON.stringify(result.actions));
    assert.ok(result.actions!.some((a) => /^Ignore pushy\.urgency on this line$/.test(a.title)));
    assert.ok(result.fixAll! >= 1);
    // The team's .rapport.json, as the web client sends it: its rule setting and its own phrase apply.
    const withConfig = result.withConfig!.map((d) => d.code);
    assert.ok(withConfig.includes('house.garden-solutions') && !withConfig.includes('pushy.urgency'), withConfig.join(', '));
    await page.close();
  });
});
