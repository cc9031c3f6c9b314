// Web-worker entry of the language server (VS Code for the web): the same server over the browser
// transport. The browser gives the server no file system, so no .rapport.json is read there.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { TEAM_CONFIGURATION } from './hover';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The worker runs from server/out/worker.js inside the extension: its docs are two folders up.
const here = self.location.href;
startServer(connection, { docsUrl: (id) => new URL(id === TEAM_CONFIGURATION ? `../../README.md#${id}` : `../../docs/rules.md#${id}`, here).href });
