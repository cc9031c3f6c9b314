// pushy.hype — superlatives and guarantees with no fact behind them ("revolutionary", "100% guaranteed").
// data/hype.json; entries marked `unlessFact` stay clean next to a number the reader can check.
import hype from '../data/hype.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

const CHECKABLE_FACT = /\d/;

export const rule = phraseRule({
  id: 'pushy.hype',
  category: 'pushy',
  title: 'Hype without facts',
  defaultSeverity: 'info',
  principle: 'information-not-pressure',
  modifiers: true,
  list: hype as PhraseList,
  replaceTitle: (r) => `Tone it down: “${r}”`,
  removable: 'Drop the hype',
  // The number must be a fact next to the claim, not part of it ("#1").
  skip: (sentence, match) =>
    Boolean(match.entry.unlessFact) && CHECKABLE_FACT.test(sentence.text.slice(0, match.start) + sentence.text.slice(match.end)),
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the hype',
    templates: [
      { pattern: /\s+ever\s+made\b/i, replace: () => '' },
    ],
  }),
  dropsOnlyBoasts: true,
  message: '“{phrase}” is a claim with nothing behind it. What is the fact that makes it true? Give the reader that instead.',
  why:
    'Superlatives and guarantees cost nothing to write, so readers discount them — and a little of their trust with them. ' +
    'What they need is the concrete fact: how much faster, for whom, measured how, with what refund if it isn’t. One checkable ' +
    'detail persuades more than any amount of “revolutionary”.',
  example: {
    before: 'Our revolutionary formula gives you guaranteed results!',
    after: 'In our 2024 trial, 38 of 50 people slept an hour longer within two weeks — and if it doesn’t help you, we refund you.',
  },
  examples: {
    flags: ['Meet our revolutionary blender.', 'The best coffee ever made.', '100% guaranteed results or your money back.', 'This journal will change your life.'],
    clean: [
      'Rated 4.8 by 2,100 customers, our best-selling mug ever.',
      'If it doesn’t fit, send it back within 30 days for a full refund.',
      'It was the best weekend we have had in years, thanks to your tips.',
      'The French Revolution is the setting of her new novel.',
      'The Christmas miracle is that we all got home in the snow.',
      'This is the only bakery in town that opens at six.',
    ],
  },
});
