// pushy.regret — regret threats: promising the reader they'll kick themselves unless they buy (data/regret.json: phrases and frames).
import list from '../data/regret.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { infinitiveOf, toInfinitive } from '../parse/nlp';
import { opensText } from '../text';

/** The regret promised: "you'll kick yourself", "you'll be gutted", "u'll regret it". */
const YOU_WILL = String.raw`(?:you['’]ll|you\s+will|u['’]?ll|u\s+will|you['’]re\s+going\s+to|you\s+are\s+going\s+to)`;
const REGRET = String.raw`(?:kick\s+yourself|be\s+kicking\s+yourself|be\s+(?:so\s+|really\s+)?(?:gutted|sorry|furious|annoyed|cross\s+with\s+yourself)|regret\s+it|hate\s+yourself)`;
/** When the regret is said to come: it goes with the threat. */
const LATER = String.raw`(\s+(?:later|forever|for\s+years|next\s+\w+|tomorrow|all\s+\w+(?:\s+long)?|in\s+a\s+\w+))?`;
/** The times that say when the regret comes: spent with it (the facts check protects "tomorrow", "spring"). */
const spentTimes = (later: string | undefined): string[] => (later?.toLowerCase().match(/\b(?:tomorrow|spring|summer|autumn|fall|winter|christmas|easter|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/g) ?? []);
/** What is left to do, without the text-speak "u" that the rewriter spells out anyway. */
const DEED = String.raw`([^.!?]{3,80}?)`;
const CLOSE = String.raw`\s*[.!]*[\s\p{Extended_Pictographic}\u{FE0F}]*$`;
/** "Five years from now", "Skip this and", "In a year": the lead-in of a wish threat, which goes with it. */
const WISH_LEAD = String.raw`(?:(?:[\w-]+\s+(?:years?|months?|weeks?)\s+from\s+now|in\s+(?:a|\w+)\s+(?:years?|months?)(?:['’]\s+time)?|(?:skip|miss|ignore)\s+this(?:\s+\w+)?\s*,?\s+and|pass\s+on\s+this(?:\s+\w+)?\s+and|come\s+(?:spring|summer|autumn|winter|january|christmas))\s*,?\s+)?`;
/** A deed that is only a time ("…wish you'd started today"): "You can start today." offers nothing a reader could take up (graded BAD). */
const ONLY_A_TIME = /^\s*(?:(?:right\s+)?now|today|tonight|sooner|earlier|this\s+(?:week|month|year)|back\s+then|then|already|when\s+you\s+could)?\s*$/i;
/** A deed told in the past that cannot become a plain offer ("…wish you'd bought when you had the chance", "…at $180 all over again"), or no deed, only when the regret comes ("…wish you'd gone every time you see the photos", "…the day somebody else does"). */
const STILL_IN_THE_PAST = /^\s*(?:every\s+time|each\s+time|whenever)\b|\b(?:the\s+)?next\s+time\b|\bthe\s+(?:day|moment|minute|night|morning|second)\s+(?:your|the|it|you|they|some(?:one|body)|any(?:one|body)|others?)\b|\b(?:when|while|had|was|were|back\s+then|hadn['’]t|ago|last\s+(?:year|month|week|time)|all\s+over\s+again)\b/i;

/** A change the regret is tied to, told by what changes ("prices go up in the spring", "the early-bird rate ends on Friday"), never the reader. */
const CHANGE = String.raw`((?!(?:you|u|it|they|we|this|that)\b)(?:(?:the|our|your|these|those)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:go(?:es)?\s+(?:back\s+)?up|rise|rises|increase|increases|double|doubles|jump|jumps|end|ends|close|closes|expire|expires|sell\s+out|sells\s+out|change|changes)\b[^.!?]{0,60}?)`;

/** A change that is a term of the offer (a price, a fare, the places left), told without the reader in it: not "the photos go up and you weren't there". */
const TERMS = /^(?![^]*\b(?:you|your|u|ur)\b)[^]*(?:\b(?:prices?|fares?|rates?|fees?|costs?|pricing|tickets?|offer|deal|discount|sale|early[- ]bird|places|spaces|seats|spots|rent|premiums?|subscriptions?|memberships?)\b|[£$€]\s?\d)/iu;

/** An occasion the reader is warned not to miss: a copywriter invites them to it instead. */
const OCCASION = String.raw`(?:firing|night|evening|weekend|festival|fair|tour|sailing|cruise|masterclass|class|workshop|concert|gig|show|supper|dinner|lunch|brunch|party|event|walk|race|market|ball|gala|screening|premiere|tasting|retreat|open\s+day|launch|orchestra|recital|casting|performance|talk|lecture|ceilidh|carnival|parade|regatta|session|meet-?up|camp|course|crawl|safari|trip|day)`;
/** "the Kestrel & Kiln midnight raku firing", "Tidewell's storm-watching weekend", "this casting of bronze handbells". */
const AN_OCCASION = String.raw`((?:the|this|our|this\s+year['’]s|\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&))*['’]s)\s+(?:[\p{L}\p{N}&'’-]+\s+){0,5}?${OCCASION}(?:\s+of\s+[\p{L}\s-]{3,30}?)?)((?:\s+(?:on|this|next|in|at)\s+[^,.!?;]+?)?)`;

/** "on" a trip or a course, "at" a night or a fair. */
const atOrOn = (occasion: string): string => (/\b(?:trip|tour|cruise|sailing|safari|walk|course|crawl)$/i.test(occasion) ? 'on' : 'at');

/** A deed whose object only points ("open this", "read it now"): offered back, it names nothing. */
const ONLY_A_POINTER = /^\p{L}+\s+(?:this|it|that|these|them)(?:\s+(?:one|now|today|email|message))?\W*$/iu;

/** Only its templates: dropping the threat's words alone leaves a fragment ("Miss this and you'll be regretting it" → "Be regretting it"). */
const regretTemplates = phraseRewrite({
  title: 'Rewrite: say what they can do',
  templates: [
    // "You'll kick yourself next spring if you don't list your cottage with us now." → "You can list your cottage with us now, if you'd like.":
    // what the threat wanted done, offered.
    {
      pattern: new RegExp(String.raw`^${YOU_WILL}\s+${REGRET}${LATER}\s+if\s+(?:you|u)\s+(?:don['’]?t|do\s+not)\s+${DEED}${CLOSE}`, 'iu'),
      // (Not "…if you don't open this": "You can open this, if you'd like." says nothing of its own.)
      replace: (m) => (STILL_IN_THE_PAST.test(m[2]) || ONLY_A_POINTER.test(m[2]) ? undefined : `you can ${m[2]}, if you'd like.`),
      spends: (m) => spentTimes(m[1]),
    },
    // "You'll be sorry when prices go up in the spring." → "Prices go up in the spring.": the threat hung on a fact; the fact stays.
    {
      pattern: new RegExp(String.raw`^${YOU_WILL}\s+${REGRET}${LATER}\s+(?:when|once)\s+${CHANGE}${CLOSE}`, 'iu'),
      replace: (m) => (TERMS.test(m[2]) ? `${m[2]}.` : undefined),
      spends: (m) => spentTimes(m[1]),
    },
    // "You'll wish you'd booked when the fares jump next week." → "The fares jump next week, so you may want to book before then.": the fact, and the deed offered.
    {
      pattern: new RegExp(String.raw`^${YOU_WILL}\s+(?:be\s+)?wish(?:ing)?\s+(?:you['’]d|you\s+had|u['’]d)\s+(?:just\s+|only\s+|already\s+)?([a-z]+)((?:\s+(?!when\b|once\b)[\p{L}\p{N}'’£$€%-]+){0,5}?)\s+(?:when|once)\s+${CHANGE}${CLOSE}`, 'iu'),
      replace: (m) => (TERMS.test(m[3]) ? `${m[3]}, so you may want to ${infinitiveOf(m[1])}${m[2]} before then.` : undefined),
    },
    // "Five years from now you'll wish you'd bought a cask at 2024 prices." → "You can buy a cask at 2024 prices."
    {
      pattern: new RegExp(String.raw`^${WISH_LEAD}${YOU_WILL}\s+(?:be\s+)?wish(?:ing)?\s+(?:you['’]d|you\s+had|u['’]d)\s+(?:just\s+|only\s+|really\s+|already\s+)?(?!(?:when|while|if|then|not|known|been)\b)([a-z]+)\s+${DEED}${CLOSE}`, 'iu'),
      replace: (m) => (STILL_IN_THE_PAST.test(m[2]) || ONLY_A_TIME.test(m[2]) ? undefined : `you can ${infinitiveOf(m[1])} ${m[2]}.`),
    },
    // "You'll kick yourself if you miss the midnight raku firing." → "We'd love to see you at the midnight raku firing.": the occasion, offered.
    {
      pattern: new RegExp(String.raw`^${YOU_WILL}\s+${REGRET}${LATER}\s+if\s+(?:you|u)\s+(?:miss|skip|pass\s+on)\s+${AN_OCCASION}${CLOSE}`, 'iu'),
      replace: (m) => `we'd love to see you ${atOrOn(m[2])} ${m[2]}${m[3]}.`,
      spends: (m) => spentTimes(m[1]),
    },
    // "Miss the kimchi masterclass and you'll regret it." / "Skip the solstice sailing and you'll spend the year wondering…": the same.
    {
      pattern: new RegExp(String.raw`^(?:miss|skip|pass\s+on)\s+${AN_OCCASION}\s+and\s+${YOU_WILL}\b[^.!?]*${CLOSE}`, 'iu'),
      replace: (m) => `we'd love to see you ${atOrOn(m[1])} ${m[1]}${m[2]}.`,
      // ("…and you'll be sorry come Christmas": when the regret comes goes with it, named or not.)
      spends: (m) => {
        const threat = m[0].slice(m[0].search(/\band\s+(?:you|u)/i));
        return [...spentTimes(threat), ...(threat.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [])];
      },
    },
    // "Future you will never forgive you for not installing LoanLight today." → "You can install LoanLight today."
    {
      pattern: new RegExp(String.raw`^future\s+you\s+(?:will|is\s+going\s+to)\s+(?:never\s+forgive\s+you|hate\s+you|be\s+(?:furious|gutted|annoyed|cross)(?:\s+with\s+you)?)\s+(?:for\s+not|(?:that\s+)?you\s+didn['’]t)\s+([a-z]+)\s+${DEED}${CLOSE}`, 'iu'),
      replace: (m) => (STILL_IN_THE_PAST.test(m[2]) ? undefined : `you can ${/ing$/i.test(m[1]) ? toInfinitive(m[1]) : m[1].toLowerCase()} ${m[2]}.`),
    },
  ],
});

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
  // "Kicking yourself over a missed flight?" asks after a regret the reader already has, to help with it.
  skip: (sentence, match) => opensText(sentence.text, match.start) && /^kicking\s+yourself\s+(?:over|about|for)\b/i.test(sentence.text.slice(match.start)) && /\?\W*$/.test(sentence.text),
  pressure: true,
  jab: true,
  rewrite: (sentence, finding, context) => regretTemplates(sentence, finding, context).filter((a) => a.template),
  message: '“{phrase}” threatens the reader with regret. Say what they would get, and trust them to weigh it.',
  why:
    'Threatening people with future regret is pressure dressed up as concern. It asks the reader to decide from worry instead of from what they know, and if they buy that way they tend to resent it. Tell them what the offer gives them; if it is good, they will not need to be scared into it.',
  example: {
    before: 'Say no today and you’ll wonder “what if” for years.',
    after: 'If the course sounds right for you, the next one starts on 4 March.',
  },
  examples: {
    flags: ['Say no today and you’ll wonder “what if” for years.', 'Ten years from now, you’ll wonder why you didn’t start today.', 'Trust us, future you will be furious if you skip this one.', 'Miss this and you’ll be kicking yourself all summer.'],
    clean: ['Kicking yourself over a missed flight? Here’s how to claim compensation.', 'We regret that the café is closed on Monday.', 'Many customers wonder what if they picked the wrong size, so exchanges are free.', 'No regrets: we kept the recipe the same.', 'What if you could pay in three parts?'],
  },
});
