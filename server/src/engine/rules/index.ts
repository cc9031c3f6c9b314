// Every rule Rapport runs, in the order they are documented. Add a rule: create its file in
// this folder and list it here.
import type { Rule } from './rule';
import { rule as pushyUrgency } from './pushy-urgency';
import { rule as pushyShouting } from './pushy-shouting';
import { rule as pushyExclamations } from './pushy-exclamations';
import { rule as impersonalCorporatese } from './impersonal-corporatese';

export const rules: readonly Rule[] = [pushyUrgency, pushyShouting, pushyExclamations, impersonalCorporatese];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export type { Rule } from './rule';
