// A sentence in capitals ("GET YOUR TICKETS NOW!!!") in a normal voice: every shouted word lower
// case, the first one capitalised, acronyms and codes kept ("NHS", "MP3", "B2B").
import acronyms from '../data/acronyms.json';
import type { Edit } from './edits';
import { lexiconTag } from '../parse/nlp';

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
  // (A merge tag, masked as "xxxx", is no lower-case word: "*|FNAME|*, WE ARE BEHIND.")
  const letters = sentence.replace(/\bx{3,}\b/g, '').replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/\P{Lu}/gu, '').length;
  const capsWords = (sentence.match(/\b\p{Lu}{2,}\b/gu) ?? []).length;
  return capsWords >= 2 && upper >= letters.length * 0.6;
}

export function lowerCaseEdits(sentence: string, onlyKnownShortWords = false): Edit[] {
  const edits: Edit[] = [];
  let first = true;
  let previous = '';
  let inName = false;
  // A sender's name before the colon that opens the line ("KETTLE LANE: FREE GYOZA…", "KETTERING & MOSS:") keeps its capitals as a name: "Kettle Lane:".
  // (A heading is no name: "ATTENTION ROWERS:", "FINAL REMINDER:".)
  const sender = /^\W*(?!(?:ATTENTION|FINAL|LAST|REMINDER|NOTICE|WARNING|URGENT|IMPORTANT|UPDATE|NEWS|ALERT|SALE|OFFER|HEY|HI|PS|P\.S\.|NB|BREAKING|FLASH|NEW|TODAY|TONIGHT|NOW|HUGE|BIG|MEGA|MASSIVE|GIANT|SUMMER|WINTER|SPRING|AUTUMN|BLACK|CLEARANCE|SPECIAL|EXCLUSIVE|FREE|HOT|LIMITED)\b)(?:(?:\p{Lu}[\p{Lu}\p{N}&'’.-]*|&)\s+){0,3}\p{Lu}[\p{Lu}\p{N}&'’-]*\s*:/u.exec(sentence)?.[0].length ?? 0;
  // Where the current sentence began: a shouted line may hold several ("ALBERT HALL. 12 FEB. ON SALE NOW!!!").
  let sentenceStart = 0;
  let lastEnd = 0;
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0];
    const gap = sentence.slice(lastEnd, m.index);
    if (/[.!?]\s/.test(gap)) {
      first = true;
      // From the last stop in the gap: "TACOS. £2. BE THERE" opens a sentence at "BE", past the price.
      sentenceStart = lastEnd + gap.search(/[.!?]\s+\P{N}*$/u) + 1;
    }
    lastEnd = m.index! + word.length;
    // "50% OFF ALL SEEDS": a word after a number does not open the sentence.
    const atStart = first && !/[\p{N}]/u.test(sentence.slice(sentenceStart, m.index));
    first = false;
    const lower = word.toLowerCase();
    // A shouted name keeps a capital: a place or company compromise knows ("LONDON"), or a word it does not
    // know after "at", "from" or "by" ("70% OFF AT TRENDHAUS" → "at Trendhaus", "AT CASA VERDE").
    const wordBefore = previous;
    // ("AT THISTLE & THREAD": a name goes on over "&", whatever the word after it.)
    // ("@ MAMA LUPE'S": what follows an "@" is where, by its name.)
    inName = isKnownName(lower) || (inName && /^\s*&\s*$/.test(gap)) || /@\s*$/.test(gap) || (inName && /^\s+$/.test(gap) && /@/.test(sentence.slice(Math.max(0, m.index! - 40), m.index))) || (lexiconTag(lower) === undefined && !COMMON_UNKNOWN.test(lower) && (NAME_AFTER.test(wordBefore) || inName));
    previous = lower;
    // "NOT A DRILL": a lone "A" inside a shouted sentence is the article.
    if (word === 'A' && !atStart) {
      edits.push({ start: m.index!, end: m.index! + 1, text: 'a' });
      continue;
    }
    // "SAT & SUN", "MON–FRI": days by their short names, beside each other, are days ("Sat & Sun"), not the acronym "SAT".
    if (word === word.toUpperCase() && DAY_SHORT.test(lower) && (DAY_AFTER.test(sentence.slice(m.index! + word.length)) || DAY_BEFORE.test(sentence.slice(0, m.index)))) {
      edits.push({ start: m.index!, end: m.index! + word.length, text: lower[0].toUpperCase() + lower.slice(1) });
      continue;
    }
    if (word.length < 2 || word !== word.toUpperCase() || isAcronym(word)) continue;
    // "reply PIZZA to 61190": a keyword to send is kept as written.
    // (Not "REPLY NOW": "now" is no keyword.)
    // (Nor "SHOW THIS TEXT AT THE TILL": a short everyday word is no keyword.)
    if (/^(?:reply|text|txt|send|sms|code)$/.test(wordBefore) && !/^(?:NOW|TODAY|TONIGHT|ASAP|FAST|QUICK|QUICKLY|BACK|IN)$/.test(word) && !PLAIN_WORDS.has(word)) continue;
    // Beside a shout in a normal sentence a short unknown word is a code ("OMG", "FEC"), not shouting.
    if (onlyKnownShortWords && word.length <= 3 && lexiconTag(lower) === undefined) continue;
    // Days, months and "I" keep the capital English gives them ("TACO TUESDAY" → "Taco Tuesday").
    // "12 FEB", "31 DEC": a month's short name after a number is a date as tickets print it, kept as written
    // (not "12 feb"; and Harper takes "Dec" for the company DEC).
    if (MONTH_SHORT.test(lower) && /\d\s*$/.test(sentence.slice(0, m.index))) continue;
    // "WARD 4", "GATE 12", "TABLE 6": a place numbered is named by its number ("Ward 4").
    const numbered = NUMBERED_PLACE.test(lower) && /^\s+\d/.test(sentence.slice(m.index! + word.length));
    const text = atStart || PROPER.test(lower) || inName || numbered || m.index! < sender ? lower[0].toUpperCase() + lower.slice(1) : lower;
    if (text !== word) edits.push({ start: m.index!, end: m.index! + word.length, text });
  }
  return edits;
}

