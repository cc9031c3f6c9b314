// The contract every rule file fulfils. A rule looks at one sentence at a time and reports
// ranges inside it; the engine maps them to the document, applies severity and caches.
import type { Category, Severity } from '../types';
import type { Sentence } from '../parse/document';
import type { PrincipleId } from '../principles';
import type { PhraseList } from '../phrases';

/** A fix in sentence coordinates: replace sentence.text[start,end) with `replacement`. */
export interface RuleSuggestion {
  title: string;
  replacement: string;
  start: number;
  end: number;
  preferred?: boolean;
}

export interface RuleReport {
  start: number;
  end: number;
  /** Overrides the rule's default message for this occurrence. */
  message?: string;
  suggestions?: RuleSuggestion[];
}

export interface Rule {
  /** Stable id, also the diagnostic code and README anchor: `pushy.urgency`. */
  id: string;
  category: Category;
  /** A few words for lists and headings: "Bare urgency". */
  title: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** The relationship principle the rule protects. */
  principle: PrincipleId;
  /** One line, reader-facing: what was found and what to do. `{phrase}` is replaced by the match. */
  message: string;
  /** Markdown paragraph for hover and README: why this feels pushy or impersonal to a reader. */
  why: string;
  /** A before → after pair for hover and README. */
  example: { before: string; after: string };
  /** Sentences that must be flagged, and near-misses that must stay clean. Tests run every one. */
  examples: { flags: string[]; clean: string[] };
  /** The phrase lists the rule reads (data/*.json); tests run every entry's example. */
  lists?: readonly PhraseList[];
  check(sentence: Sentence): RuleReport[];
}

/** Fills `{phrase}` in a rule's message. */
export function formatMessage(template: string, phrase: string): string {
  return template.replace(/\{phrase\}/g, phrase.replace(/\s+/g, ' ').trim());
}
