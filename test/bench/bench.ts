// `npm run bench`: Rapport against peers on the same deterministic marketing documents (10 KB,
// 100 KB, 1 MB), each contestant in its own process. Prints median times, ratios to write-good and
// peak memory, checks the targets as ratios from this one run, and writes BENCHMARKS.md.
// Timing figures vary with the machine; the ratios are what the targets are about.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { marketingDocument } from './documents';

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

/** Peak memory of the real language server with a document open, over stdio. */
async function serverPeakRss(text: string): Promise<number> {
  const server = spawn(process.execPath, [join(ROOT, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
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
    const serverRss = await serverPeakRss(readFileSync(join(dir, '1000000.md'), 'utf8'));
    const ms = (r: { median: number } | { error: string } | undefined) => (r && 'median' in r ? r.median : NaN);
    const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
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

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
