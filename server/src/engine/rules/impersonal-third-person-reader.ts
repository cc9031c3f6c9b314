// impersonal.third-person-reader — "Customers can…" where "You can…" is meant. data/third-person-reader.json.
import thirdPerson from '../data/third-person-reader.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { speakToReader } from '../rewrite/person';

/** "Customers can download their invoices": swapping in "you" alone would leave "their"; the sentence rewrite handles those. */
const THIRD_PERSON_LATER = /\b(?:their|them|they|theirs|themselves|his|her|he|she)\b/i;

const base = phraseRule({
  id: 'impersonal.third-person-reader',
  category: 'impersonal',
  title: 'Reader in the third person',
  defaultSeverity: 'warning',
  principle: 'reader-first',
  list: thirdPerson as PhraseList,
  negatable: false,
  replaceTitle: (r) => `Speak to the reader: “${r}”`,
  // "Members who renew early get…" → "If you renew early, you get…", with agreement and pronouns.
  rewrite: (sentence, finding) => speakToReader(sentence, finding.start, finding.end),
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
  check(sentence: Parameters<NonNullable<typeof base.check>>[0]) {
    const reports = base.check!(sentence);
    // Offer the one-word swap only when it leaves the sentence grammatical.
    if (THIRD_PERSON_LATER.test(sentence.text)) for (const r of reports) r.suggestions = [];
    return reports;
  },
};
