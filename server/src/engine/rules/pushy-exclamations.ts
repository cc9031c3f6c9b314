// pushy.exclamations — "!!", "?!", several exclamation marks in one sentence, or a paragraph
// where every sentence exclaims. A single friendly "Thanks!" stays clean.
import { allMatches, insideQuotation } from '../text';
import type { Rule, RuleReport } from './rule';
import { phraseRewrite } from '../rewrite/phrases';

/** Words of thanks, apology and celebration. */
const WARM = /\b(?:thank|thanks|thx|ty|sorry|apologies|congrats|congratulations|happy birthday|well done|yay|woohoo|hooray|welcome back)\b/i;

/** Words of an offer: beside them, even "!!" raises the volume. */
const SELLING = /\b(?:sale|sales|free|price|prices|deal|deals|offer|offers|save|saving|savings|discount|off|buy|order|shop|book|sign|subscribe|join|get|grab|claim|now|today|tonight|new|launch|limited|exclusive|win|prize|miss|hurry|last|ends?|ending|act|rush|deadline|hours?)\b|%|[$£€]\s?\d/i;

/** Two or more exclamation marks in a run, with any "?" or "1" mixed in ("!!", "!!!", "?!!", "!?!", "!!1"); a "1" that opens the run is a figure ("3 TO 1!!!"). */
const RUN = /[!?¡]*[!¡][!?¡1]*[!¡][!?¡1]*/g;

export const rule: Rule = {
  id: 'pushy.exclamations',
  category: 'pushy',
  title: 'Exclamation marks',
  defaultSeverity: 'warning',
  principle: 'people-buy-from-people',
  rewrite: phraseRewrite({ title: 'Rewrite: lower the voice' }),
  loudness: true,
  message: '“{phrase}” turns up the volume. One calm full stop is more convincing than a row of exclamation marks.',
  why:
    'Stacked exclamation marks are excitement the writer asks for instead of earns. Readers hear hype, and hype makes them ' +
    'wonder what is being hidden. Real people save the exclamation mark for real delight — a thank-you, a greeting.',
  example: { before: 'Our biggest sale ever!!!', after: 'Everything in the shop is 30% off until Sunday.' },
  examples: {
    flags: [
      'Our biggest sale ever!!!',
      'Can you believe this price?!!',
      'Amazing! Incredible! Unbelievable!',
      'Wow, this is great, and it is free!!',
    ],
    clean: [
      'Thanks!',
      'Welcome aboard! We are glad you are here.',
      'Hi Sam! Here is the guide you asked for.',
      'Is this for you? Read on.',
      'Wait, really?!',
      'Love it! You made my day! I will tell you everything tomorrow.',
      'Thank you all so much!! We hit our target for the roof repair.',
      'kitchen’s closing early tonight, sorry!!',
    ],
  },
  check(sentence) {
    const text = sentence.text;
    // Both checks need an exclamation mark: most sentences have none.
    if (!text.includes('!') && !text.includes('¡')) return [];
    // Thanks, apologies and congratulations may exclaim: warmth, not volume.
    if (WARM.test(text)) return [];
    const reports: RuleReport[] = [];
    for (const m of allMatches(RUN, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (insideQuotation(text, start, end)) continue;
      // "!!" between friends is excitement; next to an offer it is volume. Three or more always are.
      if (m[0].replace(/[^!]/g, '').length < 3 && !SELLING.test(text)) continue;
      const question = m[0].includes('?');
      const atEnd = !/[\p{L}\p{N}]/u.test(text.slice(end));
      // "?!" becomes "?"; "!!!" becomes "." at the end of a sentence and "," inside one.
      const calm = question ? '?' : atEnd ? '.' : ',';
      reports.push({
        start,
        end,
        suggestions: [
          { title: `Calm it down: “${calm}”`, replacement: calm, start, end, preferred: true },
          ...(question ? [] : [{ title: 'Keep one “!”', replacement: '!', start, end }]),
        ],
      });
    }
    // A paragraph of three or more sentences where every one exclaims: flag each after the first.
    if (reports.length === 0 && /!$/.test(text) && sentence.index > 0) {
      const siblings = sentence.siblings;
      if (siblings.length >= 3 && siblings.every((s) => /!["”’')\]]*$/.test(s.text))) {
        const at = text.length - 1;
        reports.push({
          start: at,
          end: at + 1,
          message: 'Every sentence here exclaims. Let most of them end calmly, so the one that matters can stand out.',
          suggestions: [{ title: 'Calm it down: “.”', replacement: '.', start: at, end: at + 1, preferred: true }],
        });
      }
    }
    return reports;
  },
};
