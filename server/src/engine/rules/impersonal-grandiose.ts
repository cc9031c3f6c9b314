// impersonal.grandiose — big-company posturing ("world-class", "industry-leading"). data/grandiose.json.
import grandiose from '../data/grandiose.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { plainerThanPosture } from '../rewrite/grandiose';

const ownFixes = phraseRewrite({ title: 'Rewrite: plain words' });

export const rule = phraseRule({
  id: 'impersonal.grandiose',
  category: 'impersonal',
  title: 'Big-company posturing',
  defaultSeverity: 'info',
  principle: 'say-it-simply',
  list: grandiose as PhraseList,
  negatable: false,
  modifiers: true,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the posturing',
  // What the business does, said plainly ("…the gold standard in physiotherapy" → "Specialists in physiotherapy"), then the list's own fixes.
  rewrite: (sentence, finding, context) => [...plainerThanPosture(sentence), ...ownFixes(sentence, finding, context)],
  dropsOnlyBoasts: true,
  message: '“{phrase}” is posturing. Readers care what you do for them, not how big you are — show it with a fact.',
  why:
    'Trying to sound like a big company is one of the surest ways to sound like nobody at all. Grand titles ask the reader to ' +
    'be impressed; a specific detail about what you do for them gives them a reason to trust you.',
  example: {
    before: 'We are a world-class, industry-leading provider of design services.',
    after: 'We’ve designed 140 shop fronts for independent bakers, and we’d love to do yours.',
  },
  examples: {
    flags: ['Our world-class team is here for you.', 'Industry-leading uptime for your shop.', 'A global leader in logistics.', 'Our service is second to none.'],
    clean: [
      'We’ve designed 140 shop fronts for independent bakers.',
      'She was the leader of the hiking group.',
      'A class for the whole world to enjoy, held online.',
      'The premiere of our film is on 3 May.',
      'Our team leader will call you tomorrow.',
    ],
  },
});