const NAME_AFTER = /^(?:at|from|by|with|the)$/;
const NUMBERED_PLACE = /^(?:ward|gate|room|unit|flat|platform|table|studio|level|floor|terminal|block|route|row|stand|zone|door|aisle|bay|lot|pitch|court|hall|stage|district|precinct|suite|building|lane)$/;
const MONTH_SHORT = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** Days by their short names, and what joins two of them ("SAT & SUN", "MON–FRI"). */
const DAY_NAMES = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const DAY_JOIN = String.raw`\s*(?:&|and|-|–|\/|,)\s*`;
const DAY_SHORT = new RegExp(`^(?:${DAY_NAMES})$`);
const DAY_AFTER = new RegExp(`^${DAY_JOIN}(?:${DAY_NAMES})\\b`, 'i');
const DAY_BEFORE = new RegExp(`\\b(?:${DAY_NAMES})${DAY_JOIN}$`, 'i');
/** Everyday words of shouted offers that compromise's dictionary lacks (and contractions, "CAN'T"): never taken for a name. */
const COMMON_UNKNOWN = /^(?:\p{L}+(?:n['’]t|['’](?:re|ll|ve|m|d))|checkout|noon|midnight|instore|till|tills|sale|sales|stock|delivery|shipping|deal|deals|app|online|\w+(?:ing|ed|ly))$/u;

function isKnownName(word: string): boolean {
  const tag = lexiconTag(word);
  return tag === 'City' || tag === 'Region' || tag === 'Country' || tag === 'Organization' || tag === 'Place' || tag === 'FirstName' || tag === 'Person';
}
