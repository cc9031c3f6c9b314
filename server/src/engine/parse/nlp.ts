// The one place that loads compromise. Sentence splitting uses its cheap splitter and rules read its
// dictionary (neither tags); full tagging happens only for rewrites, or if a rule calls Sentence.nlp().
import nlp from 'compromise';
import { ContentCache } from '../content-cache';

export type NlpView = ReturnType<typeof nlp>;

interface CompromiseWorld {
  methods: {
    one: { tokenize: { splitSentences(text: string, world: unknown): string[] } };
    two: {
      transform: {
        verb: {
          conjugate(verb: string, model: unknown): Record<string, string>;
          toInfinitive(verb: string, model: unknown, form: string): string;
        };
      };
    };
  };
  model: unknown;
}

const world = nlp.world() as unknown as CompromiseWorld;

/**
 * Where compromise's splitter may cut: a line break, a CJK full stop, or a stop before a space. A text
 * without any is one sentence (a heading, a list item, a one-line paragraph): no need to ask it.
 */
const MAY_SPLIT = /[\r\n\u3002\uFF01\uFF1F\uFF61]|[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4]\s/;

/** Splits prose into sentences with compromise's rules (abbreviations, decimals, ellipses), without tagging. */
export function splitSentences(text: string): Array<{ start: number; text: string }> {
  if (!MAY_SPLIT.test(text)) return text ? sentencesFromParts([text]) : [];
  const parts = world.methods.one.tokenize.splitSentences(text, world);
  if (parts.join('') !== text) return [{ start: 0, text }];
  return sentencesFromParts(parts);
}

/** compromise's parts as sentences with their offsets (the fast-path tests build their reference with it too). */
export function sentencesFromParts(parts: readonly string[]): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const whole of parts) {
    for (const { at, text: part } of betweenSeparators(whole)) {
      // Emoji after a stop ("DON'T MISS THIS!!! 🚨🚨") close the sentence before them: on their own
      // they are no sentence, and a rewrite that drops the sentence takes them too.
      const previous = out[out.length - 1];
      if (previous && at === 0 && EMOJI_AND_SPACE.test(part) && EMOJI.test(part)) previous.text += part;
      else out.push({ start: start + at, text: part });
    }
    start += whole.length;
  }
  return out;
}

/**
 * A footer's or a menu's items ("No thanks, I don't care · Email preferences", "Unsubscribe | View online") are
 * separate: a phrase found in one never runs on into the next (or over the link between them).
 */
function betweenSeparators(part: string): Array<{ at: number; text: string }> {
  if (!ITEM_SEPARATOR.test(part)) return [{ at: 0, text: part }];
  const pieces: Array<{ at: number; text: string }> = [];
  let from = 0;
  for (const m of part.matchAll(ITEM_SEPARATORS)) {
    // The mark itself belongs to neither item.
    pieces.push({ at: from, text: part.slice(from, m.index! + 1) });
    from = m.index! + m[0].length;
  }
  pieces.push({ at: from, text: part.slice(from) });
  return pieces.filter((p) => p.text.trim().length);
}
const ITEM_SEPARATOR = /\s[·•|](?=\s)/;
const ITEM_SEPARATORS = new RegExp(ITEM_SEPARATOR.source, 'g');

const EMOJI_AND_SPACE = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** A block longer than this is split a part at a time, so the splitting can pause in between. */
const SPLIT_PART = 10_000;
/** A sentence end a part may stop at: a stop, closing quotes, space, then a capital or a digit. */
const PART_END = /[.!?]["'”’)]*\s+(?=[\p{Lu}\d])/gu;

/** splitSentences, pausing between parts of about SPLIT_PART characters cut at sentence ends (a 100,000-sentence line). */
export function* splitSentencesInSteps(text: string): Generator<void, Array<{ start: number; text: string }>> {
  if (text.length <= 2 * SPLIT_PART) return splitSentences(text);
  const out: Array<{ start: number; text: string }> = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > 2 * SPLIT_PART) {
      PART_END.lastIndex = from + SPLIT_PART;
      const end = PART_END.exec(text);
      if (end) to = end.index + end[0].length;
    }
    for (const part of splitSentences(text.slice(from, to))) out.push({ start: from + part.start, text: part.text });
    from = to;
    yield;
  }
  return out;
}

