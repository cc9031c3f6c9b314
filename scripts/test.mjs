// `npm test`: every check the project has, in order, stopping at the first failure:
// type-check, build, engine + protocol tests (mocha), then the tests inside a real VS Code.
// Ends with one "N passed, N failed" line over all mocha runs (what CI reads).
// RAPPORT_SKIP_VSCODE=1 skips the last step (for quick local loops; CI never sets it).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const steps = [
  ['type-check', bin('tsc'), ['-b', 'tsconfig.json']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['engine, CLI and language-server tests', bin('mocha'), ['--config', 'test/.mocharc.json']],
];
if (process.env.RAPPORT_SKIP_VSCODE !== '1') steps.push(['tests in a real VS Code', process.execPath, ['test/e2e/run.mjs']]);

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs a step, echoing its output and counting mocha's summary lines. */
function runStep(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const count = (chunk) => {
      for (const [, n, what] of String(chunk).matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) {
        totals[what === 'passing' ? 'passed' : what === 'failing' ? 'failed' : 'skipped'] += Number(n);
      }
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      count(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code, signal) => done(code ?? signal));
  });
}

let failedStep;
for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const status = await runStep(command, args);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    failedStep = name;
    break;
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (failedStep && totals.failed === 0) totals.failed = 1; // a step that failed outside mocha counts as one failure
console.log(`\nrapport: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
