// `rapport` command line: the same engine as the editor, for terminals and CI.
// Exit codes: 0 nothing at the failing severity, 1 findings at it (default: error), 2 usage, config or input error.
import { parseArgs } from 'node:util';
import { startupSnapshot } from 'node:v8';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, isDynamicPattern } from 'tinyglobby';
import { applyFixes, batchFixes, CHANNELS, configForFile, lintersByConfig, PRESETS, profilesMarkdown, kindFromPath, rules, rulesMarkdown, rulesTableMarkdown, validateConfig, toLinterConfig, SEVERITIES, type DocumentKind, type Linter, type RapportConfig, type Severity } from '../engine';
import { findConfigFile, parseConfig } from '../node/config-file';
import { toJson, toSarif, toText, unifiedDiff, type FileReport } from './format';
import { version } from '../../../package.json';

const USAGE = `Usage: rapport lint [files, folders or globs…] [options]
       rapport rules [--format text|json|markdown]
       rapport channels [--format text|json|markdown]   presets and channel profiles

Finds pushy and impersonal sentences in marketing copy (Markdown, HTML, plain text).

Options:
  --format text|json|sarif     output format (default: text)
  --stdin                      read the document from standard input
  --language markdown|plaintext|html
                               how to read standard input (default: markdown)
  --stdin-filename NAME        the path to report for standard input
  --config FILE                a .rapport.json file for every file (default: the nearest
                               .rapport.json or .rapport.jsonc at or above each file)
  --rule ID=SEVERITY           set a rule to off|info|warning|error (repeatable)
  --fail-on info|warning|error exit 1 when a finding is at least this severe (default: error)
  --max-file-size BYTES        skip larger files with an error (default: 10000000)
  --fix                        apply the preferred fix of every finding to the files
  --fix-dry-run                print the preferred fixes as a unified diff; change nothing
  --no-color                   plain text output
  -h, --help                   this help
  -v, --version                the version

Folders are searched for .md, .markdown, .mdx, .txt, .html and .htm files.`;

const PROSE_FILES = '**/*.{md,markdown,mdx,txt,text,html,htm}';
const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];

class UsageError extends Error {}

interface InputProblem {
  path: string;
  message: string;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === 'rules') return listRules(rest);
  if (command === 'channels') return listProfiles(rest);
  if (command !== 'lint') throw new UsageError(`unknown command “${command}”; try “rapport lint --help”`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        stdin: { type: 'boolean', default: false },
        language: { type: 'string' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'fail-on': { type: 'string', default: 'error' },
        'max-file-size': { type: 'string', default: '10000000' },
        'no-color': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '').replace(/^Unknown option/, 'unknown option'));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not “${format}”`);
  const failOn = values['fail-on'] as Severity;
  if (!['info', 'warning', 'error'].includes(failOn)) throw new UsageError(`--fail-on must be info, warning or error, not “${failOn}”`);
  const maxSize = Number(values['max-file-size']);
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new UsageError(`--max-file-size must be a positive number of bytes`);
  if (values.language && !values.stdin) throw new UsageError('--language goes with --stdin (files are read by their extension)');
  if (values.language && !['markdown', 'plaintext', 'html'].includes(values.language)) {
    throw new UsageError(`--language must be markdown, plaintext or html, not “${values.language}”`);
  }
  if (values.stdin && positionals.length) throw new UsageError('give either --stdin or files, not both');
  if (values.fix && values.stdin) throw new UsageError('--fix writes files; with --stdin use --fix-dry-run');
  if (values.fix && values['fix-dry-run']) throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (!values.stdin && positionals.length === 0) throw new UsageError('no files given; try “rapport lint .” or “rapport lint --stdin”');

  const linterFor = configuredLinters(values.config, values.rule ?? []);
  const problems: InputProblem[] = [];
  const reports: FileReport[] = [];

  if (values.stdin) {
    const name = values['stdin-filename'] ?? '<stdin>';
    const text = decode(readStdin(), name, problems);
    const linter = linterFor(resolve(name === '<stdin>' ? 'stdin' : name));
    if (text !== undefined && linter) reports.push(check(name, text, (values.language as DocumentKind) ?? 'markdown', linter));
  } else {
    for (const path of await expand(positionals, problems)) {
      const size = statSync(path).size;
      if (size > maxSize) {
        problems.push({ path, message: `${size} bytes is over the ${maxSize}-byte limit (--max-file-size); skipped` });
        continue;
      }
      // A file the configuration's "ignore" lists is left out, as if it were not given.
      const linter = linterFor(path);
      if (!linter) continue;
      const shown = relative(process.cwd(), path) || path;
      const text = decode(readFileSync(path), shown, problems);
      if (text !== undefined) reports.push({ ...check(shown, text, kindFromPath(path), linter), file: path });
    }
  }

  if (values.fix || values['fix-dry-run']) return fixFiles(reports, problems, Boolean(values.fix));

  const output =
    format === 'json'
      ? toJson(reports)
      : format === 'sarif'
        ? toSarif(reports, version, (id) => (id ? `${pathToFileURL(resolve(__dirname, '../../docs/rules.md')).href}#${id}` : pathToFileURL(resolve(__dirname, '../../README.md')).href))
        : [toText(reports, !values['no-color'] && process.stdout.isTTY === true)];
  // Written piece by piece: a large report never exists as one string.
  for (const piece of output) process.stdout.write(piece);
  process.stdout.write('\n');
  for (const problem of problems) process.stderr.write(`rapport: ${problem.path}: ${problem.message}\n`);

  if (problems.length) return 2;
  const threshold = SEVERITIES.indexOf(failOn);
  return reports.some((r) => r.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold)) ? 1 : 0;
}

