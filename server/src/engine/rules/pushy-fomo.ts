// pushy.fomo — fear of missing out and social pressure ("don't miss out", "everyone is switching"). data/fomo.json.
import fomo from '../data/fomo.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'pushy.fomo',
  category: 'pushy',
  title: 'Fear of missing out',
  defaultSeverity: 'warning',
  principle: 'serve-not-get',
  list: fomo as PhraseList,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the pressure',
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the pressure', preferDropping: true,
    templates: [
      { pattern: /\beveryone\s+is\s+(?=switching|moving|joining)/i, replace: () => 'many people are ' },
    ],
  }),
  pressure: true,
  message: '“{phrase}” leans on fear of missing out. Tell the reader what they would gain, and let them choose.',
  why:
    'Fear of missing out works by making people anxious, not by helping them. Readers who act out of fear feel used afterwards, ' +
    'and that feeling sticks to your name. Describe what the offer does for them and trust them to decide.',
  example: {
    before: 'Don’t miss out — everyone is switching!',
    after: 'If late invoices eat your Fridays, this is what it does for you: …',
  },
  examples: {
    flags: ['Don’t miss out on our biggest sale of the year.', 'Don’t get left behind — upgrade today.', 'Everyone is switching to our app.', 'You’ll regret it if you wait.'],
    clean: [
      'Marketers often lean on fear of missing out; this module shows you how to spot it.',
      'You will not miss anything: we send a summary every Friday.',
      'Nobody gets left behind on our guided walks.',
      'Everyone is welcome at the open day.',
      'We left the old plan in place, so nothing changes for you.',
      'Missing a delivery? Reply and we will sort it out.',
    ],
  },
});
