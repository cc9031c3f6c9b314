// "Customers can download their invoices" → "You can download your invoices": the reader
// becomes "you", with pronouns, possessives and verb agreement put right (compromise supplies
// the singular of the noun and the plural form of the verb).
import { articleFor } from './articles';
import type { Tagger, TaggedTerm } from '../parse/nlp';
import type { Alternative, Edit } from './edits';
import { apostrophesLike, capitaliseAt } from './edits';

const PRONOUNS: Record<string, string> = {
  their: 'your',
  theirs: 'yours',
  them: 'you',
  they: 'you',
  themselves: 'yourself',
  "they're": "you're",
  'they’re': 'you’re',
  "they'll": "you'll",
  'they’ll': 'you’ll',
  "they've": "you've",
  'they’ve': 'you’ve',
  his: 'your',
  her: 'your',
  he: 'you',
  she: 'you',
  him: 'you',
  himself: 'yourself',
  herself: 'yourself',
};
const PAIRED = /\b(?:his or her|her or his|his\/her|he or she|she or he|he\/she|him or her|s\/he)\b/gi;
const IRREGULAR_AGREEMENT: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', "doesn't": "don't", 'doesn’t': 'don’t', "isn't": "aren't", 'isn’t': 'aren’t', "wasn't": "weren't", 'wasn’t': 'weren’t', "hasn't": "haven't", 'hasn’t': 'haven’t' };
const QUALIFIER = /^(new|existing|registered|eligible|premium|returning|current|interested|prospective|qualifying|first-time|loyal|regular)\s+/i;
/** "Delegates are reminded that parking is limited": the whole wrapper goes (the passive's rewrite), not just the noun. */
const TOLD_THAT = /^\s+(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:kindly\s+|hereby\s+|please\s+)?(?:reminded|advised|informed|notified)\s+that\b/i;

/** A main verb that tells the reader what to do: it becomes a request ("should complete" → "please complete"). (Not what they "shall receive": a benefit is no order, and "Please receive…" is no request.) */
const DIRECTIVE_MODAL = /^(?:should|must|shall(?!\s+(?:receive|get|have|enjoy|gain|earn|benefit|be\s+(?:entitled|eligible|sent|given))\b)|will\s+need\s+to|need\s+to|needs\s+to|have\s+to|are\s+(?:required|asked|advised|requested|encouraged|invited|expected|reminded)\s+to)\s+(?:kindly\s+|please\s+)?(not\s+)?(?!not\b)(?=[a-z])/i;

/** The request a directive becomes: "please …", or "please don't …" for "shall not" ("Please not reverse-engineer" is not English). */
function pleaseFor(directive: RegExpExecArray): string {
  return directive[1] ? 'please don’t ' : 'please ';
}

/** "…asked to arrive early and to bring ID" → "Please arrive early and bring ID": the request's second "to" goes too. */
export function secondTo(sentence: string, from: number): Edit | undefined {
  const andTo = /\s+and\s+to\s+(?=\w)/i.exec(sentence.slice(from));
  return andTo ? { start: from + andTo.index, end: from + andTo.index + andTo[0].length, text: ' and ' } : undefined;
}

