// What the second-opinion model reads in a sentence: its words (lower case, numbers and amounts
// folded to a token each), word pairs, crude stems and a few signs of volume (capitals, "!!").
// Training (scripts/train.ts) and inference (second-opinion.ts) share visitFeatures, so they always agree.

export interface Token {
  /** The folded word ("don't", "<num>", "<money>", "!"). */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[$£€¥]?\d[\d,.:]*%?|[\p{L}][\p{L}\p{N}'’-]*|[!?]|\p{Extended_Pictographic}/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Lower case once per sentence; a letter whose lower case has another length (rare) falls back to per word.
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = '';
  else if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ word: fold(m[0], lower ? lower.slice(start, end) : foldCase(m[0])), start, end });
  }
  return out;
}

function foldCase(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function fold(raw: string, lower: string): string {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57) return raw.endsWith('%') ? '<pct>' : '<num>';
  if (first === 36 || first === 163 || first === 8364 || first === 165) return '<money>';
  return lower.endsWith('-') ? lower.replace(/-+$/, '') : lower;
}

/** What a feature is made of: a word, a pair of words (a then b), a stem, or a sign ("<caps>", "<bangs>"). */
export type FeatureKind = 'word' | 'pair' | 'stem' | 'sign';

/** A feature's name in the model file: "word", "a b", "stem~", "<caps>". */
function featureName(kind: FeatureKind, a: string, b: string): string {
  return kind === 'pair' ? a + ' ' + b : kind === 'stem' ? a + '~' : a;
}

/**
 * Calls `visit` with every feature of the sentence and the tokens it belongs to (first..last; -1 for
 * none): a word, the pair it ends, its stem, capitals, the last word, a run of "!". The parts come
 * apart (no name is built), so inference looks them up without making strings.
 */
export function visitFeatures(text: string, words: readonly Token[], visit: (kind: FeatureKind, a: string, b: string, first: number, last: number) => void): void {
  let previous = '<s>';
  for (let i = 0; i < words.length; i++) {
    const word = words[i].word;
    // A lone "?" or "!" says little (questions are mostly fine); beside a word it does ("you ?").
    if (word !== '?' && word !== '!') visit('word', word, '', i, i);
    visit('pair', previous, word, i === 0 ? 0 : i - 1, i);
    // A crude stem, so "disappearing" learns from "disappear" and "disappears".
    if (word.length > 6 && word.charCodeAt(0) !== 60) visit('stem', word.slice(0, 5), '', i, i);
    const code = text.charCodeAt(words[i].start);
    if (code >= 65 && code <= 90 && words[i].end - words[i].start >= 3) {
      const raw = text.slice(words[i].start, words[i].end);
      if (raw === raw.toUpperCase() && /\p{Lu}{3}/u.test(raw)) visit('sign', '<caps>', '', i, i);
    }
    previous = word;
  }
  if (words.length) visit('pair', previous, '</s>', words.length - 1, words.length - 1);
  if (text.includes('!!')) visit('sign', '<bangs>', '', -1, -1);
}

/** Every feature name of a sentence (training). */
export function features(text: string, words: readonly Token[] = tokens(text)): string[] {
  const out: string[] = [];
  visitFeatures(text, words, (kind, a, b) => out.push(featureName(kind, a, b)));
  return out;
}
