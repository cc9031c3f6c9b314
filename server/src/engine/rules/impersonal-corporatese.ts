// impersonal.corporatese — inflated business words with a plain alternative (data/corporatese.json).
import corporatese from '../data/corporatese.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { isMentioned, opensText } from '../text';
import jargon from '../data/jargon.json';
import type { RuleReport } from './rule';

const MAKE: Record<string, string> = { e: 'make', es: 'makes', ed: 'made', ing: 'making' };

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
/** A word of the crowd (data/jargon.json): fine alone, corporatese among others. */
const CROWD_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${jargon.words.map(escape).join('|')}|[\p{L}\p{N}]+-(?:${jargon.suffixes.join('|')}))(?![\p{L}\p{N}_-])`, 'giu');
/** The first word of every crowd word, lower case: a sentence with none of them (and no hyphen for a compound) is not searched. */
const CROWD_FIRST_WORDS = new Set(jargon.words.map((w) => w.toLowerCase().split(/[\s-]+/)[0]));
const mayHoldCrowd = (text: string): boolean => text.includes('-') || text.toLowerCase().split(/[^a-z]+/).some((w) => CROWD_FIRST_WORDS.has(w));
/** How many crowd words make a crowd on their own; beside a corporatese phrase one is enough. */
const CROWD = 3;

/** A liquid by what it is for or made of: "glaze solutions", "cleaning solution", "a saline solution". */
const LIQUID_BEFORE = /\b(?:mix|mixes|mixing|dilute|diluted|pour|dip|soak|spray|rinse|glaze|saline|cleaning|contact[- ]lens|sugar|salt|soapy|bleach|vinegar|nutrient|buffer|stock|chemical|acid|alkaline|watering|rehydration)\s+(?:[\p{L}-]+\s+)?$/iu;

const fromList = phraseRule({
  id: 'impersonal.corporatese',
  category: 'impersonal',
  title: 'Corporatese',
  defaultSeverity: 'info',
  principle: 'say-it-simply',
  list: corporatese as PhraseList,
  negatable: false,
  // "Solutions to this month's constellation quiz": the answers to a puzzle, not a product.
  // "We mix glaze solutions from raw oxides", "a saline solution": liquids, made or used.
  // "Leverage is this week's physics lesson", "gives you real leverage on price": the plain noun, power over something.
  skip: (sentence, match) =>
    (/^solutions?$/i.test(sentence.text.slice(match.start, match.end)) && /^\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:quiz|quizzes|puzzles?|crossword|riddles?|questions|exercises|wordsearch|sudoku)\b/i.test(sentence.text.slice(match.end))) ||
    (/^solutions?$/i.test(sentence.text.slice(match.start, match.end)) && (LIQUID_BEFORE.test(sentence.text.slice(0, match.start)) || /^\s+(?:of\s+(?:salt|sugar|water|vinegar|bleach|soap)|from\s+raw)\b/i.test(sentence.text.slice(match.end)))) ||
    (/^leverage$/i.test(sentence.text.slice(match.start, match.end)) && /\b(?:real|more|some|any|no|little|extra|your|negotiating|bargaining)\s+$/i.test(sentence.text.slice(0, match.start)) && /^\s+(?:on|over|with|in)\b/i.test(sentence.text.slice(match.end))) ||
    (/^leverage$/i.test(sentence.text.slice(match.start, match.end)) && opensText(sentence.text, match.start) && /^\s+(?:is|was|means)\b/i.test(sentence.text.slice(match.end))),
  replaceTitle: (r) => `Plain word: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: plain words',
    templates: [
      // "facilitates tidal data consumption via…" → "makes tidal data consumption easier via…": "help" cannot take a thing as its object.
      {
        pattern: /\bfacilitat(e|es|ed|ing)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)(?=\s+(?:via|through|with|by|for|across|in|on|at|from|and|so)\b|\s*[,.;:!?)]|\s*$)/iu,
        // "facilitate your growth" has a better fix of its own ("help you grow").
        replace: (m) => (/^(?:you|us|them)\b|^(?:your|our|their)\s+\S+$/i.test(m[2]) ? undefined : `${MAKE[m[1].toLowerCase()]} ${m[2]} easier`),
      },
    ],
  }),
  dropsOnlyBoasts: true,
  rewriteAtMost: 2,
  message: '“{phrase}” is corporatese. Say it the way you would to a friend across the table.',
  why:
    'Business jargon makes you sound like an institution instead of a person. Readers skim past it, or trust you a little ' +
    'less, because it sounds like it was written to impress rather than to help. Plain words show there is a real person ' +
    'here who wants to be understood.',
  example: { before: 'We leverage our expertise to facilitate your growth.', after: 'We use what we know to help you grow.' },
  examples: {
    flags: [
      ...jargon.examples.flags,
      'We leverage our expertise to facilitate your growth.',
      'In order to log in, use your email.',
      'Our best-in-class team is leveraging new tools.',
      'Please reach out with any questions.',
    ],
    clean: [
      ...jargon.examples.clean,
      'Leverage is this week’s physics lesson: kids build a seesaw from a ruler and a pencil.',
      'In week 2 we mix glaze solutions from raw oxides, so wear old clothes.',
      'Paying suppliers early gives you real leverage on price.',
      'We use what we know to help you grow.',
      'To log in, use your email.',
      'You can order in any size.',
      'The word “synergy” makes readers tune out.',
      'Reach the top shelf with our folding step.',
      'Solutions to this month’s quiz are on page 12.',
    ],
  },
});

export const rule: typeof fromList = {
  ...fromList,
  check(sentence, pieces) {
    const reports = fromList.check!(sentence, pieces);
    const text = sentence.text;
    const crowd: RuleReport[] = [];
    if (!mayHoldCrowd(text)) return reports;
    for (const m of text.matchAll(CROWD_WORD)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (reports.some((r) => r.start < end && start < r.end) || isMentioned(text, start, end)) continue;
      crowd.push({ start, end, suggestions: [] });
      if (crowd.length > 20) break;
    }
    return crowd.length >= CROWD || (crowd.length && reports.length) ? [...reports, ...crowd].sort((a, b) => a.start - b.start) : reports;
  },
};
