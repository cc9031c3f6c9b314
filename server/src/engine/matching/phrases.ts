// Phrase lists (data files under data/) compiled into one fast, case-insensitive matcher each.
// Verb entries are inflected with compromise ("leverage" also finds "leveraged", "leveraging")
// and their replacements follow the same form ("using", "used").
import { conjugate } from '../parse/nlp';
import { allMatches, matchCase } from '../text';
import { requiredAll } from './required-text';
import { rulePieces, type PieceIndex, type PieceScan } from './piece-search';
import { compileFrame } from './frames';

export interface PhraseEntry {
  /** The phrase as a writer would type it, lower case ("in order to", "don't miss out"). */
  phrase?: string;
  /** Instead of a phrase: a case-insensitive regular expression, for shapes a list cannot spell ("only 3 left"). */
  pattern?: string;
  /** Instead of a phrase: a frame over words and word classes ("@inaction ...3 @loss"), see frames.ts. */
  frame?: string;
  /** Plainer alternatives, best first; for verbs, in the infinitive. */
  replacements?: string[];
  /** Inflect the first word as a verb (both phrase and replacements). */
  verb?: boolean;
  /** A sentence that must be flagged for this entry (tests run every one). */
  example: string;
  /** The phrase describes the noun after it ("a once in a lifetime offer"), so it can be dropped mid-sentence. */
  modifier?: boolean;
  /** Never offer to drop the phrase: it is a subject or a claim the sentence stands on. */
  noDrop?: boolean;
  /** A pattern that matches letter case as written: a keyword in capitals ("Text JOIN to 80555") is not any word. */
  caseSensitive?: boolean;
  /** Extra per-entry flags a rule understands (e.g. `deadline`). */
  [flag: string]: unknown;
}

export interface PhraseList {
  description: string;
  /** Word classes the list's frames name with `@name` (see frames.ts). */
  classes?: Record<string, string[]>;
  entries: PhraseEntry[];
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  entry: PhraseEntry;
  /** Replacements inflected and cased to fit this occurrence. */
  replacements: string[];
}

type VerbForm = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund';

export class PhraseMatcher {
  /** All phrases as one expression: the definition of what the list matches (scan() finds the same, faster). */
  private readonly pattern: RegExp | undefined;
  /** Regular-expression entries, each with the groups of text a sentence needs (all of them) before the (slower) expression runs. */
  private readonly patterns: Array<{ regex: RegExp; entry: PhraseEntry; needs: number[] }> = [];
  private readonly byForm = new Map<string, { entry: PhraseEntry; form: VerbForm }>();
  /** Replacements in a verb form, kept: the list is fixed, and conjugating costs more than matching. */
  private readonly inflected = new Map<string, string>();
  /** The phrases as word lists by their first character, in the big pattern's order of preference (see scan()), each with its anchor's group. */
  private readonly byFirstCharacter = new Map<string, Array<{ words: string[]; anchor: number }>>();
  /** The anchors as a group of the shared search: phrases are looked for only where one of them is. */
  private readonly anchorGroup: number;
  /** The expression entries by their most selective group: a sentence visits only those whose group it has. */
  private readonly patternsFound: number;
  /** Expression entries with no text they need: tried on every sentence. */
  private readonly patternsAlways: number[] = [];

