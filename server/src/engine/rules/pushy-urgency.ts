// pushy.urgency — pressure to act fast with no reason the reader can check.
// Phrases live in data/urgency.json; a concrete date or a reason keeps a real deadline clean.
import urgency from '../data/urgency.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { looksPlural } from '../text';
import { spelledOut } from '../rewrite/text-speak';

/** What opens and closes (a place to sign up), what runs (an event, a sale), what stays valid (a price, a code). */
const OPENS = /^(?:enrol(?:l)?ments?|registrations?|applications?|bookings?|entries|entry|doors?|carts?|intakes?|sign-?ups?|nominations?|voting|ballots?|waitlists?|pre-?orders?|orders?)$/;
const RUNS = /^(?:sales?|offers?|deals?|promotions?|promos?|events?|windows?|drops?|specials?|campaigns?|appeals?)$/;
const AVAILABLE = /^(?:bundles?|kits?|box(?:es)?|sets?|collections?|ranges?|editions?|menus?|items?|products?|packs?|hampers?|flavou?rs?|blends?|batch(?:es)?|bottles?|jars?|cases?|boxsets?|prints?|releases?|courses?|classes?|workshops?|packages?|tours?|slots?|rooms?|stays?|breaks?|seats?)$/;
const VALID = /^(?:discounts?|codes?|vouchers?|coupons?|prices?|pricing|rates?|trials?|credits?|points|tickets?|passes?|upgrades?)$/;

/**
 * A deadline said as a clock ("…disappears at midnight", "…closes in 24 hours") said as a plain fact, in the
 * copywriter's way: how long it holds ("…is open for another 24 hours", "…is valid until midnight").
 */
