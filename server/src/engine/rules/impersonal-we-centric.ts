// impersonal.we-centric — sentences about us with nothing in them for the reader
// ("We are proud to announce…"). "We" in service of the reader ("…so you're never left waiting") stays clean.
import weCentric from '../data/we-centric.json';
import type { PhraseList } from '../matching/phrases';
import { READER_WORDS } from '../text';
import { phraseRule } from './phrase-rule';
import { turnToReader } from '../rewrite/we-centric';
import { phraseRewrite } from '../rewrite/phrases';

const ownFixes = phraseRewrite({
  title: 'Rewrite: what it means for the reader',
  templates: [
    { pattern: /^our\s+(?:mission|goal|aim|purpose)\s+is\s+to\b/i, replace: () => 'we want to'  },
    { pattern: /\bstrive\s+to\s+exceed\s+expectations\b/i, replace: () => 'try to do more than you expect'  },
  ],
});

export const rule = phraseRule({
  id: 'impersonal.we-centric',
  category: 'impersonal',
  title: 'About us, not the reader',
  defaultSeverity: 'info',
  principle: 'reader-first',
  list: weCentric as PhraseList,
  // "We may change or end this offer at any time." states a term of the offer: information the reader needs, not a brag.
  harmless: (text) => /^\W*we\s+(?:may|might|can|can['’]t|cannot|will|won['’]t|['’]ll)\s+(?:not\s+)?(?:change|end|cancel|refuse|withdraw|update|swap|suspend|close|remove|take\s+back)\b/i.test(text),
  negatable: false,
  replaceTitle: (r) => r,
  skip: (sentence) => READER_WORDS.test(sentence.text),
  // What the reader gets ("We offer free shipping" → "You get free shipping"), then the list's own fixes.
  rewrite: (sentence, finding, context) => [...turnToReader(sentence), ...ownFixes(sentence, { ...finding, suggestions: [] }, context)],
  dropsOnlyBoasts: true,
  message: '“{phrase}” is about you, with nothing in it for the reader. Say what it means for them.',
  why:
    'Readers scan for what is in it for them. A sentence that is only about the company — how proud, how leading, what it ' +
    'provides — gives them nothing to hold on to. Turn it round: what do they get, and why should they care?',
  example: { before: 'We offer free shipping on all orders.', after: 'You get free shipping on every order.' },
  examples: {
    flags: [
      'We are proud to announce our new headquarters.',
      'Our company is the leading provider of HR software.',
      'We offer free shipping on all orders.',
      'Acme Corp is pleased to announce a new partnership.',
    ],
    clean: [
      'We’ll answer within a day, so you’re never left waiting.',
      'We offer free returns, so you can try it at home.',
      'We shipped a faster editor this morning.',
      'We are sorry it arrived late.',
      'Our team reads every reply you send.',
    ],
  },
});
