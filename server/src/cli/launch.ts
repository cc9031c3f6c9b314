// `rapport` as installed: starts the CLI from a V8 startup snapshot when the build left one for this Node, so a
// run skips loading the NLP library and compiling the phrase lists (about a second); otherwise loads it as usual.
// The build makes the snapshot (`node server/out/cli.js --make-snapshot`); it is used only while cli-main.js and Node are unchanged.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const main = join(__dirname, 'cli-main.js');
const blob = join(__dirname, 'cli.snapshot.blob');

/** The Node and the bundle a snapshot was made for: it is used only by the same pair. */
function snapshotStamp(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `${process.version} ${process.arch} ${size} ${Math.floor(mtimeMs)}`;
}

function usableSnapshot(): boolean {
  if (process.env.RAPPORT_NO_SNAPSHOT) return false;
  try {
    return readFileSync(`${blob}.stamp`, 'utf8') === snapshotStamp(main);
  } catch {
    return false;
  }
}

/** Makes the snapshot for this Node; where Node cannot, leaves none (the CLI then loads as usual). */
function makeSnapshot(): void {
  rmSync(`${blob}.stamp`, { force: true });
  const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', main], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (made.status !== 0) {
    rmSync(blob, { force: true });
    process.stderr.write(`rapport: no startup snapshot for Node ${process.version}; the CLI will load without one\n`);
    return;
  }
  writeFileSync(`${blob}.stamp`, snapshotStamp(main));
}

if (process.argv[2] === '--make-snapshot') makeSnapshot();
else if (usableSnapshot()) {
  // "--" ends Node's own options: the user's "--help" is the CLI's.
  const run = spawnSync(process.execPath, [...process.execArgv, '--snapshot-blob', blob, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) {
    process.stderr.write(`rapport: could not start from the snapshot (${run.error.message}); set RAPPORT_NO_SNAPSHOT=1 to skip it\n`);
    process.exitCode = 2;
  } else if (run.signal) process.kill(process.pid, run.signal);
  else process.exitCode = run.status ?? 2;
} else {
  require(main);
}
