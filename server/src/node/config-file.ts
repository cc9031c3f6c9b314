// `.rapport.json` (or `.rapport.jsonc`, with comments) found by walking up from a file, as the CLI and the
// language server both do. Node only: the engine never touches the file system.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { validateConfig, type RapportConfig } from '../engine';

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

/** The nearest configuration file at or above `directory`, or undefined. `seen` caches answers per folder. */
export function findConfigFile(directory: string, seen: Map<string, string | null> = new Map()): string | undefined {
  const visited: string[] = [];
  let dir = directory;
  for (;;) {
    const known = seen.get(dir);
    if (known !== undefined) {
      for (const d of visited) seen.set(d, known);
      return known ?? undefined;
    }
    visited.push(dir);
    const found = CONFIG_NAMES.map((name) => join(dir, name)).find(isFile);
    if (found) {
      for (const d of visited) seen.set(d, found);
      return found;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      for (const d of visited) seen.set(d, null);
      return undefined;
    }
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates a configuration file; a malformed part is reported and replaced by its default. */
export function loadConfigFile(path: string): LoadedConfig {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, config: validateConfig(undefined).config, problems: [{ message: `${path}: cannot be read (${(error as Error).message}); using the defaults.`, offset: 0 }], source: '' };
  }
  return parseConfig(source, path);
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
