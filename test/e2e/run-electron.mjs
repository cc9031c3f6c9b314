// `npm run test:electron`: the same tests in a desktop VS Code that @vscode/test-electron
// downloads. Needs internet; on offline machines use `npm run test:vscode`.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
cpSync(join(repo, 'samples'), workspace, { recursive: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(repo, 'test/out/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (error) {
  console.error(`rapport e2e: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
