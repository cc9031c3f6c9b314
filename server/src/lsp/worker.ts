// Web-worker entry of the language server (VS Code for the web): the same server over the browser
// transport. A worker has no file system: the client sends the workspace's .rapport.json files.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { configFilesFromTexts } from '../config/from-texts';
import { docsLinks } from './hover';
import { CONFIG_FILES_NOTIFICATION } from './protocol';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const configFiles = configFilesFromTexts();
// The worker runs from server/out/worker.js inside the extension: its docs are two folders up.
const here = self.location.href;
const server = startServer(connection, {
  configFiles,
  docsUrl: docsLinks(new URL('../../README.md', here).href, new URL('../../docs/rules.md', here).href),
});
connection.onNotification(CONFIG_FILES_NOTIFICATION, (params: { files?: Array<{ uri: string; text: string }> }) => {
  configFiles.set(Array.isArray(params?.files) ? params.files : []);
  server.configFilesChanged();
});
