// `npm start`: build, then open a real VS Code with the extension on samples/.
// A desktop VS Code (`code` on PATH, or RAPPORT_VSCODE_PATH) opens in a window; otherwise the
// offline VS Code from the test harness serves it in the browser and prints the address.
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const samples = join(root, 'samples');
const code = process.env.RAPPORT_VSCODE_PATH ?? (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0 ? 'code' : undefined);
if (code) {
  console.log(`Opening ${samples} in VS Code with Rapport loaded from ${root}`);
  spawn(code, ['--extensionDevelopmentPath=' + root, samples], { stdio: 'inherit', detached: true }).unref();
} else {
  console.log('No desktop VS Code found: starting VS Code 1.100 (code-server) with Rapport loaded.');
  const harness = spawn(process.execPath, [join(root, 'test/e2e/harness.mjs'), '--open', `--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit' });
  harness.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => harness.kill('SIGINT'));
}
