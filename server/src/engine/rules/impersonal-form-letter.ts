// impersonal.form-letter — cold stock phrases ("Dear valued customer", "Please be advised"). data/form-letter.json.
import formLetter from '../data/form-letter.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import type { Alternative } from '../rewrite/edits';
import type { FindingToRewrite } from './rule';

/** "require any further assistance", "have any queries": the stiff half of an offer to help. */
const NEED_SOMETHING = '(?:have|require|need)\\s+any\\s+(?:further\\s+|more\\s+)?(?:queries|questions|assistance|help)';
/** "please do not hesitate to contact us", "please feel free to reach out". */
const CONTACT_US = "please\\s+(?:(?:do\\s+not|don['’]t)\\s+hesitate|feel\\s+free)\\s+to\\s+(?:contact\\s+us|reach\\s+out|get\\s+in\\s+touch)";

const formLetterRewrite = phraseRewrite({
  title: 'Rewrite: sound like a person',
  templates: [
    // "Further to our recent correspondence, …" points at a letter the reader has to remember: the sentence starts at its news.
    { pattern: /^(?:further\s+to|as\s+per|following|with\s+reference\s+to|in\s+reference\s+to|in\s+response\s+to)\s+(?:our|your|my)\s+(?:recent|previous|earlier|last)?\s*(?:correspondence|conversation|letter|e-?mail|enquiry|inquiry|call|discussion|request)\s*,\s*/i, replace: () => '' },
    // "Please find enclosed your membership details" → "Here are your membership details" ("here's" would not agree;
    // "our prospectus" is one, however it ends).
    { pattern: /\bplease\s+find\s+(?:attached|enclosed)(?=\s+(?:your|our|the|these)\s+(?:(?!(?:for|of|in|on|as|from|to|with|by|at)\s)[\p{L}-]+\s+){0,3}?[\p{L}-]{2,}[^\Ws]s(?<!(?:prospectus|status|bonus|syllabus|campus|analysis|basis|thesis|virus|news|series|means))(?=\s+(?:for|as|from|below|above|of|with|in)\b|\s*[.,;:!?]|\s*$))/iu, replace: () => 'here are' },
    { pattern: /\bplease\s+find\s+(attached|enclosed)\b/i, replace: (m) => `we've ${m[1].toLowerCase()}` },
    // "We value your custom and look forward to serving you again." → "Thanks for shopping with us." (the thanks is what it meant).
    { pattern: /^we\s+(?:truly\s+|really\s+|greatly\s+)?value\s+your\s+(?:continued\s+)?(?:custom|business|patronage)(?:\s+and\s+look\s+forward\s+to\s+(?:serving|seeing|welcoming)\s+you(?:\s+again)?(?:\s+(?:in\s+the\s+future|soon))?)?\s*[.!]*$/i, replace: () => 'thanks for shopping with us.' },
    // "Thank you for your continued patronage." → "Thank you for shopping with us."
    { pattern: /\bfor\s+your\s+(?:continued\s+)?(?:patronage|custom)\b/i, replace: () => 'for shopping with us' },
    // "Thank you for choosing to give…" → "Thanks for deciding to give…" ("thanks for picking to give" is not English).
    { pattern: /\bthank\s+you\s+for\s+choosing(?=\s+to\s)/i, replace: () => 'thanks for deciding' },
    // "kindly revert at your earliest convenience" → "please reply when you can": "revert" is office English for "reply".
    { pattern: /\b(?:kindly|please)\s+revert\b/i, replace: () => 'please reply' },
    // "Should you have any queries, please do not hesitate to contact us." → "If you have any questions, just get in touch."
    { pattern: new RegExp(`^(?:should\\s+you\\s+${NEED_SOMETHING}\\s*,\\s*${CONTACT_US}|${CONTACT_US}\\s+(?:should|if)\\s+you\\s+${NEED_SOMETHING})(?=\\s*[.!]?\\s*$)`, 'i'), replace: (m) => `if you ${/assistance|help/i.test(m[0]) ? 'need' : 'have'} any ${/further|more/i.test(m[0]) ? 'more ' : ''}${/assistance|help/i.test(m[0]) ? 'help' : 'questions'}, just get in touch` },
  ],
});

/** Nearly all of the sentence is the stock phrase ("I hope this email finds you well."): it says nothing, and goes. */
function wholeCliche(sentence: string, finding: FindingToRewrite): Alternative[] {
  // A phrase with a plain replacement ("do not hesitate to contact us" → "just get in touch") says something: it is reworded, not cut.
  // So does an apology, however stiff ("We regret any inconvenience…"): it is owed, not dropped.
  if (finding.suggestions.some((s) => s.replacement) || /\b(?:sorry|apologi[sz]e|apologies|regret)\b/i.test(sentence)) return [];
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
  if (letters(sentence.slice(finding.start, finding.end)) * 4 < letters(sentence) * 3) return [];
  return [{ title: 'Rewrite: drop the stock phrase', edits: [{ start: 0, end: sentence.length, text: '' }], template: true, label: true }];
}

export const rule = phraseRule({
  id: 'impersonal.form-letter',
  category: 'impersonal',
  title: 'Form-letter phrases',
  defaultSeverity: 'warning',
  principle: 'people-buy-from-people',
  list: formLetter as PhraseList,
  negatable: false,
  replaceTitle: (r) => `Say it like a person: “${r}”`,
  rewrite: (sentence, finding, context) => [...wholeCliche(sentence, finding), ...formLetterRewrite(sentence, finding, context)],
  message: '“{phrase}” sounds like a form letter. Write it the way you would if the reader were standing in front of you.',
  why:
    'Stock phrases tell the reader that nobody in particular wrote this and nobody in particular will read their answer. ' +
    'People buy from people: a line you would actually say out loud shows there is someone on the other end who cares.',
  example: { before: 'Should you have any queries, please do not hesitate to contact us.', after: 'If you have any questions, just get in touch.' },
  examples: {
    flags: ['Dear valued customer, your invoice is ready.', 'Please be advised that our office is closed on Monday.', 'Please do not hesitate to contact us.', 'We apologize for any inconvenience.'],
    clean: [
      'Hi Sam, your invoice is ready.',
      'Just so you know, our office is closed on Monday.',
      'Just reply to this email — we’re happy to help.',
      'Sorry about the delay; your parcel left today.',
      'We value honest feedback, so tell us what you think.',
    ],
  },
});
