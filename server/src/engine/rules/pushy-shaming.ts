// pushy.shaming — shaming and identity pressure: judging the reader's worth or identity by whether they buy (data/shaming.json: phrases and frames).
import list from '../data/shaming.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { toInfinitive } from '../parse/nlp';

// (Not "Only amateurs don't.", "…think they can…", "…and not meet the huskies": no point is left to make without the insult.)
const FOOLS = /^(?:only\s+(?:an?\s+(?:fool|idiot|amateur|mug|sucker|muppet)|fools|idiots|amateurs|mugs|suckers)\s+(?:would\s+)?(?:still\s+)?)(?!(?:are|is|were|was|have|has|had|still|don['’]?t|doesn['’]?t|didn['’]?t|think|believe|say|says)\b)([a-z]+)\b(?![^.!?;:—–]*\b(?:not|never|they|he|she)\b)([^.!?;:—–]*)/i;

const judgementDropped = phraseRewrite({
  title: 'Rewrite: drop the judgement',
  templates: [
    // "Only a fool would pay agent fees in 2026." → "You don't need to pay agent fees in 2026.": the point without the insult.
    {
      pattern: FOOLS,
      replace: (m) => `You don’t need to ${/s$/i.test(m[1]) ? toInfinitive(m[1]) : m[1].toLowerCase()}${m[2].replace(/\btheir\b/gi, 'your').replace(/\bthemselves\b/gi, 'yourself').replace(/\bthem\b/gi, 'you')}`,
    },
    // "If you're a true patriot, you'll chip in before midnight." → "You can chip in before midnight.": the ask, without the test of who they are.
    {
      pattern: /^if\s+(?:you(?:['’]re|\s+are)\s+(?:a\s+|an\s+)?(?:true|real|proper|serious|good|loyal|genuine|committed)\s+[\p{L}-]+|you\s+(?:really|truly|actually)\s+(?:care|cared)\s+about\s+[^,]{2,40}),\s+(?:you['’]ll|you\s+will|you['’]d|you\s+would)\s+(?!not\b|never\b|have\b|already\b)([^.!?]+?)\s*[.!]*$/iu,
      replace: (m) => `You can ${m[1]}.`,
    },
  ],
});

export const rule = phraseRule({
  id: 'pushy.shaming',
  category: 'pushy',
  title: 'Shaming and identity pressure',
  defaultSeverity: 'warning',
  principle: 'jerks-dont-sell-twice',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it with respect: “${r}”`,
  removable: 'Drop the judgement',
  // Only its own templates: dropping the phrase would turn "Serious investors don't wait" into "Wait".
  rewrite: (sentence, finding, context) => judgementDropped(sentence, finding, context).filter((a) => a.template),
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  jab: true,
  message: '“{phrase}” judges the reader instead of helping them. Describe what the product does, and leave their identity alone.',
  why:
    'Telling readers that “real” runners, parents or marketers buy this, or that only lazy people don’t, is an insult with a price tag. Some will buy to escape the label; most will remember that you looked down on them. Talk about what the product does for people who want it, and respect the ones who don’t.',
  example: {
    before: 'Serious runners don’t train in cheap shoes.',
    after: 'Our trainers have a firmer heel for long runs, if that’s what you’re after.',
  },
  examples: {
    flags: ['Serious runners don’t train in cheap shoes.', 'Only lazy marketers still write their own subject lines.', 'This programme isn’t for people who are happy staying average.', 'Any parent who cares about their child’s future has already signed up.'],
    clean: ['Runners who train on trails often prefer a firmer heel.', 'Parents can book a free trial class on Saturdays.', 'Marketers at small agencies told us they write subject lines in a hurry.', 'Real leather, stitched by hand in Leeds.', 'Still using spreadsheets? Here’s how to import them.'],
  },
});
