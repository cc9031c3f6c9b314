// `npm run docs`: writes the rule catalogue (from the rules' own metadata) into README.md
// between the rules:start and rules:end markers. test/unit/readme.test.ts fails when it is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const catalogue = execFileSync(process.execPath, ['server/out/cli.js', 'rules', '--format', 'markdown'], { cwd: root, encoding: 'utf8' });
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = readme.replace(/(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${catalogue}$2`);
writeFileSync(readmePath, updated);
console.log(updated === readme ? 'README.md rules section already up to date' : 'README.md rules section updated');

// The settings schema lists every rule with its default, so VS Code completes and validates rapport.rules.
const manifestPath = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const rulesJson = JSON.parse(execFileSync(process.execPath, ['server/out/cli.js', 'rules', '--format', 'json'], { cwd: root, encoding: 'utf8' }));
manifest.contributes.configuration.properties['rapport.rules'].properties = Object.fromEntries(
  rulesJson.map((r) => [r.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], default: r.defaultSeverity, description: r.title }]),
);
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
