// pushy.regret — regret threats: promising the reader they'll kick themselves unless they buy (data/regret.json: phrases and frames).
import list from '../data/regret.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';

export const rule = phraseRule({
  id: 'pushy.regret',
  category: 'pushy',
  title: 'Regret threats',
  defaultSeverity: 'warning',
  principle: 'long-term',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the threat',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  jab: true,
  message: '“{phrase}” threatens the reader with regret. Say what they would get, and trust them to weigh it.',
  why:
    'Threatening people with future regret is pressure dressed up as concern. It asks the reader to decide from worry instead of from what they know, and if they buy that way they tend to resent it. Tell them what the offer gives them; if it is good, they will not need to be scared into it.',
  example: {
    before: 'Say no today and you’ll wonder “what if” for years.',
    after: 'If the course sounds right for you, the next one starts on 4 March.',
  },
  examples: {
    flags: ['Say no today and you’ll wonder “what if” for years.', 'Ten years from now, you’ll wonder why you didn’t start today.', 'Trust us, future you will be furious if you skip this one.', 'Miss this and you’ll be kicking yourself all summer.'],
    clean: ['We regret that the café is closed on Monday.', 'Many customers wonder what if they picked the wrong size, so exchanges are free.', 'No regrets: we kept the recipe the same.', 'What if you could pay in three parts?'],
  },
});