/** --fix writes each file's preferred fixes; --fix-dry-run prints them as a diff. Exit 0, or 2 on input problems. */
function fixFiles(reports: FileReport[], problems: InputProblem[], write: boolean): number {
  let total = 0;
  for (const report of reports) {
    const fixes = batchFixes(report.findings, report.text);
    if (fixes.length === 0) continue;
    const text = applyFixes(report.text, fixes);
    total += fixes.length;
    if (write && report.file) writeFileSync(report.file, text);
    else process.stdout.write(unifiedDiff(report.path, report.text, text) + '\n');
  }
  if (write) process.stderr.write(`rapport: applied ${total} fix${total === 1 ? '' : 'es'} in ${reports.length} file${reports.length === 1 ? '' : 's'}\n`);
  for (const problem of problems) process.stderr.write(`rapport: ${problem.path}: ${problem.message}\n`);
  return problems.length ? 2 : 0;
}

function listRules(args: string[]): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'markdown') process.stdout.write(rulesMarkdown() + '\n');
  // The README's summary, each row linking into docs/rules.md.
  else if (values.format === 'markdown-table') process.stdout.write(rulesTableMarkdown((id) => `docs/rules.md#${id}`) + '\n');
  else if (values.format === 'json') process.stdout.write(JSON.stringify(rules.map((r) => ({ id: r.id, category: r.category, title: r.title, defaultSeverity: r.defaultSeverity, principle: r.principle }))) + '\n');
  else if (values.format === 'text') for (const r of rules) process.stdout.write(`${r.id.padEnd(32)} ${r.defaultSeverity.padEnd(8)} ${r.title}\n`);
  else throw new UsageError(`--format must be text, json or markdown, not “${values.format}”`);
  return 0;
}

function listProfiles(args: string[]): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'markdown') process.stdout.write(profilesMarkdown());
  else if (values.format === 'json') process.stdout.write(JSON.stringify({ presets: PRESETS, channels: CHANNELS }) + '\n');
  else if (values.format === 'text') {
    for (const [name, p] of Object.entries(PRESETS)) process.stdout.write(`${name.padEnd(22)} ${p.description}\n`);
    for (const [name, c] of Object.entries(CHANNELS)) process.stdout.write(`channel ${name.padEnd(14)} ${c.description}\n`);
  } else throw new UsageError(`--format must be text, json or markdown, not “${values.format}”`);
  return 0;
}

function check(path: string, text: string, kind: DocumentKind, linter: Linter): FileReport {
  return { path, text, ...linter.analyze(text, { kind }) };
}

/**
 * The linter for a file: from --config if given, else from the nearest .rapport.json or .rapport.jsonc
 * at or above it, its "overrides" that match the file applied, with --rule flags on top; undefined when
 * its "ignore" list covers the file. One linter per distinct configuration, shared by its files.
 */
