// The text of a `.rapport.json` / `.rapport.jsonc` (comments and trailing commas allowed), parsed and
// validated. No file system: the Node server and the CLI read the file from disk, the web worker gets
// its text from the client.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { validateConfig, type RapportConfig } from '../engine';

/** The names a team's configuration file may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['.rapport.json', '.rapport.jsonc'] as const;

export interface LoadedConfig {
  /** The file the configuration came from, or undefined when none was found (built-in defaults). */
  path?: string;
  config: RapportConfig;
  /** One sentence per problem, naming the key; the rest of the file still applies. */
  problems: Array<{ message: string; offset: number }>;
  /** The file's text, for placing the problems. */
  source: string;
}

/** Parses the text of a configuration file (comments and trailing commas allowed) and validates it. */
export function parseConfig(source: string, path: string): LoadedConfig {
  const errors: ParseError[] = [];
  const raw: unknown = parse(source, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => ({ message: `${path}: ${describe(printParseErrorCode(e.error))} at ${lineAndColumn(source, e.offset)}; the rest of the file still applies.`, offset: e.offset }));
  const { config, problems: invalid } = validateConfig(raw ?? {}, path);
  for (const message of invalid) problems.push({ message, offset: offsetOfKey(source, message) });
  return { path, config, problems, source };
}

function describe(code: string): string {
  // "CloseBraceExpected" → "close brace expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineAndColumn(source: string, offset: number): string {
  const before = source.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Where the key a problem names ("rules.pushy.urgency", "phrases[2]") is written, for the diagnostic's range. */
function offsetOfKey(source: string, message: string): number {
  const key = /"([^"]+)"/.exec(message)?.[1];
  if (!key) return 0;
  for (const candidate of [key, key.replace(/^rules\./, ''), key.replace(/\[\d+\].*$/, '')]) {
    const at = source.indexOf(`"${candidate}"`);
    if (at >= 0) return at;
  }
  return 0;
}
