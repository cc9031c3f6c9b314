// impersonal.form-letter — cold stock phrases ("Dear valued customer", "Please be advised"). data/form-letter.json.
import formLetter from '../data/form-letter.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'impersonal.form-letter',
  category: 'impersonal',
  title: 'Form-letter phrases',
  defaultSeverity: 'warning',
  principle: 'people-buy-from-people',
  list: formLetter as PhraseList,
  negatable: false,
  replaceTitle: (r) => `Say it like a person: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: sound like a person',
  }),
  message: '“{phrase}” sounds like a form letter. Write it the way you would if the reader were standing in front of you.',
  why:
    'Stock phrases tell the reader that nobody in particular wrote this and nobody in particular will read their answer. ' +
    'People buy from people: a line you would actually say out loud shows there is someone on the other end who cares.',
  example: { before: 'Please do not hesitate to contact us.', after: 'Just reply to this email — we’re happy to help.' },
  examples: {
    flags: ['Dear valued customer, your invoice is ready.', 'Please be advised that our office is closed on Monday.', 'Please do not hesitate to contact us.', 'We apologize for any inconvenience.'],
    clean: [
      'Hi Sam, your invoice is ready.',
      'Just so you know, our office is closed on Monday.',
      'Just reply to this email — we’re happy to help.',
      'Sorry about the delay; your parcel left today.',
      'We value honest feedback, so tell us what you think.',
    ],
  },
});
