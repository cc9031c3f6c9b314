// `rapport` as CI and terminals run it: the built bin, real files, real exit codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rules } from '../../server/src/engine';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'server/out/cli.js');
const run = (args: string[], input?: string | Buffer, cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8' });

describe('rapport CLI', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from the startup snapshot the build made for this Node, with the same output, exit code and --help as without it', () => {
    // The build makes it (scripts/build.mjs); a Node that cannot would leave none, and the CLI would load as usual.
    assert.ok(existsSync(join(ROOT, 'server/out/cli.snapshot.blob.stamp')), 'no startup snapshot: see the build output');
    const plain = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, RAPPORT_NO_SNAPSHOT: '1' } });
    for (const args of [['lint', 'samples', '--format', 'json'], ['lint', '--stdin', '--format', 'sarif'], ['--help'], ['lint', 'no-such-folder']]) {
      const input = args.includes('--stdin') ? 'Buy now!!! Our solutions leverage synergies.' : undefined;
      const fromSnapshot = run(args, input);
      const loaded = plain(args, input);
      assert.equal(fromSnapshot.status, loaded.status, args.join(' '));
      assert.equal(fromSnapshot.stdout, loaded.stdout, args.join(' '));
      assert.equal(fromSnapshot.stderr, loaded.stderr, args.join(' '));
    }
  });

  it('prints the documented JSON shape with UTF-16 columns and per-file metrics', () => {
    const file = join(dir, 'promo.md');
    writeFileSync(file, '# Hi 👋\r\n\r\nWe 💜 you. Act now!!\r\n');
    const result = run(['lint', file, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    const [entry] = json.files;
    assert.deepEqual(Object.keys(entry), ['path', 'findings', 'metrics', 'notices']);
    const urgency = entry.findings.find((f: { rule: string }) => f.rule === 'pushy.urgency');
    assert.deepEqual(Object.keys(urgency), ['rule', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'text', 'suggestions']);
    // "We 💜 you. " is 11 UTF-16 units (the heart is 2): "Act now" starts at column 12 of line 3.
    assert.deepEqual([urgency.line, urgency.column, urgency.endLine, urgency.endColumn, urgency.text], [3, 12, 3, 19, 'Act now']);
    const text = '# Hi 👋\r\n\r\nWe 💜 you. Act now!!\r\n';
    assert.equal(text.slice(urgency.offset, urgency.offset + urgency.length), 'Act now');
    for (const s of urgency.suggestions) assert.deepEqual(Object.keys(s).filter((k) => k !== 'preferred'), ['title', 'replacement', 'offset', 'length']);
    assert.equal(typeof entry.metrics.score, 'number');
    assert.deepEqual(entry.metrics.counts, { pushy: 2, impersonal: 0 });
  });

  it('says in every format when part of a file was checked in a simpler way (a run-on line)', () => {
    const line = `${'our customers love the quick brown fox and the lazy dog '.repeat(200)}so act now`;
    const json = JSON.parse(run(['lint', '--stdin', '--format', 'json'], line).stdout);
    assert.equal(json.files[0].notices.length, 1);
    assert.deepEqual(Object.keys(json.files[0].notices[0]), ['line', 'column', 'message']);
    assert.match(json.files[0].notices[0].message, /checked it in pieces/);
    const sarif = JSON.parse(run(['lint', '--stdin', '--format', 'sarif'], line).stdout);
    const [notification] = sarif.runs[0].invocations[0].toolExecutionNotifications;
    assert.equal(notification.level, 'note');
    assert.match(notification.message.text, /checked it in pieces/);
    assert.match(run(['lint', '--stdin'], line).stdout, /1:1 +note +This sentence runs on/);
  });

  it('reads standard input with --language and exits 1 only at the failing severity', () => {
    const ok = run(['lint', '--stdin', '--language', 'html', '--format', 'json'], '<p title="ACT NOW">Act now</p>');
    assert.equal(ok.status, 0);
    assert.equal(JSON.parse(ok.stdout).files[0].path, '<stdin>');
    assert.equal(run(['lint', '--stdin', '--fail-on', 'warning'], 'Act now!').status, 1);
    assert.equal(run(['lint', '--stdin', '--rule', 'pushy.urgency=error'], 'Act now.').status, 1);
    assert.equal(run(['lint', '--stdin', '--rule', 'pushy.urgency=off', '--fail-on', 'info'], 'Act now.').status, 0);
  });

  it('lints folders and globs, and writes SARIF with UTF-16 columns', () => {
    const folder = run(['lint', 'samples', '--format', 'json']);
    assert.deepEqual(JSON.parse(folder.stdout).files.map((f: { path: string }) => f.path), ['samples/landing-page.html', 'samples/sms-reminder.txt', 'samples/spring-promo-email.md']);
    const glob = run(['lint', 'samples/*.md', '--format', 'sarif']);
    const sarif = JSON.parse(glob.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'impersonal.passive'));
    assert.ok(sarif.runs[0].results.length > 5);
  });

  it('explains bad input in one line with exit code 2, and never prints a stack trace', () => {
    const binary = join(dir, 'image.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('caf\xe9 act now', 'latin1'));
    const badConfig = join(dir, 'bad.json');
    writeFileSync(badConfig, '{"rules": {"pushy.urgency": "loud"}}');
    const cases: Array<[string[], RegExp]> = [
      [['lint', '--bogus', 'x'], /unknown option '--bogus'/],
      [['lint', join(dir, 'missing.md')], /no such file or folder/],
      [['lint', binary], /binary file/],
      [['lint', latin1], /not valid UTF-8/],
      [['lint', '--config', badConfig, 'samples'], /"rules.pushy.urgency" must be one of off, info, warning, error, not "loud"/],
      [['lint', '--format', 'xml', 'samples'], /--format must be text, json or sarif/],
      [['frobnicate'], /unknown command/],
      [['lint'], /no files given/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      assert.equal(result.status, 2, `${args.join(' ')}: exit ${result.status}`);
      assert.match(result.stderr, message);
      assert.ok(!/\n\s+at /.test(result.stderr), `stack trace for ${args.join(' ')}`);
    }
  });

  it('orders suggestions best first and marks the preferred one', () => {
    const json = JSON.parse(run(['lint', '--stdin', '--format', 'json'], 'Customers can download their invoices.').stdout);
    const [finding] = json.files[0].findings;
    assert.equal(finding.suggestions[0].preferred, true);
    assert.equal(finding.suggestions[0].replacement, 'You can download your invoices.');
    assert.equal(finding.suggestions.filter((s: { preferred?: boolean }) => s.preferred).length, 1);
  });

  it('--fix-dry-run prints a unified diff; --fix writes the same change and nothing else', () => {
    const file = join(dir, 'email.md');
    const original = '---\ntitle: Hi\n---\n\n# HUGE SALE!!!\n\nCustomers can download their invoices from [the portal](https://x.example).\n\nThanks!\n';
    writeFileSync(file, original);
    const dry = run(['lint', file, '--fix-dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^--- a\/.*email\.md\n\+\+\+ b\/.*email\.md\n@@ -2,9 \+2,9 @@/);
    assert.match(dry.stdout, /\n-# HUGE SALE!!!\n\+# Huge sale\.\n/);
    assert.match(dry.stdout, /\n\+You can download your invoices from \[the portal\]\(https:\/\/x\.example\)\.\n/);
    assert.equal(readFileSync(file, 'utf8'), original, 'dry run changes nothing');
    const fix = run(['lint', file, '--fix']);
    assert.equal(fix.status, 0, fix.stderr);
    assert.match(fix.stderr, /applied 2 fixes in 1 file/);
    assert.equal(readFileSync(file, 'utf8'), original.replace('# HUGE SALE!!!', '# Huge sale.').replace('Customers can download their invoices', 'You can download your invoices'));
    assert.equal(run(['lint', file, '--fix-dry-run']).stdout.trim(), '', 'nothing left to fix');
  });

  it('refuses a 50 MB file with a clear message instead of hanging', () => {
    const huge = join(dir, 'huge.md');
    writeFileSync(huge, Buffer.alloc(50_000_000, 'a'));
    const started = Date.now();
    const result = run(['lint', huge]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /50000000 bytes is over the 10000000-byte limit \(--max-file-size\); skipped/);
    assert.ok(Date.now() - started < 20000);
  });

  it('handles an empty file and lists its rules', () => {
    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '');
    assert.equal(run(['lint', empty]).status, 0);
    const rulesList = run(['rules']);
    assert.equal(rulesList.status, 0);
    assert.match(rulesList.stdout, /pushy\.confirm-shaming\s+warning\s+Confirm-shaming/);
    assert.equal(JSON.parse(run(['rules', '--format', 'json']).stdout).length, rules.length);
  });
});

describe('rapport CLI: .rapport.json', function () {
  this.timeout(30000);
  it('finds the nearest .rapport.json or .rapport.jsonc above each file, with comments, and runs its own phrases', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    try {
      mkdirSync(join(root, 'team', 'emails'), { recursive: true });
      mkdirSync(join(root, 'other'), { recursive: true });
      writeFileSync(
        join(root, 'team', '.rapport.jsonc'),
        '{\n  // house style\n  "rules": { "pushy.urgency": "off" },\n  "phrases": [{ "id": "house.circle-back", "phrases": ["circle back"], "category": "impersonal", "replacements": ["talk again"] }],\n}\n',
      );
      const copy = 'Act now, and we will circle back next week.\n';
      writeFileSync(join(root, 'team', 'emails', 'a.md'), copy);
      writeFileSync(join(root, 'other', 'b.md'), copy);
      const out = JSON.parse(run(['lint', '.', '--format', 'json'], undefined, root).stdout) as { files: Array<{ path: string; findings: Array<{ rule: string }> }> };
      const rulesIn = (name: string) => out.files.find((f) => f.path.endsWith(name))!.findings.map((f) => f.rule);
      assert.ok(rulesIn('a.md').includes('house.circle-back') && !rulesIn('a.md').includes('pushy.urgency'), rulesIn('a.md').join());
      assert.ok(rulesIn('b.md').includes('pushy.urgency') && !rulesIn('b.md').includes('house.circle-back'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('stops with one line naming the key or the place when the file is wrong', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    try {
      writeFileSync(join(root, 'a.md'), 'Hello.\n');
      writeFileSync(join(root, '.rapport.json'), '{ "phrases": [{ "phrases": ["x"], "category": "rude" }] }');
      const bad = run(['lint', 'a.md'], undefined, root);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /"phrases\[0\]"\.category must be "pushy" or "impersonal"/);
      writeFileSync(join(root, '.rapport.json'), '{ "rules": { "pushy.urgency": "off" ');
      const broken = run(['lint', 'a.md'], undefined, root);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /\.rapport\.json: close brace expected at line 1/);
      assert.doesNotMatch(broken.stderr, /\n\s+at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('rapport CLI: ignore, overrides and channels', function () {
  this.timeout(30000);
  it('leaves out what "ignore" lists and applies the overrides that match each file', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-overrides-'));
    try {
      for (const dir of ['legal', 'sms', 'emails']) mkdirSync(join(root, dir));
      writeFileSync(join(root, '.rapport.json'), JSON.stringify({ extends: 'rapport:strict', ignore: ['legal/**'], overrides: [{ files: ['sms/**'], channel: 'sms', rules: { 'pushy.urgency': 'info' } }] }));
      for (const dir of ['legal', 'sms', 'emails']) writeFileSync(join(root, dir, 'a.txt'), 'Act now and save 20%.\n');
      const out = JSON.parse(run(['lint', '.', '--format', 'json'], undefined, root).stdout) as { files: Array<{ path: string; findings: Array<{ rule: string; severity: string }> }> };
      assert.deepEqual(out.files.map((f) => f.path.split(/[\\/]/)[0]).sort(), ['emails', 'sms']);
      const urgency = (dir: string) => out.files.find((f) => f.path.startsWith(dir))!.findings.find((f) => f.rule === 'pushy.urgency')!.severity;
      assert.equal(urgency('emails'), 'error');
      assert.equal(urgency('sms'), 'info');
      assert.match(run(['channels']).stdout, /channel sms/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
