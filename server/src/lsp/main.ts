// Node entry of the language server: `rapport-ls --stdio` for any LSP editor, IPC for VS Code.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './server';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  process.stdout.write(`${require('../../../package.json').version}\n`);
  process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: rapport-ls --stdio\n\nRapport language server: speaks LSP on standard input and output.\n');
  process.exit(0);
}

// The README shipped beside the bundle (server/out/server.js → README.md) documents every rule.
const readme = pathToFileURL(resolve(__dirname, '..', '..', 'README.md')).href;
const connection = createConnection(ProposedFeatures.all);
startServer(connection, { docsUrl: (ruleId) => `${readme}#${ruleId}`, processId: process.pid });