/** Tags a sentence with compromise's full model (~0.1 ms a word: call only for candidate sentences). */
export function tag(text: string): NlpView {
  return nlp(text);
}

/** A word as compromise tags it, with its place in the text and what follows it (", " after "ends,"). */
export interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
  post?: string;
}

/** The tagged words of a text, in order, across its sentences (what rewrites read: tags and offsets). */
function readTerms(text: string): readonly TaggedTerm[] {
  return (tag(text).json({ offset: true }) as Array<{ terms: TaggedTerm[] }>).flatMap((s) => s.terms);
}

const WORD_FORMS = {
  /** "renews" → "renew", "wishing" → "wish", as compromise reads the word on its own. */
  infinitive: (view: NlpView) => view.verbs().toInfinitive().text(),
  /** "members" → "member". */
  singular: (view: NlpView) => view.nouns().toSingular().text(),
  /** "we will handle it" → "we'll handle it", with compromise's contraction rules. */
  contracted: (view: NlpView) => view.contract().text(),
  /** Whether compromise reads the text as a proper noun ("Acme Ltd"): "1" or "". */
  proper: (view: NlpView) => (view.has('#ProperNoun') ? '1' : ''),
};

/**
 * compromise's readings of texts, remembered by the linter that owns it: rewriting one sentence tags the
 * same texts several times (each candidate, each check), about six calls a text on marketing copy. Results
 * are kept by text; views are never shared, as compromise's transformations change them in place.
 */
export class Tagger {
  private readonly terms = new ContentCache<readonly TaggedTerm[]>(4096);
  private readonly forms = new ContentCache<string>(4096);

  /** The tagged words of a text (see readTerms). Shared: do not change. */
  taggedTerms(text: string): readonly TaggedTerm[] {
    let terms = this.terms.get(text);
    if (!terms) this.terms.set(text, (terms = readTerms(text)));
    return terms;
  }

  toInfinitive(verb: string): string {
    return this.form('infinitive', verb);
  }

  singularOf(noun: string): string {
    return this.form('singular', noun);
  }

  contracted(fragment: string): string {
    return this.form('contracted', fragment);
  }

  isProperNoun(text: string): boolean {
    return this.form('proper', text) === '1';
  }

  private form(kind: keyof typeof WORD_FORMS, text: string): string {
    const key = `${kind}\u0000${text}`;
    let form = this.forms.get(key);
    if (form === undefined) this.forms.set(key, (form = WORD_FORMS[kind](tag(text))));
    return form;
  }
}

/** "renews" → "renew", read afresh (a rule's template, used rarely; rewrites ask their linter's Tagger). */
export function toInfinitive(verb: string): string {
  return WORD_FORMS.infinitive(tag(verb));
}

/** "members" → "member", read afresh (see toInfinitive). */
export function singularOf(noun: string): string {
  return WORD_FORMS.singular(tag(noun));
}

const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** compromise's dictionary tag for a lower-case word ("sent" → "PastTense", "tired" → "Adjective"), without tagging. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}

/** The verb forms of an infinitive ("leverage" → leveraged, leverages, leveraging), from compromise's conjugator. */
export function conjugate(infinitive: string): { Infinitive: string; PastTense: string; PresentTense: string; Gerund: string } {
  const forms = world.methods.two.transform.verb.conjugate(infinitive, world.model);
  return {
    Infinitive: infinitive,
    PastTense: forms.PastTense ?? infinitive,
    PresentTense: forms.PresentTense ?? infinitive,
    Gerund: forms.Gerund ?? infinitive,
  };
}

/** The infinitive of a participle ("received" → "receive", "given" → "give"), from compromise's conjugator. */
/** Participles compromise's past-tense rules misread ("gone" → "gine"). */
const IRREGULAR_PARTICIPLES: Record<string, string> = { gone: 'go', done: 'do', run: 'run', come: 'come', become: 'become', shone: 'shine', won: 'win', begun: 'begin', spun: 'spin' };

export function infinitiveOf(participle: string): string {
  const lower = participle.toLowerCase();
  if (IRREGULAR_PARTICIPLES[lower]) return IRREGULAR_PARTICIPLES[lower];
  const toInfinitive = world.methods.two.transform.verb.toInfinitive;
  const fromPast = toInfinitive(lower, world.model, 'PastTense');
  if (fromPast && fromPast !== lower) return fromPast;
  return toInfinitive(lower, world.model, 'Participle') || lower;
}
