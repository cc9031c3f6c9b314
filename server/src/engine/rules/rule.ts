// The contract every rule file fulfils. A rule looks at one sentence at a time and reports
// ranges inside it; the engine maps them to the document, applies severity and caches.
import type { Category, DocumentKind, Severity } from '../types';
import type { Sentence } from '../parse/document';
import type { DocumentSummary } from '../stats';
import type { PrincipleId } from '../principles';
import type { PhraseList } from '../matching/phrases';
import type { Alternative } from '../rewrite/edits';
import type { PieceScan } from '../matching/piece-search';
import type { Tagger } from '../parse/nlp';

/** A fix in sentence coordinates: replace sentence.text[start,end) with `replacement`. */
export interface RuleSuggestion {
  title: string;
  replacement: string;
  start: number;
  end: number;
  preferred?: boolean;
  /** A sentence rewrite: edits inside start..end (same coordinates), applied to the document's own text. */
  edits?: Array<{ start: number; end: number; text: string }>;
}

export interface RuleReport {
  start: number;
  end: number;
  /** Overrides the rule's default message for this occurrence. */
  message?: string;
  suggestions?: RuleSuggestion[];
  /** Reported by the second-opinion model for the rule's tactic, not by the rule's own phrases. */
  byModel?: boolean;
}

/** A finding as the rewriter hands it back to its rule: the range, the rule's own fixes, and whether the model found it. */
export interface FindingToRewrite {
  start: number;
  end: number;
  suggestions: readonly RuleSuggestion[];
  /** Found by the model: its range is the words that weighed most, not a phrase that can be dropped. */
  byModel?: boolean;
}

/** What the rewrites of one sentence share, finding by finding: the subject an earlier passive named. */
export interface RewriteContext {
  previousSubject?: string;
  /** compromise's readings, remembered by the linter (see Tagger). */
  readonly tagger: Tagger;
}

export interface Rule {
  /** Stable id, also the diagnostic code and README anchor: `pushy.urgency`. */
  id: string;
  category: Category;
  /** A few words for lists and headings: "Bare urgency". */
  title: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Kinds of document where the rule is off unless the writer turns it on (an SMS needs no question). */
  defaultOffFor?: readonly DocumentKind[];
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
  /**
   * How the rule rewrites a sentence it flagged: alternatives built from the sentence's own words,
   * best first (see rewrite/). The rewriter combines them with other findings' and checks the result.
   */
  rewrite?(sentence: string, finding: FindingToRewrite, context: RewriteContext): Alternative[];
  /** Its phrases are pressure and nothing else: a short sentence made only of them may be removed, and so may a clause they cover. */
  pressure?: boolean;
  /**
   * Its phrases jab at the reader (a shaming line, a guilt trip, a scare) and carry no offer: a sentence with
   * nothing but its findings and no fact (no number, name or link) may go whole, as a copywriter cuts a slogan.
   */
  jab?: boolean;
  /** It raises the volume (capitals, "!!!") without saying anything: it does not stop a pressure-only sentence from being removed. */
  loudness?: boolean;
  /** In a sentence without a verb its fix only drops boasts, and a slogan without its boasts is still a slogan: no sentence rewrite. */
  dropsOnlyBoasts?: boolean;
  /** Found more often than this in one sentence, the sentence is for the writer to rewrite by hand (word swaps leave it half-fixed). */
  rewriteAtMost?: number;
  /** Its phrase pushes, but the sentence around it still says what to do or when (a command, a deadline): beside it, a jab can go. */
  namesTheOffer?: boolean;
  /** A sentence of this shape is known to be harmless for the tactic ("If you cancel, you'll lose your streak." is a fact): the second opinion stays silent on it too. */
  harmless?(text: string): boolean;
  /** Its rewrite replaces the whole line ("No, thanks" for a shaming opt-out), so the line's own words may go. */
  replacesLine?: boolean;
  /** Looks at one sentence (and its paragraph through `siblings`). */
  check?(sentence: Sentence, pieces: PieceScan): readonly RuleReport[];
  /** Looks at the whole document through per-paragraph summaries; reports land in one paragraph. */
  checkDocument?(summary: DocumentSummary): Array<RuleReport & { block: number }>;
}

/** Fills `{phrase}` in a rule's message. */
export function formatMessage(template: string, phrase: string): string {
  return template.replace(/\{phrase\}/g, phrase.replace(/\s+/g, ' ').trim());
}
