// `.rapport.json` (or `.rapport.jsonc`, with comments) found by walking up from a file, as the CLI and the
// language server both do. Node only: the engine never touches the file system.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateConfig } from '../engine';
import { CONFIG_NAMES, parseConfig, type LoadedConfig } from '../config/parse';

export { parseConfig, type LoadedConfig } from '../config/parse';


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
