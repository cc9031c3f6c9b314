// impersonal.legalese — legalese in marketing copy: contract words that put a lawyer between you and the reader (data/legalese.json: phrases and frames).
import list from '../data/legalese.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'impersonal.legalese',
  category: 'impersonal',
  title: 'Legalese',
  defaultSeverity: 'info',
  principle: 'say-it-simply',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Plain words: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: plain words',
    templates: [
      // A reader is told what they get, not what they "shall be entitled to".
      { pattern: /^(?:the\s+)?(?:bearer|holder|member|customer|user|subscriber|purchaser)\s+shall\s+be\s+entitled\s+to\b/i, replace: () => 'you can get' },
      { pattern: /\bshall\s+be\s+entitled\s+to\b/i, replace: () => 'can get' },
      // "You shall ensure…" is an order: the reader is asked. A bare "shall" → "will" leaves the contract voice
      // ("The Company will not be liable…"), so it gets no rewrite.
      { pattern: /^you\s+shall\s+(?!not\b)/i, replace: () => 'please ' },
      // The parties by their own names: "the user hereby consents" → "you consent", "The Company hereby reserves" → "we reserve".
      {
        pattern: /(?<=^|^by\s+[^,]{3,60},\s+)(?:the\s+)?(?:user|customer|subscriber|purchaser|member|holder|recipient|client|licensee|participant|entrant|buyer|donor|bearer)\s+(?:hereby\s+)?(agrees|consents|acknowledges|accepts|confirms|undertakes|warrants|waives|understands|authori[sz]es)\b/i,
        replace: (m) => `you ${m[1].toLowerCase().replace(/s$/, '')}`,
      },
      {
        pattern: /^(?:the\s+)?(?:company|operator|provider|seller|organi[sz]er|promoter|club|charity|society|firm|studio|school|academy)\s+(?:hereby\s+)?(reserves|warrants|accepts|agrees|confirms|undertakes|may|will|shall\s+not|shall)\b/i,
        replace: (m) => `we ${m[1].toLowerCase() === 'shall' ? 'will' : m[1].toLowerCase() === 'shall not' ? 'won’t' : m[1].toLowerCase().replace(/s$/, '')}`,
      },
    ],
  }),
  message: '“{phrase}” is legalese. Say it the way you would explain it to a customer at the counter.',
  why:
    'Contract words such as “hereby”, “pursuant to” and “shall” make a friendly message sound like small print, and small print is where readers expect to be caught out. If the terms matter, say them plainly; the legal text can live on its own page.',
  example: {
    before: 'Pursuant to the terms herein, the discount applies to the first billing cycle only.',
    after: 'The discount applies to your first month only.',
  },
  examples: {
    flags: ['Pursuant to the terms herein, the discount applies to the first billing cycle only.', 'The Promoter may, at its sole discretion, amend this offer.', 'You shall ensure the premises are kept clean.', 'Offer void where prohibited.'],
    clean: ['The discount applies to your first month only.', 'You can change your plan at any time.', 'We’ll refund you within 14 days.', 'The terms are on our website.'],
  },
});
