// `npm run test:vscode`: the extension's tests inside a real VS Code. @vscode/test-electron's
// runTests drives them; offline, its vscodeExecutablePath is our code-server harness.
// Set RAPPORT_VSCODE_PATH to a desktop `code` to use that instead.
import { runTests } from '@vscode/test-electron';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The tests edit documents; give them a copy of the samples, never the real ones.
const workspace = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
cpSync(join(repo, 'samples'), workspace, { recursive: true });
try {
  await runTests({
    vscodeExecutablePath: process.env.RAPPORT_VSCODE_PATH ?? join(repo, 'test/e2e/harness.mjs'),
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(repo, 'test/out/e2e/suite/index.js'),
    launchArgs: [workspace],
  });
  if (!process.env.RAPPORT_VSCODE_PATH) {
    // The path a user takes: the packaged .vsix installed into a clean editor. The tests run from a
    // stand-in development extension, so the Rapport they meet is the installed one.
    const vsix = join(workspace, '..', `rapport-e2e-${process.pid}.vsix`);
    execFileSync(process.execPath, [join(repo, 'scripts/package.mjs'), vsix], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
    const driver = mkdtempSync(join(tmpdir(), 'rapport-e2e-driver-'));
    writeFileSync(join(driver, 'package.json'), JSON.stringify({ name: 'rapport-e2e-driver', publisher: 'rapport-test', version: '0.0.0', engines: { vscode: '^1.100.0' } }));
    try {
      await runTests({
        vscodeExecutablePath: join(repo, 'test/e2e/harness.mjs'),
        extensionDevelopmentPath: driver,
        extensionTestsPath: join(repo, 'test/out/e2e/installed/index.js'),
        launchArgs: [workspace, `--install-extension=${vsix}`],
      });
    } finally {
      rmSync(driver, { recursive: true, force: true });
      rmSync(vsix, { force: true });
    }
    // VS Code for the web: the language server as a web worker in the harness's Chromium, spoken to over the browser transport.
    // --exit and a deadline: a browser that will not close must not keep the run waiting.
    const web = spawnSync(process.execPath, [join(repo, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--exit', '--timeout', '120000', join(repo, 'test/out/e2e/web/*.test.js')], { cwd: repo, stdio: 'inherit', timeout: 400_000, killSignal: 'SIGKILL' });
    if (web.status !== 0) throw new Error(`the web-worker tests failed (exit ${web.status ?? web.signal})`);
  }
} catch (error) {
  console.error(`rapport e2e: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
