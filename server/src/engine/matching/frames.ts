// Frames: phrase-list entries that match a shape over words rather than one fixed phrase, e.g. a
// condition of inaction followed by a loss ("if you don't … you'll lose"). A frame compiles to one
// case-insensitive regular expression, so it shares the lists' prefilter (its required words gate
// it through the piece search) and their tests. Syntax, tokens separated by spaces:
//   word              the word itself ("'" also matches "’")
//   a|b|c             any of these words (each may end in * for any ending: "regret*"; "_" joins the
//                     words of a phrase: "you're|you_are")
//   @name             (also inside a|@name) any entry of the list's class `name`; entries are words or phrases, "~lose" is a
//                     verb in all its forms (lose, loses, lost, losing), "regret*" any ending
//   ...N              up to N words of any kind
//   #num / #money     (also inside a|#num) a number ("3", "1,200", "40%") / an amount ("£200", "$5", "20 dollars")
//   token?            the token may be missing
//   \? \! \, \.       that punctuation mark, right after the previous word
// Gaps are bounded and word classes are literal alternatives, so a frame runs in time linear in the sentence.
import { conjugate } from '../parse/nlp';

/** Between words: spaces, commas and dashes, and quotation marks ("you'll wonder “what if”"). */
const SEPARATOR = "[\\s\\u00a0,;:—–\"“”‘’'()-]+";
/** A word inside a gap: anything up to the next separator or sentence mark (an apostrophe may sit inside). */
const GAP_WORD = "[^\\s\\u00a0.!?,;:—–\"“”‘()-]+";
const NUMBER = '\\d[\\d,.]*(?:%|k|m)?';
const MONEY = `(?:[$£€¥]\\s?${NUMBER}|${NUMBER}\\s?(?:dollars|pounds|euros|quid|bucks))`;

export function compileFrame(frame: string, classes: Readonly<Record<string, string[]>>): string {
  const tokens = frame.trim().split(/\s+/);
  let source = '';
  // Until a required word is written, an optional one carries the separator after it ("the? clock's …" also
  // matches "Clock's ticking" at the start of a sentence).
  let started = false;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    const optional = token.length > 1 && token.endsWith('?') && !token.endsWith('\\?');
    if (optional) token = token.slice(0, -1);
    const gap = /^\.\.\.(\d+)$/.exec(token);
    if (gap) {
      if (!started) throw new Error(`A frame cannot start with a gap: ${frame}`);
      source += `(?:${SEPARATOR}${GAP_WORD}){0,${gap[1]}}?`;
      continue;
    }
    if (/^\\[?!,.]$/.test(token)) {
      // In a unicode expression only ? and . may be escaped here.
      source += `\\s*${/[?.]/.test(token[1]) ? token : token[1]}`;
      continue;
    }
    const body = wordToken(token, classes, frame);
    // Optional words carry their separator, so a missing word leaves no doubled gap.
    if (!started) {
      source += optional ? `(?:${body}${SEPARATOR})?` : body;
      started = !optional;
      continue;
    }
    source += optional ? `(?:${SEPARATOR}${body})?` : `${SEPARATOR}${body}`;
  }
  return `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`;
}

function wordToken(token: string, classes: Readonly<Record<string, string[]>>, frame: string): string {
  const sourcesOf = (alternative: string): string[] => {
    if (alternative === '#num') return [NUMBER];
    if (alternative === '#money') return [MONEY];
    if (!alternative.startsWith('@')) return expand(alternative).map(spellingSource);
    const entries = classes[alternative.slice(1)];
    if (!entries) throw new Error(`A frame names a class its list does not define: ${alternative} in ${frame}`);
    return entries.flatMap(sourcesOf);
  };
  // Longest first, so "lose out" wins over "lose".
  const unique = [...new Set(token.split('|').flatMap(sourcesOf))].sort((a, b) => b.length - a.length);
  return unique.length === 1 ? unique[0] : `(?:${unique.join('|')})`;
}

/** The spellings of one class entry: a verb in every form, or the entry itself. */
function expand(entry: string): string[] {
  if (!entry.startsWith('~')) return [entry];
  const [head, ...rest] = entry.slice(1).split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = conjugate(head);
  return [...new Set([forms.Infinitive, forms.PresentTense, forms.PastTense, forms.Gerund])].map((form) => form + tail);
}

function spellingSource(spelling: string): string {
  return spelling
    .toLowerCase()
    .split(/[\s_]+/)
    .map((word) => {
      const wildcard = word.endsWith('*');
      const escaped = (wildcard ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return wildcard ? `${escaped}[\\p{L}'’]*` : escaped;
    })
    .join(SEPARATOR);
}
