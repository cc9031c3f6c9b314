// Bureaucratic passive → active with "we" (or a plain "please"/"just so you know" for the reader):
// "Your request has been received and will be processed within 3 days." →
// "We've got your request and we'll process it within 3 days."
// compromise finds the subject's extent and the verb forms; the tense follows the auxiliary.
import { conjugate, infinitiveOf, type Tagger, type TaggedTerm } from '../parse/nlp';
import type { Alternative, Edit } from './edits';
import { apostrophesLike, capitaliseAt } from './edits';
import { qualifiedReader, secondTo } from './person';
import { looksPlural } from '../text';

/** Plainer verbs for the active sentence, with their past participles. */
const FRIENDLIER: Record<string, { verb: string; participle: string }> = {
  receive: { verb: 'get', participle: 'got' },
  notify: { verb: 'tell', participle: 'told' },
  inform: { verb: 'tell', participle: 'told' },
  dispatch: { verb: 'send', participle: 'sent' },
  require: { verb: 'need', participle: 'needed' },
  request: { verb: 'ask for', participle: 'asked for' },
  commence: { verb: 'start', participle: 'started' },
  terminate: { verb: 'end', participle: 'ended' },
  utilize: { verb: 'use', participle: 'used' },
  escalate: { verb: 'pass', participle: 'passed' },
  action: { verb: 'deal with', participle: 'dealt with' },
};
const ESCALATE_TAIL = /^escalate$/;
const READER_NOUN = /^(?:the\s+|all\s+|our\s+)?(?:customer|member|user|subscriber|client|guest|account\s+holder|patient|student|learner|you)s?$/i;

type Term = TaggedTerm;

const NOUN_PHRASE_TAGS = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'ProperNoun', 'Acronym', 'Pronoun'];

/** The noun phrase that ends right before `at`, as the passive's subject ("Your request", "they"). */
function subjectBefore(terms: readonly Term[], at: number): { start: number; end: number } | undefined {
  let index = terms.findIndex((t) => t.offset.start >= at) - 1;
  if (index < 0) index = terms.length - 1;
  let first = -1;
  for (let i = index; i >= 0; i--) {
    const t = terms[i];
    if (t.offset.start + t.offset.length > at) continue;
    const isNounish = (NOUN_PHRASE_TAGS.some((tag) => t.tags.includes(tag)) && !t.tags.includes('Preposition') && !t.tags.includes('Conjunction')) || (first >= 0 && modifiesNoun(terms, i));
    // A comma or a dash ends the noun phrase ("Great news — your offer has been received"): "Once the trial ends, the account owner will be billed" has "the account owner" as subject.
    if (!isNounish || /[,;:—–]$/.test(t.text) || (i < index && /[,;:—–]/.test(t.post ?? ''))) break;
    first = i;
    if (t.tags.includes('Pronoun') && !t.tags.includes('Possessive')) break; // "they" stands alone
  }
  if (first < 0) return undefined;
  const opensClause = (i: number) => i === 0 || /[,;:—–]/.test(terms[i - 1].text + (terms[i - 1].post ?? ''));
  // "Amendments to bookings", "Supporters in the 4th district": a noun phrase before a preposition
  // belongs to the subject when nothing but nouns reaches back to where the clause starts.
  const nounish = (i: number) => {
    const t = terms[i];
    // ("your voting rights at the AGM": "rights" after a noun and before the preposition is a plural noun, not a verb.)
    const pluralAfterNoun = /s$/i.test(t.text) && i > 0 && terms[i - 1].tags.includes('Noun') && !terms[i - 1].tags.includes('Pronoun') && !!terms[i + 1]?.tags.includes('Preposition');
    return ((NOUN_PHRASE_TAGS.some((tag) => t.tags.includes(tag)) && !t.tags.includes('Verb') && !t.tags.includes('Preposition') && !t.tags.includes('Conjunction')) || modifiesNoun(terms, i) || pluralAfterNoun) && !/[,;:—–]$/.test(t.text) && !/[,;:—–]/.test(t.post ?? '');
  };
  while (first >= 2 && /^(?:of|to|in|at|for|on|from|with|regarding|concerning|about|under|within)$/i.test(terms[first - 1].text) && !/[,;:]$/.test(terms[first - 2].text)) {
    let head = first - 1;
    while (head > 0 && nounish(head - 1)) head--;
    if (head === first - 1 || !opensClause(head)) break;
    first = head;
  }
  // "no cash alternative will be offered" → "we'll offer no cash alternative"; "Upon receipt, returned
  // items will be assessed": a participle that opens the clause describes the noun.
  if (first >= 1 && (/^no$/i.test(terms[first - 1].text) || (/ed$/i.test(terms[first - 1].text) && opensClause(first - 1)))) first--;
  // "It has been decided that the scheme will be…": "that" opens the clause, it is not the subject.
  if (/^that$/i.test(terms[first].text) && first + 1 < terms.length && terms[first + 1].offset.start < at) first++;
  return { start: terms[first].offset.start, end: at };
}

