// Loaded by VS Code as --extensionTestsPath for the installed-package run: the extension under test comes
// from the .vsix installed into the editor, not from the development folder (see run.mjs).
import * as path from 'node:path';
import * as fs from 'node:fs';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mochaModule = require('mocha');
  const Mocha = mochaModule.default ?? mochaModule;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => mocha.run((failures: number) => (failures ? reject(new Error(`${failures} test(s) failed.`)) : resolve())));
}
