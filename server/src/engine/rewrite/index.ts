// Sentence rewrites: every finding in a sentence contributes its best edit, the edits are combined
// with conversational contractions, and the result is offered only if it passes the safety net:
// re-linted it triggers no rule, and no protected token (number, price, date, name, quote, link,
// merge tag) was lost. Used by lint() for each sentence that has findings; results are cached with the block.
import type { RuleSuggestion } from '../rules/rule';
import { applyEdits, mergeEdits, type Alternative, type Edit } from './edits';
import { contractionEdits } from './contractions';
import { speakToReader } from './person';
import { sayWhoDoesIt } from './passive';
import { turnToReader } from './we-centric';
import { fromPhraseFixes, INVITATION } from './phrases';
import { apostrophesLike } from './edits';
import { isWellFormed } from './well-formed';
import { articleEdits } from './articles';

export interface SentenceFinding {
  rule: string;
  /** Range in the sentence. */
  start: number;
  end: number;
  /** The rule's own phrase-level fixes, in sentence offsets. */
  suggestions: RuleSuggestion[];
}

export interface SentenceRewrite {
  title: string;
  edits: Edit[];
  text: string;
}

/** Rule ids found in a piece of text (sentence-level rules only): the safety net's re-lint. */
export type Detector = (text: string) => string[];

const MAX_REWRITES = 3;

export { isWellFormed };

export function rewriteSentence(sentence: string, findings: readonly SentenceFinding[], detect: Detector): SentenceRewrite[] {
  const options: Alternative[][] = [];
  let previousSubject: string | undefined;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    let alternatives: Alternative[] = [];
    if (f.rule === 'impersonal.third-person-reader') alternatives = speakToReader(sentence, f.start, f.end);
    else if (f.rule === 'impersonal.passive') {
      const result = sayWhoDoesIt(sentence, f.start, f.end, previousSubject);
      alternatives = result.alternatives;
      previousSubject = result.subject ?? previousSubject;
    } else if (f.rule === 'impersonal.we-centric') alternatives = [...turnToReader(sentence), ...fromPhraseFixes(f.rule, sentence, f.start, f.end, [])];
    else alternatives = fromPhraseFixes(f.rule, sentence, f.start, f.end, f.suggestions);
    if (alternatives.length) options.push(alternatives);
  }
  // The first choice of every finding, then each finding's other choices with the rest kept first.
  const combinations: Alternative[][] = options.length ? [options.map((o) => o[0])] : [];
  options.forEach((o, i) => o.slice(1).forEach((alt) => combinations.push(options.map((p, j) => (j === i ? alt : p[0])))));
  // Last resort for a sentence that is mostly pressure: it carries nothing worth keeping, so a calm
  // invitation may replace it (the safety net still refuses when a name, number or link would go).
  if (mostlyPressure(sentence, findings)) combinations.push([{ title: 'Rewrite: drop the pressure', edits: [{ start: 0, end: sentence.length, text: apostrophesLike(sentence, INVITATION) }] }]);
  if (combinations.length === 0) return [];

  const rewrites: SentenceRewrite[] = [];
  for (const combination of combinations) {
    let edits: Edit[] = [];
    for (const alt of combination) edits = mergeEdits(edits, alt.edits);
    edits = mergeEdits(edits, articleEdits(sentence, edits));
    const withContractions = mergeEdits(edits, contractionEdits(sentence));
    for (const candidate of [withContractions, edits]) {
      const text = applyEdits(sentence, candidate);
      if (text === sentence || rewrites.some((r) => r.text === text)) continue;
      if (!passesSafetyNet(sentence, text, candidate, findings, detect)) continue;
      const titles = [...new Set(combination.flatMap((a) => a.title.replace(/^Rewrite: /, '').split(', ')))];
      let title = `Rewrite: ${titles.join(', ')}`;
      // Two rewrites with the same label say how the later one differs ("…, keep one “!”").
      if (rewrites.some((r) => r.title === title)) {
        const details = combination.map((a) => a.detail).filter((d): d is string => Boolean(d));
        if (details.length) title = `${title} (${details.join(', ')})`;
      }
      rewrites.push({ title, edits: candidate, text });
      break;
    }
    if (rewrites.length >= MAX_REWRITES) break;
  }
  return rewrites;
}

/**
 * Tokens a rewrite must keep: numbers, prices, dates, percentages, quotes, and the placeholders of
 * links and merge tags, everywhere; names (capitalised words) outside `flagged`, the ranges being
 * rewritten ("Dear Valued Customer" may go, "Maya" may not).
 */
export function protectedTokens(text: string, flagged: ReadonlyArray<{ start: number; end: number }> = []): string[] {
  const tokens: string[] = [];
  let outside = text;
  for (const f of flagged) outside = outside.slice(0, f.start) + ' '.repeat(f.end - f.start) + outside.slice(f.end);
  // A number ends in a digit (then maybe "%"): "30%." keeps "30%", the full stop is the sentence's.
  for (const m of text.matchAll(/[$£€¥]?\d(?:[\d.,:/]*\d)?%?|“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)|\bthing\b|\bx{3,}\b/g)) tokens.push(m[0]);
  // Capitalised words after the first: names and product names (not "I", not words we may capitalise).
  // ALL-CAPS words are either acronyms (which rewrites keep) or shouting (which they lower on purpose).
  for (const m of outside.matchAll(/(?<=[\s(“"‘'-])\p{Lu}[\p{L}\p{N}’'&-]*/gu)) {
    if (m[0] !== 'I' && !/^I['’]/.test(m[0]) && /\p{Ll}/u.test(m[0])) tokens.push(m[0]);
  }
  return tokens;
}

function passesSafetyNet(before: string, after: string, edits: readonly Edit[], findings: readonly SentenceFinding[], detect: Detector): boolean {
  if (!/[\p{L}\p{N}]/u.test(after)) return false;
  if (detect(after).length > 0) return false;
  const droppedOpening = edits.some((e) => e.start === 0 && (e.text === '' || /^\p{Lu}$/u.test(e.text)));
  const deletedWords = edits.some((e) => e.text.trim() === '' || (e.end - e.start > 1 && /^\p{Lu}$/u.test(e.text)));
  const deleted = edits.filter((e) => e.text.trim() === '');
  if (!isWellFormed(before, after, droppedOpening, deletedWords, deleted)) return false;
  const remaining = protectedTokens(after);
  for (const token of protectedTokens(before, findings)) {
    const at = remaining.indexOf(token);
    if (at < 0) return false;
    remaining.splice(at, 1);
  }
  return true;
}

const PRESSURE_RULES = new Set(['pushy.urgency', 'pushy.scarcity', 'pushy.fomo', 'pushy.buy-now', 'pushy.manufactured-need']);

/** Pressure findings cover at least half of the sentence's letters, and nothing else is flagged. */
function mostlyPressure(sentence: string, findings: readonly SentenceFinding[]): boolean {
  if (findings.length === 0 || !findings.every((f) => PRESSURE_RULES.has(f.rule) || f.rule === 'pushy.exclamations')) return false;
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
  const covered = findings.filter((f) => PRESSURE_RULES.has(f.rule)).reduce((n, f) => n + letters(sentence.slice(f.start, f.end)), 0);
  return covered > 0 && covered * 2 >= letters(sentence);
}
