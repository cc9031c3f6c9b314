// Conversational contractions inside rewrites ("we are" → "we're", "do not" → "don't"),
// located with a pattern and formed by compromise.
import { apostrophesLike, type Edit } from './edits';
import type { Tagger } from '../parse/nlp';

const CONTRACTIBLE =
  /\b(?:we|you|they|i|it|that|there|let) (?:are|will|have|am|is|would|us)\b(?! (?:a|an|the|no|any|some|one|two|three|many|much|more|not)\b)|\b(?:do|does|did|is|are|was|were|will|can|could|should|would|have|has) not\b|\bcannot\b/gi;

export function contractionEdits(tagger: Tagger, sentence: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of sentence.matchAll(CONTRACTIBLE)) {
    // "we have" contracts only as an auxiliary ("we've sent"), not as possession ("we have a shop").
    if (/ have$/i.test(m[0]) && !/^\s+\w+(?:ed|en|t|wn|ne)\b/.test(sentence.slice(m.index! + m[0].length))) continue;
    // A pronoun and its verb that end the clause do not contract ("…so we will." is not "…so we'll.").
    if (/^(?:we|you|they|i|it|that|there|let) /i.test(m[0]) && /^\s*(?:[.,;:!?)—–]|$)/.test(sentence.slice(m.index! + m[0].length))) continue;
    const contracted = tagger.contracted(m[0]);
    if (contracted && contracted !== m[0] && /['’]/.test(contracted)) {
      edits.push({ start: m.index!, end: m.index! + m[0].length, text: apostrophesLike(sentence, contracted) });
    }
  }
  return edits;
}
