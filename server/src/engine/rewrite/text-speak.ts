// Text-speak spelled out inside a sentence that is being rewritten anyway ("ur acct" → "your account"):
// a rewrite should read as a careful writer's, and copywriters spell these out when they rewrite
// an SMS, and put common misspellings right. Only unambiguous words; a word spelled with a digit ("b4", "2day")
// is not a number, and the facts check knows it.
import { matchCase } from '../text';
import { capitaliseAt, type Edit } from './edits';

const SPELLED_OUT: Record<string, string> = {
  u: 'you',
  pls: 'please',
  plz: 'please',
  recd: 'received',
  acct: 'account',
  appt: 'appointment',
  msg: 'message',
  thx: 'thanks',
  tmrw: 'tomorrow',
  r: 'are',
  b4: 'before',
  '2day': 'today',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  nite: 'night',
  'w/': 'with',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '4ever': 'forever',
  gr8: 'great',
  l8r: 'later',
  dont: "don't",
  cant: "can't",
  wont: "won't",
  im: "I'm",
  wk: 'week',
  yrs: 'years',
  til: 'until',
  '2': 'to',
  // Common misspellings a rewrite should not carry over ("We've recieved your donation").
  recieve: 'receive',
  recieved: 'received',
  recieves: 'receives',
  reciept: 'receipt',
  proccess: 'process',
  proccessed: 'processed',
  seperate: 'separate',
  definately: 'definitely',
  occured: 'occurred',
  untill: 'until',
  accomodation: 'accommodation',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  comunity: 'community',
  theyre: "they're",
  youre: "you're",
  doesnt: "doesn't",
  isnt: "isn't",
  didnt: "didn't",
  wasnt: "wasn't",
  thats: "that's",
  whats: "what's",
};
/** Any of them as a whole word ("ur" is decided by the word after it, below). */
const WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’.@/#$£€-])(ur|${Object.keys(SPELLED_OUT).map((w) => w.replace('/', '\\/')).join('|')})(?![\p{L}\p{N}'’@/%-])`, 'giu');
/** "r" is "are" after a noun or pronoun ("ur mates r all going"); "2" is "to" before the words the facts check also reads as text-speak. */
const ARE_AFTER = /(?:\b(?:u|you|we|they|ur|mates|friends|seats|spots|tickets|places|doors|prices|deals)\s+)$/i;
const TO_BEFORE = /^\s+(?:the|get|go|me|you|ya|u|ur)\b/i;

/** A text-speak word as a careful writer spells it ("2nite" → "tonight"), or undefined. */
export function spelledOut(word: string): string | undefined {
  return Object.hasOwn(SPELLED_OUT, word.toLowerCase()) ? SPELLED_OUT[word.toLowerCase()] : undefined;
}

export function textSpeakEdits(sentence: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const word = m[1];
    const lower = word.toLowerCase();
    // ("wont" is also a word: "as is our wont".)
    if (lower === 'r' && !ARE_AFTER.test(sentence.slice(0, m.index!))) continue;
    if (lower === '2' && !TO_BEFORE.test(sentence.slice(m.index! + 1))) continue;
    if (lower === 'wont' && /\b(?:our|my|his|her|their|your)\s+$/i.test(sentence.slice(0, m.index!))) continue;
    // "ur" is "your" ("ur order"), or "you're" before the words that follow a "you're" ("ur welcome").
    const next = /^\s+([\p{L}'’]+)/u.exec(sentence.slice(m.index! + word.length))?.[1]?.toLowerCase();
    const text = lower === 'ur' ? (next && /^(?:welcome|invited|in|on|the|a|an|so|not|going|gonna|still|always|never|all|ready|done|late|right|sure)$/.test(next) ? "you're" : 'your') : SPELLED_OUT[lower];
    // A word spelled out where the sentence opens starts it with a capital ("ur whole village…" → "Your whole village…").
    // A shouted one ("TONITE", "W/") is written in a normal voice, as the rest of the rewrite is.
    const cased = /\p{L}/u.test(word) && word === word.toUpperCase() && (word.replace(/\P{L}/gu, '').length > 1 || /\//.test(word)) ? text : matchCase(word, text);
    edits.push({ start: m.index!, end: m.index! + word.length, text: capitaliseAt(sentence, m.index!, cased) });
  }
  return edits;
}
