// pushy.peer-pressure — peer and competitor pressure: neighbours, friends and rivals who already bought, used as a push (data/peer-pressure.json: phrases and frames).
import list from '../data/peer-pressure.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';

export const rule = phraseRule({
  id: 'pushy.peer-pressure',
  category: 'pushy',
  title: 'Peer and competitor pressure',
  defaultSeverity: 'warning',
  principle: 'reader-first',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the comparison',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  message: '“{phrase}” pushes with what other people did. Tell the reader what it would do for them.',
  why:
    'Pointing at neighbours, friends or rivals who already bought turns a decision into a race the reader did not enter. It makes people feel watched and behind rather than informed. If others found it useful, say what it did for them, and let the reader judge whether their situation is the same.',
  example: {
    before: 'Three of your neighbours switched last month. What’s stopping you?',
    after: 'Several households on your street switched last month; here’s what they pay now.',
  },
  examples: {
    flags: ['Three of your neighbours switched last month. What’s stopping you?', 'Your competitors are already automating their invoicing.', 'Everyone’s talking about it.', 'Join the 50,000 travellers already exploring for less.'],
    clean: ['Our customers tell us the setup took under an hour.', 'Your neighbours can see the new bus times on our site.', 'Everyone is welcome at the open day.', 'Your colleagues can join the workspace with the same link.'],
  },
});
