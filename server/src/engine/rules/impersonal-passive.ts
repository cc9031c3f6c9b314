// impersonal.passive — bureaucratic passive ("Your request has been received and will be processed").
// compromise finds the passive; a natural one ("The shop was founded in 1998.") stays clean.
import passive from '../data/passive.json';
import { PhraseMatcher, type PhraseList } from '../phrases';
import { isQuoted, WRITER_WORDS } from '../text';
import type { Rule, RuleReport } from './rule';
import type { Sentence } from '../parse/document';

const BUREAUCRATIC = new Set(passive.bureaucratic);
const openers = new PhraseMatcher(passive as PhraseList);
/**
 * Cheap test before tagging, matching exactly what can be reported: a procedural auxiliary (future,
 * modal, perfect, progressive) before a participle, or a form of "be" before a bureaucratic participle.
 * Sentences that fail it are never tagged.
 */
const CANDIDATE = new RegExp(
  // One word may stand between auxiliary and "be" ("will not be", "has already been").
  "\\b(?:(?:will|shall|must|should|can|may|might|could|would)(?:n['’]t)?(?:\\s+\\w+)?\\s+be|(?:has|have|need|needs|is|are)\\s+to\\s+be|(?:has|have|had)(?:n['’]t)?(?:\\s+\\w+)?\\s+been|(?:is|are)(?:n['’]t)?(?:\\s+\\w+)?\\s+being)\\s+(?:\\w+\\s+)?\\w+(?:ed|en|wn|nt|ne|de|ld|ck|ght|ung|ept|ade|t|id)\\b" +
    `|\\b(?:is|are|was|were|be|been|being|got|am)\\s+(?:\\w+\\s+){0,2}?(?:${passive.bureaucratic.join('|')})\\b`,
  'i',
);
/** Auxiliaries that make a passive sound like procedure: future, modal, perfect, progressive. */
const PROCEDURAL = /^(?:will|shall|must|should|can|may|might|could|would|has|have|had|is being|are being)\b/i;

/** Be-verb + regular participle, for passives compromise tags as adjectives ("is appreciated", "must be placed"). */
const PASSIVE_FALLBACK =
  /\b((?:must|should|shall|will|can|may|might|need\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+be|is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:(?:greatly|kindly|automatically|promptly|strictly|currently|always|usually)\s+)?(\w+(?:ed|en))\b/gi;

interface Passive {
  start: number;
  end: number;
  auxiliary: string;
  participle: string;
}

/** Passive verb phrases: compromise's #Passive, plus the be-verb + participle fallback where it saw none. */
function passives(doc: ReturnType<Sentence['nlp']>, text: string): Passive[] {
  const found: Passive[] = [];
  for (const chunk of doc.match('#Passive+').json({ offset: true }) as Array<{ terms: Term[] }>) {
    const terms = chunk.terms.filter((t) => t.text);
    if (terms.length < 2) continue;
    const last = terms[terms.length - 1];
    found.push({
      start: terms[0].offset.start,
      end: last.offset.start + last.offset.length,
      auxiliary: terms.slice(0, -1).map((t) => t.text.toLowerCase()).join(' '),
      participle: last.text.toLowerCase().replace(/[^a-z]/g, ''),
    });
  }
  for (const m of text.matchAll(PASSIVE_FALLBACK)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    found.push({ start, end, auxiliary: m[1].toLowerCase().replace(/\s+/g, ' '), participle: m[2].toLowerCase() });
  }
  return found;
}

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export const rule: Rule = {
  id: 'impersonal.passive',
  category: 'impersonal',
  title: 'Bureaucratic passive',
  defaultSeverity: 'info',
  principle: 'people-buy-from-people',
  lists: [passive as PhraseList],
  message: '“{phrase}” hides who does it. Say who — “we” for you, “you” for the reader — and it sounds like a person again.',
  why:
    'The bureaucratic passive (“your request has been received and will be processed”) is how offices talk: nobody did ' +
    'anything, things just happened. Readers feel they are dealing with a system, not a person. Naming who acts — usually ' +
    '“we” — makes it warmer and clearer at once.',
  example: {
    before: 'Your request has been received and will be processed within 3 days.',
    after: 'We’ve got your request and we’ll sort it out within 3 days.',
  },
  examples: {
    flags: [
      'Your request has been received and will be processed within 3 days.',
      'Customers are advised that the store is closing.',
      'Payments must be made by the 5th of each month.',
      'Your order will be shipped within 2 days.',
      'It is recommended that you update the app.',
    ],
    clean: [
      'The shop was founded in 1998.',
      'We got your request and we will reply within 3 days.',
      'Your data is encrypted at rest.',
      'The bread was baked this morning by Anna.',
      'She was born in a small village near the sea.',
      'I was surprised by how many of you wrote back.',
      'The kettle is made in Sheffield.',
    ],
  },
  check(sentence) {
    const text = sentence.text;
    const reports: RuleReport[] = [];
    for (const match of openers.find(text)) {
      if (!isQuoted(text, match.start, match.end)) reports.push({ start: match.start, end: match.end });
    }
    if (!CANDIDATE.test(text)) return reports;
    for (const { start, end, auxiliary, participle } of passives(sentence.nlp(), text)) {
      if (reports.some((r) => start < r.end && r.start < end)) continue;
      // "by our team" names who acts; "by the 5th" or "by Friday" is only a deadline.
      const hasAgent = /^\s*by\b(?!\s+(?:the\s+)?(?:\d|end\b|first\b|last\b|next\b|tomorrow|today|tonight|noon|midnight|then\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec))/i.test(text.slice(end));
      const bureaucratic = BUREAUCRATIC.has(participle);
      const procedural = PROCEDURAL.test(auxiliary) && !WRITER_WORDS.test(text);
      if (hasAgent || !(bureaucratic || procedural)) continue;
      if (isQuoted(text, start, end)) continue;
      reports.push({ start, end });
    }
    reports.sort((a, b) => a.start - b.start);
    return reports;
  },
};