  /**
   * `prefilter: false` runs every expression on every sentence: the tests compare the two. `index` is
   * where the list's pieces are registered (the built-in rules' index unless a test keeps its own).
   */
  constructor(list: PhraseList, private readonly options: { prefilter?: boolean; index?: PieceIndex } = {}) {
    const index = options.index ?? rulePieces;
    const alternatives: Array<{ source: string; words: string[]; anchor: string }> = [];
    /** One word of every phrase (its longest plain word): phrases are looked for only in a sentence that has one of them. */
    const anchors = new Set<string>();
    const patternKeys: Array<number | undefined> = [];
    for (const entry of list.entries) {
      if (entry.pattern || entry.frame) {
        // A straight apostrophe in a pattern also matches the curly one writers' editors type.
        const source = curlyApostrophes(entry.frame ? compileFrame(entry.frame, list.classes ?? {}) : entry.pattern!);
        const required = requiredAll(source);
        const needs = required.map((pieces) => index.addGroup(pieces));
        // The most selective of its groups (the longest shortest piece) is the key it is looked up by.
        let key: number | undefined;
        required.forEach((pieces, k) => {
          if (key === undefined || shortest(pieces) > shortest(required[needs.indexOf(key)])) key = needs[k];
        });
        if (key === undefined) this.patternsAlways.push(this.patterns.length);
        patternKeys.push(key);
        this.patterns.push({ regex: new RegExp(source, entry.caseSensitive ? 'gu' : 'giu'), entry, needs });
        continue;
      }
      if (!entry.phrase) throw new Error(`A phrase-list entry needs "phrase" or "pattern": ${JSON.stringify(entry)}`);
      const forms: Array<[VerbForm, string]> = entry.verb ? inflect(entry.phrase) : [['Infinitive', entry.phrase]];
      for (const [form, phrase] of forms) {
        const key = normalise(phrase);
        if (this.byForm.has(key)) continue;
        this.byForm.set(key, { entry, form });
        const anchor = anchorOf(key);
        if (!anchor) throw new Error(`A phrase needs a word of letters or digits: ${JSON.stringify(entry.phrase)}`);
        alternatives.push({ source: toPattern(phrase), words: phrase.toLowerCase().split(/[\s-]+/), anchor });
        anchors.add(anchor);
      }
    }
    // Longest first, so "in order to" wins over "order".
    alternatives.sort((a, b) => b.source.length - a.source.length);
    this.pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.map((a) => a.source).join('|')})(?![\\p{L}\\p{N}-]|['’]\\p{L})`, 'giu')
      : undefined;
    this.anchorGroup = index.addGroup([...anchors].flatMap(spellings));
    this.patternsFound = index.watchList(patternKeys);
    const anchorGroups = new Map([...anchors].map((anchor) => [anchor, index.addGroup(spellings(anchor))]));
    for (const { words, anchor } of alternatives) {
      const firsts = new Set(spellings(words[0]).map((w) => w[0]));
      for (const key of [...firsts].flatMap((first) => (first === "'" ? ["'", '’', '‘'] : [first]))) {
        if (!this.byFirstCharacter.has(key)) this.byFirstCharacter.set(key, []);
        this.byFirstCharacter.get(key)!.push({ words, anchor: anchorGroups.get(anchor)! });
      }
    }
  }

  /** The expression entries the sentence last searched may match, in the list's order. */
  private patternsToTry(scan: PieceScan): readonly number[] {
    const found = scan.found(this.patternsFound);
    if (!this.patternsAlways.length) return found;
    if (!found.length) return this.patternsAlways;
    return [...found, ...this.patternsAlways].sort((a, b) => a - b);
  }

  /** Every match in `text`, in order; where two overlap, the earlier (then longer) one wins. */
  find(text: string, scan: PieceScan): readonly PhraseMatch[] {
    // Called for every sentence by every list, and most find nothing: no result is allocated until something is found.
    let matches: PhraseMatch[] | undefined;
    const all = this.options.prefilter === false;
    if (!all) scan.searchSentence(text);
    if (this.pattern && (all || scan.has(this.anchorGroup))) {
      const spans = all ? [...text.matchAll(this.pattern)].flatMap((m) => [m.index!, m.index! + m[0].length]) : this.scan(text, scan);
      for (let k = 0; k < spans.length; k += 2) {
        const start = spans[k];
        const end = spans[k + 1];
        const phrase = text.slice(start, end);
        const found = this.byForm.get(normalise(phrase));
        if (!found) continue;
        const replacements = (found.entry.replacements ?? []).map((r) => matchCase(phrase, found.entry.verb ? inflectAs(r, found.form, this.inflected) : r));
        (matches ??= []).push({ start, end, text: phrase, entry: found.entry, replacements });
      }
    }
    for (const index of all ? this.patterns.keys() : this.patternsToTry(scan)) {
      const { regex, entry, needs } = this.patterns[index];
      if (!all && !allFound(needs, scan)) continue;
      for (const m of allMatches(regex, text)) {
        const found = m[0];
        if (!found) continue;
        (matches ??= []).push({ start: m.index, end: m.index + found.length, text: found, entry, replacements: (entry.replacements ?? []).map((r) => matchCase(found, r)) });
      }
    }
    if (!matches) return NO_MATCHES;
    if (matches.length === 1) return matches;
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch[] = [];
    for (const match of matches) if (!kept.length || match.start >= kept[kept.length - 1].end) kept.push(match);
    return kept;
  }

  /**
   * What text.matchAll(this.pattern) finds, without the regular expression (an alternation of hundreds of
   * phrases is slow to try at every position): at each word start, the first phrase in the pattern's order
   * that matches, then on from its end; phrases whose anchor the sentence lacks cannot match and are passed
   * over. Tests hold the two equal.
   */
  private scan(text: string, scan: PieceScan): readonly number[] {
    let spans: number[] | undefined; // start, end, start, end…
    for (let i = 0; i < text.length; i++) {
      // Inside a word (the usual case) no phrase can start: skip without looking anything up.
      if (i > 0 && isAsciiWordCharacter(text.charCodeAt(i - 1))) continue;
      const candidates = this.byFirstCharacter.get(foldCharacter(text[i]));
      if (!candidates || (i > 0 && NOT_AFTER.test(previousCodePoint(text, i)))) continue;
      for (const { words, anchor } of candidates) {
        if (!scan.has(anchor)) continue;
        const end = matchWords(text, i, words);
        if (end < 0) continue;
        (spans ??= []).push(i, end);
        i = end - 1;
        break;
      }
    }
    return spans ?? NO_SPANS;
  }
}

