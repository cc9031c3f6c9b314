// `.rapport.json` files whose text the client sends (VS Code for the web: the worker has no file
// system). The nearest one at or above a document applies, as on disk.
import { configForFile } from '../engine';
import type { ConfigFiles } from '../lsp/configuration';
import { CONFIG_NAMES, parseConfig, type LoadedConfig } from './parse';

export interface ConfigTexts extends ConfigFiles {
  /** Every configuration file the client found, by URI: replaces what was known. */
  set(files: ReadonlyArray<{ uri: string; text: string }>): void;
}

export function configFilesFromTexts(): ConfigTexts {
  let texts = new Map<string, string>();
  const parsed = new Map<string, LoadedConfig>();
  return {
    set(files) {
      texts = new Map(files.filter((f) => typeof f?.uri === 'string' && typeof f.text === 'string').map((f) => [f.uri, f.text]));
      parsed.clear();
    },
    forget() {
      parsed.clear();
    },
    forDocument(uri) {
      // Walk up "scheme://authority/a/b/c.md": /a/b, /a, then the root. An untitled document has no folder.
      const root = /^[\w+.-]+:\/\/[^/]*/.exec(uri)?.[0];
      if (!root) return undefined;
      for (let dir = uri.slice(0, uri.lastIndexOf('/')); dir.length >= root.length; dir = dir.slice(0, dir.lastIndexOf('/'))) {
        for (const name of CONFIG_NAMES) {
          const file = `${dir}/${name}`;
          const text = texts.get(file);
          if (text === undefined) continue;
          let loaded = parsed.get(file);
          if (!loaded) parsed.set(file, (loaded = parseConfig(text, decodeURIComponent(file.slice(root.length)))));
          // "ignore" and "overrides" are globs relative to the configuration file's folder.
          return { uri: file, ...loaded, config: configForFile(loaded.config, decodeURIComponent(uri.slice(dir.length + 1))) };
        }
        if (dir.length === root.length) break;
      }
      return undefined;
    },
  };
}
