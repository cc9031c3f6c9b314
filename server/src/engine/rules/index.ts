// Every rule Rapport runs, in the order they are documented. Add a rule: create its file in
// this folder (one rule per file) and list it here.
import type { Rule } from './rule';
import { rule as pushyUrgency } from './pushy-urgency';
import { rule as pushyScarcity } from './pushy-scarcity';
import { rule as pushyFomo } from './pushy-fomo';
import { rule as pushyBuyNow } from './pushy-buy-now';
import { rule as pushyConfirmShaming } from './pushy-confirm-shaming';
import { rule as pushyHype } from './pushy-hype';
import { rule as pushyAssumptiveClose } from './pushy-assumptive-close';
import { rule as pushyManufacturedNeed } from './pushy-manufactured-need';
import { rule as pushyShouting } from './pushy-shouting';
import { rule as pushyExclamations } from './pushy-exclamations';
import { rule as impersonalCorporatese } from './impersonal-corporatese';
import { rule as impersonalPassive } from './impersonal-passive';
import { rule as impersonalThirdPersonReader } from './impersonal-third-person-reader';
import { rule as impersonalWeCentric } from './impersonal-we-centric';
import { rule as impersonalFormLetter } from './impersonal-form-letter';
import { rule as impersonalGrandiose } from './impersonal-grandiose';
import { rule as impersonalNoReader } from './impersonal-no-reader';
import { rule as impersonalNoInvitation } from './impersonal-no-invitation';

export const rules: readonly Rule[] = [
  pushyUrgency,
  pushyScarcity,
  pushyFomo,
  pushyBuyNow,
  pushyConfirmShaming,
  pushyHype,
  pushyAssumptiveClose,
  pushyManufacturedNeed,
  pushyShouting,
  pushyExclamations,
  impersonalCorporatese,
  impersonalPassive,
  impersonalThirdPersonReader,
  impersonalWeCentric,
  impersonalFormLetter,
  impersonalGrandiose,
  impersonalNoReader,
  impersonalNoInvitation,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export type { Rule } from './rule';
