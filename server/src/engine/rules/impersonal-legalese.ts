// impersonal.legalese — legalese in marketing copy: contract words that put a lawyer between you and the reader (data/legalese.json: phrases and frames).
import list from '../data/legalese.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { looksPlural } from '../text';

/** The business as a contract names it, or as itself: what becomes "we". */
const WE_THE_BUSINESS = String.raw`the\s+(?:company|provider|operator|establishment|organi[sz]er|promoter|management|vendor|seller|supplier|retailer|club|venue|hotel|restaurant|school|academy|studio|practice|clinic|surgery|centre|center|gym|agency|firm|business|society|charity|trust)|we`;

/** Plain verbs for a contract's ("amend" → "change"). */
const PLAIN_VERB: Record<string, string> = { levy: 'charge', impose: 'charge', retain: 'keep', amend: 'change', modify: 'change', alter: 'change', vary: 'change', terminate: 'end', substitute: 'swap', reclaim: 'take back', refuse: 'decline' };
/** What is levied, said with its own noun: "a discretionary service charge". */
const LEVIED = /^\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:charge|fee|surcharge|levy|penalty)\b/i;
/** What the reader does, for the legal noun of doing it ("participation in" → "taking part in"). */
const BY_DOING: Record<string, string> = {
  'continued use of': 'continuing to use', 'use of': 'using', 'participation in': 'taking part in', 'entry to': 'entering', 'entry into': 'entering',
  'registration for': 'registering for', 'registration with': 'registering with', 'attendance at': 'attending', 'submission of': 'submitting',
};

/** Whether the noun before a match is plural ("discounts shall…"), for the verb that replaces "shall". */
function pluralBefore(m: RegExpExecArray): boolean {
  // The head noun, past a participle after it ("fees paid shall…").
  // (…and past a "hereunder" that goes: "fees paid hereunder shall…".)
  // (…and past an aside between commas: "In-app purchases, once made, shall be…".)
  const before = m.input.slice(0, m.index).replace(/(\p{L})\s*,\s*[^,]{1,30},\s*$/u, '$1 ');
  const words = (before.match(/\p{L}+/gu) ?? []).filter((w) => !/^here(?:under|of|to|in|by)$/i.test(w));
  const last = words[words.length - 1] ?? '';
  // "…are non-transferable and shall lapse": the verb after "and" shares the clause's subject, and its number.
  if (/^(?:and|or)$/i.test(last)) {
    // ("Class credits shall be non-transferable and shall expire…": the subject of the first "shall".)
    const earlier = /\bshall\b(?![\s\S]*\bshall\b)/i.exec(before);
    if (earlier && !/[,;]/.test(before.slice(earlier.index))) return pluralBefore(Object.assign([earlier[0]], { index: earlier.index, input: m.input }) as unknown as RegExpExecArray);
    return /\b(?:are|were|have)\b[^,;]*$/i.test(before) && !/\b(?:is|was|has)\b[^,;]*$/i.test(before);
  }
  const noun = /(?:ed|paid|made|sold|held)$/i.test(last) ? words[words.length - 2] ?? '' : last;
  // "Fjordpaddle AS shall not be liable": a company's legal suffix names one company.
  if (/^(?:AS|SA|AB|BV|NV|AG|Ltd|Inc|LLC|LLP|plc|PLC|GmbH|Co|Pty|Oy|ApS|SAS|SRL)$/.test(noun)) return false;
  return looksPlural(noun);
}

