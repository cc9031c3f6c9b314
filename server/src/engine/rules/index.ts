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
import { rule as pushyGuilt } from './pushy-guilt';
import { rule as pushyShaming } from './pushy-shaming';
import { rule as pushyRegret } from './pushy-regret';
import { rule as pushyLossFraming } from './pushy-loss-framing';
import { rule as pushyFear } from './pushy-fear';
import { rule as pushyPeerPressure } from './pushy-peer-pressure';
import { rule as pushyLegalThreat } from './pushy-legal-threat';
import { rule as pushyShouting } from './pushy-shouting';
import { rule as pushyExclamations } from './pushy-exclamations';
import { rule as impersonalCorporatese } from './impersonal-corporatese';
import { rule as impersonalPassive } from './impersonal-passive';
import { rule as impersonalThirdPersonReader } from './impersonal-third-person-reader';
import { rule as impersonalWeCentric } from './impersonal-we-centric';
import { rule as impersonalFormLetter } from './impersonal-form-letter';
import { rule as impersonalLegalese } from './impersonal-legalese';
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
  pushyGuilt,
  pushyShaming,
  pushyRegret,
  pushyLossFraming,
  pushyFear,
  pushyPeerPressure,
  pushyLegalThreat,
  pushyShouting,
  pushyExclamations,
  impersonalCorporatese,
  impersonalPassive,
  impersonalThirdPersonReader,
  impersonalWeCentric,
  impersonalFormLetter,
  impersonalLegalese,
  impersonalGrandiose,
  impersonalNoReader,
  impersonalNoInvitation,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export type { Rule } from './rule';
