// pushy.manufactured-need — fear, guilt or shame to create a need ("Can you really afford to ignore…"). data/manufactured-need.json.
import manufacturedNeed from '../data/manufactured-need.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

export const rule = phraseRule({
  id: 'pushy.manufactured-need',
  category: 'pushy',
  title: 'Manufactured need',
  defaultSeverity: 'warning',
  principle: 'serve-not-get',
  list: manufacturedNeed as PhraseList,
  negatable: false,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the fear',
    templates: [
      { pattern: /\b(?:killing|ruining|destroying|sabotaging)(?=\s+your\s)/i, replace: () => 'affecting' },
      { pattern: /^are\s+you\s+still\s+making\s+these\s+((?:\w+\s+){0,2})mistakes\?$/i, replace: (m) => `Here are some ${m[1]}mistakes to avoid.` },
      { pattern: /^(?:are|aren['’]t)\s+you\s+(tired|sick)\s+of\s+/i, replace: (m) => `${m[1]} of ` },
      { pattern: /^can\s+you\s+(?:really\s+)?afford\s+(?:not\s+)?to\s+(?:ignore|miss|skip|neglect|forget)\s+(.+?)\?$/i, replace: (m) => `${m[1]} could be worth a look.` },
    ],
  }),
  pressure: true,
  jab: true,
  message: '“{phrase}” uses fear or guilt to create a need. Describe the real problem and how you help — let the reader judge whether it is theirs.',
  why:
    'Making people afraid or guilty so they feel they need you is the opposite of serving them. It might work once; then the ' +
    'reader realises they were played. If your product solves a real problem, name the problem plainly and show how it helps.',
  example: {
    before: 'Can you really afford to ignore your credit score?',
    after: 'A better credit score can lower what you pay on a mortgage. Here’s a free way to check yours.',
  },
  examples: {
    flags: [
      'Can you really afford to ignore your credit score?',
      'Don’t let your family down.',
      'Are you still making these costly mistakes?',
      'You’re losing money every day you wait.',
    ],
    clean: [
      'A better credit score can lower what you pay on a mortgage.',
      'Can you afford a second car? Our calculator shows what it really costs.',
      'Here are three mistakes we made, so you don’t have to.',
      'Our team won’t let you down.',
      'Many families use it to plan their week.',
    ],
  },
});
