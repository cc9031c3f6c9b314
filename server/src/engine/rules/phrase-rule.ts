// Builds a sentence rule from a phrase list: the shape most rules share. Quoted and negated
// mentions stay clean; entries marked `deadline` stay clean next to a real date or reason;
// entries marked `reason` stay clean when the sentence says why; replacements become fixes, and a pushy phrase can also simply be dropped.
import { PhraseMatcher, type PhraseList, type PhraseMatch } from '../matching/phrases';
import { hasConcreteReason, hasStatedReason, isMentioned, isNegated, removalEdit } from '../text';
import type { Sentence } from '../parse/document';
import type { Rule, RuleReport, RuleSuggestion } from './rule';

export interface PhraseRuleSpec extends Omit<Rule, 'check' | 'checkDocument' | 'lists'> {
  list: PhraseList;
  /** Title of a replacement fix, e.g. (r) => `Plain word: “${r}”`. */
  replaceTitle: (replacement: string) => string;
  /** Offer "drop it" when the phrase can go without a replacement (pressure phrases). */
  removable?: string;
  /** Also skip a match when this says so (context the list cannot express). */
  skip?: (sentence: Sentence, match: PhraseMatch) => boolean;
  /** Skip mentions after a negation ("no need to hurry"). Default true. */
  negatable?: boolean;
  /** The phrases modify the noun after them ("our miracle formula"), so they can be dropped mid-sentence. */
  modifiers?: boolean;
}

const NOTHING: readonly RuleReport[] = Object.freeze([]);
/** Longer than any sentence: a run-on line (a CSV row, a minified email) that the splitter could not cut. */
const RUN_ON = 2000;
/** How much of a run-on line around a match decides whether it is a mention, negated, or given a reason. */
const AROUND = 300;

export function phraseRule(spec: PhraseRuleSpec): Rule {
  const matcher = new PhraseMatcher(spec.list);
  const { list, replaceTitle, removable, skip, negatable = true, modifiers = false, ...meta } = spec;
  return {
    ...meta,
    lists: [list],
    check(sentence, pieces) {
      const text = sentence.text;
      const matches = matcher.find(text, pieces);
      if (matches.length === 0) return NOTHING;
      // A shape the rule knows to be fine ("I'll send the contract over, as we agreed") is fine for its phrases too.
      if (meta.harmless?.(text.length > RUN_ON ? '' : text)) return NOTHING;
      const reports: RuleReport[] = [];
      const runOn = text.length > RUN_ON;
      for (const found of matches) {
        // In a run-on line each match is judged by the words around it: the work grows with the line,
        // not with the line times its matches.
        const from = runOn ? Math.max(0, found.start - AROUND) : 0;
        const local = runOn ? text.slice(from, Math.min(text.length, found.end + AROUND)) : text;
        const match = runOn ? { ...found, start: found.start - from, end: found.end - from } : found;
        const view = runOn ? ({ ...sentence, text: local } as Sentence) : sentence;
        // Inside an identifier (SEG_LAPSED_90D_HURRY, final_sale_now): a code, not the writer's voice.
        if (local.charAt(match.start - 1) === '_' || local.charAt(match.end) === '_') continue;
        if (isMentioned(local, match.start, match.end)) continue;
        if (negatable && isNegated(local, match.start)) continue;
        if (match.entry.deadline && hasConcreteReason(local)) continue;
        if (match.entry.reason && hasStatedReason(local)) continue;
        if (skip?.(view, match)) continue;
        const suggestions = suggestionsFor(local, match, replaceTitle, removable, modifiers);
        reports.push({ start: found.start, end: found.end, suggestions: runOn ? suggestions.map((x) => ({ ...x, start: x.start + from, end: x.end + from })) : suggestions });
      }
      return reports;
    },
  };
}

function suggestionsFor(text: string, match: PhraseMatch, replaceTitle: (r: string) => string, removable: string | undefined, modifiers: boolean): RuleSuggestion[] {
  const { start, end } = match;
  const suggestions: RuleSuggestion[] = match.replacements.map((replacement, i) => ({
    title: replaceTitle(replacement),
    replacement,
    start,
    end,
    preferred: i === 0,
  }));
  // Some phrases are the sentence's subject or a checkable claim ("thought leaders ideate", "the number one agent"): rewording is the writer's job, dropping them breaks the sentence.
  if (!removable || match.entry.noDrop) return suggestions;
  const rest = (text.slice(0, start) + text.slice(end)).replace(/[^\p{L}\p{N}]/gu, '');
  if (!rest) {
    // The sentence is nothing but the push ("Hurry!"): removing it loses nothing.
    suggestions.push({ title: 'Remove this sentence', replacement: '', start: 0, end: text.length, preferred: suggestions.length === 0 });
  } else if (standsApart(text, start, end) || ((modifiers || match.entry.modifier) && beforeNoun(text.slice(end)))) {
    suggestions.push({ title: removable, ...removalEdit(text, start, end), preferred: suggestions.length === 0 });
  }
  return suggestions;
}

/**
 * Dropping a phrase is safe only where it stands apart from the clause: at the start, at the end,
 * between commas or dashes, or before "and"/"or"/"but". Out of the middle of a clause it leaves a
 * broken sentence ("You have 24 hours only to claim" → "You have to claim").
 */
function standsApart(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // At the start, unless a gerund follows: "You'll regret cancelling…" would leave "Cancelling…" with no verb.
  // …and unless the phrase ends where its object starts ("The whole town will be at | the Lantern Swim").
  if (/^[\s"“'‘(*_]*$/.test(before)) return !/^\s+(?:not\s+)?\p{L}+ing\b/u.test(after) && !/\b(?:at|in|on|to|for|with|of|from|by|about|into|is|are|be|was|were|will)\s*$/i.test(text.slice(start, end));
  if (/^[\s.!?…"”’)*_\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/u.test(after)) return true;
  const openedBySeparator = /[,;:—–-]\s*$/.test(before);
  return openedBySeparator && /^\s*(?:[,;:—–-]|(?:and|or|but)\s)/i.test(after);
}

/** A modifier is followed by the word it describes, not by "in", "of" or an article ("a global leader in"). */
function beforeNoun(after: string): boolean {
  return /^\s+[\p{L}]/u.test(after) && !/^\s+(?:in|of|for|to|with|at|on|by|and|or|but|from|as|the|a|an|that|which|who|is|are|was|were)\b/i.test(after);
}