/** Rewrites the third-person reader found at sentence[start,end) into "you". */
export function speakToReader(tagger: Tagger, sentence: string, start: number, end: number): Alternative[] {
  const found = sentence.slice(start, end);
  const qualified = qualifiedReader(sentence, start);
  if (qualified) return [qualified];
  // Only a noun phrase ("Members", "The account holder") can become "you"; a longer match is a clause.
  if (found.trim().split(/\s+/).length > 4 || TOLD_THAT.test(sentence.slice(end))) return [];
  const edits: Edit[] = [];
  const qualifier = QUALIFIER.exec(found);
  const head = found.replace(/^(?:the|each|every|any|all)\s+/i, '').replace(QUALIFIER, '');
  const singularSubject = !/s$/i.test(head) || /^(?:the|each|every|any)\s/i.test(found);
  const relative = whoClause(tagger, sentence, end);
  // "Parents wishing to enrol their child should complete the form" → "To enrol your child, please complete
  // the form": a purpose and a polite request, not "If you wish to enrol…, you should complete".
  const directive = relative?.wishing ? DIRECTIVE_MODAL.exec(sentence.slice(relative.mainStart)) : null;
  if (relative?.wishing && directive) {
    const to = /^\s+to\b/i.exec(sentence.slice(relative.wishing.end));
    if (to) {
      const toEnd = relative.wishing.end + to[0].length;
      edits.push({ start, end: toEnd, text: capitaliseAt(sentence, start, 'to') });
      edits.push({ start: relative.clauseEnd, end: relative.mainStart + directive[0].length, text: `, ${pleaseFor(directive)}` });
      swapPronouns(sentence, end, edits, singularSubject);
      return [{ title: 'Rewrite: speak to the reader', edits }];
    }
  }
  // "members who skip winter sessions always regret it": the adverb belongs to the main verb, and the tagger ends the
  // clause after it ("If you skip winter sessions always, you regret it").
  if (relative && /\b(?:always|never|often|usually|sometimes|eventually|soon|later|inevitably|invariably)\s*$/i.test(sentence.slice(relative.clauseStart, relative.clauseEnd))) return [];
  if (relative) {
    // "Members who renew early get a bonus month" → "If you renew early, you get a bonus month": a relative
    // clause on "you" ("You who renew…") is not English, so the condition becomes an "if".
    edits.push({ start, end: relative.clauseStart, text: capitaliseAt(sentence, start, 'if you ') });
    if (relative.wishing) edits.push({ start: relative.wishing.start, end: relative.wishing.end, text: relative.wishing.text });
    const first = agree(tagger, sentence, relative.clauseVerb, singularSubject);
    if (first) edits.push(first);
    edits.push({ start: relative.clauseEnd, end: relative.mainStart, text: ', you ' });
    const main = agree(tagger, sentence, relative.mainVerb, singularSubject);
    if (main) edits.push(main);
    swapPronouns(sentence, end, edits, singularSubject);
    return [{ title: 'Rewrite: speak to the reader', edits }];
  }
  // "Residents should place their box at the kerbside" → "Please place your box at the kerbside": an instruction is a request.
  const told = !qualifier && /^[\s"“'‘(*_]*$/.test(sentence.slice(0, start)) ? DIRECTIVE_MODAL.exec(sentence.slice(end).trimStart()) : null;
  if (told) {
    const modalEnd = end + (sentence.slice(end).length - sentence.slice(end).trimStart().length) + told[0].length;
    edits.push({ start, end: modalEnd, text: capitaliseAt(sentence, start, pleaseFor(told)) });
    const andTo = secondTo(sentence, modalEnd);
    if (andTo) edits.push(andTo);
    swapPronouns(sentence, modalEnd, edits, singularSubject);
    return [{ title: 'Rewrite: speak to the reader', edits }];
  }
  if (qualifier) {
    // "New customers can claim" → "As a new customer, you can claim": keep who it applies to.
    const singular = tagger.singularOf(head) || head;
    edits.push({ start, end, text: capitaliseAt(sentence, start, `as ${articleFor(qualifier[1])} ${qualifier[1].toLowerCase()} ${singular.toLowerCase()}, you`) });
  } else {
    edits.push({ start, end, text: capitaliseAt(sentence, start, 'you') });
  }
  // Verb agreement after a singular subject: "The customer is" → "You are", "The user agrees" → "You agree".
  const after = sentence.slice(end);
  const verb = /^\s+(?:(?:also|only|always|then|now|still|hereby|expressly|irrevocably)\s+)?([A-Za-z’']+)/.exec(after);
  if (singularSubject && verb) {
    const word = verb[1];
    const offset = end + verb[0].length - word.length;
    const lower = word.toLowerCase();
    let plural = IRREGULAR_AGREEMENT[lower];
    if (!plural && /s$/.test(lower)) {
      const tags = tagger.taggedTerms(sentence).find((t) => t.offset.start === offset)?.tags ?? [];
      if (tags.includes('PresentTense')) plural = tagger.toInfinitive(word);
    }
    if (plural && plural !== lower) edits.push({ start: offset, end: offset + word.length, text: plural });
    // "acknowledges and agrees" → "acknowledge and agree": the second verb agrees too.
    const second = plural ? /^\s+(?:and|or)\s+([a-z]+s)\b/.exec(sentence.slice(offset + word.length)) : null;
    if (second) {
      const at = offset + word.length + second[0].length - second[1].length;
      const tags = tagger.taggedTerms(sentence).find((t) => t.offset.start === at)?.tags ?? [];
      if (tags.includes('PresentTense')) edits.push({ start: at, end: at + second[1].length, text: tagger.toInfinitive(second[1]) });
    }
  }
  swapPronouns(sentence, end, edits, singularSubject);
  return [{ title: 'Rewrite: speak to the reader', edits }];
}

/**
 * Readers picked out by what they have or need, then told what to do: "Diners with allergies should tell
 * their server" → "If you have allergies, please tell your server"; "Attendees requiring step-free access
 * may contact us" → "If you need step-free access, you can contact us". Group 1 the noun, 2 what picks
 * them out, 3 its object, 4 the modal.
 */
const QUALIFIED_READER =
  /^((?:(?:the|any|all|those)\s+)?(?:(?![\p{L}-]+ing\s)[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\s+(requiring|needing|in\s+need\s+of|seeking|experiencing|having|with|without|interested\s+in|travell?ing\s+with|bringing|using|holding|attending|arriving)\s+([^,;:.!?]{1,60}?)\s+(should|must|shall|may|can|will\s+need\s+to|need\s+to|are\s+(?:kindly\s+)?(?:required|asked|advised|requested|encouraged|invited|expected|reminded|welcome)\s+to)\s+(?:kindly\s+|please\s+)?(?=\p{Ll})/iu;
const QUALIFIER_AS_VERB: Record<string, string> = {
  requiring: 'need', needing: 'need', experiencing: 'are having', having: 'are having', 'in need of': 'need', seeking: 'are looking for', with: 'have', without: "don't have",
  'interested in': 'are interested in', bringing: 'are bringing', using: 'use', holding: 'hold', attending: 'are coming to', arriving: 'are arriving',
};

export function qualifiedReader(sentence: string, start: number): Alternative | undefined {
  const m = QUALIFIED_READER.exec(sentence.slice(start));
  if (!m) return undefined;
  const how = m[2].toLowerCase().replace(/\s+/g, ' ');
  // "seeking to modernise" is "looking to", not "looking for to".
  const verb = how === 'seeking' && /^to\s/i.test(m[3]) ? 'are looking' : QUALIFIER_AS_VERB[how] ?? how.replace(/^(travell?)ing with$/, 'are $1ing with');
  const modal = m[4].toLowerCase();
  // "…may wish to consider…" → "you might like to consider…", not "you can wish to consider".
  const wish = /^(?:may|might)$/.test(modal) ? /^(?:wish|want|like)\s+to\s+/i.exec(sentence.slice(start + m[0].length)) : null;
  const then = wish ? 'you might like to' : /^(?:may|can)$/.test(modal) ? 'you can' : /welcome/.test(modal) ? "you're welcome to" : /need/.test(modal) ? "you'll need to" : 'please';
  const objectStart = start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length + 1;
  const objectEnd = objectStart + m[3].length;
  // "with pending transfers" → "if you have any pending transfers": "have pending…" reads as a verb form gone wrong.
  const any = /have$/.test(verb) && /^\p{L}+ing\s/iu.test(m[3]) ? ' any' : '';
  const ifYou = verb.startsWith('are ') ? `if you're ${verb.slice(4)}` : `if you ${verb}${any}`;
  const edits: Edit[] = [
    { start, end: objectStart, text: apostrophesLike(sentence, capitaliseAt(sentence, start, `${ifYou} `)) },
    { start: objectEnd, end: start + m[0].length + (wish ? wish[0].length : 0), text: apostrophesLike(sentence, `, ${then} `) },
  ];
  swapPronouns(sentence, objectStart, edits, false);
  // Built from the sentence's shape: only the noun, its qualifier's verb and the modal change.
  return { title: 'Rewrite: speak to the reader', edits, template: true };
}

/** A plural noun and "and", "or", "with" just before a pronoun: the pronoun is theirs ("patients and their families"). */
const OTHER_PEOPLE_BEFORE = /\b\p{L}+s\s+(?:and|or|with|plus)\s+$/iu;

/** Pronouns and possessives that referred to the reader, from `from` on, become "you" and "your". */
function swapPronouns(sentence: string, from: number, edits: Edit[], singularSubject: boolean): void {
  for (const m of sentence.slice(from).matchAll(PAIRED)) {
    const s = from + m.index!;
    edits.push({ start: s, end: s + m[0].length, text: /^h(?:is|er)\b/i.test(m[0]) ? 'your' : /^him/i.test(m[0]) ? 'you' : 'you' });
  }
  for (const m of sentence.slice(from).matchAll(/\b[A-Za-z’']+\b/g)) {
    const s = from + m.index!;
    if (edits.some((e) => s < e.end && e.start < s + m[0].length)) continue;
    const swap = PRONOUNS[m[0].toLowerCase()];
    // "patients and their families": the pronoun belongs to the other people named right before it.
    if (swap && OTHER_PEOPLE_BEFORE.test(sentence.slice(Math.max(0, s - 40), s))) continue;
    // "his", "her", "he", "she" only stand for the reader after a singular subject.
    if (!swap || (!singularSubject && /^(?:his|her|he|she|him|himself|herself)$/i.test(m[0]))) continue;
    edits.push({ start: s, end: s + m[0].length, text: swap });
  }

}

type Term = TaggedTerm;

const VERB_TAGS = ['Verb', 'Modal', 'Auxiliary', 'Copula'];
/** "before May": a capitalised "May" inside a sentence is the month, whatever the tagger says. */
const isVerb = (t: Term) => VERB_TAGS.some((tag) => t.tags.includes(tag)) && !(t.text === 'May' && t.offset.start > 0);

/**
 * The relative clause after the reader's noun ("who renew early", "wishing to enrol") and where the main
 * verb starts, from compromise's tags: the clause's verb group, then its object, until the next verb.
 */
function whoClause(tagger: Tagger, sentence: string, at: number) {
  const opener = /^\s+(?:(who|that)\s+|(wishing|wanting|hoping|looking|planning|intending)(?=\s+to\s))/i.exec(sentence.slice(at));
  if (!opener) return undefined;
  const clauseStart = at + opener[0].length - (opener[2] ? opener[2].length : 0);
  const terms = tagger.taggedTerms(sentence).filter((t) => t.offset.start >= clauseStart);
  let clauseVerb: Term | undefined;
  let inVerbGroup = false;
  let previous: Term | undefined;
  /** The clause has its own main verb ("renew", "wish to cancel"): a modal or auxiliary now starts the main clause. */
  let hasMainVerb = false;
  const next = (t: Term) => terms[terms.indexOf(t) + 1];
  // "Subscribers who cancel keep access…": a plain verb right after the clause's own (not one that takes a verb,
  // "who want help") starts the main clause.
  const mainRightAfter = (t: Term) => previous === clauseVerb && hasMainVerb && !['Modal', 'Auxiliary', 'Copula'].some((x) => t.tags.includes(x)) && !/(?:ing|ed|en)$/i.test(t.text) && !/^(?:want|need|like|love|hope|plan|try|help|let|make|see|hear|go|come|get|stop|start)$/i.test(clauseVerb!.text);
  for (const t of terms) {
    // "check out", "sign up": the particle belongs to the verb before it, never starts the main clause.
    if (clauseVerb && t.tags.includes('Particle')) {
      previous = t;
      continue;
    }
    // "a gift in their will": after a determiner the word is a noun, whatever the tagger says.
    const afterDeterminer = !!previous && /^(?:their|your|his|her|my|our|its|the|a|an)$/i.test(previous.text);
    const verb = !afterDeterminer && (isVerb(t) || (opener[2] && t === terms[0]));
    const helper = !afterDeterminer && ['Modal', 'Auxiliary', 'Copula'].some((x) => t.tags.includes(x));
    // "who no longer wish to…", "who still haven't…": words before the clause's verb that belong to it.
    if (!clauseVerb && !verb && (t.tags.includes('Negative') || (t.tags.includes('Adverb') && !/[,;:]$/.test(t.text)) || /^(?:no|longer)$/i.test(t.text))) {
      previous = t;
      continue;
    }
    if (!clauseVerb) {
      if (!verb) return undefined;
      clauseVerb = t;
      inVerbGroup = true;
      hasMainVerb = !helper;
    } else if (verb && !helper && ((next(t) && isVerb(next(t)!) && !next(t)!.tags.includes('Particle')) || nounsThenModal(terms, terms.indexOf(t)))) {
      // "purchase two or more items receive", "before the programme closes will forfeit": a word tagged as a
      // verb right before another verb is the clause's noun, or the end of a clause inside it; the main verb is later.
      inVerbGroup = false;
    } else if (verb && (!inVerbGroup || (helper && hasMainVerb) || mainRightAfter(t)) && !(previous && /^to$/i.test(previous.text))) {
      // "who skip sessions clearly aren't": an adverb right before the main verb is the main clause's ("you clearly aren't").
      const adverb = previous!.tags.includes('Adverb') && /ly$/i.test(previous!.text) && terms.indexOf(previous!) > 0 ? previous! : undefined;
      const beforeAdverb = adverb && terms[terms.indexOf(adverb) - 1];
      const movesAdverb = !!beforeAdverb && beforeAdverb.offset.start >= clauseStart && !/[,;:]$/.test(beforeAdverb.text);
      if (!movesAdverb) {
        if (/[,;:]$/.test(previous!.text)) return undefined;
        // "who have not yet registered": a clause cannot end on an auxiliary or "yet"; the tagger split the verb group.
        if (/^(?:yet|not|already|still|just|have|has|had|do|does|did|is|are|was|were|be|been)$/i.test(previous!.text)) return undefined;
      }
      const last = movesAdverb ? beforeAdverb! : previous!;
      // "Parents wishing to enrol" → "If you wish to enrol"; "Tenants looking to renew" → "If you are looking to renew" (not "if you look to").
      const wishing = opener[2] ? { start: clauseStart, end: clauseStart + opener[2].length, text: /^looking$/i.test(opener[2]) ? 'are looking' : tagger.toInfinitive(opener[2].toLowerCase()) } : undefined;
      const mainStart = movesAdverb ? adverb!.offset.start : t.offset.start;
      return { clauseStart, clauseVerb: opener[2] ? undefined : clauseVerb, clauseEnd: last.offset.start + last.offset.length, mainStart, mainVerb: t, wishing };
    } else {
      inVerbGroup = verb || t.tags.includes('Negative') || (t.tags.includes('Adverb') && inVerbGroup) || /^to$/i.test(t.text);
      if (verb && !helper) hasMainVerb = true;
    }
    previous = t;
  }
  return undefined;
}

/**
 * "…in the summer strings course should complete": a word tagged as a verb, then up to three nouns and a
 * modal, is part of a noun phrase; the modal starts the main clause.
 */
function nounsThenModal(terms: readonly Term[], at: number): boolean {
  for (let i = at + 1; i < terms.length && i <= at + 4; i++) {
    if (terms[i].tags.includes('Modal')) return i > at + 1;
    if (!terms[i].tags.includes('Noun') || isVerb(terms[i]) || /[,;:]$/.test(terms[i - 1].text)) return false;
  }
  return false;
}

/** A singular subject's verb in the form "you" takes ("renews" → "renew", "is" → "are"). */
function agree(tagger: Tagger, sentence: string, verb: Term | undefined, singularSubject: boolean): Edit | undefined {
  if (!verb || !singularSubject) return undefined;
  const word = verb.text.replace(/[^\p{L}’']+$/u, '');
  const lower = word.toLowerCase();
  let plural = IRREGULAR_AGREEMENT[lower];
  if (!plural && /s$/.test(lower) && verb.tags.includes('PresentTense')) plural = tagger.toInfinitive(word);
  if (!plural || plural === lower) return undefined;
  return { start: verb.offset.start, end: verb.offset.start + word.length, text: plural };
}
