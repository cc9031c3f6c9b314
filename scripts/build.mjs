// Builds every bundle with esbuild: the VS Code client, the language server, the CLI and the
// test files. Used by `npm run build`, `npm start` and `npm test`. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const watch = process.argv.includes('--watch');

/** Test sources under test/ (except the e2e harness' own plain-JS files), one bundle each. */
function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...testEntries(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.browser.ts')) out.push(path);
  }
  return out;
}

// ESM-only dependencies (tinyglobby) read import.meta.url; a CommonJS bundle provides it from __filename.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrl },
};
const shebang = { js: `#!/usr/bin/env node\n${importMetaUrl}` };
// The language server's own Node flags (server/src/lsp/node-flags.json): \`env -S\` passes them on Linux and macOS.
const serverFlags = JSON.parse(readFileSync(join(root, 'server/src/lsp/node-flags.json'), 'utf8')).flags.join(' ');
const serverShebang = { js: `#!/usr/bin/env -S node ${serverFlags}\n${importMetaUrl}` };
// VS Code for the web: no Node APIs. The `worker` condition picks packages' worker builds (micromark's
// entity decoder would otherwise load its DOM version, which a web worker does not have).
const web = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root, conditions: ['worker'] };

// Node's `module` in the CLI bundle is a stand-in (server/src/cli/no-create-require.ts): see there why.
const noCreateRequire = {
  name: 'no-create-require',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?module$/ }, () => ({ path: join(root, 'server/src/cli/no-create-require.ts') }));
  },
};

const builds = [
  // The extension host loads only this: no NLP library, no parser.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js', banner: serverShebang },
  // The CLI: a small launcher (cli.js, the `rapport` bin) that starts cli-main.js from a startup snapshot when it can.
  { ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'server/out/cli.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli-main.js', plugins: [noCreateRequire] },
  // Minified: the web bundles download into the browser (and keep the package small).
  { ...web, minify: true, entryPoints: ['client/src/browser.ts'], outfile: 'client/out/browser.js', format: 'cjs', external: ['vscode'] },
  { ...web, minify: true, entryPoints: ['server/src/lsp/worker.ts'], outfile: 'server/out/worker.js', format: 'iife' },
  // A page that speaks LSP to the worker in a real browser (test/e2e/web).
  { ...web, entryPoints: ['test/e2e/web/page.browser.ts'], outfile: 'test/out/e2e/web/page.browser.js', format: 'iife' },
  // Peers stay external and load at run time: harper.js (ESM with a WASM file), write-good (sloppy-mode code), the retext stack (ESM).
  { ...common, entryPoints: testEntries('test'), outdir: 'test/out', outbase: 'test', external: ['vscode', 'mocha', 'harper.js', 'harper.js/binary', 'write-good', 'unified', 'retext-english', 'retext-passive', 'retext-simplify', 'retext-intensify', 'retext-equality'] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('rapport: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  for (const bin of ['server/out/server.js', 'server/out/cli.js']) chmodSync(join(root, bin), 0o755);
  // The CLI's startup snapshot, for this Node (about 4 s; the CLI works without it).
  execFileSync(process.execPath, [join(root, 'server/out/cli.js'), '--make-snapshot'], { stdio: 'inherit' });
}
