// Validates user configuration (VS Code settings, .rapport.json, CLI flags) into LintOptions.
// Bad parts are reported in plain words and replaced by defaults; nothing else is lost.
import type { Severity } from './types';
import { rules } from './rules';
import { MAX_PHRASE_LENGTH, type CustomPhrases } from './rules/custom-phrases';
import type { LinterConfig } from './lint';
import { CHANNELS, PRESETS } from './profiles';
import picomatch from 'picomatch/posix';

/** More phrases than a house list holds: the rest are left out, with a problem saying so. */
const MAX_CUSTOM_PHRASES = 1_000;
const TOP_LEVEL_KEYS = ['$schema', 'extends', 'channel', 'rules', 'ignoredPhrases', 'phrases', 'ignore', 'overrides'];

export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];

export interface RapportConfig {
  rules: Record<string, Severity>;
  ignoredPhrases: string[];
  /** The team's own phrase rules (see rules/custom-phrases.ts). */
  phrases: CustomPhrases[];
  /** Presets applied first, in order (profiles.ts). */
  extends?: string[];
  /** The medium these files are written for (profiles.ts): a severity overlay. */
  channel?: string;
  /** Files not checked at all (globs, relative to the configuration file). */
  ignore?: string[];
  /** Settings for some files only, by glob; later ones win. */
  overrides?: Array<{ files: string[]; rules?: Record<string, Severity>; ignoredPhrases?: string[]; channel?: string }>;
}

export interface ConfigResult {
  config: RapportConfig;
  /** One readable sentence per problem, naming the key and what was used instead. */
  problems: string[];
}

export function validateConfig(raw: unknown, source = 'settings'): ConfigResult {
  const config: RapportConfig = { rules: {}, ignoredPhrases: [], phrases: [] };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [`${source}: expected an object with "rules" and "ignoredPhrases"; using the defaults.`] };
  }
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push(`${source}: unknown key "${key}" (known: ${TOP_LEVEL_KEYS.slice(1).join(', ')}); ignored.`);
  }
  // The team's own rules first: their ids may be given a severity in "rules".
  if (object.phrases !== undefined) config.phrases = validatePhrases(object.phrases, source, problems);
  const known = new Set([...rules.map((r) => r.id), ...config.phrases.map((p) => p.id!)]);
  if (object.extends !== undefined) {
    const names = typeof object.extends === 'string' ? [object.extends] : object.extends;
    if (!Array.isArray(names)) problems.push(`${source}: "extends" must be a preset name or a list of them (${Object.keys(PRESETS).join(', ')}); ignored.`);
    else {
      config.extends = [];
      for (const name of names) {
        if (typeof name === 'string' && name in PRESETS) config.extends.push(name);
        else problems.push(`${source}: "extends" names ${JSON.stringify(name)}, which is not a preset (${Object.keys(PRESETS).join(', ')}); ignored.`);
      }
    }
  }
  if (object.channel !== undefined) {
    const channel = validChannel(object.channel, `${source}: "channel"`, problems);
    if (channel) config.channel = channel;
  }
  if (object.ignore !== undefined) {
    const globs = globList(object.ignore, `${source}: "ignore"`, problems);
    if (globs) config.ignore = globs;
  }
  if (object.overrides !== undefined) {
    if (!Array.isArray(object.overrides)) problems.push(`${source}: "overrides" must be a list like [{ "files": ["sms/**"], "channel": "sms" }]; ignored.`);
    else {
      config.overrides = [];
      object.overrides.forEach((entry, i) => {
        const at = `${source}: "overrides[${i}]"`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return void problems.push(`${at} must be an object with "files"; skipped.`);
        const e = entry as Record<string, unknown>;
        const files = globList(e.files, `${at}.files`, problems);
        if (!files) return;
        const override: NonNullable<RapportConfig['overrides']>[number] = { files };
        if (e.rules !== undefined) override.rules = readRules(e.rules, known, at, problems);
        if (e.ignoredPhrases !== undefined) override.ignoredPhrases = readPhraseList(e.ignoredPhrases, at, problems);
        if (e.channel !== undefined) {
          const channel = validChannel(e.channel, `${at}.channel`, problems);
          if (channel) override.channel = channel;
        }
        for (const key of Object.keys(e)) if (!['files', 'rules', 'ignoredPhrases', 'channel'].includes(key)) problems.push(`${at} has unknown key "${key}" (known: files, rules, ignoredPhrases, channel); ignored.`);
        config.overrides!.push(override);
      });
    }
  }
  if (object.rules !== undefined) config.rules = readRules(object.rules, known, source, problems);
  if (object.ignoredPhrases !== undefined) config.ignoredPhrases = readPhraseList(object.ignoredPhrases, source, problems);
  return { config, problems };
}

