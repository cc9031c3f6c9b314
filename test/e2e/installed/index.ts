// Loaded by VS Code as --extensionTestsPath for the installed-package run: the extension under test comes
// from the .vsix installed into the editor, not from the development folder (see run.mjs). The suite's
// runner serves both: each entry is bundled on its own, so it loads the *.test.js files of this folder.
export { run } from '../suite/index';
