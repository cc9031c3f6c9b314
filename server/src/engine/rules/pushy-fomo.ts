// pushy.fomo — fear of missing out and social pressure ("don't miss out", "everyone is switching"). data/fomo.json.
import fomo from '../data/fomo.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { apostrophesLike, type Alternative } from '../rewrite/edits';

/** Everybody, as a bandwagon: "everyone's", "the whole town is", "the whole map-collecting world will be". */
const EVERYONE = String.raw`(?:everyone|everybody|the\s+whole\s+(?:town|street|village|city|office|school|internet|country|(?:[\p{L}-]+\s+)?(?:world|community|scene)))(?:['’]s|\s+is|\s+are|\s+will\s+be)`;
/** What the bandwagon does with the thing: try it, or go to it. */
const TRY_IT = String.raw`talking\s+about|snacking\s+on|eating|drinking|wearing|using|grabbing|buying|loving|obsessed\s+with|raving\s+about|trying`;
const GO_TO_IT = String.raw`heading\s+to|going\s+to|booking|at`;
/** The push after it: "— don't be the one who missed it", "; will you be the one watching…", ". Make sure you're not the last…". */
const PUSH_AFTER = String.raw`(?:\s*(?:[—–-]+|[,;.!]|\p{Extended_Pictographic})\s*(?:(?:so\s+)?don['’]?t|do\s+not|will\s+(?:you|u)|make\s+sure|are\s+(?:you|u)|(?:you|u)\s+(?:really\s+)?don['’]?t\s+want)\b[^]*?)?`;
/**
 * "Everyone's talking about the Drowsy Pangolin's tasting menu — don't be the one who missed it." → "The Drowsy
 * Pangolin's tasting menu is here, if you'd like to try it.": the thing stays, the crowd and the dare go (a copywriter's way).
 */
const BANDWAGON_THING = new RegExp(String.raw`^((?:\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*)*\s*:\s+)?)${EVERYONE}\s+(?:already\s+)?(?:(${TRY_IT})|(${GO_TO_IT}))\s+((?:(?:the|our|this|\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*)*['’]s)\s+|(?=\p{Lu}))[^—–,;.!?\p{Extended_Pictographic}]{2,60}?)((?:\s+(?:this|next)\s+(?:year|summer|winter|spring|autumn|week|wk|weekend|wknd|month|season)|\s+right\s+now)?)${PUSH_AFTER}\s*[.!?]*[\s\p{Extended_Pictographic}\u{FE0F}]*$`, 'iu');

const EVENT_HEAD = /^(?:line-?ups?|(?:after-?)?part(?:y|ies)|showcases?|festivals?|fests?|gigs?|concerts?|shows?|nights?|launch(?:es)?|parades?|races?|matches|games?|fairs?|markets?|sessions?|talks?|events?)$/i;
const READ_HEAD = /^(?:issues?|reports?|deep-?dives?|articles?|posts?|newsletters?|guides?|stor(?:y|ies)|pieces?|threads?|books?|essays?|columns?|editions?)$/i;
const WATCH_HEAD = /^(?:episodes?|videos?|films?|documentar(?:y|ies)|series|trailers?)$/i;

function thingWithoutTheCrowd(sentence: string): Alternative[] {
  const m = BANDWAGON_THING.exec(sentence);
  if (!m) return [];
  const [, sender, tryIt, , thing, when] = m;
  // "Everyone's heading to Porto": a town the crowd travels to is not an event we host ("We'd love to see you at Porto");
  // "Lantern Night", "Frostline ice nights" are. ("…going to be there" is no thing at all.)
  if (!tryIt && !/^(?:the|our|this)\s/i.test(thing) && (!/\s/.test(thing.trim()) || /^be\s/i.test(thing))) return [];
  // The head noun is the word before the thing's first preposition: "this week's deep-dive on index funds" is one deep-dive.
  const head = thing.trim().split(/\s+(?:on|of|about|for|with|in|from|by)\s+/i)[0].split(/\s+/).pop() ?? '';
  // An event is not "here" to try ("The Gravelrun lineup is here, if you'd like to try it.": 0 of 4 graded GOOD); a read is read, a show watched.
  if (tryIt && EVENT_HEAD.test(head)) return [];
  const plural = /s$/i.test(head) && !/ss$/i.test(head);
  const verb = READ_HEAD.test(head) ? 'read' : WATCH_HEAD.test(head) ? 'watch' : 'try';
  const said = tryIt
    ? `${thing} ${plural ? 'are' : 'is'} here${when.replace(/^\s+right\s+now$/i, '')}, if you'd like to ${verb} ${plural ? 'them' : 'it'}.`
    : `we'd love to see you at ${thing}${when}.`;
  // After a sender's name the line goes on as the writer began it ("Fernhollow: everyone's…" → "Fernhollow: the kits are here…").
  const opening = sender && /^\p{Ll}/u.test(sentence.slice(sender.length)) ? said : said.charAt(0).toUpperCase() + said.slice(1);
  // Names in the dare ("…watching it on Instagram") go with it.
  const dare = sentence.slice(sentence.indexOf(thing) + thing.length + when.length);
  const spends = dare.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return [{ title: 'Rewrite: drop the pressure', edits: [{ start: 0, end: sentence.length, text: apostrophesLike(sentence, `${sender}${opening}`) }], template: true, ...(spends.length ? { spends } : {}) }];
}

const ownFixes = phraseRewrite({
  title: 'Rewrite: drop the pressure', preferDropping: true,
  templates: [
    { pattern: /\beveryone\s+is\s+(?=switching|moving|joining)/i, replace: () => 'many people are ' },
  ],
});

export const rule = phraseRule({
  id: 'pushy.fomo',
  category: 'pushy',
  title: 'Fear of missing out',
  defaultSeverity: 'warning',
  principle: 'serve-not-get',
  list: fomo as PhraseList,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the pressure',
  rewrite: (sentence, finding, context) => [...thingWithoutTheCrowd(sentence), ...ownFixes(sentence, finding, context)],
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
