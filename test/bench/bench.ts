// `npm run bench`: Rapport against peers on the same deterministic marketing documents (10 KB,
// 100 KB, 1 MB), each contestant in its own process. Prints median times, ratios to write-good and
// peak memory, checks the targets as ratios from this one run, and writes BENCHMARKS.md.
// Timing figures vary with the machine; the ratios are what the targets are about.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { marketingDocument } from './documents';
import { hostileShapes, ordinaryOfSize } from './hostile';

const ROOT = resolve(__dirname, '../../..');
const CONTESTANT = join(__dirname, 'contestant.js');
const SIZES: Array<[string, number, number]> = [
  ['10 KB', 10_000, 21],
  ['100 KB', 100_000, 21],
  ['1 MB', 1_000_000, 5],
];
const CONTESTANTS = ['rapport', 'rapport-edit', 'rapport-cli', 'write-good', 'retext', 'harper'];
/**
 * Each contestant runs in this many processes, taken in turn with the others (rapport, write-good, …,
 * rapport, write-good, …), and the medians pool all their runs: a slow minute on a shared machine then
 * falls on every contestant alike instead of on whichever ran during it.
 */
const ROUNDS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Result = { median: number; first: number; maxRssMB: number } | { error: string };

type Round = { first: number; times: number[]; maxRssMB: number } | { error: string };

function runContestant(name: string, file: string, runs: number): Round {
  const result = spawnSync(process.execPath, [CONTESTANT, name, file, String(runs)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20 });
  if (result.status !== 0) return { error: (result.stderr || `exit ${result.status}`).split('\n')[0].slice(0, 120) };
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

/** One contestant's rounds together: the median of all timed runs, the median first lint, the highest peak memory. */
function pooled(rounds: Round[]): Result {
  const failed = rounds.find((r): r is { error: string } => 'error' in r);
  if (failed) return failed;
  const ok = rounds as Array<Exclude<Round, { error: string }>>;
  return { median: median(ok.flatMap((r) => r.times)), first: median(ok.map((r) => r.first)), maxRssMB: Math.max(...ok.map((r) => r.maxRssMB)) };
}

const PEAK_RSS = join(__dirname, 'report-peak-rss.js');
const CLI = join(ROOT, 'server/out/cli.js');
const WRITE_GOOD_CLI = join(ROOT, 'node_modules/write-good/bin/write-good.js');

/** One whole process as a user runs it: wall time, peak memory, and whether it exited cleanly (0, or 1 for findings). */
function runProcess(args: string[], timeoutMs = 300_000): { ms: number; peakMB: number; ok: boolean } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', PEAK_RSS, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const peakMB = Number(/__PEAK_RSS_MB=(\d+)/.exec(result.stderr ?? '')?.[1] ?? NaN);
  return { ms, peakMB, ok: result.status === 0 || result.status === 1 };
}

/** The median of `times` whole-process runs (the highest peak memory among them). */
function medianProcess(args: string[], times: number): { ms: number; peakMB: number; ok: boolean } {
  const runs = Array.from({ length: times }, () => runProcess(args));
  return { ms: median(runs.map((r) => r.ms)), peakMB: Math.max(...runs.map((r) => r.peakMB)), ok: runs.every((r) => r.ok) };
}

