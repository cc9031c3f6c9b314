// "Customers can download their invoices" → "You can download your invoices": the reader
// becomes "you", with pronouns, possessives and verb agreement put right (compromise supplies
// the singular of the noun and the plural form of the verb).
import { tag } from '../parse/nlp';
import type { Alternative, Edit } from './edits';
import { capitaliseAt } from './edits';

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
const QUALIFIER = /^(new|existing|registered|eligible|premium|returning|current|interested)\s+/i;

/** Rewrites the third-person reader found at sentence[start,end) into "you". */
export function speakToReader(sentence: string, start: number, end: number): Alternative[] {
  const found = sentence.slice(start, end);
  const edits: Edit[] = [];
  const qualifier = QUALIFIER.exec(found);
  const head = found.replace(/^(?:the|each|every|any|all)\s+/i, '').replace(QUALIFIER, '');
  const singularSubject = !/s$/i.test(head) || /^(?:the|each|every|any)\s/i.test(found);
  if (qualifier) {
    // "New customers can claim" → "As a new customer, you can claim": keep who it applies to.
    const singular = tag(head).nouns().toSingular().text() || head;
    edits.push({ start, end, text: capitaliseAt(sentence, start, `as a ${qualifier[1].toLowerCase()} ${singular.toLowerCase()}, you`) });
  } else {
    edits.push({ start, end, text: capitaliseAt(sentence, start, 'you') });
  }
  // Verb agreement after a singular subject: "The customer is" → "You are", "The user agrees" → "You agree".
  const after = sentence.slice(end);
  const verb = /^\s+(?:(?:also|only|always|then|now|still)\s+)?([A-Za-z’']+)/.exec(after);
  if (singularSubject && verb) {
    const word = verb[1];
    const offset = end + verb[0].length - word.length;
    const lower = word.toLowerCase();
    let plural = IRREGULAR_AGREEMENT[lower];
    if (!plural && /s$/.test(lower)) {
      const tags = tag(sentence).match(word).json()[0]?.terms?.[0]?.tags ?? [];
      if (tags.includes('PresentTense')) plural = tag(word).verbs().toInfinitive().text();
    }
    if (plural && plural !== lower) edits.push({ start: offset, end: offset + word.length, text: plural });
  }
  // Pronouns and possessives that referred to the reader, from the subject on.
  for (const m of sentence.slice(end).matchAll(PAIRED)) {
    const s = end + m.index!;
    edits.push({ start: s, end: s + m[0].length, text: /^h(?:is|er)\b/i.test(m[0]) ? 'your' : /^him/i.test(m[0]) ? 'you' : 'you' });
  }
  for (const m of sentence.slice(end).matchAll(/\b[A-Za-z’']+\b/g)) {
    const s = end + m.index!;
    if (edits.some((e) => s < e.end && e.start < s + m[0].length)) continue;
    const swap = PRONOUNS[m[0].toLowerCase()];
    // "his", "her", "he", "she" only stand for the reader after a singular subject.
    if (!swap || (!singularSubject && /^(?:his|her|he|she|him|himself|herself)$/i.test(m[0]))) continue;
    edits.push({ start: s, end: s + m[0].length, text: swap });
  }
  if (!singularSubject && /\bthemselves\b/i.test(sentence)) {
    for (const e of edits) if (e.text === 'yourself') e.text = 'yourselves';
  }
  return [{ title: 'Rewrite: speak to the reader', edits }];
}