function plainDeadline(m: RegExpExecArray): string | undefined {
  // The subject's head noun: the last word of the clause, or the word before its first preposition ("the intro rate on stilt classes").
  const subject = m.input.slice(0, m.index).split(/[,:;—–(]|\s-\s/).pop() ?? '';
  const head = (/([\p{L}-]+)[^\p{L}]*$/u.exec(subject.split(/\s(?:of|on|for|at|in|with|from|to)\s/i)[0])?.[1] ?? '').toLowerCase();
  if (!head || /^(?:it|this|that|and|or|but|so|then|which)$/.test(head)) return undefined;
  const plural = looksPlural(head);
  const be = plural ? 'are' : 'is';
  // (Text-speak's "2nite" is said as "tonight": the rewrite spells the sentence out.)
  const said = spelledOut(m[2]) ?? m[2];
  const when = said.toLowerCase().replace(/\s+/g, ' ');
  const span = when.startsWith('in ') ? `for another ${said.replace(/^in\s+/i, '')}` : when === 'today' ? 'until the end of today' : `until ${said.replace(/^(?:at|by)\s+/i, '')}`;
  // "40% off every top-up ends at midnight": the discount is the subject, whatever it is off.
  if (/\d\s*%\s+off\b|\bhalf[\s-]+price\b|\bfree\s+(?:delivery|shipping|postage)\b/i.test(subject)) return `lasts ${span}`;
  if (/^go(?:es)?\s+up$|^rises?$|^doubles?$/i.test(m[1])) return `${plural ? 'stay' : 'stays'} the same ${span}`;
  if (OPENS.test(head)) return `${be} open ${span}`;
  if (RUNS.test(head)) return `${plural ? 'run' : 'runs'} ${span}`;
  if (VALID.test(head)) return `${be} valid ${span}`;
  // A thing on sale is there until then; a streak, an account or the clock is not "available".
  return AVAILABLE.test(head) ? `${be} available ${span}` : undefined;
}

/** A marketing genre after the phrase: "last-chance subject lines", "act-now banners". */
const GENRE_AFTER = /^[-\s]+(?:subject\s+lines?|e-?mails?|campaigns?|tactics?|banners?|pop-?ups?|countdown\s+timers?|copy(?:writing)?)\b/i;

export const rule = phraseRule({
  id: 'pushy.urgency',
  category: 'pushy',
  title: 'Bare urgency',
  defaultSeverity: 'warning',
  principle: 'jerks-dont-sell-twice',
  list: urgency as PhraseList,
  replaceTitle: (r) => `Invite instead: “${r}”`,
  // "why last-chance subject lines stopped working": the kind of email talked about, not this one's clock.
  skip: (sentence, match) => GENRE_AFTER.test(sentence.text.slice(match.end)) && !/\b(?:your|this|our|an?|the)\s*$/i.test(sentence.text.slice(0, match.start)),
  removable: 'Drop the pressure',
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the pressure', offer: true, preferDropping: true,
    templates: [
      { pattern: /\b(\d+)\s+(hours?|days?|weeks?)\s+only\b/i, replace: (m) => `${m[1]} ${m[2]}` },
      // A time limit is a term of the offer: it stays, as a plain fact ("Today only: 40% off rugs" → "40% off rugs today.").
      { pattern: /^(today|tonight|this\s+weekend|this\s+week|(?:\d+|twenty-four|forty-eight)\s+hours)\s+only\s*[:!—–-]+\s*([^.!?]+?)\s*[.!]*$/i, replace: (m) => `${m[2]} ${/hours/i.test(m[1]) ? `for the next ${m[1].toLowerCase()}` : m[1].toLowerCase()}.` },
      // A rate that may change at any time is a term too, said calmly: "could vanish at any minute" → "may change at short notice".
      // (Tickets and offers "may end at short notice"; a rate or a price "may change".)
      { pattern: /\b(?:could|might|may|can)\s+(disappear|vanish|go|end|evaporate|be\s+gone|be\s+pulled|change)\s+(?:at\s+any\s+(?:minute|moment|second|time)|any\s+(?:minute|moment|day)\s+now|without\s+warning)\b/i, replace: (m) => `may ${/^change$/i.test(m[1]) || /\b(?:rates?|prices?|fees?|apr|apy|interest)\b[^.!?]{0,24}$/i.test(m.input.slice(0, m.index)) ? 'change' : 'end'} at short notice`, anywhere: true },
      // A deadline is a plain fact: prices end, they do not vanish ("disappears at midnight" → "ends at midnight").
      { pattern: /\b(?:disappear|vanish|evaporate)(s|es)?(?=\s+(?:in|at|on|after|by|tonight|tomorrow|this)\b)/i, replace: (m) => (m[1] ? 'ends' : 'end'), anywhere: true },
      { pattern: /^(?:last|final)\s+chance\s+to\s+/i, replace: () => 'you can still ' },
      // "…20% off, but only until midnight" → "…20% off until midnight": the limit is the fact, "but only" the push.
      { pattern: /,?\s+but\s+only\s+(?=(?:until|till|til|through)\b)/i, replace: () => ' ', anywhere: true },
      // A clock on the offer stays as a fact, wherever it stands: "…the price goes up at midnight" → "…the price stays the same until midnight".
      {
        pattern: /\b(ends?|expires?|disappears?|vanish(?:es)?|closes?|finish(?:es)?|stops?|goes\s+up|go\s+up|rises?|doubles?|runs?\s+out)\s+(at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)(?:\s+(?:tonight|today|tomorrow))?|by\s+(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)|tonight|today|tomorrow|tonite|2nite|2night|2day|2moro|2morrow|tmrw|in\s+(?:\d+|a\s+few|an?|one|two|three|four|five|six|twelve|twenty-four|forty-eight)\s+(?:hours?|hrs?|minutes?|mins?|days?))(?=\s*(?:[.!,;:—–-]|\p{Extended_Pictographic}|$))/iu,
        replace: plainDeadline,
        anywhere: true,
      },
      // …and where it ends the offer ("FREE DELIVERY TODAY ONLY!!!" → "Free delivery today.").
      // (Only where it is shouted: said in a normal voice, "…£35 today only." → "…£35 today." loses a term, 11 of 25 graded BAD.)
      { pattern: /\b(today|tonight|this\s+weekend)\s+only(?=\s*[.!]*\s*$)/i, replace: (m) => (/\p{Ll}/u.test(m[0]) ? undefined : m[1]) },
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
      'Short thread on why last-chance subject lines stopped working for our clients.',
    ],
  },
});
