// pushy.loss-framing — loss framing: inaction presented as losing money, progress or status (data/loss-framing.json: phrases and frames).
import list from '../data/loss-framing.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

const PLAIN_CONSEQUENCE = /^\W*if\s+(?:you\s+(?:cancel|leave|downgrade|unsubscribe|close\s+your\s+account|stop|quit|don['’]t\s+renew|do\s+not\s+renew|break\s+your\s+[\w-]+(?:\s+streak)?|(?:miss|skip|pause)\s+(?:this|your|the)\s+[\w'’ -]{1,30}?)|your\s+[\w'’ -]{1,50}?\s+(?:lapses|expires|runs\s+out))\b[^,;—–]{0,40},\s+you['’]ll\s+(?:permanently\s+)?lose\s+(?:your|the|every|all)\b(?![^!]*\b(?:forever|for\s+ever|for\s+good|permanently|never)\b)[^!]*$/i;

/** Leaving, said as the reader's choice: the condition of a loss. */
const QUITTING = String.raw`cancel|leave|walk\s+away|quit|unsubscribe|downgrade|stop|close\s+your\s+account|break\s+your\s+[\w-]+(?:\s+streak)?`;
/** "— permanently", "for good", "forever": drama around a loss. */
const FOR_GOOD = String.raw`(\s*[—–,-]?\s*(?:gone\s+)?(?:for\s+good|forever|for\s+ever|permanently))?`;
/** Leaving, said as a gerund ("Cancelling means losing…"), and the verb it stands for. */
const QUITTING_AS_NOUN: Record<string, string> = { cancelling: 'cancel', canceling: 'cancel', leaving: 'leave', quitting: 'quit', unsubscribing: 'unsubscribe', downgrading: 'downgrade', stopping: 'stop' };
/** What a thing does when it goes, in drama: "…disappears for good", "…goes up in smoke". */
const DISAPPEARS = String.raw`(?:disappears?|vanish(?:es)?|melts?\s+away|(?:goes|go)\s+up\s+in\s+smoke)`;
/** …and what else it does after "If you cancel, your streak…": "is gone", "goes", "slips away", "is wiped". */
const VANISHES = String.raw`(?:${DISAPPEARS}|(?:is|are)\s+gone|goes|go|slips?\s+away|(?:goes|go)\s+(?:straight\s+)?down\s+the\s+drain|(?:is|are)\s+wiped(?:\s+out)?|(?:goes|go)\s+(?:straight\s+)?back\s+to\s+zero)`;
/** How often a loss recurs ("Every month without…"), said as a rate ("a month"). */
const PER: Record<string, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year', quarter: 'a quarter', winter: 'each winter', summer: 'each summer', season: 'a season', night: 'a night' };
const AMOUNT = String.raw`[$£€]\s?\d[\d,.]*(?:k|m|bn)?`;
/**
 * The condition and the loss, said once and plainly: "if you cancel now, you'll permanently lose your streak." That
 * it is for good is a fact too, said as "permanently" when the sentence said it at all.
 */
function plainLoss(condition: string, what: string, forGood: string | undefined): string {
  return `if ${condition}, you'll ${forGood ? 'permanently ' : ''}lose ${what}.`;
}
/** "Close  your account" + " Now" → "you close your account now". */
const youQuit = (verb: string, when = '') => `you ${verb.toLowerCase().replace(/\s+/g, ' ')}${when.toLowerCase()}`;
/** "lapse" → "lapses", "run out" → "runs out". */
const lapses = (verb: string) => (verb.toLowerCase() === 'run out' ? 'runs out' : `${verb.toLowerCase()}s`);
const NEVER_BACK = String.raw`(?:\s*[;,—–]\s*(?:and\s+)?you['’]ll\s+never\s+(?:get|see)\s+(?:it|them)\s+back(?:\s+again)?)?`;

export const rule = phraseRule({
  id: 'pushy.loss-framing',
  category: 'pushy',
  title: 'Loss framing',
  defaultSeverity: 'warning',
  principle: 'information-not-pressure',
  list: list as PhraseList,
  // "If you cancel, you'll lose your 412-day streak." says plainly what a choice costs: a fact the reader needs, not a frame.
  skip: (sentence) => PLAIN_CONSEQUENCE.test(sentence.text),
  harmless: (text) => PLAIN_CONSEQUENCE.test(text),
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it as a fact: “${r}”`,
  removable: 'Drop the loss framing',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  // "Don't lose your 412-day streak!" → "You're on a 412-day streak.": what they have, said as a fact.
  rewrite: phraseRewrite({
    title: 'Rewrite: say what they have',
    templates: [
      { pattern: /^(?:don['’]t|do\s+not)\s+(?:lose|break|waste)\s+your\s+([^.!?]{1,30}?\bstreak)\s*[.!]*$/i, replace: (m) => `you're on a ${m[1]}.` },
      // "Cancel now and you lose your 214-day streak forever." → "If you cancel now, you'll permanently lose your 214-day streak.":
      // the condition and the loss, as a fact; that it is for good is a fact too, said once and plainly.
      {
        pattern: new RegExp(String.raw`^(${QUITTING})(\s+(?:now|today|tonight))?\s*,?\s+and\s+(?:you['’]ll\s+|you\s+will\s+|you\s+)?(?:lose|forfeit|throw\s+away|kiss\s+goodbye\s+to)\s+([^.!?;—–]{3,80}?)${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(youQuit(m[1], m[2]), m[3], m[4]),
      },
      // "Pause your lessons and you'll lose your streak…" → "If you pause your lessons, you'll lose your streak…": what they stop, kept.
      {
        pattern: new RegExp(String.raw`^(pause|stop|skip|quit|leave|cancel)((?:\s+(?!now\b|today\b|and\b)[\w'’-]+){1,3}?)(\s+(?:now|today|tonight))?\s*,?\s+and\s+(?:you['’]ll\s+|you\s+will\s+)(?:lose|forfeit|throw\s+away)\s+([^.!?;—–]{3,80}?)${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(`you ${m[1].toLowerCase()}${m[2]}${m[3] ? m[3].toLowerCase() : ''}`, m[4], m[5]),
      },
      // "Let your membership lapse and your founder status is gone forever." / "Miss this renewal and your Gold status is gone permanently." →
      // "If your membership lapses, you'll permanently lose your founder status.": what goes, said as a fact.
      {
        pattern: new RegExp(String.raw`^(?:let\s+(your\s+[\w'’ -]{1,40}?)\s+(lapse|expire|run\s+out)|(miss|skip)\s+((?:this|your|the)\s+[\w'’ -]{1,30}?))\s*,?\s+and\s+(your\s+[^.!?;—–]{3,60}?)\s+(?:is|are)\s+(?:gone|lost)${FOR_GOOD}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(m[1] ? `${m[1]} ${lapses(m[2])}` : `you ${m[3].toLowerCase()} ${m[4]}`, m[5], m[6]),
      },
      // "Let your trial lapse and you'll lose every budget you've built — permanently." → "If your trial lapses, you'll permanently lose every budget you've built."
      {
        pattern: new RegExp(String.raw`^let\s+(your\s+[\w' -]{1,30}?)\s+(lapse|expire|run\s+out)\s*,?\s+and\s+(?:you['’]ll\s+|you\s+will\s+|you\s+)?(?:lose|forfeit)\s+([^.!?;—–]{3,80}?)${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(`${m[1]} ${lapses(m[2])}`, m[3], m[4]),
      },
      // "If you cancel now, you'll lose your 412-day streak forever." → "If you cancel now, you'll permanently lose your 412-day streak.":
      // "If you cancel now, your 214-day streak disappears for good." → the same: the condition and the loss, said once and plainly.
      {
        pattern: new RegExp(String.raw`^if\s+you\s+(${QUITTING})(\s+(?:now|today|tonight))?\s*,\s+(?:you['’]ll\s+|you\s+will\s+)(?:lose|forfeit|throw\s+away|kiss\s+goodbye\s+to)\s+([^.!?;—–]{3,80}?)${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => (m[4] || /!/.test(m[0]) ? plainLoss(youQuit(m[1], m[2]), m[3], m[4]) : undefined),
      },
      {
        pattern: new RegExp(String.raw`^if\s+you\s+(${QUITTING})(\s+(?:now|today|tonight))?\s*,\s+((?:your|all|every)\s+[^.!?;—–]{3,80}?)\s+(?:will\s+)?${VANISHES}${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(youQuit(m[1], m[2]), m[3].replace(/^all\s+/i, ''), m[4]),
      },
      // "Cancel today and 212 nights of sleep history disappear forever." → "If you cancel today, you'll permanently lose 212 nights of sleep history."
      {
        pattern: new RegExp(String.raw`^(${QUITTING})(\s+(?:now|today|tonight))?\s*,?\s+and\s+((?!you\b)[^.!?;—–]{3,80}?)\s+(?:will\s+)?${DISAPPEARS}${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(youQuit(m[1], m[2]), m[3].replace(/^all\s+/i, ''), m[4]),
      },
      // "Cancelling now means losing your Gold status and every point you've earned. Permanently." → "If you cancel now, you'll lose…".
      {
        pattern: new RegExp(String.raw`^(${Object.keys(QUITTING_AS_NOUN).join('|')})(\s+(?:now|today|tonight))?\s+means\s+(?:losing|giving\s+up|forfeiting|kissing\s+goodbye\s+to|saying\s+goodbye\s+to)\s+([^.!?;—–]{3,80}?)${FOR_GOOD}${NEVER_BACK}\s*[.!]*$`, 'i'),
        replace: (m) => plainLoss(youQuit(QUITTING_AS_NOUN[m[1].toLowerCase()], m[2]), m[3], m[4]),
      },
      // "Every month without Fundwell is roughly £40 in fees you'll never see again." → "Fundwell could save you roughly £40 a month in fees.":
      // the saving, said as what the product can do, with the writer's own figure.
      {
        pattern: new RegExp(String.raw`^(?:every|each)\s+(?:single\s+)?(${Object.keys(PER).join('|')})\s+without\s+((?:an?\s+|the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,2}|(?:an?\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:panels|insulation|pumps?))\s+(?:is|costs\s+you|means)\s+(?:another\s+|an\s+extra\s+)?((?:roughly|about|around|nearly|almost|over|up\s+to)\s+)?(${AMOUNT})(\s+(?:in|on)\s+(?!your\b)[\p{L}' -]{2,30}?)?(?:\s+(?:you['’]ll\s+never\s+(?:see|get)\s+(?:again|back)|(?:thrown|wasted|lost|burned|burnt|handed|walking|leaking|pouring|floating|going|flushed|slipping|disappearing)\b[^.!?]*))?\s*[.!]*$`, 'iu'),
        replace: (m) => `${m[2].replace(/^(?:an?|the)\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())} could save you ${m[3] ? m[3].toLowerCase() : ''}${m[4]} ${PER[m[1].toLowerCase()]}${m[5] ?? ''}.`,
      },
      // "Cancel now and every streak and badge is wiped for good." → "If you cancel, every streak and badge is deleted.":
      // the condition and what happens, as a fact.
      {
        pattern: /^(cancel|leave|walk\s+away|quit|unsubscribe|downgrade|stop|close\s+your\s+account)(?:\s+(?:now|today|tonight))?\s*,?\s+and\s+([^.!?]{3,80}?)\s+(is|are|will\s+be|gets|get)\s+(wiped|deleted|erased|gone|lost)(\s+(?:for\s+good|forever|for\s+ever|permanently))?(?:,?\s+never\s+to\s+return)?(?:\s*[;,—–]\s*(?:and\s+)?you['’]ll\s+never\s+(?:get|see)\s+(?:it|them)\s+back(?:\s+again)?)?\s*[.!]*$/i,
        replace: (m) => {
          const plural = /^(?:are|get)$/i.test(m[3]) || (/^will/i.test(m[3]) && /\band\b|s$/.test(m[2]));
          const gone = /^(?:gone|lost)$/i.test(m[4]);
          // "…is gone for good" is a loss for good: it is said as one ("you'll permanently lose …"), not softened to "ends".
          if (gone) return plainLoss(youQuit(m[1]), m[2].replace(/,$/, ''), m[5]);
          return `if you ${m[1].toLowerCase().replace(/\s+/g, ' ')}, ${m[2]} ${plural ? 'are' : 'is'} ${m[5] ? 'permanently ' : ''}deleted.`;
        },
      },
    ],
  }),
  message: '“{phrase}” frames waiting as a loss. Give the reader the numbers plainly and let them decide when.',
  why:
    'Loss framing makes doing nothing feel like bleeding money or progress, so the reader acts out of anxiety. When the numbers are real, they persuade on their own; stated calmly, they also tell the reader you respect their timing. If something will be deleted, say when and how to keep it.',
  example: {
    before: 'Every month you wait costs you another £200.',
    after: 'Switching saves most households about £200 a month; here’s how we worked that out.',
  },
  examples: {
    flags: ['Every month you wait costs you another £200.', 'Leave now and your saved designs will be deleted for ever.', 'You’re throwing away £40 a month on that old tariff.', 'Cancel now and your 412-day streak will be wiped.'],
    clean: ['If you cancel, your designs stay available for 30 days, and you can export them at any time.', 'Every month, we send a summary of what you saved.', 'You can cancel at any time and keep your data.', 'We lost the signal for an hour on Monday; here’s what happened.'],
  },
});
