// impersonal.third-person-reader — "Customers can…" where "You can…" is meant. data/third-person-reader.json.
import thirdPerson from '../data/third-person-reader.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { speakToReader } from '../rewrite/person';
import { singularOf } from '../parse/nlp';
import { articleFor } from '../rewrite/articles';
import { capitaliseAt } from '../rewrite/edits';

/** "Customers can download their invoices": swapping in "you" alone would leave "their"; the sentence rewrite handles those. */
const THIRD_PERSON_LATER = /\b(?:their|them|they|theirs|themselves|his|her|he|she)\b/i;

/**
 * The people a sentence opens on, before what they may, should or are invited to do ("Recipients of this
 * newsletter may…", "Farriers interested in…", "Customers who ordered…"): group 1, which becomes "you".
 */
const READER_SUBJECT = /^[\s"“'‘(*_]*((?:(?:the|all|any)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s(?:\s+of\s+(?:this|our|the)\s+[\p{L}-]+)?)(?=\s+(?:who|wishing|interested|may|can|should|must|are|will|need|get|receive)\b)/iu;

const base = phraseRule({
  id: 'impersonal.third-person-reader',
  category: 'impersonal',
  title: 'Reader in the third person',
  defaultSeverity: 'warning',
  principle: 'reader-first',
  list: thirdPerson as PhraseList,
  negatable: false,
  // "Fitness apps that shame users are losing subscribers, according to a survey": news about other people's readers.
  harmless: (text) => /\baccording\s+to\b|\b(?:survey|study|report|poll|research)\s+(?:published|found|shows|showed|suggests)\b/i.test(text),
  replaceTitle: (r) => `Speak to the reader: “${r}”`,
  // "Members who renew early get…" → "If you renew early, you get…", with agreement and pronouns.
  // A frame's finding covers the clause ("Recipients of this newsletter may update their…"): the reader is its subject.
  rewrite: (sentence, finding, context) => {
    // "Subscribers are already getting the maps": others who already have it, held up to the reader, not the reader.
    if (/^[^,.;:!?]*\b(?:are|have|has)\s+already\b/i.test(sentence)) return [];
    const own = speakToReader(context.tagger, sentence, finding.start, finding.end);
    if (own.length) return own;
    const subject = READER_SUBJECT.exec(sentence);
    if (!subject || subject[0].length === 0 || finding.start > subject[0].length + 1) return [];
    const at = subject.index + subject[0].length - subject[1].length;
    const scope = /^(\S+)\s+of\s+(.+)$/i.exec(subject[1]);
    const alternatives = speakToReader(context.tagger, sentence, at, at + subject[1].length);
    if (!scope) return alternatives;
    // "Recipients of this newsletter" only said who is reading: it goes with the noun ("You may update your preferences…").
    if (/^(?:recipients|readers|subscribers)$/i.test(scope[1]) && /^this\s+(?:email|e-mail|newsletter|message|letter|notice|mailing)$/i.test(scope[2])) return alternatives.map((a) => ({ ...a, template: true }));
    // "Members of the club can book…" → "As a member of the club, you can book…": who it applies to stays.
    const one = singularOf(scope[1]);
    if (!one) return [];
    return alternatives.map((a) => ({ ...a, edits: a.edits.map((e) => (e.start === at && e.end === at + subject[1].length ? { ...e, text: capitaliseAt(sentence, at, `as ${articleFor(one)} ${one.toLowerCase()} of ${scope[2]}, you`) } : e)) }));
  },
  message: '“{phrase}” talks about the reader instead of to them. You are writing to one person — call them “you”.',
  why:
    'Copy that says “customers can…” or “the user must…” reads like a policy document about somebody else. The person reading ' +
    'it is right there: talk to them. “You” turns a notice into a conversation and makes it obvious what they can do.',
  example: { before: 'Customers can download their invoices from the portal.', after: 'You can download your invoices from the portal.' },
  examples: {
    flags: ['Customers can download their invoices from the portal.', 'Members get 10% off every order.', 'The customer is responsible for return shipping.', 'After signing in, users can change their password.'],
    clean: [
      'You can download your invoices from the portal.',
      'Our customers often tell us the fit runs small.',
      'Many users asked for a dark mode, so we built one.',
      'Users of screen readers can turn on spoken hints.',
      'We thank every customer who wrote to us.',
    ],
  },
});

export const rule = {
  ...base,
  check(...[sentence, pieces]: Parameters<NonNullable<typeof base.check>>) {
    const reports = base.check!(sentence, pieces);
    // Offer the one-word swap only when it leaves the sentence grammatical.
    if (THIRD_PERSON_LATER.test(sentence.text)) for (const r of reports) r.suggestions = [];
    return reports;
  },
};
