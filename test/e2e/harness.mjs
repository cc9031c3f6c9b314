#!/usr/bin/env node
// A stand-in for the `code` executable that runs a real VS Code (code-server 4.100.3, VS Code
// 1.100.3) in Debian's Chromium. @vscode/test-electron's runTests() uses it as its
// vscodeExecutablePath on machines without internet; `npm start` uses it with --open.
//
//   harness.mjs --extensionDevelopmentPath=DIR [--extensionTestsPath=FILE] [FOLDER]   run tests, exit with their result
//   harness.mjs --open --extensionDevelopmentPath=DIR [FOLDER]                         serve until Ctrl+C, print the URL
//   … --install-extension=FILE.vsix                                                   install a packaged extension first
//
// Tests can ask for a screenshot by logging "[e2e:screenshot] NAME"; the harness saves
// NAME.png in $RAPPORT_E2E_SCREENSHOTS and then writes NAME.done into $RAPPORT_E2E_HANDSHAKE.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const home = resolve(process.env.VSCODE_E2E_HOME ?? join(repo, '.vscode-test/e2e'));
const TIMEOUT_MS = Number(process.env.RAPPORT_E2E_TIMEOUT_MS ?? 300_000);

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const openMode = args.includes('--open');
const extensionPath = resolve(option('extensionDevelopmentPath') ?? repo);
const testsPath = option('extensionTestsPath');
const folder = resolve(args.filter((a) => !a.startsWith('-')).pop() ?? join(repo, 'samples'));
if (!openMode && !testsPath) fail('--extensionTestsPath is required (or --open to just serve)');

if (!existsSync(join(home, '.installed-4.100.3'))) {
  const install = spawnSync('bash', [join(here, 'install.sh')], { stdio: 'inherit', env: { ...process.env, VSCODE_E2E_HOME: home } });
  if (install.status !== 0) fail('could not install the offline VS Code (see the messages above)');
}

const run = mkdtempSync(join(home, 'run-'));
for (const dir of ['xdg', 'xdg-data', 'tmp', 'user-data/User', 'extensions']) mkdirSync(join(run, dir), { recursive: true });
writeFileSync(join(run, 'config.yaml'), 'auth: none\ncert: false\n');
writeFileSync(
  join(run, 'user-data/User/settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'git.openRepositoryInParentFolders': 'never',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
  }),
);
const screenshots = resolve(process.env.RAPPORT_E2E_SCREENSHOTS ?? join(repo, '.vscode-test/screenshots'));
const handshake = join(run, 'handshake');
mkdirSync(screenshots, { recursive: true });
mkdirSync(handshake, { recursive: true });

// --install-extension=FILE.vsix: the path a user takes, installed into this run's extensions folder first.
const vsix = option('install-extension');
if (vsix) {
  const installed = spawnSync(join(home, 'cs/node_modules/.bin/code-server'), ['--install-extension', resolve(vsix), '--extensions-dir', join(run, 'extensions'), '--user-data-dir', join(run, 'user-data')], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: join(run, 'xdg'), XDG_DATA_HOME: join(run, 'xdg-data') },
  });
  if (installed.status !== 0) fail(`could not install ${vsix}: ${installed.stderr || installed.stdout}`);
}

const port = Number(process.env.RAPPORT_E2E_PORT ?? (await freePort()));
const codeServer = spawn(
  join(home, 'cs/node_modules/.bin/code-server'),
  [
    '--config', join(run, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--disable-file-downloads', '--user-data-dir', join(run, 'user-data'), '--extensions-dir', join(run, 'extensions'), folder,
  ],
  {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}',
      XDG_CONFIG_HOME: join(run, 'xdg'),
      XDG_DATA_HOME: join(run, 'xdg-data'),
      TMPDIR: join(run, 'tmp'),
      RAPPORT_E2E_HANDSHAKE: handshake,
    },
  },
);
const serverLog = [];
codeServer.stdout.on('data', (d) => serverLog.push(String(d)));
codeServer.stderr.on('data', (d) => serverLog.push(String(d)));

let browser;
let exitCode = 1;
const cleanup = async () => {
  // A wedged browser must not hold the run: give it 10 s, then its process goes with the rest.
  await Promise.race([browser?.close().catch(() => {}), new Promise((done) => setTimeout(done, 10_000).unref())]);
  try {
    process.kill(codeServer.pid, 'SIGTERM');
  } catch {}
  await new Promise((done) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-codeServer.pid, 'SIGKILL');
      } catch {}
      done();
    }, 5000);
    codeServer.once('exit', () => {
      clearTimeout(timer);
      try {
        process.kill(-codeServer.pid, 'SIGKILL');
      } catch {}
      done();
    });
  });
  rmSync(run, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => cleanup().then(() => process.exit(143)));

try {
  await waitForHealth(port);
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(resolve(testsPath))]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  if (openMode) {
    console.log(`\nRapport is running in VS Code ${'1.100'} (code-server) on ${folder}.\nOpen this address in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
    await new Promise(() => {});
  }

  const { chromium } = createRequire(join(home, 'cs/package.json'))('playwright-core');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  let resolveExit;
  const exited = new Promise((done) => (resolveExit = done));
  await page.exposeFunction('codeAutomationLog', async (type, logArgs) => {
    const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    const shot = /\[e2e:screenshot\] ([\w.-]+)/.exec(line);
    if (shot) {
      await page.screenshot({ path: join(screenshots, `${shot[1]}.png`) });
      writeFileSync(join(handshake, `${shot[1]}.done`), '');
      console.log(`  (screenshot saved: ${join(screenshots, shot[1] + '.png')})`);
      return;
    }
    if (isWorkbenchNoise(line)) return;
    (type === 'error' ? process.stderr : process.stdout).write(line.replace(/%c/g, '').replace(/^\s*INFO color: #33f /, '') + '\n');
  });
  await page.exposeFunction('codeAutomationExit', async (code, logs) => {
    if (code !== 0 && Array.isArray(logs)) {
      const dir = join(repo, '.vscode-test/logs');
      mkdirSync(dir, { recursive: true });
      for (const { relativePath, contents } of logs) {
        const file = join(dir, relativePath.replace(/[\\/]/g, '_'));
        writeFileSync(file, contents);
      }
      console.error(`VS Code logs saved in ${dir}`);
    }
    resolveExit(code);
  });
  await page.goto(url);
  const timeout = new Promise((done) =>
    setTimeout(async () => {
      console.error(`rapport e2e: no result after ${TIMEOUT_MS / 1000} s; screenshot in ${screenshots}/timeout.png`);
      await page.screenshot({ path: join(screenshots, 'timeout.png') }).catch(() => {});
      done(124);
    }, TIMEOUT_MS),
  );
  exitCode = await Promise.race([exited, timeout]);
} catch (error) {
  console.error(`rapport e2e: ${error?.stack ?? error}`);
  console.error(serverLog.join('').slice(-4000));
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

function isWorkbenchNoise(line) {
  // Mocha's own lines (✔, numbers, titles) always pass; the workbench's chatter does not.
  if (/^\s*(✔|\d+\)|\d+ (passing|failing|pending))/.test(line)) return false;
  return /Ignoring fetching additional builtin extensions|vsda|connection token|\[ExtensionService\]|Started local extension host|ExtensionHostStarter|socket|^Extension host|Error while loading|Failed to load resource|webview|Settings Sync|ms-vscode\.|workbench\.contrib|Service Worker|ChatSessionStore|additional builtin extensions cache|^\s*$/i.test(line);
}

async function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(port) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {}
    if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

function fail(message) {
  console.error(`rapport e2e: ${message}`);
  process.exit(2);
}
