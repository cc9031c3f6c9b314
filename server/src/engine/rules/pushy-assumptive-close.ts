// pushy.assumptive-close — writing as if the reader already decided ("When you buy…", "You need this"). data/assumptive-close.json.
import assumptiveClose from '../data/assumptive-close.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { leaveTheChoice } from '../rewrite/assumptive';

// Logistics after a purchase ("When you order before 2 pm, it ships today") is information, not a close.
const LOGISTICS = /\b(?:ship|shipping|deliver|delivery|arrive|receipt|confirmation|invoice|refund|return|email|tracking|dispatch)\w*\b/i;

const ownFixes = phraseRewrite({
  title: 'Rewrite: leave the choice to them',
  templates: [
    { pattern: /^(?:when|once|after)(?=\s+you\s)/i, replace: () => 'if' },
    // Only where it opens the sentence or its clause: "You don't just want a holiday, you need one" → "…, you might like one" is garbled.
    { pattern: /(?<=^|[.;:—–]\s*|\b(?:and|so|but)\s+)you\s+(?:need|must have|have to have|can['’]t live without|cannot live without|deserve)\s+(this|it|one)\b(\s+(?!in\b)[\w-]+)?(\s+in\s+your\s+life)?/i, replace: (m) => `you might like ${m[1]}${m[2] ?? ''}` },
  // "Admit it: you need…": the dare goes with the need.
  { pattern: /^(?:admit\s+it|let['’]s\s+face\s+it|be\s+honest)\s*[:,—–-]\s*/i, replace: () => '' },
    { pattern: /\b(which|what)\s+(colou?r|size|plan|one)\s+will\s+you\s+(?:choose|pick|take|buy)\b/i, replace: (m) => `${m[1]} ${m[2]} do you prefer` },
    { pattern: /\b(is|are)\s+waiting(?:\s+for\s+you)?\b/i, replace: (m) => `${m[1]} here if you want ${m[1].toLowerCase() === 'are' ? 'them' : 'it'}` },
    { pattern: /\byou(?:['’]re| are)\s+going\s+to\s+love\s+your\s+new\b/i, replace: () => 'you might like the new' },
  ],
});

/** "We've noted your booking and we'll send confirmation…": what the reader sent us, acknowledged, is no decision taken for them. */
const ACKNOWLEDGED = /\bwe(?:['’]ve|\s+have)\s+(?:noted|received|logged|recorded|got)\s+your\s+(?:booking|request|order|application|message|enquiry|inquiry|email|form|details|registration|reply|query)\b/i;
const AT_THEIR_REQUEST = /\b(?:as|like)\s+you\s+(?:requested|asked|wanted)\b|\bas\s+(?:we\s+)?(?:agreed|discussed|promised)\b|\b(?:at|per)\s+your\s+request\b|\byou\s+(?:asked|requested)\s+(?:us\s+)?(?:to|for)\b/i;

export const rule = phraseRule({
  id: 'pushy.assumptive-close',
  category: 'pushy',
  title: 'Assumptive close',
  defaultSeverity: 'warning',
  principle: 'long-term',
  list: assumptiveClose as PhraseList,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  // "As you requested, we've added a vegetarian main to your booking": the reader asked for it.
  harmless: (text) => AT_THEIR_REQUEST.test(text) || ACKNOWLEDGED.test(text),
  skip: (sentence, match) =>
    (/^(?:when|once|after)\b/i.test(match.text) && LOGISTICS.test(sentence.text)) ||
    // "Do you need this?" asks and "whenever you need it" supposes; neither assumes.
    /\b(?:do|does|did|would|will|could|can|should|might|whenever|when|if|in case|until|unless|as long as)\s+$/i.test(sentence.text.slice(0, match.start)),
  // A booking, a choice or a basket decided for the reader becomes a question or an offer, then the list's own fixes.
  rewrite: (sentence, finding, context) => [...leaveTheChoice(sentence), ...ownFixes(sentence, finding, context)],
  message: '“{phrase}” assumes the sale. The reader hasn’t decided yet — write as if they are still choosing, because they are.',
  why:
    'Assuming the sale is a closing technique, and readers feel it: you are deciding for them. It skips the part of the ' +
    'relationship where they get to know you and trust you. Write “if” where you wrote “when”, and describe what they would get.',
  example: { before: 'When you buy the course, you’ll finally get fit.', after: 'If you take the course, you’ll get three short workouts a week you can do at home.' },
  examples: {
    flags: ['When you buy the course, you’ll get lifetime access.', 'You need this in your kitchen.', 'Your new favourite sweater is waiting.', 'Which colour will you choose?'],
    clean: [
      'If you take the course, you get lifetime access.',
      'As you requested, we’ve added a vegetarian main to your booking for Saturday.',
      'We’ve noted your booking and we’ll send confirmation when we’ve checked availability.',
      'I’ll send the contract over this afternoon, as we agreed on Monday’s call.',
      'When you order before 2 pm, it ships the same day.',
      'Do you need this? Here is how to tell.',
      'You don’t need this if you already have a stand mixer.',
      'Your parcel is waiting at the post office.',
      'The guide will be here whenever you need it.',
    ],
  },
});