/** What a reader "shall be entitled to" do: said as what they can do. */
const ENTITLED_TO_DO = String.raw`(\s+(?=(?:use|access|attend|bring|cancel|claim|enter|join|keep|park|receive|request|return|take|transfer|visit|withdraw|retain|charge|recover|deduct|withhold|refuse|terminate|amend|change|make|apply|end|suspend)\b))?`;
const ENTITLED_READER = new RegExp(String.raw`^(?:the\s+)?(?:bearer|holder|member|customer|user|subscriber|purchaser)\s+shall\s+be\s+entitled\s+to\b${ENTITLED_TO_DO}`, 'i');
const ENTITLED = new RegExp(String.raw`\bshall\s+be\s+entitled\s+to\b${ENTITLED_TO_DO}`, 'i');

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
      // …and before a verb, what they can do ("shall be entitled to use the roof garden" → "can use", not "can get use").
      { pattern: ENTITLED_READER, replace: (m) => (m[1] ? 'you can ' : 'you can get') },
      { pattern: ENTITLED, replace: (m) => (m[1] ? 'can ' : 'can get') },
      // "You shall ensure…" is an order: the reader is asked. A bare "shall" → "will" leaves the contract voice
      // ("The Company will not be liable…"), so it gets no rewrite.
      { pattern: /^you\s+shall\s+(?!not\b)(?!(?:receive|get|have|enjoy|gain|earn|benefit|be)\b)/i, replace: () => 'please ' },
      // (…but what they "shall receive" is no order: "You'll receive…", not "Please receive…".)
      { pattern: /^you\s+shall\s+(?=(?:receive|get|have|enjoy|gain|earn|benefit)\b)/i, replace: () => 'you’ll ' },
      // The parties by their own names: "the user hereby consents" → "you consent", "The Company hereby reserves" → "we reserve".
      {
        pattern: /(?<=^|^by\s+[^,]{3,60},\s+)(?:the\s+)?(?:user|customer|subscriber|purchaser|member|holder|recipient|client|licensee|participant|entrant|buyer|donor|bearer|undersigned)\s+(?:hereby\s+)?(agrees|consents|acknowledges|accepts|confirms|undertakes|warrants|waives|understands|authori[sz]es)\b/i,
        replace: (m) => `you ${m[1].toLowerCase().replace(/s$/, '')}`,
      },
      // "The Company hereby reserves the right to amend this offer…" → "We may change this offer…" (a copywriter's own
      // rewrite); the discretion is then ours. One edit for both, so "its" never stays beside "we".
      {
        pattern: new RegExp(`^(?:${WE_THE_BUSINESS})\\s+(?:hereby\\s+)?reserves?\\s+the\\s+right\\s+to\\s+(amend|modify|change|alter|vary|withdraw|cancel|refuse|decline|substitute|reclaim|remove|suspend|end|terminate|levy|impose|charge|retain)\\b([^.!?]*?)(,?\\s+at\\s+its\\s+(?:sole\\s+|absolute\\s+)?discretion)?(?=\\s*[.!]?\\s*$)`, 'i'),
        // ("levy a service charge" → "add a service charge", not "charge a service charge".)
        replace: (m) => `we may ${/^(?:levy|impose)$/i.test(m[1]) && LEVIED.test(m[2]) ? 'add' : PLAIN_VERB[m[1].toLowerCase()] ?? m[1].toLowerCase()}${m[2]}${m[3] ? ' at our discretion' : ''}`,
      },
      // "Participation in the Programme shall constitute acceptance of these Terms" → "By taking part in the Programme, you agree to these Terms."
      {
        pattern: /^(continued\s+use\s+of|use\s+of|participation\s+in|entry\s+(?:to|into)|registration\s+(?:for|with)|attendance\s+at|submission\s+of)\s+(.+?)\s+(?:shall\s+|will\s+)?(?:hereby\s+)?(?:constitutes?|signif(?:y|ies)|indicates?)\s+(?:your\s+)?(?:acceptance\s+of|agreement\s+to|consent\s+to)\s+(.+?)(?:\s+in\s+(?:their|its)\s+entirety)?(?=\s*[.!]?\s*$)/i,
        replace: (m) => `by ${BY_DOING[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? 'using'} ${m[2]}, you agree to ${m[3]}`,
      },
      // A rule about a thing, said plainly: "the discount shall apply only to…" → "applies only to"; "shall not be combined" → "can't be combined".
      { pattern: /\bshall\s+not\s+apply\b/i, replace: (m) => (pluralBefore(m) ? 'don’t apply' : 'doesn’t apply') },
      { pattern: /\bshall\s+apply\b/i, replace: (m) => (pluralBefore(m) ? 'apply' : 'applies') },
      { pattern: /\bshall\s+not\s+be\s+(?=(?:combined|exchanged|transferred|refunded|extended|used|redeemed|applied|resold|copied|shared|reproduced|altered|forwarded|disclosed|distributed|published|sold|sublet|assigned)\b)/i, replace: () => 'can’t be ', anywhere: true },
      { pattern: /\bshall\s+be\s+(?=(?:non-refundable|non-transferable|valid|final|payable)\b)/i, replace: (m) => (pluralBefore(m) ? 'are ' : 'is ') },
      // "This email shall not constitute an offer" → "…isn't an offer".
      { pattern: /\bshall\s+not\s+constitute\b/i, replace: (m) => (pluralBefore(m) ? 'aren’t' : 'isn’t') },
      { pattern: /\bshall\s+constitute\b/i, replace: (m) => (pluralBefore(m) ? 'are' : 'is') },
      // "…at our sole discretion", "fees paid hereunder": words that only say a lawyer was here go, wherever they stand.
      // ("may, at its sole discretion, vary" → "may vary"; "…at its sole discretion and without notice" → "…without notice".)
      { pattern: /,\s*at\s+(?:our|its|their)\s+(?:sole\s+|absolute\s+|own\s+)?(?:and\s+absolute\s+)?discretion\s*,/i, replace: () => '', anywhere: true },
      { pattern: /,?\s+at\s+(?:our|its|their)\s+(?:sole\s+|absolute\s+|own\s+)?(?:and\s+absolute\s+)?discretion\b(?:\s+and(?=\s+without\b))?/i, replace: () => '', anywhere: true },
      // "…valid for thirty days from the date hereof" → "…from today": the date of the letter is the day it is read.
      { pattern: /\bthe\s+date\s+hereof\b/i, replace: () => 'today', anywhere: true },
      // (Not after a participle that needs it: "the terms set out hereunder" → "the terms set out." says less.)
      { pattern: /(?<!\b(?:out|forth|appended|annexed|attached|enclosed|contained|date|below))\s+(?:hereunder|hereof|hereto)\b/i, replace: () => '', anywhere: true },
      {
        pattern: /^(?:the\s+)?(?:company|operator|provider|seller|organi[sz]er|promoter|club|charity|society|firm|studio|school|academy)\s+(?:hereby\s+)?(reserves|warrants|accepts|agrees|confirms|undertakes|may|will|shall\s+not|shall)\b/i,
        replace: (m) => `we ${m[1].toLowerCase() === 'shall' ? 'will' : m[1].toLowerCase() === 'shall not' ? 'won’t' : m[1].toLowerCase().replace(/s$/, '')}`,
      },
      // "Tidewrack reserves the right to amend this offer at its sole discretion" → "Tidewrack may change this offer": a business
      // by its own name keeps it; "may" already says the choice is theirs.
      {
        pattern: /^((?:notwithstanding\s+the\s+foregoing|however|even\s+so),\s+)?((?!We\b)(?!The\s+(?:Practice|Clinic|Surgery|Centre|Center|Gym|Agency|Firm|Business|Society|Charity|Trust|Company|Provider|Operator|Supplier|Seller|Club|Venue|Hotel|School|Academy|Studio)\b)(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of))*)\s+(?:hereby\s+)?reserves\s+the\s+right\s+to\s+(amend|modify|change|alter|vary|withdraw|cancel|refuse|decline|substitute|reclaim|remove|suspend|end|terminate|accept|reject)\b((?:(?!,\s*and\b|\bshall\b)[^.!?])*?)(,?\s+at\s+its\s+(?:sole\s+|absolute\s+|own\s+)?discretion)?(?=\s*[.!]?\s*$)/,
        // ("…to refuse service and to vary the menu" → "may decline service and vary the menu": one "may" for both.)
        replace: (m) => `${m[1] ? 'even so, ' : ''}${m[2]} may ${PLAIN_VERB[m[3].toLowerCase()] ?? m[3].toLowerCase()}${m[4].replace(/\s+(?:hereinafter|hereunder|hereby|whatsoever)\b/gi, '').replace(/\b(and|or)\s+to\s+(?=\p{L})/giu, '$1 ')}`,
      },
      // Said plainly wherever they stand in a sentence the rule flagged.
      { pattern: /\bshall\s+not\s+be\s+(?:held\s+)?(responsible|liable)\b/i, replace: (m) => `${pluralBefore(m) ? 'aren’t' : 'isn’t'} ${m[1].toLowerCase()}`, anywhere: true },
      { pattern: /\bshall\s+(remain|vary|include|exclude|cover|expire|end|close|lapse|cease|begin|start|open|run)\b/i, replace: (m) => (pluralBefore(m) || /^(?:you|we|they)\s*$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index).trim().split(/\s+/).pop() ?? '') ? m[1].toLowerCase() : `${m[1].toLowerCase()}s`), anywhere: true },
      // ("the revised terms set out herein" → "the revised terms": the describing word keeps its "the".)
      { pattern: /(?<=\bthe\s+(?:revised|new|updated|full|current|amended|following)\s+terms)\s+(?:(?:set\s+(?:forth|out)|contained|stated)\s+)?herein\b/i, replace: () => '', anywhere: true },
      { pattern: /\b(?:the\s+)?terms\s+(?:set\s+(?:forth|out)\s+)?herein\b/i, replace: () => 'these terms', anywhere: true },
      { pattern: /\b(?:the\s+)?contents\s+hereof\b/i, replace: () => 'its contents', anywhere: true },
      { pattern: /\bin\s+respect\s+of\b/i, replace: () => 'about', anywhere: true },
      { pattern: /^whereas\s+/i, replace: () => 'as ' },
      // A contract's "shall" is a plain "will" ("The Trust shall furnish a statement" → "…will furnish…"): tried last, after every fix that says more.
      // (Not after "you": "you will do so in writing" is the stiff "you" of a contract.)
      { pattern: /(?<!\byou\s+)\bshall\s+not\b/i, replace: () => 'won’t', anywhere: true },
      { pattern: /(?<!\byou\s+)\bshall\b(?!\s+(?:we|i)\b)/i, replace: () => 'will', anywhere: true },
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
