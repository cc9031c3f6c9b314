// What the second-opinion model reads in a sentence: its words (lower case, numbers and amounts
// folded to a token each), word pairs, and a few signs of volume (capitals, "!!"). Training
// (scripts/train.ts) and inference (second-opinion.ts) share this, so they always agree.

export interface Token {
  /** The folded word ("don't", "<num>", "<money>", "!"). */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[$£€¥]?\d[\d,.:]*%?|[\p{L}][\p{L}\p{N}'’-]*|[!?]|\p{Extended_Pictographic}/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function fold(word: string): string {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return word.endsWith('%') ? '<pct>' : '<num>';
  if ('$£€¥'.includes(word[0])) return '<money>';
  return word.toLowerCase().replace(/’/g, "'").replace(/-+$/, '');
}

/** Feature names with the index of the token each belongs to (pairs count for both of their words). */
export function features(text: string, words: readonly Token[] = tokens(text)): Array<{ name: string; at: number[] }> {
  const out: Array<{ name: string; at: number[] }> = [];
  for (let i = 0; i < words.length; i++) {
    // A lone "?" or "!" says little (questions are mostly fine); beside a word it does ("you ?").
    const word = words[i].word;
    if (word !== '?' && word !== '!') out.push({ name: word, at: [i] });
    // A crude stem, so "disappearing" learns from "disappear" and "disappears".
    if (word.length > 6 && word[0] !== '<') out.push({ name: `${word.slice(0, 5)}~`, at: [i] });
    out.push({ name: `${i === 0 ? '<s>' : words[i - 1].word} ${words[i].word}`, at: i === 0 ? [i] : [i - 1, i] });
    const raw = text.slice(words[i].start, words[i].end);
    if (raw.length >= 3 && raw === raw.toUpperCase() && /\p{Lu}{3}/u.test(raw)) out.push({ name: '<caps>', at: [i] });
  }
  if (words.length) out.push({ name: `${words[words.length - 1].word} </s>`, at: [words.length - 1] });
  if (/!{2,}/.test(text)) out.push({ name: '<bangs>', at: [] });
  return out;
}
