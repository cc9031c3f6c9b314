// pushy.guilt — guilt-tripping: making the reader answer for someone's hurt so that no feels wrong (data/guilt.json: phrases and frames).
import list from '../data/guilt.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

/** "Our tiny team worked all weekend on this, and you haven't even opened it." → "Our tiny team worked all weekend on this.": what we did stays, the reproach goes. */
const reproachDropped = phraseRewrite({
  title: 'Rewrite: drop the guilt',
  templates: [
    {
      pattern: /^((?:our|we|we['’]ve|we\s+have|i|i['’]ve|my)\b[^,;—–]{8,}?),?\s*(?:[;—–]\s*)?(?:and|but|yet)\s+(?:you|u)\s+(?:still\s+)?(?:haven['’]t|have\s+not|didn['’]t|did\s+not|never|can['’]t\s+even|won['’]t\s+even)\s+(?:even\s+|yet\s+|bothered\s+to\s+)?[^.!?]*?\s*[.!?]*$/iu,
      replace: (m) => `${m[1]}.`,
    },
    // "The least you can do is chip in $5." → "If you'd like to help, you can chip in $5.": the ask, offered.
    {
      pattern: /^(?:so\s+|and\s+)?the\s+least\s+(?:you|u|ya)\s+(?:can|could)\s+do\s+is\s+(?:to\s+)?((?:give(?!\s+(?:us|it|them)\s+(?:another|a)\s+(?:go|try|chance))|chip\s+in|donate|pledge|reply|share|sign|add|send|leave|vote|help|buy|forward|tell|recommend|follow|rate|review|confirm|answer|fill\s+(?:in|out)|rsvp|drop)\b[^.!?]*?)\s*[.!]*((?:\s*[\p{Extended_Pictographic}\u{FE0F}])*)\s*$/iu,
      // (An emoji after the ask stays after it: "…leave a review. 🙏")
      replace: (m) => `If you'd like to help, you can ${m[1]}.${m[2] ? ` ${m[2].trim()}` : ''}`,
    },
  ],
});
export const rule = phraseRule({
  id: 'pushy.guilt',
  category: 'pushy',
  title: 'Guilt-tripping',
  defaultSeverity: 'warning',
  principle: 'relationships-first',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it kindly: “${r}”`,
  removable: 'Drop the guilt',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  jab: true,
  rewrite: (sentence, finding, context) => reproachDropped(sentence, finding, context).filter((a) => a.template),
  message: '“{phrase}” makes the reader feel guilty for saying no. Say what their help does, and let them choose freely.',
  why:
    'Guilt turns a reader’s kindness against them. It may win one reply or one gift, but people remember being made to feel bad, and they quietly stop opening your emails. Tell them plainly what their help makes possible, thank them either way, and let the choice be theirs.',
  example: {
    before: 'After everything we’ve done for you, a reply is the least you can do.',
    after: 'If you have a minute, we’d love to hear how it went.',
  },
  examples: {
    flags: ['After everything we’ve done for you, a reply is the least you can do.', 'We thought you cared about the planet.', 'Please don’t let them down this winter.', 'If the shelter closes, that’s on you.'],
    clean: ['Thank you for everything you’ve done for the shelter this year.', 'We care about the planet, so our boxes are fully recyclable.', 'Only you can decide whether it’s right for you.', 'It’s the least we can do after the delay.', 'The volunteers are counting the votes tonight.'],
  },
});
