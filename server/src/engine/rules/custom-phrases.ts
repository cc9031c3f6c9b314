// A team's own phrase rules, from configuration and without code: `{ "phrases": ["circle back", "get * now"],
// "category": "impersonal", "message": "…", "replacements": ["talk again"] }`. They behave like the built-in
// phrase rules (hover, quick fix, quotes and negations left alone). A phrase is words; `*` alone stands for
// any one word, and at the end of a word for any ending ("leverag*"). Phrases are matched word by word
// over the sentence's words, never as a regular expression: the work is the sentence's words times the
// phrases that start at each, whatever a configuration holds, so no configuration can make the server hang.
import type { Category, Severity } from '../types';
import type { PrincipleId } from '../principles';
import { isMentioned, isNegated, matchCase } from '../text';
import type { Rule, RuleReport } from './rule';

export interface CustomPhrases {
  /** The phrases, as a writer types them; `*` stands for any one word. */
  phrases: string[];
  category: Category;
  /** Shown on hover and in the Problems panel; `{phrase}` is replaced by what was found. */
  message?: string;
  /** Plainer alternatives, best first: each becomes a quick fix. */
  replacements?: string[];
  /** Stable id for severity settings and inline directives (default `custom.<category>.<n>`). */
  id?: string;
  severity?: Exclude<Severity, 'off'>;
}

/** Longest phrase a configuration may hold: a phrase, not a paragraph. */
export const MAX_PHRASE_LENGTH = 200;

export function customPhraseRule(spec: CustomPhrases, index: number): Rule {
  const id = spec.id ?? `custom.${spec.category}.${index + 1}`;
  const matcher = new WordPhrases(spec.phrases);
  const replacements = spec.replacements ?? [];
  const message = spec.message ?? (spec.category === 'pushy' ? '“{phrase}” is on your team’s list of pushy phrases.' : '“{phrase}” is on your team’s list of impersonal phrases.');
  const principle: PrincipleId = spec.category === 'pushy' ? 'information-not-pressure' : 'people-buy-from-people';
  const example = spec.phrases[0]?.replace(/\*/g, '') ?? '';
  return {
    id,
    category: spec.category,
    title: `Your team’s phrases (${spec.phrases.slice(0, 3).join(', ')}${spec.phrases.length > 3 ? ', …' : ''})`,
    defaultSeverity: spec.severity ?? 'warning',
    principle,
    message,
    why: 'Your team listed this phrase in `.rapport.json`: the house style asks for something plainer.',
    example: { before: example, after: replacements[0] ?? '' },
    examples: { flags: [], clean: [] },
    pressure: spec.category === 'pushy' && replacements.length === 0,
    check(sentence) {
      const text = sentence.text;
      const reports: RuleReport[] = [];
      for (const { start, end } of matcher.find(text)) {
        if (isMentioned(text, start, end) || isNegated(text, start)) continue;
        const found = text.slice(start, end);
        reports.push({
          start,
          end,
          suggestions: replacements.map((r, i) => ({ title: `Your team’s word: “${r}”`, replacement: matchCase(found, r), start, end, preferred: i === 0 })),
        });
      }
      return reports;
    },
  };
}

/** One word of a phrase: the word itself, any word (`*`), or a word starting so (`leverag*`). */
type PhraseWord = { kind: 'any' } | { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A list of phrases matched word by word (see the file's comment). Exported for tests. */
export class WordPhrases {
  /** Phrases by their first word when it is a plain word; the others are tried at every word. */
  private readonly byFirstWord = new Map<string, PhraseWord[][]>();
  private readonly anywhere: PhraseWord[][] = [];

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase.trim().slice(0, MAX_PHRASE_LENGTH).toLowerCase().replace(/’/g, "'").split(/\s+/).filter((w) => /[\p{L}\p{N}*]/u.test(w)).map(toPhraseWord);
      if (!words.some((w) => w.kind !== 'any')) continue;
      const first = words[0];
      if (first.kind === 'word') {
        const list = this.byFirstWord.get(first.word) ?? [];
        list.push(words);
        this.byFirstWord.set(first.word, list);
      } else this.anywhere.push(words);
    }
    // Longest first at each word, so "act now and save" wins over "act now".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
    this.anywhere.sort((a, b) => b.length - a.length);
  }

  find(text: string): Array<{ start: number; end: number }> {
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0].toLowerCase().replace(/’/g, "'") }));
    const found: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < words.length; ) {
      const candidates = [...(this.byFirstWord.get(words[i].word) ?? []), ...this.anywhere];
      const length = candidates.map((phrase) => matchAt(text, words, i, phrase)).find((n) => n > 0) ?? 0;
      if (length > 0) {
        found.push({ start: words[i].start, end: words[i + length - 1].end });
        i += length;
      } else i++;
    }
    return found;
  }
}

function toPhraseWord(word: string): PhraseWord {
  if (/^\*+$/.test(word)) return { kind: 'any' };
  const bare = word.replace(/^[^\p{L}\p{N}*]+|[^\p{L}\p{N}*]+$/gu, '');
  if (bare.endsWith('*')) return { kind: 'prefix', prefix: bare.replace(/\*+$/, '') };
  return { kind: 'word', word: bare.replace(/\*/g, '') };
}

/** How many words the phrase covers from word i (0: no match). Words must follow each other with only spaces between. */
function matchAt(text: string, words: ReadonlyArray<{ start: number; end: number; word: string }>, i: number, phrase: readonly PhraseWord[]): number {
  if (i + phrase.length > words.length) return 0;
  for (let k = 0; k < phrase.length; k++) {
    const w = words[i + k];
    if (k > 0 && !/^[\s\u00a0]+$/.test(text.slice(words[i + k - 1].end, w.start))) return 0;
    const p = phrase[k];
    if (p.kind === 'word' ? w.word !== p.word : p.kind === 'prefix' ? !w.word.startsWith(p.prefix) : false) return 0;
  }
  return phrase.length;
}