/**
 * A word compromise reads as a verb that here names the kind of noun after it: "Refund requests", "Viewing
 * requests" opening the clause, "your voting rights" after a determiner.
 */
function modifiesNoun(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  const next = terms[i + 1];
  if (!next || !next.tags.includes('Noun') || /[,;:]$/.test(t.text) || t.tags.includes('Auxiliary') || t.tags.includes('Modal') || t.tags.includes('Copula')) return false;
  if (!/^[\p{L}-]+$/u.test(t.text) || !t.tags.includes('Verb')) return false;
  const opens = i === 0 || /[,;:]/.test(terms[i - 1].text + (terms[i - 1].post ?? ''));
  const determined = i > 0 && (terms[i - 1].tags.includes('Determiner') || terms[i - 1].tags.includes('Possessive'));
  return (opens && /^\p{Lu}/u.test(t.text)) || (determined && /ing$/i.test(t.text));
}

/** What the reader may well have done themselves: "the subscription was cancelled", "the order was placed". */
const READER_DID = /^(?:cancell?ed|canceled|placed|submitted|paid|booked|changed|made|requested|opened|closed|renewed)$/i;
/** "gloves must be wiped down", "bags should not be left": a thing, a rule's modal, and what is to be done to it (1 thing, 2 not, 3 participle, 4 particle). */
const MUST_BE_DONE = /^((?:(?:the|your|their|all|any)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:must|should|need\s+to|needs\s+to|are\s+to|is\s+to)\s+(not\s+)?be\s+([a-z]+(?:ed|en|t))(?:\s+(down|up|off|out|away|back))?(?=\s|[.!,;]|$)/iu;

/** Rewrites the passive at sentence[start,end); `previous` is the subject of an earlier passive in the sentence. */
export function sayWhoDoesIt(tagger: Tagger, sentence: string, start: number, end: number, previousSubject?: string): { alternatives: Alternative[]; subject?: string } {
  const phrase = sentence.slice(start, end);
  const title = 'Rewrite: say who does it';
  const fit = (text: string, at: number) => apostrophesLike(sentence, capitaliseAt(sentence, at, tagger.contracted(text)));

  // "It is recommended that" → "We recommend that".
  const opener = /^it\s+(?:is|has\s+been|was)\s+(?:strongly\s+)?(\w+)\s+that$/i.exec(phrase);
  // "It has been decided that the Tuesday class will be discontinued." → "We've decided to discontinue the Tuesday class."
  const decidedThen = opener ? decidedToDo(tagger, opener[1], sentence.slice(end)) : undefined;
  if (decidedThen) return { alternatives: [{ title, edits: [{ start, end: end + decidedThen.length, text: fit(decidedThen.said, start) }] }] };
  // "It is requested that tickets be collected by 6pm." → "Please collect tickets by 6pm.": a request in the subjunctive is the reader's to do.
  const asked = opener && /^(?:requested|required|asked|expected)$/i.test(opener[1]) ? /^\s+((?:the|your|all|any)?\s*[\w-]+(?:\s+[\w-]+){0,2}?)\s+be\s+(\w+(?:ed|en|wn|t))(?:\s+and\s+(\w+(?:ed|en|wn)))?\b/i.exec(sentence.slice(end)) : null;
  if (asked) return { alternatives: [{ title, edits: [{ start, end: end + asked[0].length, text: fit(`please ${infinitiveOf(asked[2])}${asked[3] ? ` and ${infinitiveOf(asked[3])}` : ''} ${asked[1].trim()}`, start) }] }] };
  if (opener) {
    const inf = infinitiveOf(opener[1]);
    // Before a "that" clause a request is "we ask that", not "we ask for that".
    const verb = inf === 'request' ? 'ask' : (FRIENDLIER[inf]?.verb ?? inf);
    return { alternatives: [{ title, edits: [{ start, end, text: fit(`we ${verb} that`, start) }] }] };
  }
  // The same with the opener split from its passive ("It" + "has been determined" + "that") → "We've determined that".
  const itBefore = /\bit\s+$/i.exec(sentence.slice(0, start));
  const split = /^(is|has\s+been|was)\s+(?:strongly\s+)?(\w+)$/i.exec(phrase);
  const splitThen = itBefore && split ? decidedToDo(tagger, split[2], sentence.slice(end)) : undefined;
  if (itBefore && splitThen) return { alternatives: [{ title, edits: [{ start: itBefore.index, end: end + splitThen.length, text: fit(splitThen.said, itBefore.index) }] }] };
  if (itBefore && split && /^\s+that\b/i.test(sentence.slice(end))) {
    const inf = infinitiveOf(split[2]);
    const verb = FRIENDLIER[inf]?.verb ?? inf;
    const said = /^has/i.test(split[1]) ? `we have ${FRIENDLIER[inf]?.participle ?? split[2].toLowerCase()}` : /^was/i.test(split[1]) ? `we ${conjugate(verb).PastTense}` : `we ${verb}`;
    return { alternatives: [{ title, edits: [{ start: itBefore.index, end, text: fit(said, itBefore.index) }] }] };
  }
  // "Delegates are reminded that seats are limited." → "Seats are limited.": the wrapper goes as a whole,
  // with the few words before it that name who is told.
  const told = /^(?:(?:[\p{L}’'-]+\s+){1,4})?(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:kindly\s+|hereby\s+)?(?:reminded|advised|informed|notified)(\s+that)?$/iu.exec(phrase);
  const whoIsTold = /^\s*(?:(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s+)?$/u.exec(sentence.slice(0, start));
  // "…are reminded this offer expires at 23:59": the "that" may be left out before a clause's subject.
  const that = told?.[1] ? /^\s+(?=\S)/.exec(sentence.slice(end)) : /^\s+(?:that\s+|(?=(?:this|the|your|our|all|these|those|it|we|there)\s))(?=\S)/i.exec(sentence.slice(end));
  if (told && whoIsTold && that) {
    const from = end + that[0].length;
    // "…reminded that gloves must be wiped down after use" → "Please wipe down gloves after use": what they are
    // told to do is a request to them, not a rule about gloves.
    const rule = MUST_BE_DONE.exec(sentence.slice(from));
    if (rule) {
      const thing = rule[1].replace(/^their\b/i, 'your');
      const request = `please ${rule[2] ? 'don’t ' : ''}${infinitiveOf(rule[3])}${rule[4] ? ` ${rule[4].toLowerCase()}` : ''} ${thing}`;
      return { alternatives: [{ title, edits: [{ start: 0, end: from + rule[0].length, text: apostrophesLike(sentence, capitaliseAt(sentence, 0, request)) }], template: true }] };
    }
    // The next word takes the capital where the sentence starts (index.ts capitalises what follows).
    return { alternatives: [{ title, edits: [{ start: 0, end: end + that[0].length, text: '' }], template: true }] };
  }
  // "Passengers travelling with bicycles are requested to notify…" → "If you're travelling with bicycles, please notify…":
  // the readers it picks out are spoken to, not asked for ("We ask for passengers … to notify").
  const qualified = qualifiedReader(sentence, 0);
  if (qualified && qualified.edits.some((e) => e.start <= start && end <= e.end)) return { alternatives: [qualified] };
  // "Customers are advised that…" → "Just so you know, …"; "Guests are requested to…" → "Please …".
  const toReader = /^(?:you|customers|users|members|clients|guests|visitors|passengers|residents)\s+(?:are|will\s+be|have\s+been)\s+(?:kindly\s+)?(\w+)\s+(that|to)$/i.exec(phrase);
  if (toReader) {
    const text = toReader[2].toLowerCase() === 'that' ? 'just so you know,' : 'please';
    const edits: Edit[] = [{ start, end, text: capitaliseAt(sentence, start, text) }];
    // "…are asked to arrive early and to wear flat shoes" → "Please arrive early and wear flat shoes": the second "to" goes too.
    const andTo = text === 'please' ? secondTo(sentence, end) : undefined;
    if (andTo) edits.push(andTo);
    return { alternatives: [{ title, edits }] };
  }

  // "…are advised to secure theirs immediately" → "we advise … to secure theirs immediately" keeps the push in our voice:
  // the rush belongs to another rule, and this one leaves the sentence to it.
  if (/\b(?:advised|requested|reminded|asked|encouraged|urged|expected)$/i.test(phrase) && /^\s+to\s+[^.!?;]*?\b(?:immediately|at\s+once|without\s+delay|asap|right\s+away|forthwith|urgently)\b/i.test(sentence.slice(end))) return { alternatives: [] };
  // "we will be obliged to suspend" → "we'll have to suspend": a duty said plainly, by whoever has it.
  const duty = /^(?:(we|I)\s+)?(will|shall|would|may|might)\s+be\s+(?:obliged|forced|compelled|required)$/i.exec(phrase);
  // (The space after a "we" before the phrase goes when "will" becomes "'ll".)
  const gap = duty?.[1] ? 0 : /\b(?:we|I)(\s+)$/.exec(sentence.slice(0, start))?.[1].length;
  if (duty && gap !== undefined && /^\s+to\s+\p{L}/u.test(sentence.slice(end))) {
    const modal = duty[2].toLowerCase();
    const short = /^(?:will|shall)$/.test(modal);
    const have = short ? apostrophesLike(sentence, '’ll have') : `${modal} have`;
    const text = duty[1] ? capitaliseAt(sentence, start, `${duty[1]}${short ? '' : ' '}${have}`) : have;
    return { alternatives: [{ title, edits: [{ start: short ? start - gap : start, end, text }] }] };
  }
  const words = phrase.split(/\s+/);
  const participle = words[words.length - 1];
  // An award or a ranking is given by someone else: "has been voted Best Gym" has no "we" to say it.
  // Nor has a loss: "credit will be forfeited" is lost by the reader ("we've forfeited your credit" says we lost it).
  // Nor has a legal fiction: "shall be deemed forfeit" → "we'll deem it forfeit" is still the lawyer talking.
  // Nor has harm done by others: "your kids' schools will be gutted" is not "we'll gut your kids' schools",
  // nor by weather or thieves ("unprotected properties will be inundated"); nor "shall be entitled to", which the terms do;
  // nor what the reader does ("feedback was submitted", "your documents have been uploaded").
  // Nor has what research found: "gum disease has been linked to heart attacks" is not "we've linked…".
  if (/^(?:linked|associated|shown|proven|proved|found|reported|estimated|thought|believed|known|observed|documented|tied|connected|correlated|voted|named|rated|ranked|awarded|featured|recogni[sz]ed|shortlisted|nominated|chosen|crowned|listed|certified|accredited|endorsed|trusted|loved|used|snapped|grabbed|claimed|bought|booked|picked|taken|forfeited|lost|waived|surrendered|relinquished|missed|deemed|gutted|slashed|destroyed|wiped|damaged|hacked|stolen|drained|compromised|flooded|burgled|ruined|attacked|breached|leaked|inundated|hit|struck|affected|swept|washed|entitled|submitted|uploaded)$/i.test(participle)) return { alternatives: [] };
  // "will only be granted" → "we'll only grant": adverbs stay before the verb.
  const adverbs = words.slice(0, -1).filter((w) => /ly$/i.test(w));
  const adv = adverbs.length ? `${adverbs.join(' ').toLowerCase()} ` : '';
  const auxiliary = words.slice(0, -1).filter((w) => !/ly$/i.test(w)).join(' ').toLowerCase();
  // "may be made … and will be subject to fees": a "we" would become the subject of the second verb too.
  if (/^[^,.;:!?]*?\band\s+(?:will|may|can|must|shall|should|would|could|is|are|was|were|has|have)\s+(?:not\s+)?(?!(?:be|been)\s+\w+(?:ed|en)\b)(?!\w+(?:ed|en)\b)\w/i.test(sentence.slice(end))) return { alternatives: [] };
  // Nor a passive whose doer is named and is not us ("have been applied by an administrator"): "we've applied changes
  // by an administrator" says something else. (A time or a means after "by" is no doer: "by Friday", "by the deadline".)
  // Where that doer ends the sentence, it becomes the subject: "An administrator has applied changes."
  const doer = BY_SOMEONE_ELSE.test(sentence.slice(end)) ? DOER_TO_END.exec(sentence.slice(end)) : undefined;
  if (doer === null) return { alternatives: [] };
  // Nor "have been made and are reflected below": "we" cannot be what is reflected.
  if (/^[^,.;:!?]*?\band\s+(?:is|are)\s+(?:reflected|shown|listed|included|detailed|set\s+out|outlined|attached|enclosed)\b/i.test(sentence.slice(end))) return { alternatives: [] };
  const inf = infinitiveOf(participle);
  // "gratefully received" stays "receive": "we gratefully get donations" is no one's English.
  const friendly = /\b(?:gratefully|warmly|kindly|thankfully)\b/i.test(phrase) ? undefined : FRIENDLIER[inf];
  const verb = friendly?.verb ?? inf;
  const pastParticiple = friendly?.participle ?? participle.toLowerCase();
  const forms = conjugate(verb);

  const terms = tagger.taggedTerms(sentence);
  const subjectSpan = subjectBefore(terms, start - (/\s$/.test(sentence.slice(0, start)) ? 1 : 0));
  let subject = subjectSpan ? sentence.slice(subjectSpan.start, subjectSpan.end).trim() : '';
  let replaceFrom = subjectSpan ? subjectSpan.start : start;
  // "Refund requests received after the deadline will not be considered": the subject is a noun with a
  // participle phrase after it, from the start of the sentence (the tagger stops at the participle).
  const prefix = sentence.slice(0, start);
  const described = AUXILIARY_OR_JOINER.test(prefix) ? null : NOUN_WITH_PARTICIPLE.exec(prefix);
  if (described && (!subjectSpan || subjectSpan.start > 0)) {
    subject = described[1];
    replaceFrom = described.index + described[0].indexOf(described[1]);
  }
  if (!subject) {
    if (!previousSubject) return { alternatives: [] };
    // The reader, named in the third person before ("The customer has been upgraded and will be invoiced"), is "you".
    // Its number is its head noun's, before any "to"/"of" phrase ("Changes to the booking" → "them").
    const head = previousSubject.split(/\s+(?:to|of|for|in|on|at|with|from|about)\s+/i)[0].split(/\s+/).pop() ?? '';
    subject = READER_NOUN.test(previousSubject) ? 'you' : /s$/i.test(head) && !/^(?:it|this|that)$/i.test(previousSubject) ? 'them' : 'it';
    replaceFrom = start;
  }
  // (…and "…on a case-by-case basis and the outcome communicated in writing", further on in the clause.)
  if (/^[^,.;:!?]*?\s(?:and|or)\s+(?:a|an|the|your|our|any|all)\s+\w+\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?=\s+(?:in|by|to|within|via|at|on)\b|\s*[.,;:!?]|\s*$)/i.test(sentence.slice(end))) return { alternatives: [] };
  // "will be forfeited and released": the second participle would be left without its "we".
  // So would "and a decision communicated", the same passive with its auxiliary left out.
  if (/^\s+(?:and|or)\s+(?:(?:a|an|the|your|our|any|all)\s+\w+\s+)?(?:\w+ly\s+)?\w+(?:ed|en)\b/i.test(sentence.slice(end))) return { alternatives: [] };
  // "will be looked into" → "we'll look into it": a phrasal verb keeps its particle before the object.
  // "carried out" goes before a noun and after a pronoun: "we've carried out the checks", "we'll look it up".
  const particle = /^\s+(into|after|through|out|up|off|over|down)\b(?!\s+(?:of|to|for|with|on|in|at)\b)/i.exec(sentence.slice(end));
  const objectWord = objectForm(tagger, subject);
  const beforeObject = particle && (/^(?:into|after|through)$/i.test(particle[1]) || !/^(?:it|them)$/i.test(objectWord));
  // "will be disposed of." → "we'll dispose of them": a preposition left at the end goes before the object.
  const stranded = particle ? null : /^\s+(of|with|for|at|to|on|about)(?=\s*(?:[.!?,;:)]|$|\s+(?:and|or|but|once|when|after|before|if|by|in|within|as|during|via|today|tomorrow|shortly|promptly|soon|immediately)\b))/i.exec(sentence.slice(end));
  const object = stranded ? `${stranded[1].toLowerCase()} ${objectWord}` : !particle ? objectWord : beforeObject ? `${particle[1].toLowerCase()} ${objectWord}` : `${objectWord} ${particle[1].toLowerCase()}`;
  if (particle) end += particle[0].length;
  if (stranded) end += stranded[0].length;
  // "…costly repairs will inevitably be required": what a house will need is not ours to need ("we'll need repairs").
  if (/^required$/i.test(participle) && /^(?:will|shall|may|might|could|would)\b/i.test(auxiliary)) return { alternatives: [] };
  // "Units are being reserved daily": buyers are doing it, not us.
  if (BUYERS_DO.test(participle) && /being/.test(auxiliary)) return { alternatives: [] };
  // "…significant costs will be incurred", "damage may be sustained": what befalls the reader, not what we do.
  if (/^(?:incurred|sustained|suffered|endured|lost|damaged|destroyed)$/i.test(participle)) return { alternatives: [] };
  // "…that the subscription was cancelled": a past act of unknown hands, often the reader's, not ours to claim.
  if (/^(?:was|were)$/.test(auxiliary) && READER_DID.test(participle)) return { alternatives: [] };
  // "Termination shall be effected…" → "We'll effect termination…": the active of a contract verb is no plainer (Harper reads it as "affect").
  if (/^effected$/i.test(participle)) return { alternatives: [] };
  // "Changes … will be notified": what is told is not who is told ("we'll tell it").
  if (/^(?:notified|informed)$/i.test(participle) && /^(?:will|shall|may|might|can)\b/i.test(auxiliary) && !READER_NOUN.test(subject) && subject !== 'you') return { alternatives: [] };
  // "…once all completion criteria have been met": the reader meets them, not us.
  if (/^(?:met|satisfied|fulfilled|completed)$/i.test(participle) && /\b(?:criteria|requirements|conditions|terms)\b/i.test(sentence.slice(0, start))) return { alternatives: [] };
  let active: string | undefined;
  if (doer) {
    if (particle || stranded) return { alternatives: [] };
    const who = doer[1];
    const plural = looksPlural(who.split(/\s+/).pop() ?? '');
    const did = /^(?:has|have) been$/.test(auxiliary) ? `${plural ? 'have' : 'has'} ${adv}${participle.toLowerCase()}` : /^(?:was|were)$/.test(auxiliary) ? `${adv}${forms.PastTense}` : /^(?:will|shall) be$/.test(auxiliary) ? `will ${adv}${inf}` : undefined;
    if (!did || replaceFrom !== subjectSpan?.start) return { alternatives: [] };
    return { alternatives: [{ title, edits: [{ start: replaceFrom, end: end + doer[0].length, text: fit(`${who} ${did} ${object}`, replaceFrom) }] }], subject };
  }
  // "Membership cards shall be presented upon entry" is the reader's to do: "Please present membership cards…".
  if (/^shall be$/.test(auxiliary) && READER_SHOWS.test(participle)) active = `please ${adv}${verb} ${object}`;
  // "Changes will be reflected in your next bill": it is the reader who sees them.
  else if (/^(?:will|shall) be$/.test(auxiliary) && /^(?:reflected|shown|displayed)$/i.test(participle)) active = `you'll ${adv}see ${object}`;
  // "Changes may be reflected in due course" → "you may see the changes…", never "we may reflect changes".
  else if (/^(?:may|might|can|could) be$/.test(auxiliary) && /^(?:reflected|shown|displayed)$/i.test(participle)) active = `you ${auxiliary.split(' ')[0]} ${adv}see ${object}`;
  else if (/^(?:will|shall) be$/.test(auxiliary)) active = `we will ${adv}${verb} ${object}`;
  else if (/^(?:has|have) been$/.test(auxiliary)) active = `we have ${adv}${pastParticiple} ${object}`;
  else if (/^had been$/.test(auxiliary)) active = `we had ${adv}${pastParticiple} ${object}`;
  else if (/^(?:is|are) being$/.test(auxiliary)) active = `we are ${adv}${forms.Gerund} ${object}`;
  else if (/^(?:is|are|am)$/.test(auxiliary)) active = `we ${adv}${verb} ${object}`;
  else if (/^(?:was|were)$/.test(auxiliary)) active = `we ${adv}${forms.PastTense} ${object}`;
  else if (/^(?:will|shall) not be$|^won['’]t be$/.test(auxiliary)) active = `we won't ${adv}${verb} ${object}`;
  else if (/^(?:cannot|can not|can['’]t) be$/.test(auxiliary)) active = `we can't ${adv}${verb} ${object}`;
  else if (/^(?:may|might) not be$/.test(auxiliary)) active = `we ${auxiliary.split(' ')[0]} not ${adv}${verb} ${object}`;
  else if (/^(?:is|are) not$|^(?:isn['’]t|aren['’]t)$/.test(auxiliary)) active = `we don't ${adv}${verb} ${object}`;
  // "Payment must be received today" is ours to receive: "we need your payment today", not "please get your payment".
  else if (/^(?:must|should|needs to|need to|has to|have to) be$/.test(auxiliary) && /^received$/i.test(participle)) active = `we need ${adv}${yourIfBare(object)}`;
  // "Dietary requirements should be notified at booking" → "Please tell us about dietary requirements at booking".
  else if (/^(?:must|should|shall|need to|needs to|has to|have to|is to|are to) be$/.test(auxiliary) && /^(?:notified|advised|informed)$/i.test(participle)) active = `please ${adv}tell us about ${yourIfBare(object)}`;
  else if (/^(?:must|should|need to|needs to|has to|have to|is to|are to) be$/.test(auxiliary)) active = `please ${adv}${verb} ${yourIfBare(object)}`;
  // "Invoices can be downloaded" is the reader's to do; "they can be accommodated" is ours ("we can accommodate them").
  // ("…so that improvements can be made": improvements are ours to make, as changes are.)
  else if (/^can be$/.test(auxiliary)) active = `${[READER_ACTS, READER_SHOWS, READER_USES].some((list) => list.test(participle)) && !(participle === 'made' && BUSINESS_MAKES.test(object)) ? 'you' : 'we'} can ${adv}${verb} ${object}`;
  // "Amendments may be requested" is the reader's to do: "you can request amendments".
  // ("Queries may be directed to reception" → "you can send queries to reception": "direct" is stiffer, and Harper misreads it.)
  else if (/^may be$/.test(auxiliary) && READER_ACTS.test(participle) && !(participle === 'made' && BUSINESS_MAKES.test(object))) active = `you can ${adv}${/^directed$/i.test(participle) ? 'send' : infinitiveOf(participle)} ${object}`;
  // "Access may be restricted" is a possibility, not a permission: "we may restrict access".
  else if (/^(?:may|might) be$/.test(auxiliary)) active = `we ${auxiliary.split(' ')[0]} ${adv}${verb} ${object}`;
  if (!active) return { alternatives: [] };
  if (ESCALATE_TAIL.test(inf)) active += ' on';
  const edits: Edit[] = [{ start: replaceFrom, end, text: fit(active, replaceFrom) }];
  return { alternatives: [{ title, edits }], subject };
}

/** A plural noun (with up to two words before it) and a participle phrase, opening the sentence: "Appointments not confirmed 24 hours in advance". */
const NOUN_WITH_PARTICIPLE = /^[\s"“'‘(*_]*((?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\s+(?:not\s+)?[\p{L}]+(?:ed|en)\b[^,;:.!?]{0,60}?)\s*$/u;

/** "by an administrator", "by your manager", "by the council": a doer named after the passive (not a time, a date or a means). */
const BY_SOMEONE_ELSE = /^\s+by\s+(?:(?:a|an|your|their|his|her|another|other|third|independent|external)\s+(?!(?:date|time|deadline|day|week|month|year|minimum|maximum|margin|factor|percentage|fee|card|cheque|check|letter|email|e-mail|phone|post|courier|text|sms)\b)\p{L}|the\s+(?!(?:end|deadline|date|time|close|start|due|following|latest|next|same|first|last|beginning|middle|evening|morning|afternoon|weekend)\b)\p{L}[\p{L}'’-]*\s+(?:team|office|department|council|board|committee|authority|authorities|bank|court|manager|administrator|landlord|owner|provider|insurer|government|police|hospital|school|university|trust|agency|organi[sz]er|organi[sz]ers|promoter|host|hosts|seller|buyer|vendor|supplier|carrier|airline|operator)\b|the\s+(?:council|board|committee|authority|authorities|bank|court|manager|administrator|landlord|owner|provider|insurer|government|police|hospital|school|university|trust|agency|organi[sz]ers?|promoter|host|hosts|seller|buyer|vendor|supplier|carrier|airline|operator|admin|admins)\b)/iu;

/** The doer after "by", running to the end of the sentence. */
const DOER_TO_END = /^\s+by\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+)(?=\s*[.!]*\s*$)/u;

/** What a reader is told to do with what they carry: "shall be presented" at the door is theirs, not ours. */
const READER_SHOWS = /^(?:presented|shown|produced|worn|carried|displayed|returned|completed|submitted|signed)$/i;

/** "outstanding balance" → "your outstanding balance": a request names whose it is (a noun with no article or possessive). */
function yourIfBare(object: string): string {
  return /^(?:outstanding\s+)?(?:balance|payment|invoice|account|booking|order|form|application|details|password|deposit|fee|fees|ticket|tickets|card|cards|documents|paperwork|reservation)\b/i.test(object) ? `your ${object}` : object;
}

/** What buyers do to stock: "are being reserved daily" is the market, not us. */
const BUYERS_DO = /^(?:reserved|booked|bought|sold|taken|claimed|snapped|purchased|ordered|grabbed)$/i;
/** What the business makes, not the reader: "Itinerary changes may be made at short notice" is "we may make…" ("Changes to your booking" are the reader's to make). */
const BUSINESS_MAKES = /(?!(?:changes?|amendments?|alterations?)\s+to\s+your\s+(?:booking|reservation|order|appointment|tickets?|stay|visit)\b)\b(?:changes?|amendments?|alterations?|adjustments?|substitutions?|exceptions?|deductions?|charges?|decisions?|cuts?|improvements?|repairs?|upgrades?)\b/i;
/** What the reader does, not the business: "may be requested" is permission ("you can request"). */
const READER_ACTS = /^(?:requested|submitted|booked|purchased|bought|redeemed|exchanged|returned|collected|ordered|downloaded|paid|made|directed|addressed|emailed|raised|lodged)$/i;

/** What the reader does with what we give them: "invoices can be downloaded" is theirs to do. */
const READER_USES = /^(?:downloaded|viewed|found|accessed|used|changed|updated|cancelled|canceled|paused|printed|shared)$/i;

/** After "It has been decided that": a short subject and its passive ("the Tuesday class will be discontinued"). */
const DECIDED_THEN_PASSIVE = /^\s+that\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+)\s+(?:will|shall)\s+be\s+(\p{L}+(?:ed|en))\b/iu;

/**
 * "decided" + " that the Tuesday class will be discontinued" → "we've decided to discontinue the Tuesday class",
 * with how much of `after` it covers; undefined for other openers or another shape.
 */
function decidedToDo(tagger: Tagger, decision: string, after: string): { said: string; length: number } | undefined {
  const then = /^(?:decided|agreed)$/i.test(decision) ? DECIDED_THEN_PASSIVE.exec(after) : null;
  if (!then) return undefined;
  const verb = infinitiveOf(then[2]);
  return { said: `we've ${decision.toLowerCase()} to ${FRIENDLIER[verb]?.verb ?? verb} ${objectForm(tagger, then[1])}`, length: then[0].length };
}

/** Another verb group or a joined clause before the passive: its subject is not a noun phrase from the start. */
const AUXILIARY_OR_JOINER = /\b(?:has|have|had|is|are|was|were|will|shall|been|be|and|or|but|that|which|who|if|when)\b/i;

/** "Your request" → "your request"; "they" → "them"; names and acronyms keep their capitals. */
function objectForm(tagger: Tagger, subject: string): string {
  const pronouns: Record<string, string> = { they: 'them', he: 'him', she: 'her', i: 'me', we: 'us', you: 'you', it: 'it', this: 'this', that: 'that', these: 'these', those: 'those' };
  const lower = subject.toLowerCase();
  if (pronouns[lower]) return pronouns[lower];
  const [first, ...rest] = subject.split(' ');
  // "ACCOUNT" in a shouted sentence is a shouted word, not an acronym like "VAT" or "NHS".
  const acronym = /^[A-Z]{2,}$/.test(first) && (first.length <= 4 || !/[AEIOU]/.test(first));
  const keepCapital = acronym || (!/^[A-Z]{2,}$/.test(first) && tagger.isProperNoun(subject) && !/^(?:your|our|the|all|any|each|every|my)$/i.test(first));
  const object = [keepCapital ? first : first.toLowerCase(), ...rest.map((w) => (/^[A-Z]{5,}$/.test(w) ? w.toLowerCase() : w))].join(' ');
  // ("Details will be sent" → "we'll send details": the details of the appointment, not the reader's own.)
  return /^details\b/i.test(object) ? object : yourIfBare(object);
}
