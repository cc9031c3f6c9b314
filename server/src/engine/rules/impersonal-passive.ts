// impersonal.passive — bureaucratic passive ("Your request has been received and will be processed").
// A form of "be" before a participle, read from words and compromise's dictionary (no tagging, so it is
// cheap on every sentence); a natural passive ("The shop was founded in 1998.") stays clean.
import passive from '../data/passive.json';
import { PhraseMatcher, type PhraseList } from '../matching/phrases';
import { allMatches, hasConcreteReason, isQuoted, WRITER_WORDS } from '../text';
import { lexiconTag } from '../parse/nlp';
import type { Rule, RuleReport } from './rule';
import { sayWhoDoesIt } from '../rewrite/passive';

const BUREAUCRATIC = new Set(passive.bureaucratic);
/** The things offices process ("payments", "your request"): see passive.json. */
const PROCESS_NOUN = new RegExp(`\\b(?:${passive.processNouns.join('|')})\\b`, 'i');
/** Modals of instruction and past tenses of reports: a passive there is bureaucratic only about a process noun. */
const INSTRUCTION_OR_REPORT = /^(?:must|should|can|may|might|need|needs|is to|are to|has to|have to|was|were)\b/;
/** "won't be charged", "can't be combined", "must not be applied": a promise or a limit, not procedure. */
const NEGATED = /n['’]t\b|\bnot\b|\bnever\b/;
/** An amount or a period the reader can hold us to ("£120", "within 5 working days"). */
const AMOUNT_OR_PERIOD = /[$£€]\s?\d|\b\d+\s*(?:working\s+|business\s+)?(?:days?|hours?|weeks?|minutes?|months?)\b/i;
/** Participles that are office procedure in any sentence ("will be actioned"), even one full of facts. */
const PROCEDURE = new Set(['processed', 'actioned', 'reviewed', 'received', 'advised', 'notified', 'informed', 'handled', 'considered', 'addressed', 'deemed', 'noted', 'logged', 'escalated', 'forwarded', 'assessed', 'determined', 'decided', 'acknowledged', 'investigated', 'requested', 'reminded']);
/** Weather, fire, injury: a safety notice, where the passive is right. */
const SAFETY = /\b(?:lightning|thunder\w*|storms?|fire\s+alarm|evacuat\w+|emergenc(?:y|ies)|injur(?:y|ies|ed)|first\s+aid|hazards?|(?:safety|weather|flood)\s+(?:plan|notice|warning|alert)s?)\b/i;
/** A company's legal status in a footer ("registered in England and Wales", "incorporated in Delaware"): a fact, not procedure. */
const LEGAL_STATUS = /\b(?:registered|incorporated)$/i;
/**
 * A state in the present, not a process: "Your table is confirmed", "Lunch is included", "The pool is closed on
 * Mondays", "Life jackets are provided". Legal boilerplate ("provided as is", "without warranty") still counts.
 */
const STATE = new Set(['cancelled', 'canceled', 'confirmed', 'closed', 'included', 'checked', 'provided', 'serviced', 'opened', 'booked', 'reserved', 'located', 'based', 'open', 'covered', 'applied']);
/** Work done on a building or a machine: in the progressive it is news of the place ("is being repainted"), not an office talking. */
const MAINTENANCE = new Set(['serviced', 'repainted', 'painted', 'repaired', 'cleaned', 'refurbished', 'renovated', 'replaced', 'restored', 'resurfaced', 'fixed', 'rebuilt', 'redecorated', 'inspected']);
/**
 * A place shut for work or safety ("The path will be cordoned off while felling is carried out"), or a venue's door
 * rule ("Bags will be searched on entry"): a site notice, not an office.
 */
const SITE_NOTICE = new Set(['closed', 'cordoned', 'fenced', 'shut', 'sealed', 'diverted', 'drained', 'refilled', 'resurfaced', 'repainted', 'cleaned', 'searched', 'scanned', 'turned', 'switched', 'isolated']);
/** What a venue or event lays on for its guests. */
const AMENITY = /\b(?:hard\s+hats|gloves|goggles|hi-?vis|ppe|safety\s+(?:boots|glasses|gear)|interpret(?:ation|ers?)|captioning|captions|refreshments|lunch|breakfast|snacks|drinks|coffee|tea|parking|equipment|towels|helmets|life\s+jackets|wetsuits|boards|materials|tools|aprons|childcare|transport|shuttles?|blankets|water|food)\b/i;
/** "Refreshments will be served": what the venue lays on (the amenity before, the verb group after), a notice. */
function laidOn(before: string, verbGroup: string): boolean {
  return /^will\s+be\s+(?:provided|available|served|supplied)\b/i.test(verbGroup) && AMENITY.test(before);
}
/**
 * Money or time given back to the reader ("your credit has been added back to your account"), or their own work kept
 * for them ("Your walk has been saved to your history"): good news, said plainly.
 */
const GIVEN_BACK = /^(?:added|credited|refunded|returned|restored|saved|synced|stored|uploaded)$/;
/** What a product lets the reader do to their own things ("Invoices … can be edited until they are sent"): a feature, not a procedure. */
const CAPABILITY = /^(?:edited|changed|customi[sz]ed|exported|downloaded|paused|resumed|updated|undone|reused|shared|printed|renamed|duplicated|archived|filtered|sorted|searched|synced|personali[sz]ed)$/;
const BOILERPLATE_AFTER = /^\s+(?:["“]?as\s+is|without\b|subject\s+to\b|solely\b)/i;
const openers = new PhraseMatcher(passive as PhraseList);
/** The passive verb group that ends a finding: "will not be considered", "may be reallocated", "cannot be accommodated". */
const VERB_GROUP_AT_END = /\b(?:will|won['’]t|shall|can|cannot|can['’]t|may|might|must|should|is|are|was|were|has|have|had)(?:\s+not)?(?:\s+\p{L}+ly)?(?:\s+(?:be|been|being))?(?:\s+\p{L}+ly)?\s+\p{L}+(?:ed|en|wn|t)$/iu;

/** Auxiliaries that make a passive sound like procedure: future, modal, perfect, progressive. */
const PROCEDURAL = /^(?:will|won['’]t|shall|shan['’]t|must|should|can|can['’]t|may|might|has|have|had|is being|are being)\b/i;

/** Words that may stand inside the verb phrase ("will not be", "has already been", "will be automatically renewed"). */
const ADVERB = '(?:\\w+ly|already|just|now|never|also|since|ever|all|yet|still|soon|then|often|always)';

/**
 * A form of "be" with its auxiliary, before a word that may be a participle. Group 1 is the auxiliary
 * ("will not be", "has been", "is being", "was"), group 2 the word. "could be" and "would be" count as
 * plain "be": they are hypothetical, not procedure.
 */
const BE_PHRASE = new RegExp(
  "\\b((?:(?:will|shall|must|should|can|may|might)(?:n['’]t|\\s+not)?|won['’]t|can['’]t|shan['’]t|(?:need|needs|has|have|is|are)\\s+to)\\s+(?:" +
    ADVERB +
    "\\s+)?be" +
    "|(?:has|have|had)(?:n['’]t|\\s+not)?\\s+(?:" +
    ADVERB +
    "\\s+)?been" +
    "|(?:is|are|was|were)(?:n['’]t|\\s+not)?\\s+being" +
    "|(?:is|are|was|were|am|be|been|being|get|gets|got|getting)(?:n['’]t|\\s+not)?)" +
    '\\s+(?:' +
    ADVERB +
    '\\s+)?([a-z]+)\\b',
  'gi',
);

/** Dictionary tags a participle-looking word may carry and still be one ("tired" is an adjective, "sent" a past tense). */
const VERB_LIKE = new Set(['PastTense', 'Participle', 'Adjective', 'Verb']);

/** Participles of verbs that take no object, so "be" before them is a state, not a passive ("will be gone by September"). */
const INTRANSITIVE = new Set(['gone', 'come', 'become', 'arrived', 'fallen', 'risen', 'died', 'happened', 'vanished', 'disappeared', 'departed']);

/** A past participle: compromise's dictionary for irregular ones ("sent", "made"), the -ed / -en / -wn shape for the rest. */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (INTRANSITIVE.has(lower)) return false;
  const tag = lexiconTag(lower);
  if (tag === 'PastTense' || tag === 'Participle') return true;
  if (!/(?:ed|en|wn)$/.test(lower) || lower.length <= 3) return false;
  // "then", "even", "children", "speed": words the dictionary knows as something else.
  return tag === undefined ? !lower.endsWith('wn') : VERB_LIKE.has(tag);
}

interface Passive {
  start: number;
  end: number;
  auxiliary: string;
  participle: string;
}

/** Passive verb phrases in a sentence. */
function passives(text: string): Passive[] {
  const found: Passive[] = [];
  for (const m of allMatches(BE_PHRASE, text)) {
    if (!isParticiple(m[2])) continue;
    const start = m.index!;
    found.push({ start, end: start + m[0].length, auxiliary: m[1].toLowerCase().replace(/\s+/g, ' '), participle: m[2].toLowerCase() });
  }
  return found;
}

export const rule: Rule = {
  id: 'impersonal.passive',
  category: 'impersonal',
  title: 'Bureaucratic passive',
  defaultSeverity: 'info',
  principle: 'people-buy-from-people',
  lists: [passive as PhraseList],
  // Active with "we" where we are the doer; an earlier passive's subject becomes "it" or "them" in a later one.
  rewrite(sentence, finding, context) {
    // A frame's finding takes in the subject ("Appointments not confirmed … may be reallocated"): the rewrite starts at its verb group.
    const group = VERB_GROUP_AT_END.exec(sentence.slice(finding.start, finding.end));
    const start = group && group.index > 0 ? finding.start + group.index : finding.start;
    const { alternatives, subject } = sayWhoDoesIt(context.tagger, sentence, start, finding.end, context.previousSubject);
    context.previousSubject = subject ?? context.previousSubject;
    return alternatives;
  },
  message: '“{phrase}” hides who does it. Say who — “we” for you, “you” for the reader — and it sounds like a person again.',
  why:
    'The bureaucratic passive (“your request has been received and will be processed”) is how offices talk: nobody did ' +
    'anything, things just happened. Readers feel they are dealing with a system, not a person. Naming who acts — usually ' +
    '“we” — makes it warmer and clearer at once.',
  example: {
    before: 'Your request has been received and will be processed within 3 days.',
    after: 'We’ve got your request and we’ll sort it out within 3 days.',
  },
  examples: {
    flags: [
      'Your request has been received and will be processed within 3 days.',
      'Customers are advised that the store is closing.',
      'Payments must be made by the 5th of each month.',
      'Your request will be processed shortly.',
      'It is recommended that you update the app.',
      'Your details have already been sent to the courier.',
    ],
    clean: [
      'By September the old timetable will be gone.',
      'The water will be turned off between 9am and 11am on Tuesday while the new stopcock is fitted.',
      'Prices were correct when this email was sent.',
      'Your payroll submissions are sent to HMRC for you.',
      'Helmets are required on every ride.',
      'The studio fans are being serviced this week.',
      'The shop was founded in 1998.',
      'You won’t be charged until your trial ends.',
      'Batteries must be removed before recycling.',
      'Your direct debit of £120 will be collected on 15 May.',
      'Participants were randomly assigned to two groups.',
      'If lightning is seen, riders will be held at the nearest aid station until it has passed.',
      'We got your request and we will reply within 3 days.',
      'Your data is encrypted at rest.',
      'The bread was baked this morning by Anna.',
      'She was born in a small village near the sea.',
      'I was surprised by how many of you wrote back.',
      'The kettle is made in Sheffield.',
      'Next spring there will be even more colours to choose from.',
      'Tell us where you will be when the parcel arrives.',
      'Ferngate Ltd is registered in England and Wales, company no. 08812345.',
      'Done. Your membership is cancelled, and you won’t be charged again.',
      'Life jackets are provided and must be worn on every trip.',
      'Thornfield Law LLP is authorised and regulated by the Solicitors Regulation Authority.',
      'The work area will be cordoned off while felling is carried out.',
      'All dishes are prepared in a kitchen where nuts and gluten are handled.',
      'Your session credit has been added back to your account.',
      'Your Sunday ride has been saved to your training log.',
      'Bags will be searched on entry, and doors open at 6.30pm.',
      'Invoices are numbered for you and can be edited until they are sent.',
      'RSVP below; ASL interpretation and live captioning will be provided.',
    ],
  },
  check(sentence, pieces) {
    const text = sentence.text;
    const reports: RuleReport[] = [];
    for (const match of openers.find(text, pieces)) {
      // "Kettlebells should be returned to the rack": an instruction about a thing, not an office's process.
      if (/^(?:must|should|is\s+to|are\s+to|need\s+to)\b/i.test(text.slice(match.start)) && !PROCESS_NOUN.test(text)) continue;
      // "ASL interpretation and CART captioning will be provided": what an event offers, a notice.
      if (laidOn(text.slice(0, match.start), text.slice(match.start))) continue;
      if (!isQuoted(text, match.start, match.end)) reports.push({ start: match.start, end: match.end });
    }
    const found = passives(text);
    // One passive that tells the reader a concrete fact ("Your direct debit of £120 will be collected on 15 May") reads as
    // a notice, not as an office talking; several passives, or procedure words, still do.
    const plainNotice = found.length === 1 && (hasConcreteReason(text) || AMOUNT_OR_PERIOD.test(text));
    for (const { start, end, auxiliary, participle } of found) {
      if (reports.some((r) => start < r.end && r.start < end)) continue;
      // "by our team" names who acts; "by the 5th" or "by Friday" is only a deadline.
      const hasAgent = /^\s*(?:and\s+\w+ed\s+|\w+ly\s+)?by\b(?!\s+(?:the\s+)?(?:\d|end\b|first\b|last\b|next\b|tomorrow|today|tonight|noon|midnight|then\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec))/i.test(text.slice(end));
      const bureaucratic = BUREAUCRATIC.has(participle);
      const procedural = PROCEDURAL.test(auxiliary) && !WRITER_WORDS.test(text);
      if (hasAgent || !(bureaucratic || procedural)) continue;
      if (NEGATED.test(text.slice(start, end))) continue;
      // "…and nothing you've made will be deleted": a promise, its negation in the subject.
      if (/\b(?:nothing|none\s+of|no\s+one|nobody)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu.test(text.slice(0, start))) continue;
      if (/^(?:is|are)$/.test(auxiliary) && STATE.has(participle) && !BOILERPLATE_AFTER.test(text.slice(end))) continue;
      // "Head torches are required after sunset": a rule of the trip, said of the thing (not "You are required to…").
      if (/^(?:is|are)$/.test(auxiliary) && participle === 'required' && !/^\s+to\b/i.test(text.slice(end)) && !/\b(?:you|u)\s*$/i.test(text.slice(0, start))) continue;
      // "RTI submissions are sent to HMRC for you": work done on the reader's behalf is about them.
      if (!PROCEDURE.has(participle) && /^[^.,;:!?]{0,60}\bfor\s+you\b/i.test(text.slice(end))) continue;
      // "The lift is being serviced on Monday", "the fans are being serviced this week": work under way on a thing, a notice.
      if (/^(?:is|are)\s+being$/.test(auxiliary) && MAINTENANCE.has(participle)) continue;
      if (laidOn(text.slice(0, start), `${auxiliary} ${participle}`)) continue;
      if (/^will\s+be$/.test(auxiliary) && SITE_NOTICE.has(participle) && !/\byour\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(0, start))) continue;
      if (GIVEN_BACK.test(participle) && /^\s+(?:back\s+)?(?:to|into|onto)\s+your\b/i.test(text.slice(end))) continue;
      if (/^can\s+(?:\p{L}+ly\s+)?be$/u.test(auxiliary) && CAPABILITY.test(participle)) continue;
      // "…in a kitchen where nuts and gluten are handled", "…whenever the birds are handled", "once they have been
      // photographed": what happens in a place or at a time, described in a clause of its own.
      // (Not "once eligibility has been confirmed", "where appropriate approval is given": an office's own step.)
      const clause = /\b(?:where|when|whenever|while|once|if|after|before|until)\s+((?:[\p{L}-]+\s+){1,4})$/iu.exec(text.slice(0, start));
      const described = clause && !PROCESS_NOUN.test(clause[1]) && !/\p{L}(?:ity|tion|sion|ment|al|ance|ence|ing)\b/iu.test(clause[1]) && (/^(?:is|are)$/.test(auxiliary) || /^(?:they|it)\s+$/i.test(clause[1]));
      if (described && (!PROCEDURE.has(participle) || /^(?:where|whenever|while)\b/i.test(clause[0]))) continue;
      // "Prices were correct when this email was sent.": when the message itself went out, not an office at work.
      if (auxiliary === 'was' && participle === 'sent' && /\b(?:when|since|after|before|as)\s+(?:this|the|our)\s+(?:e-?mail|message|newsletter|letter|text)\s+$/i.test(text.slice(0, start))) continue;
      if (LEGAL_STATUS.test(text.slice(start, end)) && /^\s+(?:in|as|with|under|at)\b/i.test(text.slice(end))) continue;
      if (plainNotice && !PROCEDURE.has(participle)) continue;
      // "If lightning is seen, riders will be held at the aid station": a safety plan says what happens, not who decides.
      if (SAFETY.test(text) && !PROCEDURE.has(participle)) continue;
      if (INSTRUCTION_OR_REPORT.test(auxiliary) && !PROCESS_NOUN.test(text)) continue;
      if (isQuoted(text, start, end)) continue;
      reports.push({ start, end });
    }
    reports.sort((a, b) => a.start - b.start);
    return reports;
  },
};
