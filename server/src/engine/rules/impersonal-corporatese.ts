// impersonal.corporatese — inflated business words with a plain alternative (data/corporatese.json).
import corporatese from '../data/corporatese.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'impersonal.corporatese',
  category: 'impersonal',
  title: 'Corporatese',
  defaultSeverity: 'info',
  principle: 'say-it-simply',
  list: corporatese as PhraseList,
  negatable: false,
  replaceTitle: (r) => `Plain word: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: plain words',
  }),
  dropsOnlyBoasts: true,
  rewriteAtMost: 2,
  message: '“{phrase}” is corporatese. Say it the way you would to a friend across the table.',
  why:
    'Business jargon makes you sound like an institution instead of a person. Readers skim past it, or trust you a little ' +
    'less, because it sounds like it was written to impress rather than to help. Plain words show there is a real person ' +
    'here who wants to be understood.',
  example: { before: 'We leverage our expertise to facilitate your growth.', after: 'We use what we know to help you grow.' },
  examples: {
    flags: [
      'We leverage our expertise to facilitate your growth.',
      'In order to log in, use your email.',
      'Our best-in-class team is leveraging new tools.',
      'Please reach out with any questions.',
    ],
    clean: [
      'We use what we know to help you grow.',
      'To log in, use your email.',
      'You can order in any size.',
      'The word “synergy” makes readers tune out.',
      'Reach the top shelf with our folding step.',
    ],
  },
});
