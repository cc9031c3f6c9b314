// Settings per document: the editor's (pulled per document, or pushed by clients that cannot be
// asked) on top of the team's .rapport.json. Problems with either are said once, in plain words.
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RapportConfig } from '../engine';
import { rangeOf, SOURCE } from './diagnostics';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

/** Team configuration files, where the platform has them (files on disk); the server stays platform-neutral. */
export interface ConfigFiles {
  /** The configuration that applies to a document, or undefined for none. */
  forDocument(uri: string): { uri: string; config: RapportConfig | undefined; problems: Array<{ message: string; offset: number }>; source: string } | undefined;
  /** Forget what was read: a configuration file changed. */
  forget(): void;
}

export interface Configuration {
  /** The settings for a document; never rejects (defaults when the client cannot answer). */
  settingsFor(uri: string): Promise<ServerSettings>;
  /** The client sent settings (initializationOptions, or didChangeConfiguration from clients that cannot be asked). */
  pushed(settings: unknown): void;
  /** Settings changed: read them again for every document. */
  changed(): void;
  /** A configuration file changed: read files again, and clear the diagnostics on the old ones. */
  filesChanged(): void;
  /** A document closed. */
  forget(uri: string): void;
  /** An untrusted workspace: .rapport.json is not read. */
  ignoreFiles(): void;
  /** Whether configuration files are read at all (watched only then). */
  readonly readsFiles: boolean;
}

/** `canPull` says whether the client answers workspace/configuration (known after initialize). */
export function createConfiguration(connection: Connection, configFiles: ConfigFiles | undefined, canPull: () => boolean): Configuration {
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const reportedProblems = new Set<string>();
  /** Configuration files that have diagnostics of their own (their problems), cleared when they change. */
  const configDiagnostics = new Set<string>();
  let pushedSettings: unknown = undefined;

  /** The team's file under the editor's settings: VS Code settings win per workspace and folder, as users expect. */
  function withConfigFile(uri: string, settings: ServerSettings): ServerSettings {
    const file = configFiles?.forDocument(uri);
    if (!file) return settings;
    if (file.problems.length && !configDiagnostics.has(file.uri)) {
      configDiagnostics.add(file.uri);
      const at = TextDocument.create(file.uri, 'json', 0, file.source);
      void connection.sendDiagnostics({
        uri: file.uri,
        diagnostics: file.problems.map((p) => ({ range: rangeOf(at, p.offset, 0), severity: DiagnosticSeverity.Warning, source: SOURCE, message: p.message })),
      });
    }
    if (!file.config) return { ...settings, ignoredBy: file.uri };
    return {
      ...settings,
      extends: file.config.extends,
      channel: settings.channel ?? file.config.channel,
      rules: { ...file.config.rules, ...settings.rules },
      ignoredPhrases: [...file.config.ignoredPhrases, ...settings.ignoredPhrases],
      phrases: [...file.config.phrases, ...settings.phrases],
    };
  }

  function read(uri: string): Promise<ServerSettings> {
    const raw: Promise<unknown> = canPull()
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'rapport' }).catch(() => pushedSettings)
      : Promise.resolve(pushedSettings);
    return raw.then((value) => {
      const { settings, problems } = readSettings(value ?? {});
      for (const problem of problems) {
        if (reportedProblems.has(problem)) continue;
        reportedProblems.add(problem);
        connection.console.warn(problem);
        void connection.window.showWarningMessage(`Rapport: ${problem}`);
      }
      return withConfigFile(uri, settings);
    });
  }

  return {
    settingsFor(uri) {
      let settings = settingsByUri.get(uri);
      if (!settings) settingsByUri.set(uri, (settings = read(uri).catch(() => DEFAULT_SETTINGS)));
      return settings;
    },
    pushed(settings) {
      pushedSettings = settings;
    },
    changed() {
      settingsByUri.clear();
      reportedProblems.clear();
    },
    filesChanged() {
      configFiles?.forget();
      for (const uri of configDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
      configDiagnostics.clear();
      settingsByUri.clear();
    },
    forget(uri) {
      settingsByUri.delete(uri);
    },
    ignoreFiles() {
      configFiles = undefined;
    },
    get readsFiles() {
      return configFiles !== undefined;
    },
  };
}
