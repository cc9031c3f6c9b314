// Rapport's settings as the server reads them per document (workspace/configuration, section
// "rapport"), with defaults for clients that send none (Neovim, Helix) and plain-word messages for bad values.
import { validateConfig, type RapportConfig } from '../engine';

export interface ServerSettings extends RapportConfig {
  enable: boolean;
  /** `onType`: lint while typing (debounced); `onSave`: only when the file is saved. */
  run: 'onType' | 'onSave';
  /** Milliseconds to wait after the last keystroke. */
  delay: number;
  /** Documents larger than this many characters are not analysed; the status says why. */
  maxDocumentSize: number;
  /** The configuration file whose "ignore" list covers the document: it is not checked. */
  ignoredBy?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  delay: 150,
  maxDocumentSize: 5_000_000,
  rules: {},
  ignoredPhrases: [],
  phrases: [],
};

export function readSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  const object = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && object !== raw) problems.push('rapport: settings must be an object; using the defaults.');
  // An empty channel is VS Code's "not set": the team's file or the front matter decides.
  const channel = object.channel === '' || object.channel === null ? undefined : object.channel;
  const { config, problems: configProblems } = validateConfig({ rules: object.rules, ignoredPhrases: object.ignoredPhrases, channel }, 'rapport');
  problems.push(...configProblems);
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...config };
  if (object.enable !== undefined) {
    if (typeof object.enable === 'boolean') settings.enable = object.enable;
    else problems.push(`rapport.enable must be true or false, not ${JSON.stringify(object.enable)}; using true.`);
  }
  if (object.run !== undefined) {
    if (object.run === 'onType' || object.run === 'onSave') settings.run = object.run;
    else problems.push(`rapport.run must be "onType" or "onSave", not ${JSON.stringify(object.run)}; using "onType".`);
  }
  for (const [key, min, max] of [
    ['delay', 0, 10_000],
    ['maxDocumentSize', 1_000, 500_000_000],
  ] as const) {
    const value = object[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) settings[key] = value;
    else problems.push(`rapport.${key} must be a number from ${min} to ${max}, not ${JSON.stringify(value)}; using ${DEFAULT_SETTINGS[key]}.`);
  }
  return { settings, problems };
}
