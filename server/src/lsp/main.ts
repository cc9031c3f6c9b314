// Node entry of the language server: `rapport-ls --stdio` for any LSP editor, IPC for VS Code.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, type ConfigFiles } from './server';
import { docsLinks } from './hover';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../node/config-file';
import { configForFile } from '../engine';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  process.stdout.write(`${require('../../../package.json').version}\n`);
  process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: rapport-ls --stdio\n\nRapport language server: speaks LSP on standard input and output.\n');
  process.exit(0);
}

// The docs shipped beside the bundle (server/out/server.js → docs/rules.md, README.md): the catalogue
// documents every built-in rule, the README's team-configuration section a team's own.
const rulesDoc = pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'rules.md')).href;
const readme = pathToFileURL(resolve(__dirname, '..', '..', 'README.md')).href;
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { docsUrl: docsLinks(readme, rulesDoc), processId: process.pid, configFiles: nearestConfigFiles() });

/** `.rapport.json` / `.rapport.jsonc` at or above each file on disk, read once until a watched change. */
function nearestConfigFiles(): ConfigFiles {
  const seen = new Map<string, string | null>();
  const loaded = new Map<string, LoadedConfig>();
  return {
    forDocument(uri) {
      if (!uri.startsWith('file:')) return undefined;
      const path = findConfigFile(dirname(fileURLToPath(uri)), seen);
      if (!path) return undefined;
      let file = loaded.get(path);
      if (!file) loaded.set(path, (file = loadConfigFile(path)));
      // "ignore" and "overrides" are globs relative to the configuration file's folder.
      const forFile = configForFile(file.config, relative(dirname(path), fileURLToPath(uri)).split('\\').join('/'));
      return { uri: pathToFileURL(path).href, ...file, config: forFile };
    },
    forget() {
      seen.clear();
      loaded.clear();
    },
  };
}
