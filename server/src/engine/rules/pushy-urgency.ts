// pushy.urgency — pressure to act fast with no reason the reader can check.
// Phrases live in data/urgency.json; a concrete date or a reason keeps a real deadline clean.
import urgency from '../data/urgency.json';
import { PhraseMatcher, type PhraseList } from '../phrases';
import { isNegated, isQuoted, removalEdit } from '../text';
import type { Rule, RuleReport, RuleSuggestion } from './rule';

const matcher = new PhraseMatcher(urgency as PhraseList);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date, weekday or clock time the reader can plan around, or a stated reason. */
const JUSTIFIED = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b',
    '\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b(?:because|since|so that|as the|due to)\\b',
  ].join('|'),
  'i',
);

export const rule: Rule = {
  id: 'pushy.urgency',
  category: 'pushy',
  title: 'Bare urgency',
  defaultSeverity: 'warning',
  principle: 'jerks-dont-sell-twice',
  message: '“{phrase}” rushes the reader. Give them a reason or give them time — people who feel hurried rarely come back.',
  why:
    'Urgency with no reason behind it is a push, not information. The reader can tell the clock is there to close a sale, ' +
    'not to help them, and pressure that wins today costs you the next purchase. If a deadline is real, say when and why; ' +
    'if it is not, let people decide at their own pace.',
  example: {
    before: 'Hurry — act now before it’s too late!',
    after: 'The early-bird price ends on 3 May, because that’s when we order the print run.',
  },
  lists: [urgency as PhraseList],
  examples: {
    flags: [
      'Act now and save 20% on your first box.',
      'Hurry! Only a few hours left.',
      'Last chance to grab the bundle!',
      'Don’t miss out on our biggest sale of the year.',
      'Buy now before it’s too late!',
      'TODAY ONLY: free shipping on everything.',
    ],
    clean: [
      'Registration closes on 3 May because the room holds 40 people.',
      'You can now export your reports to PDF.',
      'Today we shipped a faster editor.',
      'Skip the ‘act now’ banners and explain the offer instead.',
      'There’s no need to hurry — the guide will be here when you’re ready.',
      'The early-bird price ends on Friday, when we send the order to the printer.',
      'We answer every email today or tomorrow.',
      'Write “limited time only” in a subject line and watch the unsubscribes.',
    ],
  },
  check(sentence) {
    const reports: RuleReport[] = [];
    const text = sentence.text;
    for (const match of matcher.find(text)) {
      if (isQuoted(text, match.start, match.end) || isNegated(text, match.start)) continue;
      if (match.entry.deadline && JUSTIFIED.test(text)) continue;
      reports.push({ start: match.start, end: match.end, suggestions: suggestionsFor(text, match.start, match.end, match.replacements) });
    }
    return reports;
  },
};

function suggestionsFor(text: string, start: number, end: number, replacements: string[]): RuleSuggestion[] {
  const suggestions: RuleSuggestion[] = replacements.map((replacement, i) => ({
    title: `Invite instead: “${replacement}”`,
    replacement,
    start,
    end,
    preferred: i === 0,
  }));
  const rest = (text.slice(0, start) + text.slice(end)).replace(/[^\p{L}\p{N}]/gu, '');
  if (!rest) {
    // The sentence is nothing but the push ("Hurry!"): removing it loses nothing.
    suggestions.push({ title: 'Remove this sentence', replacement: '', start: 0, end: text.length, preferred: suggestions.length === 0 });
  } else {
    const removal = removalEdit(text, start, end);
    suggestions.push({ title: 'Drop the pressure', ...removal, preferred: suggestions.length === 0 });
  }
  return suggestions;
}
