// One benchmark contestant in its own process (so peak memory is its own):
//   node test/out/bench/contestant.js NAME FILE RUNS
// prints {"first":ms,"times":[ms…],"maxRssMB":n}: the first lint in the process, then each timed run (at least RUNS,
// and at least 2 s of them). Used by bench.ts.
import { readFileSync } from 'node:fs';
import { analyze, createLinter } from '../../server/src/engine';

const MIN_TOTAL_MS = 2_000;
const MAX_RUNS = 500;

async function main() {
  const [name, file, runsText] = process.argv.slice(2);
  const text = readFileSync(file, 'utf8');
  const runs = Number(runsText);
  let lint: (text: string) => unknown | Promise<unknown>;
  let input = () => text;
  switch (name) {
    case 'rapport': {
      // What the language server does for diagnostics: findings and metrics, rewrites on demand later.
      // A new linter per run (analyze() makes one): cold caches, as when a document is opened.
      lint = (t) => analyze(t, { kind: 'markdown', rewrites: false });
      break;
    }
    case 'rapport-cli': {
      // What `rapport lint --format json` does: every finding with its sentence rewrites.
      lint = (t) => analyze(t, { kind: 'markdown' });
      break;
    }
    case 'rapport-edit': {
      // The server's path: analyze() again after a one-character edit in the middle, with the caches of the previous version.
      const linter = createLinter();
      linter.analyze(text, { kind: 'markdown', rewrites: false });
      let version = 0;
      const middle = text.indexOf(' ', Math.floor(text.length / 2));
      input = () => text.slice(0, middle) + (++version % 2 ? ' x' : ' y') + text.slice(middle);
      lint = (t) => linter.analyze(t, { kind: 'markdown', rewrites: false });
      break;
    }
    case 'write-good': {
      const writeGood = require('write-good');
      lint = (t) => writeGood(t);
      break;
    }
    case 'retext': {
      const [{ unified }, english, passive, simplify, intensify, equality] = await Promise.all([
        import('unified'),
        import('retext-english'),
        import('retext-passive'),
        import('retext-simplify'),
        import('retext-intensify'),
        import('retext-equality'),
      ]);
      const processor = unified().use(english.default).use(passive.default).use(simplify.default).use(intensify.default).use(equality.default);
      lint = async (t) => processor.run(processor.parse(t));
      break;
    }
    case 'harper': {
      const { LocalLinter } = await import('harper.js');
      const { binary } = await import('harper.js/binary');
      const linter = new LocalLinter({ binary });
      await linter.setup();
      lint = (t) => linter.lint(t, { language: 'markdown' });
      break;
    }
    default:
      throw new Error(`unknown contestant ${name}`);
  }
  // The first lint in a fresh process (code paths loaded, nothing compiled yet); then the timed runs.
  const coldInput = input();
  const coldStarted = performance.now();
  await lint(coldInput);
  const first = performance.now() - coldStarted;
  // At least `runs` runs, and on until the timed runs add up to MIN_TOTAL_MS (at most MAX_RUNS): a task of a few
  // milliseconds needs many runs before V8 has compiled it, and a server repeats it on every keystroke.
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs || (total < MIN_TOTAL_MS && i < MAX_RUNS); i++) {
    const t = input();
    const started = performance.now();
    await lint(t);
    times.push(performance.now() - started);
    total += times[times.length - 1];
  }
  process.stdout.write(JSON.stringify({ first, times, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
