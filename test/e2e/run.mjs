// `npm run test:vscode`: the extension's tests inside a real VS Code. @vscode/test-electron's
// runTests drives them; offline, its vscodeExecutablePath is our code-server harness.
// Set RAPPORT_VSCODE_PATH to a desktop `code` to use that instead.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
} catch (error) {
  console.error(`rapport e2e: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