const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

/** The length of a group's shortest piece: longer pieces are rarer, so they gate better. */
function shortest(pieces: readonly string[]): number {
  return pieces.reduce((n, p) => Math.min(n, p.length), Infinity);
}
const NO_SPANS: readonly number[] = Object.freeze([]);

/** Whether the sentence last searched has every one of these groups. */
function allFound(groups: readonly number[], scan: PieceScan): boolean {
  for (let i = 0; i < groups.length; i++) if (!scan.has(groups[i])) return false;
  return true;
}

/**
 * The word a phrase is looked up by: its longest run of letters, digits and inner apostrophes (rare
 * words filter best: "majority", not "the"; "#1" is found by "1"). Any match contains it.
 */
function anchorOf(key: string): string {
  // "don't" is looked up by "don", which "dont" (text-speak drops the apostrophe) also holds.
  return plainWords(key)
    .map((word) => word.replace(/n't$/, 'n'))
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Runs of letters and digits, joined by an apostrophe only between letters ("don't", not "3'" or "'quoted'"). */
function plainWords(normalised: string): string[] {
  return normalised.split(/(?:[^\p{L}\p{N}']|(?<!\p{L})'|'(?!\p{L}))+/u).filter(Boolean);
}

/** A phrase may not start right after these (the pattern's lookbehind), nor end before a letter, digit or hyphen. */
const NOT_AFTER = /^[\p{L}\p{N}'’-]$/u;
const NOT_BEFORE = /^[\p{L}\p{N}-]$/u;
const LETTER = /^\p{L}$/u;
const SEPARATOR = /^[\s\u00a0-]$/;

/** a–z, A–Z, 0–9: letters and digits, so a phrase cannot start right after one. */
function isAsciiWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** How a case-insensitive pattern sees a character: lower case, with the two letters that fold to ASCII otherwise (K, ſ). */
function foldCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return ch; // a-z, most of the time
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return ch === 'ſ' ? 's' : ch.toLowerCase();
}

function previousCodePoint(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

/** The end of `words` matched at `start` as the pattern would (separators between words, curly apostrophes, its lookahead), or -1. */
function matchWords(text: string, start: number, words: readonly string[]): number {
  let i = start;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      if (i >= text.length || !SEPARATOR.test(text[i])) return -1;
      while (i < text.length && SEPARATOR.test(text[i])) i++;
    }
    const word = words[w];
    // Text-speak spells some words its own way ("b4 its too late"): the first spelling that fits.
    const shortened = words.length > 1 ? TEXT_SPEAK_SPELLINGS.get(word) : undefined;
    if (shortened) {
      const at = shortened.map((alias) => matchPlain(text, i, alias)).find((end) => end >= 0);
      if (at !== undefined) {
        i = at;
        continue;
      }
    }
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= text.length) return -1;
      const ch = text[i];
      if (word[k] === "'") {
        if ("'’‘".includes(ch)) continue;
        // "dont", "cant", "wont": text-speak's n't without its apostrophe.
        if (isBareNot(word, k) && foldCharacter(ch) === 't') {
          i--;
          continue;
        }
        return -1;
      }
      if (foldCharacter(ch) !== word[k]) return -1;
    }
  }
  if (i < text.length) {
    const next = codePointAt(text, i);
    if (NOT_BEFORE.test(next)) return -1;
    if ((next === "'" || next === '’') && i + 1 < text.length && LETTER.test(codePointAt(text, i + 1))) return -1;
  }
  return i;
}

/**
 * Words text-speak spells its own way, within a phrase of two words or more ("b4 its too late", "what r u
 * waiting for"; never alone: one-letter words match too much). Phrases match them as the words, and are looked up as the words.
 */
const TEXT_SPEAK_SPELLINGS = new Map<string, string[]>([
  ['before', ['b4']],
  ['are', ['r']],
  ["it's", ['its']],
  ['you', ['u']],
  ['your', ['ur']],
  ["you're", ['youre']],
  ['tonight', ['tonite', '2nite', '2night']],
  ['today', ['2day']],
  ['tomorrow', ['tmrw', '2moro', '2morrow']],
  ['please', ['pls', 'plz']],
]);
/** Text-speak spelling → the word (see TEXT_SPEAK_SPELLINGS). */
const TEXT_SPEAK_WORDS = new Map([...TEXT_SPEAK_SPELLINGS].flatMap(([word, aliases]) => aliases.map((alias): [string, string] => [alias, word])));
const TEXT_SPEAK_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:${[...TEXT_SPEAK_WORDS.keys()].join('|')})(?![\p{L}\p{N}'])`, 'gu');

/** A word and the text-speak spellings of it. */
function spellings(word: string): string[] {
  return [word, ...(TEXT_SPEAK_SPELLINGS.get(word) ?? [])];
}

/** The end of a plain lower-case word matched at `start`, case-insensitively, or -1. */
function matchPlain(text: string, start: number, word: string): number {
  if (start + word.length > text.length) return -1;
  for (let k = 0; k < word.length; k++) if (foldCharacter(text[start + k]) !== word[k]) return -1;
  return start + word.length;
}

/** Whether the apostrophe at `k` is that of a closing "n't" ("don't"), which text-speak leaves out ("dont"). */
function isBareNot(word: string, k: number): boolean {
  return word[k - 1] === 'n' && word[k + 1] === 't' && k + 2 === word.length;
}

/** Lets every straight apostrophe in a pattern match a curly one too, inside character classes or not. */
export function curlyApostrophes(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === "'") {
      // Outside a class, the apostrophe of "n't" may be missing, as text-speak writes it ("dont", "cant").
      out += inClass ? "'’" : pattern[i - 1] === 'n' && pattern[i + 1] === 't' && !/[\p{L}\p{N}]/u.test(pattern[i + 2] ?? '') ? "['’]?" : "['’]";
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

function inflect(phrase: string): Array<[VerbForm, string]> {
  const [head, ...rest] = phrase.split(' ');
  const forms = conjugate(head);
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  return (['Infinitive', 'PastTense', 'PresentTense', 'Gerund'] as VerbForm[]).map((form) => [form, forms[form] + tail]);
}

/** `phrase` with its first word in `form`, remembered in `inflected`. */
function inflectAs(phrase: string, form: VerbForm, inflected: Map<string, string>): string {
  if (form === 'Infinitive') return phrase;
  const key = `${form} ${phrase}`;
  let out = inflected.get(key);
  if (out === undefined) {
    const [head, ...rest] = phrase.split(' ');
    out = [conjugate(head)[form], ...rest].join(' ');
    inflected.set(key, out);
  }
  return out;
}

/** Same key for "Don’t  miss-out", "dont miss out" and "don't miss out". */
function normalise(phrase: string): string {
  const key = phrase.toLowerCase().replace(/[’‘]/g, "'").replace(BARE_NOT, "$1n't").replace(/[\s-]+/g, ' ').trim();
  return key.includes(' ') ? key.replace(TEXT_SPEAK_TOKEN, (alias) => TEXT_SPEAK_WORDS.get(alias)!) : key;
}
/** The contractions text-speak writes without the apostrophe ("dont", "cant", "isnt"). */
const BARE_NOT = /\b(do|does|did|is|are|was|were|could|would|should|has|have|had|ca|wo|must|need|ai)nt\b/g;

function toPattern(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .map((word, _, words) => {
      const pattern = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, (_, at: number, w: string) => (isBareNot(w, at) ? "['’‘]?" : "['’‘]"));
      const aliases = words.length > 1 ? TEXT_SPEAK_SPELLINGS.get(word.toLowerCase()) : undefined;
      return aliases ? `(?:${[pattern, ...aliases].join('|')})` : pattern;
    })
    .join('[\\s\\u00a0-]+');
}
