// pushy.fear — fear appeals: disaster scenarios used to push a purchase (data/fear.json: phrases and frames).
import list from '../data/fear.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';

export const rule = phraseRule({
  id: 'pushy.fear',
  category: 'pushy',
  title: 'Fear appeals',
  defaultSeverity: 'warning',
  principle: 'serve-not-get',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it calmly: “${r}”`,
  removable: 'Drop the scare',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  jab: true,
  message: '“{phrase}” uses fear to sell. Tell the reader what the risk really is and how you help, without the disaster film.',
  why:
    'Fear appeals paint the worst case so the reader buys to make the feeling stop. It works once, and leaves people feeling manipulated by the brand that scared them. Real risks are worth explaining calmly, with how likely they are and what your product actually does about them.',
  example: {
    before: 'One burst pipe and your savings are gone.',
    after: 'Our home cover pays for burst pipes and water damage, up to £50,000.',
  },
  examples: {
    flags: ['One burst pipe and your savings are gone.', 'Hackers target businesses like yours every single day. Are you next?', 'Imagine being stuck abroad with a £20,000 hospital bill and no cover.', 'Without a will, a court could decide who raises your children.'],
    clean: ['Our cover pays for burst pipes and storm damage.', 'If a pipe bursts, call our 24-hour line and we will send a plumber.', 'Writing a will takes about 20 minutes with our guide.', 'Last year we helped 300 families after the floods.'],
  },
});
