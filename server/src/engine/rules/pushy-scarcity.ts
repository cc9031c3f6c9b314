// pushy.scarcity — vague or manufactured scarcity ("only 3 left!", "selling fast"). data/scarcity.json.
import scarcity from '../data/scarcity.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'pushy.scarcity',
  category: 'pushy',
  title: 'Manufactured scarcity',
  defaultSeverity: 'warning',
  principle: 'information-not-pressure',
  list: scarcity as PhraseList,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the scarcity claim',
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the pressure', preferDropping: true,
    templates: [
      { pattern: /^(?:only|just)\s+(?=a\s+few\s)/i, replace: () => '' },
      // Keep the information, drop the push.
      // "Tickets are selling out fast" → "Tickets are selling well": that they sell is the fact, "out fast" the push ("popular" lost it).
      { pattern: /\b(is|are)\s+(selling|going|filling\s+up)\s+(?:out\s+)?(?:fast|quickly)\b/i, replace: (m) => `${m[1]} ${/^selling$/i.test(m[2]) ? 'selling well' : /^going$/i.test(m[2]) ? 'popular' : 'filling up'}` },
      // A count of items is a calm fact; a count of hours is a deadline, not stock.
      // "Just 2 rooms left" → "We have 2 rooms left": the count stays, the "just" goes.
      // "…and there are only two left in this price band" → "…and there are two left…": the count stays, its "only" goes.
      { pattern: /\b(there\s+(?:are|is|['’]s)\s+)(?:only|just)\s+(?=(?:\d+|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s)/i, replace: (m) => m[1], anywhere: true },
      { pattern: /\b(?:only|just)\s+(\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?!(?:hours?|hrs?|days?|minutes?|mins?|weeks?|nights?|months?)\b)((?:[\w'’&-]+\s+){0,5}?)(?:(?:is|are)\s+)?left(\s+in\s+stock)?/i, replace: (m) => `we have ${m[1]} ${m[2] ? `${m[2].trim()} ` : ''}left${m[3] ?? ''}`, anywhere: true },
      // "Just 4 rooms remain at this price" → "We have 4 rooms left at this price".
      { pattern: /^(?:only|just)\s+(\d+|a\s+few|a\s+handful\s+of|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?!(?:hours?|hrs?|days?|minutes?|mins?|weeks?|nights?|months?)\b)((?:[\w'’&-]+\s+){0,4}?[\w'’&-]+)\s+(?:remain|are\s+left|are\s+still\s+available|are\s+available)\b/i, replace: (m) => `we have ${m[1].toLowerCase()} ${m[2]} left`, anywhere: true },
      { pattern: /\b(is|are)\s+in\s+high\s+demand(?:\s+and\s+won['’]t\s+last(?:\s+long)?)?/i, replace: (m) => `${m[1]} popular` },
    ],
  }),
  pressure: true,
  message: '“{phrase}” tries to rush the reader with scarcity. If stock really is limited, say how many and why.',
  why:
    'Scarcity claims are one of the oldest pressure tricks, and readers know it: “selling fast” and “only 3 left” ask them to ' +
    'decide before they have thought. If stock is genuinely limited, a plain fact with its reason is information they can use; ' +
    'a vague alarm is a push they will remember.',
  example: {
    before: 'Only 3 left — selling fast!',
    after: 'We make 40 of these a month by hand, so the next batch ships on the 1st.',
  },
  examples: {
    flags: ['Only 3 left in stock!', 'These boots are selling fast.', 'Spots are filling up fast.', '12 people are viewing this right now.'],
    clean: [
      'heads up: only 2 spaces left on Thurs class bc half the studio’s being repainted.',
      'Only 12 seats, because the workshop happens around one table.',
      'We have left the old price in place for existing members.',
      'Over the last few weeks we rebuilt the search page.',
      'Only you can decide whether it fits.',
      'The only change is the colour.',
      'We are out of the blue ones; the next batch arrives on 3 June.',
    ],
  },
});
