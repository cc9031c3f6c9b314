// pushy.urgency — pressure to act fast with no reason the reader can check.
// Phrases live in data/urgency.json; a concrete date or a reason keeps a real deadline clean.
import urgency from '../data/urgency.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'pushy.urgency',
  category: 'pushy',
  title: 'Bare urgency',
  defaultSeverity: 'warning',
  principle: 'jerks-dont-sell-twice',
  list: urgency as PhraseList,
  replaceTitle: (r) => `Invite instead: “${r}”`,
  removable: 'Drop the pressure',
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the pressure', offer: true, preferDropping: true,
    templates: [
      { pattern: /\b(\d+)\s+(hours?|days?|weeks?)\s+only\b/i, replace: (m) => `${m[1]} ${m[2]}` },
      // A time limit is a term of the offer: it stays, as a plain fact ("Today only: 40% off rugs" → "40% off rugs today.").
      { pattern: /^(today|tonight|this\s+weekend|this\s+week|(?:\d+|twenty-four|forty-eight)\s+hours)\s+only\s*[:!—–-]+\s*([^.!?]+?)\s*[.!]*$/i, replace: (m) => `${m[2]} ${/hours/i.test(m[1]) ? `for the next ${m[1].toLowerCase()}` : m[1].toLowerCase()}.` },
      // A deadline is a plain fact: prices end, they do not vanish ("disappears at midnight" → "ends at midnight").
      { pattern: /\b(?:disappear|vanish|evaporate)(s|es)?(?=\s+(?:in|at|on|after|by|tonight|tomorrow|this)\b)/i, replace: (m) => (m[1] ? 'ends' : 'end') },
      { pattern: /^(?:last|final)\s+chance\s+to\s+/i, replace: () => 'you can still ' },
      // …and where it ends the offer ("FREE DELIVERY TODAY ONLY!!!" → "Free delivery today.").
      { pattern: /\b(today|tonight|this\s+weekend)\s+only(?=\s*[.!]*\s*$)/i, replace: (m) => m[1] },
    ],
  }),
  pressure: true,
  namesTheOffer: true,
  message: '“{phrase}” rushes the reader. Give them a reason or give them time — people who feel hurried rarely come back.',
  why:
    'Urgency with no reason behind it is a push, not information. The reader can tell the clock is there to close a sale, ' +
    'not to help them, and pressure that wins today costs you the next purchase. If a deadline is real, say when and why; ' +
    'if it is not, let people decide at their own pace.',
  example: {
    before: 'Hurry — act now before it’s too late!',
    after: 'The early-bird price ends on 3 May, because that’s when we order the print run.',
  },
  examples: {
    flags: [
      'Act now and save 20% on your first box.',
      'Hurry! Only a few hours left.',
      'Last chance to grab the bundle!',
      'TODAY ONLY: free shipping on everything.',
      'This offer ends at midnight.',
    ],
    clean: [
      'Registration closes on 3 May because the room holds 40 people.',
      'Segment SEG_LAPSED_90D_HURRY gets the spring newsletter on 3 May.',
      'The sale ends at midnight on Sunday 12 May, when we restock.',
      'You can now export your reports to PDF.',
      'Today we shipped a faster editor.',
      'Skip the ‘act now’ banners and explain the offer instead.',
      'There’s no need to hurry — the guide will be here when you’re ready.',
      'The early-bird price ends on Friday, when we send the order to the printer.',
      'We answer every email today or tomorrow.',
      'Write “limited time only” in a subject line and watch the unsubscribes.',
    ],
  },
});
