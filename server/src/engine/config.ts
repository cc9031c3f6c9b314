// Validates user configuration (VS Code settings, .rapport.json, CLI flags) into LintOptions.
// Bad parts are reported in plain words and replaced by defaults; nothing else is lost.
import type { LintOptions, Severity } from './types';
import { rules } from './rules';

export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];

export interface RapportConfig {
  rules: Record<string, Severity>;
  ignoredPhrases: string[];
}

export interface ConfigResult {
  config: RapportConfig;
  /** One readable sentence per problem, naming the key and what was used instead. */
  problems: string[];
}

export function validateConfig(raw: unknown, source = 'settings'): ConfigResult {
  const config: RapportConfig = { rules: {}, ignoredPhrases: [] };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [`${source}: expected an object with "rules" and "ignoredPhrases"; using the defaults.`] };
  }
  const object = raw as Record<string, unknown>;
  if (object.rules !== undefined) {
    if (typeof object.rules !== 'object' || object.rules === null || Array.isArray(object.rules)) {
      problems.push(`${source}: "rules" must be an object like {"pushy.urgency": "warning"}; using the defaults.`);
    } else {
      for (const [id, value] of Object.entries(object.rules as Record<string, unknown>)) {
        if (!rules.some((r) => r.id === id)) {
          problems.push(`${source}: unknown rule "${id}" in "rules" (known: ${rules.map((r) => r.id).join(', ')}); ignored.`);
        } else if (typeof value !== 'string' || !SEVERITIES.includes(value as Severity)) {
          problems.push(`${source}: "rules.${id}" must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}; using its default.`);
        } else {
          config.rules[id] = value as Severity;
        }
      }
    }
  }
  if (object.ignoredPhrases !== undefined) {
    if (!Array.isArray(object.ignoredPhrases)) {
      problems.push(`${source}: "ignoredPhrases" must be a list of phrases; ignored.`);
    } else {
      for (const phrase of object.ignoredPhrases) {
        if (typeof phrase === 'string' && phrase.trim()) config.ignoredPhrases.push(phrase);
        else problems.push(`${source}: "ignoredPhrases" holds ${JSON.stringify(phrase)}, which is not a phrase; skipped.`);
      }
    }
  }
  return { config, problems };
}

export function toLintOptions(config: RapportConfig): Pick<LintOptions, 'rules' | 'ignoredPhrases'> {
  return { rules: config.rules, ignoredPhrases: config.ignoredPhrases };
}
