// `npm test`: every check the project has, in order, stopping at the first failure:
// type-check, build, engine + protocol tests (mocha), then the tests inside a real VS Code.
// Ends with one "N passed, N failed" line over all mocha runs (what CI reads).
// RAPPORT_SKIP_VSCODE=1 skips the last step (for quick local loops; CI never sets it).
// Each step has a deadline (minutes; RAPPORT_STEP_MINUTES=N raises all): a step that hangs is stopped
// with its whole process tree and reported, with what was still running, instead of stalling CI.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const minutes = (usual) => Math.max(usual, Number(process.env.RAPPORT_STEP_MINUTES) || 0);
const steps = [
  ['type-check', bin('tsc'), ['-b', 'tsconfig.json'], minutes(5)],
  ['build', process.execPath, ['scripts/build.mjs'], minutes(5)],
  ['engine, CLI and language-server tests', bin('mocha'), ['--config', 'test/.mocharc.json'], minutes(12)],
];
if (process.env.RAPPORT_SKIP_VSCODE !== '1') steps.push(['tests in a real VS Code', process.execPath, ['test/e2e/run.mjs'], minutes(20)]);

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Runs a step in its own process group, echoing its output and counting mocha's summary lines. */
function runStep(command, args, limitMinutes) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const deadline = setTimeout(() => {
      console.error(`\n✖ still running after ${limitMinutes} min; what was running:`);
      console.error(spawnSync('ps', ['-eo', 'pid,ppid,etime,args', '--sort=start_time'], { encoding: 'utf8' }).stdout ?? '(ps unavailable)');
      stopGroup(child.pid, 'SIGTERM'); // the e2e harness cleans up its browser and code-server on SIGTERM
      setTimeout(() => stopGroup(child.pid, 'SIGKILL'), 15_000).unref();
    }, limitMinutes * 60_000);
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
    // The step ends when its process exits: a stray grandchild holding the output pipe must not hold CI.
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      const finish = () => {
        stopGroup(child.pid, 'SIGKILL'); // strays left in the step's group
        done(code ?? signal);
      };
      const grace = setTimeout(finish, 5_000);
      child.once('close', () => {
        clearTimeout(grace);
        finish();
      });
    });
  });
}

function stopGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {}
}

let failedStep;
for (const [name, command, args, limitMinutes] of steps) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const status = await runStep(command, args, limitMinutes);
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