function configuredLinters(configPath: string | undefined, ruleFlags: string[]): (file: string) => Linter | undefined {
  const rulesFromFlags: Record<string, string> = {};
  for (const flag of ruleFlags) {
    const m = /^([\w.-]+)=(\w+)$/.exec(flag);
    if (!m) throw new UsageError(`--rule takes ID=SEVERITY, like --rule pushy.urgency=error, not “${flag}”`);
    rulesFromFlags[m[1]] = m[2];
  }
  const seen = new Map<string, string | null>();
  const configs = new Map<string, RapportConfig>();
  const linterFor = lintersByConfig();
  const fixed = configPath ? resolve(configPath) : undefined;
  return (file) => {
    const path = fixed ?? findConfigFile(dirname(file), seen) ?? '';
    let config = configs.get(path);
    if (!config) configs.set(path, (config = loadConfig(path, rulesFromFlags)));
    const forFile = path ? configForFile(config, relative(dirname(path), file).split('\\').join('/')) : config;
    if (!forFile) return undefined;
    return linterFor(toLinterConfig(forFile));
  };
}

function loadConfig(path: string, rulesFromFlags: Record<string, string>) {
  let raw: Record<string, unknown> = {};
  if (path) {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      throw new UsageError(`cannot read config file ${path}`);
    }
    const parsed = parseConfig(source, relative(process.cwd(), path) || path);
    // The editor falls back to defaults; the CLI stops, so CI never runs with a setting it misread.
    if (parsed.problems.length) throw new UsageError(parsed.problems[0].message.replace(/;[^;]*$/, ''));
    raw = { ...parsed.config };
  }
  const merged = { ...raw, rules: { ...((raw.rules as object) ?? {}), ...rulesFromFlags } };
  const { config, problems } = validateConfig(merged, path ? relative(process.cwd(), path) || path : 'options');
  if (problems.length) throw new UsageError(problems[0].replace(/;[^;]*$/, ''));
  return config;
}

async function expand(patterns: string[], problems: InputProblem[]): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { ignore: IGNORED_DIRS, absolute: true, onlyFiles: true });
      if (found.length === 0) problems.push({ path: pattern, message: 'no files match this pattern' });
      found.sort().forEach((f) => files.add(f));
      continue;
    }
    if (!existsSync(pattern)) {
      problems.push({ path: pattern, message: 'no such file or folder' });
      continue;
    }
    if (statSync(pattern).isDirectory()) {
      const found = await glob(PROSE_FILES, { cwd: pattern, ignore: IGNORED_DIRS, absolute: true, onlyFiles: true });
      found.sort().forEach((f) => files.add(f));
    } else {
      files.add(resolve(pattern));
    }
  }
  return [...files];
}

/** Text of a file, or undefined with a problem noted when it is binary or not UTF-8. */
function decode(bytes: Buffer, path: string, problems: InputProblem[]): string | undefined {
  if (bytes.includes(0)) {
    problems.push({ path, message: 'looks like a binary file (it contains NUL bytes); skipped' });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    problems.push({ path, message: 'is not valid UTF-8 text; skipped (save it as UTF-8 and try again)' });
    return undefined;
  }
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EOF') return Buffer.alloc(0);
    throw error;
  }
}

function run(argv: string[]): void {
  // A reader that stops early (`rapport lint … | head`) closes the pipe: stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      if (error instanceof UsageError) {
        process.stderr.write(`rapport: ${error.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`rapport: internal error: ${(error as Error)?.message ?? error}\n`);
        process.exitCode = 2;
      }
    },
  );
}

// Made into a startup snapshot (the build runs `cli.js --make-snapshot`, launch.ts starts from it): the engine is loaded and has linted a
// sample once, so its lazily built tables are in the snapshot; the run starts from there, its arguments after the
// Node executable. Otherwise, run now.
if (startupSnapshot.isBuildingSnapshot()) {
  warmUp();
  startupSnapshot.setDeserializeMainFunction(() => run(process.argv.slice(1)));
} else run(process.argv.slice(2));

/** One lint with rewrites of every kind of document, so what the engine builds on first use is built before the snapshot is taken. */
function warmUp(): void {
  const sample = '# Hi\n\nHurry, only 3 left! We leverage synergies to empower stakeholders. Customers are requested to call us.\n';
  const linter = lintersByConfig(1)({});
  for (const kind of ['markdown', 'plaintext', 'html'] as const) batchFixes(linter.lint(sample, { kind }));
}
