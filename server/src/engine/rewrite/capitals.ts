// A sentence in capitals ("GET YOUR TICKETS NOW!!!") in a normal voice: every shouted word lower
// case, the first one capitalised, acronyms and codes kept ("NHS", "MP3", "B2B").
import acronyms from '../data/acronyms.json';
import type { Edit } from './edits';

const KNOWN = new Set(acronyms.words);
const WORD = /\p{L}[\p{L}\p{N}'’]*/gu;

/** Short words that look like acronyms ("ON", "US") but in a shouted sentence are words. */
const PLAIN_WORDS = new Set(acronyms.plain);

const PROPER = /^(?:i|i['’](?:m|ll|ve|d)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|christmas|easter|halloween|thanksgiving)$/;

function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]S$/, '');
  if (PLAIN_WORDS.has(bare)) return false;
  return KNOWN.has(bare) || !/[AEIOUY]/.test(bare) || /\d/.test(bare);
}

/** At least two words, and most of the letters, in capitals. */
export function isMostlyCapitals(sentence: string): boolean {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/\P{Lu}/gu, '').length;
  const capsWords = (sentence.match(/\b\p{Lu}{2,}\b/gu) ?? []).length;
  return capsWords >= 2 && upper >= letters.length * 0.6;
}

export function lowerCaseEdits(sentence: string): Edit[] {
  const edits: Edit[] = [];
  let first = true;
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0];
    const atStart = first;
    first = false;
    if (word.length < 2 || word !== word.toUpperCase() || isAcronym(word)) continue;
    const lower = word.toLowerCase();
    // Days, months and "I" keep the capital English gives them ("TACO TUESDAY" → "Taco Tuesday").
    const text = atStart || PROPER.test(lower) ? lower[0].toUpperCase() + lower.slice(1) : lower;
    if (text !== word) edits.push({ start: m.index!, end: m.index! + word.length, text });
  }
  return edits;
}