/** Peak memory of the real language server with a document open, over stdio. */
async function serverPeakRss(text: string): Promise<number> {
  // Run as \`rapport-ls --stdio\` runs it: with the Node flags of its shebang.
  const flags = /^#!.*?\bnode\b(.*)$/m.exec(readFileSync(join(ROOT, 'server/out/server.js'), 'utf8'))?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...flags, join(ROOT, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (message: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let buffer = '';
  const published = new Promise<void>((done) => {
    server.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('textDocument/publishDiagnostics')) done();
    });
  });
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///bench/1mb.md', languageId: 'markdown', version: 1, text } } });
  await Promise.race([published, new Promise((done) => setTimeout(done, 300_000))]);
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  server.kill();
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const rows: Record<string, Record<string, Result>> = {};
  try {
    for (const [label, bytes, runs] of SIZES) {
      const file = join(dir, `${bytes}.md`);
      writeFileSync(file, marketingDocument(bytes, 42));
      const rounds: Record<string, Round[]> = Object.fromEntries(CONTESTANTS.map((name) => [name, []]));
      for (let round = 1; round <= ROUNDS; round++) {
        for (const name of CONTESTANTS) {
          process.stderr.write(`  ${label} ${name} (round ${round} of ${ROUNDS})…\n`);
          const wanted = name === 'rapport-cli' ? Math.min(runs, 3) : runs;
          rounds[name].push(runContestant(name, file, Math.ceil(wanted / ROUNDS)));
        }
      }
      rows[label] = Object.fromEntries(CONTESTANTS.map((name) => [name, pooled(rounds[name])]));
    }
    const ms = (r: { median: number } | { error: string } | undefined) => (r && 'median' in r ? r.median : NaN);
    const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
    const serverRss = await serverPeakRss(readFileSync(join(dir, '1000000.md'), 'utf8'));

    // The command line as users run it: a whole process, every finding with its rewrites, in each format.
    process.stderr.write('  command line, whole process…\n');
    const formats = ['text', 'json', 'sarif'];
    const cliRows = [['100 KB', '100000.md'], ['1 MB', '1000000.md']].map(([label, name]) => {
      const file = join(dir, name);
      const writeGood = medianProcess([WRITE_GOOD_CLI, file], 3);
      const rapport = Object.fromEntries(formats.map((format) => [format, medianProcess([CLI, 'lint', '--format', format, file], 3)]));
      return { label, writeGood, rapport };
    });
    const cliLines = [
      `| Document | write-good CLI | ${formats.map((f) => `rapport lint --format ${f}`).join(' | ')} |`,
      `|---|---|${formats.map(() => '---').join('|')}|`,
      ...cliRows.map(({ label, writeGood, rapport }) =>
        `| ${label} | ${fmt(writeGood.ms)} ms (1.00×, ${writeGood.peakMB} MB) | ${formats.map((f) => `${fmt(rapport[f].ms)} ms (${(rapport[f].ms / writeGood.ms).toFixed(2)}×, ${rapport[f].peakMB} MB)`).join(' | ')} |`,
      ),
    ];
    const cli100 = cliRows[0];
    const worstCli100 = Math.max(...formats.map((f) => cli100.rapport[f].ms / cli100.writeGood.ms));
    const worstCliPeak1M = Math.max(...formats.map((f) => cliRows[1].rapport[f].peakMB));

    // Hostile inputs (issue #13): each shape through the CLI, next to ordinary copy of the same size.
    const hostileLines = ['| Input | Size | Rapport CLI | Ordinary copy, same size | Ratio | Clean exit |', '|---|---|---|---|---|---|'];
    let worstHostileRatio = 0;
    let worstHostilePeak = 0;
    for (const shape of hostileShapes()) {
      process.stderr.write(`  hostile: ${shape.name}…\n`);
      const file = join(dir, `hostile.${shape.extension}`);
      writeFileSync(file, shape.text);
      const bytes = Buffer.byteLength(shape.text);
      const hostile = runProcess([CLI, 'lint', '--format', 'json', file]);
      const ordinaryFile = join(dir, `ordinary.${shape.extension}`);
      writeFileSync(ordinaryFile, ordinaryOfSize(bytes));
      const ordinary = runProcess([CLI, 'lint', '--format', 'json', ordinaryFile]);
      const ratio = hostile.ms / ordinary.ms;
      worstHostileRatio = Math.max(worstHostileRatio, ratio);
      worstHostilePeak = Math.max(worstHostilePeak, hostile.peakMB);
      hostileLines.push(`| ${shape.name} | ${(bytes / 1000).toFixed(0)} KB | ${fmt(hostile.ms)} ms, ${hostile.peakMB} MB | ${fmt(ordinary.ms)} ms, ${ordinary.peakMB} MB | ${ratio.toFixed(2)}× | ${hostile.ok ? 'yes' : '**no**'} |`);
    }
    const lines: string[] = [];
    const heading: Record<string, string> = { rapport: 'Rapport, full lint', 'rapport-edit': 'Rapport, 1-char edit', 'rapport-cli': 'Rapport, full lint + all rewrites (CLI)' };
    lines.push(`| Document | ${CONTESTANTS.map((c) => heading[c] ?? c).join(' | ')} |`);
    lines.push(`|---|${CONTESTANTS.map(() => '---').join('|')}|`);
    for (const [label] of SIZES) {
      const wg = ms(rows[label]['write-good']);
      lines.push(
        `| ${label} | ${CONTESTANTS.map((c) => {
          const r = rows[label][c];
          if ('error' in r) return `failed: ${r.error}`;
          return `${fmt(r.median)} ms (${(r.median / wg).toFixed(2)}×, ${r.maxRssMB} MB)`;
        }).join(' | ')} |`,
      );
    }
    // The first lint in a fresh process, before the JIT has compiled anything: what opening the first document costs.
    const firstOf = (r: Result | undefined) => (r && 'first' in r ? r.first : NaN);
    const coldLines = [
      `| Document | ${CONTESTANTS.filter((c) => c !== 'rapport-edit').map((c) => heading[c] ?? c).join(' | ')} |`,
      `|---|${CONTESTANTS.filter((c) => c !== 'rapport-edit').map(() => '---').join('|')}|`,
      ...SIZES.map(([label]) => {
        const wg = firstOf(rows[label]['write-good']);
        return `| ${label} | ${CONTESTANTS.filter((c) => c !== 'rapport-edit').map((c) => `${fmt(firstOf(rows[label][c]))} ms (${(firstOf(rows[label][c]) / wg).toFixed(2)}×)`).join(' | ')} |`;
      }),
    ];
    const full100 = ms(rows['100 KB'].rapport);
    const full1M = ms(rows['1 MB'].rapport);
    const edit100 = ms(rows['100 KB']['rapport-edit']);
    const wg100 = ms(rows['100 KB']['write-good']);
    const targets: Array<[string, number, string, boolean]> = [
      ['Full lint of 100 KB against write-good', full100 / wg100, '≤ 0.5×', full100 / wg100 <= 0.5],
      ['Full lint of 1 MB against 100 KB', full1M / full100, '≤ 12×', full1M / full100 <= 12],
      ['One-character edit in 100 KB against a full lint of it', edit100 / full100, '≤ 0.1×', edit100 / full100 <= 0.1],
      ['One-character edit in 100 KB', edit100, '≤ 30 ms (aim)', edit100 <= 30],
      ['Language server peak memory, 1 MB document open', serverRss, '≤ 200 MB', serverRss <= 200],
      ['CLI as a whole process on 100 KB, slowest format, against write-good’s CLI', worstCli100, '≤ 1.0×', worstCli100 <= 1],
      ['CLI peak memory on 1 MB, any format', worstCliPeak1M, '≤ 200 MB', worstCliPeak1M <= 200],
      ['Hostile inputs: slowest against ordinary copy of the same size', worstHostileRatio, '≤ 5× (a few times)', worstHostileRatio <= 5],
      ['Hostile inputs: highest peak memory', worstHostilePeak, '≤ 500 MB', worstHostilePeak <= 500],
    ];
    const targetLines = ['| Target | Measured | Goal | Met |', '|---|---|---|---|', ...targets.map(([name, value, goal, ok]) => `| ${name} | ${goal.includes('ms') ? `${fmt(value)} ms` : goal.includes('MB') ? `${value} MB` : `${value.toFixed(3)}×`} | ${goal} | ${ok ? 'yes' : '**no**'} |`)];
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const report = [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Each cell is the median time of one`,
      `contestant linting the same generated marketing document in its own processes: ${ROUNDS} of them, run in turn with the other`,
      `contestants' so that a slow spell of a shared machine falls on all alike, each doing at least ${SIZES.map(([l, , r]) => `${Math.ceil(r / ROUNDS)} runs at ${l}`).join(', ')}`,
      'and on until its runs add up to 2 s, after a first lint that is reported separately below. Then its ratio to',
      "write-good's time on that document, and the highest peak memory of its processes. Rapport's full lint starts with empty",
      "caches every run, as the language server computes diagnostics (sentence rewrites are computed later, for the",
      "paragraph a light bulb or hover asks about). The one-character edit re-runs that after an edit in the middle",
      "of the document, with the caches the previous version left. The CLI column also computes every rewrite.",
      '',
      ...lines,
      '',
      ...targetLines,
      '',
      '## Command line, whole process',
      '',
      'What a user or a CI job waits for: `rapport lint` on the same documents as a whole process (start-up, reading,',
      "every finding with its sentence rewrites, output), next to write-good's own CLI; the median of 3 runs and the",
      'highest peak memory.',
      '',
      ...cliLines,
      '',
      '## Hostile inputs',
      '',
      'Legal files that once stalled Rapport or took gigabytes (issue #13), each through `rapport lint --format json` as a',
      'whole process, next to ordinary marketing copy of the same size. A clean exit is status 0 or 1.',
      '',
      ...hostileLines,
      '',
      'The targets compare medians: a language server is a long-lived process, so what it spends on each document is the',
      "warm figure. The very first lint in a fresh process also pays for V8 compiling the code and regular expressions (median over the processes):",
      '',
      ...coldLines,
      '',
      'Peers: write-good 1.0.8; retext-english + retext-passive + retext-simplify + retext-intensify + retext-equality;',
      'harper.js 2.10 (`LocalLinter`, Markdown). Times vary between machines and runs; compare the ratios.',
      '',
    ].join('\n');
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), report);
    process.stdout.write(report + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Exit when done: a peer's worker or a child's pipe may keep the event loop alive after the report is written.
main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
