// pushy.confirm-shaming — opt-out text that shames ("No thanks, I don't like saving money"). data/confirm-shaming.json.
import confirmShaming from '../data/confirm-shaming.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'pushy.confirm-shaming',
  category: 'pushy',
  title: 'Confirm-shaming',
  defaultSeverity: 'warning',
  principle: 'jerks-dont-sell-twice',
  list: confirmShaming as PhraseList,
  // "No, I'd rather not share my location." declines plainly: nothing in it mocks the reader.
  harmless: (text) => /^\W*no,?\s+(?:thanks,?\s+)?i['’]?d\s+rather\s+not\s+(?:share|give|provide|allow|enable|turn\s+on|receive|get\s+(?:emails|texts|notifications|updates))\b[^.!?]*[.!]?\s*$/i.test(text),
  negatable: false,
  replaceTitle: (r) => `Let them say no kindly: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: let them say no kindly', wholeLine: true,
    templates: [
      // An opt-out line (a button: a dozen words at most) is replaced whole: the reader just says no.
      { pattern: /^.*?(?=[.!]?$)/, replace: (m) => declineKindly(m[0]) },
    ],
  }),
  replacesLine: true,
  message: '“{phrase}” shames the reader for saying no. Let them decline with dignity: “No, thanks”.',
  why:
    'Confirm-shaming puts words in the reader’s mouth to make “no” feel stupid. It may squeeze out a sign-up, but it tells ' +
    'everyone who reads it that you will belittle them when they don’t do what you want. A plain “No, thanks” respects the ' +
    'choice — and people come back to those who respect them.',
  example: { before: 'No thanks, I don’t like saving money.', after: 'No, thanks' },
  examples: {
    flags: ['No thanks, I don’t like saving money.', 'I don’t want to grow my business.', 'No, I prefer paying more.', 'I’d rather pay full price.'],
    clean: ['No, I’d rather not share my location.', 'No thanks', 'No, thank you.', 'Not now — remind me next week.', 'I don’t want emails, thanks.', 'No thanks, I already have one.'],
  },
});

/** The yes button beside it. */
const ACCEPT = /\b(?:yes|yep|sure|ok|okay|let['’]s|count\s+me\s+in|i['’]m\s+in|sign\s+me\s+up)\b/i;

/** What the button does, in the reader's own words when it names it: "Cancel", "Unsubscribe"; "No, thanks" otherwise. */
const ACTION = /\b(cancel|unsubscribe|downgrade|delete|leave|remove|skip|opt out|close my account)\b/i;

/**
 * An opt-out line (a button: a dozen words at most) said plainly. The label before a scornful aside stays
 * ("Cancel anyway (I don't care about my progress)" → "Cancel anyway"), and so does the action a decline
 * performs ("I'd rather stay uninformed — unsubscribe me." → "Unsubscribe"): the reader must still see what
 * the button does.
 */
function declineKindly(line: string): string | undefined {
  // Both buttons on one line ("[Yes please] [No thanks, I'd rather pay full price]", "Yes, let's go / I'll stay unfit"):
  // the yes stays as written, only the shaming no is said kindly.
  const options = /^(.*(?:\]\s*\[|\s[/|·]\s))([^[\]/|·]+?)(\]?)\s*$/.exec(line);
  if (options && ACCEPT.test(options[1])) {
    const kindly = declineKindly(options[2]);
    return kindly === undefined ? undefined : `${options[1]}${kindly}${options[3]}`;
  }
  if (line.split(/\s+/).length > 12) return undefined;
  const aside = /^([^()]+?)\s*\([^()]*\)\s*$/.exec(line);
  if (aside && aside[1].split(/\s+/).length <= 4 && !/\bI\b/.test(aside[1])) return aside[1];
  const action = ACTION.exec(line);
  if (action) {
    const verb = action[1].toLowerCase();
    return verb === 'skip' ? 'Skip for now' : verb[0].toUpperCase() + verb.slice(1);
  }
  return 'No, thanks';
}