/** A "rules" object (top level or an override): each known rule's valid severity; the rest named in a problem. */
function readRules(raw: unknown, known: ReadonlySet<string>, source: string, problems: string[]): Record<string, Severity> {
  const result: Record<string, Severity> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${source}: "rules" must be an object like {"pushy.urgency": "warning"}; using the defaults.`);
    return result;
  }
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(id)) problems.push(`${source}: unknown rule "${id}" in "rules" (known: ${[...known].join(', ')}); ignored.`);
    else if (typeof value !== 'string' || !SEVERITIES.includes(value as Severity)) problems.push(`${source}: "rules.${id}" must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}; using its default.`);
    else result[id] = value as Severity;
  }
  return result;
}

/** An "ignoredPhrases" list: the phrases in it; anything else named in a problem. */
function readPhraseList(raw: unknown, source: string, problems: string[]): string[] {
  if (!Array.isArray(raw)) {
    problems.push(`${source}: "ignoredPhrases" must be a list of phrases; ignored.`);
    return [];
  }
  const phrases: string[] = [];
  for (const phrase of raw) {
    if (typeof phrase === 'string' && phrase.trim()) phrases.push(phrase);
    else problems.push(`${source}: "ignoredPhrases" holds ${JSON.stringify(phrase)}, which is not a phrase; skipped.`);
  }
  return phrases;
}

/** What createLinter needs from a validated configuration (for one file, see configForFile). */
export function toLinterConfig(config: RapportConfig): LinterConfig {
  return { extends: config.extends, channel: config.channel, rules: config.rules, ignoredPhrases: config.ignoredPhrases, phrases: config.phrases };
}

/**
 * The configuration that applies to one file, given its path relative to the configuration file's folder
 * (with "/" separators): `undefined` when "ignore" leaves it out, else the overrides that match it merged
 * in order (their rules and phrases on top, their channel instead).
 */
export function configForFile(config: RapportConfig, relativePath: string): RapportConfig | undefined {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (config.ignore?.length && picomatch(config.ignore, { dot: true })(path)) return undefined;
  let result: RapportConfig = config;
  for (const o of config.overrides ?? []) {
    if (!picomatch(o.files, { dot: true })(path)) continue;
    result = {
      ...result,
      rules: { ...result.rules, ...o.rules },
      ignoredPhrases: [...result.ignoredPhrases, ...(o.ignoredPhrases ?? [])],
      channel: o.channel ?? result.channel,
    };
  }
  return result;
}

function validChannel(raw: unknown, at: string, problems: string[]): string | undefined {
  if (typeof raw === 'string' && raw in CHANNELS) return raw;
  problems.push(`${at} must be one of ${Object.keys(CHANNELS).join(', ')}, not ${JSON.stringify(raw)}; ignored.`);
  return undefined;
}

function globList(raw: unknown, at: string, problems: string[]): string[] | undefined {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (Array.isArray(list) && list.length && list.every((g) => typeof g === 'string' && g.trim())) return list as string[];
  problems.push(`${at} must be a glob or a list of globs like "emails/**/*.md"; ignored.`);
  return undefined;
}

/** The "phrases" list: each entry checked on its own, a bad one left out with a problem that names it. */
function validatePhrases(raw: unknown, source: string, problems: string[]): CustomPhrases[] {
  if (!Array.isArray(raw)) {
    problems.push(`${source}: "phrases" must be a list like [{ "phrases": ["circle back"], "category": "impersonal" }]; ignored.`);
    return [];
  }
  const valid: CustomPhrases[] = [];
  const ids = new Set(rules.map((r) => r.id));
  let total = 0;
  raw.forEach((entry, i) => {
    const at = `${source}: "phrases[${i}]"`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return void problems.push(`${at} must be an object with "phrases" and "category"; skipped.`);
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).filter((k) => !['phrases', 'category', 'message', 'replacements', 'id', 'severity'].includes(k));
    if (unknown.length) problems.push(`${at} has unknown key "${unknown[0]}" (known: phrases, category, message, replacements, id, severity); ignored.`);
    if (e.category !== 'pushy' && e.category !== 'impersonal') return void problems.push(`${at}.category must be "pushy" or "impersonal", not ${JSON.stringify(e.category)}; skipped.`);
    if (!Array.isArray(e.phrases) || !e.phrases.some((p) => typeof p === 'string' && /[\p{L}\p{N}]/u.test(p))) {
      return void problems.push(`${at}.phrases must be a list of phrases with words in them; skipped.`);
    }
    const phrases: string[] = [];
    for (const phrase of e.phrases) {
      if (typeof phrase !== 'string' || !/[\p{L}\p{N}]/u.test(phrase)) problems.push(`${at}.phrases holds ${JSON.stringify(phrase)}, which is not a phrase; skipped.`);
      else if (phrase.length > MAX_PHRASE_LENGTH) problems.push(`${at}.phrases holds a phrase of ${phrase.length} characters (at most ${MAX_PHRASE_LENGTH}); skipped.`);
      else if (++total > MAX_CUSTOM_PHRASES) problems.push(`${at}.phrases: more than ${MAX_CUSTOM_PHRASES} phrases in all; "${phrase.slice(0, 40)}" and the rest skipped.`);
      else phrases.push(phrase);
    }
    if (phrases.length === 0) return;
    const spec: CustomPhrases = { phrases, category: e.category };
    if (typeof e.message === 'string' && e.message.trim()) spec.message = e.message;
    else if (e.message !== undefined) problems.push(`${at}.message must be a sentence; the default message is used.`);
    if (Array.isArray(e.replacements)) spec.replacements = e.replacements.filter((r): r is string => typeof r === 'string');
    else if (e.replacements !== undefined) problems.push(`${at}.replacements must be a list of phrases; ignored.`);
    if (typeof e.id === 'string' && /^[\w.-]+$/.test(e.id) && !ids.has(e.id)) spec.id = e.id;
    else {
      if (e.id !== undefined) problems.push(`${at}.id must be a new id of letters, digits, dots and dashes, not ${JSON.stringify(e.id)}; a generated one is used.`);
      spec.id = `custom.${spec.category}.${valid.length + 1}`;
    }
    if (e.severity === 'info' || e.severity === 'warning' || e.severity === 'error') spec.severity = e.severity;
    else if (e.severity !== undefined) problems.push(`${at}.severity must be info, warning or error; using warning.`);
    ids.add(spec.id);
    valid.push(spec);
  });
  return valid;
}
