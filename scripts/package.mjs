// `npm run package`: builds the bundles and packs them into rapport-<version>.vsix with @vscode/vsce, from
// the bundles only (--no-dependencies; .vscodeignore is an allowlist). README images are relative paths into
// media/, which ships in the package, so they resolve inside it (--no-rewrite-relative-links); the project
// has no public repository URL yet to rewrite them against.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = process.argv[2] ?? join(root, `rapport-${version}.vsix`);
// vsce runs the manifest's vscode:prepublish (the build) first.
execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`rapport: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(2)} MB)`);
