// pushy.manufactured-need — fear, guilt or shame to create a need ("Can you really afford to ignore…"). data/manufactured-need.json.
import manufacturedNeed from '../data/manufactured-need.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';

/** What the need was said to be, without its clock ("a crypto wallet by now"); undefined when it says more than a thing ("a serum you didn't know existed"). */
function plainThing(thing: string): string | undefined {
  const plain = thing.replace(/\s+(?:by\s+now|now|these\s+days|today|in\s+\d{4}|this\s+year|right\s+away)$/i, '');
  // "a stained-glass portrait of its pet" (every home's) is the reader's: "of your pet".
  const yours = plain.replace(/\b(?:of|for)\s+its\b/gi, (m) => m.replace(/its$/i, 'your'));
  return /^(?:a|an)\s+(?:[\w-]+\s+){0,4}[\w-]+(?:\s+(?:in|for|of)\s+[\w-]+(?:\s+[\w-]+)?)?$/i.test(yours) && !/\b(?:you|their|that|which|by|every|all)\b/i.test(yours) && !/\byour\b/i.test(plain) ? yours : undefined;
}

/** What the reader must have to do something: "You'll need a valid passport to board." */
const REQUIREMENT = /^\W*(?:you['’]ll|you\s+will|you)\s+need\s+(?:a|an|your)\b[^.!?]*\bto\s+(?:enter|travel|board|fly|drive|vote|register|apply|qualify|attend|collect|check\s+in|take\s+part)\b/i;

/** A bare need ("You need a second monitor.", "Every home needs a smart doorbell.")… */
const BARE_NEED = /^\W*(?:honestly,?\s+|trust\s+(?:us|me),?\s+)?(?:you|(?:your|every|any)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:really\s+|just\s+|absolutely\s+|totally\s+)?needs?\s+((?:a|an)\s+[^,.;:!?—–]+?)[.!]*\s*$/iu;
/** …that the next sentence insists on: then the need itself is the push. */
const INSISTS = /^\W*(?:you\s+just\s+don['’]t\s+know\s+it(?:\s+yet)?|(?:every(?:body|one)|every\s+[\p{L}-]+)(?:['’]s)?\s+does|trust\s+(?:us|me)|yours\s+included|you(?:rs)?\s+included|(?:and\s+)?that\s+includes\s+(?:you|yours)|including\s+(?:you|yours)|yes,?\s+(?:even\s+)?you)\b/iu;

const fromList = phraseRule({
  id: 'pushy.manufactured-need',
  category: 'pushy',
  title: 'Manufactured need',
  defaultSeverity: 'warning',
  principle: 'serve-not-get',
  list: manufacturedNeed as PhraseList,
  negatable: false,
  // "If your tank is under a year old, you probably don't need a deep clean yet.": telling the reader what they can skip.
  // "You need a passport valid for six months to enter Thailand": a requirement, with what it is for.
  // ("You don't need another hack, you need a retreat." swaps one need for another: that is the push.)
  harmless: (text) => (/\b(?:you|u)\s+(?:probably\s+|likely\s+|may\s+|might\s+)?(?:don['’]?t|do\s+not|won['’]t|will\s+not)\s+(?:really\s+|actually\s+)?need\b/i.test(text) && !/\b(?:unless|until)\b/i.test(text) && !/\bneed\b[^.!?]*,\s*(?:you|u)\s+need\b/i.test(text)) || REQUIREMENT.test(text),
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  rewrite: phraseRewrite({
    title: 'Rewrite: drop the fear',
    templates: [
      { pattern: /\b(?:killing|ruining|destroying|sabotaging)(?=\s+your\s)/i, replace: () => 'affecting' },
      { pattern: /^are\s+you\s+still\s+making\s+these\s+((?:\w+\s+){0,2})mistakes\?$/i, replace: (m) => `Here are some ${m[1]}mistakes to avoid.` },
      { pattern: /^(?:are|aren['’]t)\s+you\s+(tired|sick)\s+of\s+/i, replace: (m) => `${m[1]} of ` },
      // "Your kitchen is crying out for a vertical herb wall." → "If you'd like a vertical herb wall for your kitchen, we can help."
      {
        pattern: /^(?:let['’]s\s+be\s+honest[,:]\s+|honestly,?\s+)?your\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:almost\s+certainly|most\s+likely|probably|certainly|surely|practically|literally|basically|simply|just|really|truly|honestly|clearly|definitely|desperately|badly|seriously|urgently)\s+)?(?:is\s+(?:practically\s+|literally\s+|basically\s+|just\s+)?(?:crying\s+out|begging)\s+for|needs|is\s+incomplete\s+without|isn['’]t\s+complete\s+without)\s+((?:a|an)\s+[^,.;:!?—–]+?)(?:,?\s+(?:whether|even\s+if|and\s+you\s+know|and\s+honestly)\b[^.!?]*|,?\s+trust\s+(?:us|me))?([.!]*)$/i,
        replace: (m) => (plainThing(m[2]) ? `If you’d like ${plainThing(m[2])} for your ${m[1]}, we can help${m[3] ? '.' : ''}` : undefined),
      },
      // "No CV is complete these days without a calligraphy certificate." → "If you'd like a calligraphy certificate for your CV, we can help."
      {
        pattern: /^no\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+is\s+(?:ever\s+|really\s+|truly\s+)?complete\s+(?:these\s+days\s+|any\s*more\s+|anymore\s+)?without\s+((?:a|an)\s+[^,.;:!?—–]+?)([.!]*)$/i,
        replace: (m) => (plainThing(m[2]) ? `If you’d like ${plainThing(m[2])} for your ${m[1]}, we can help${m[3] ? '.' : ''}` : undefined),
      },
      // "Every serious traveller needs a second passport wallet." → "If you're looking for a second passport wallet, we can help."
      {
        pattern: /^(?:every|any)\s+(?:[\w-]+\s+){1,3}?needs\s+((?:a|an)\s+[^,.;:!?—–]+?)(?:,?\s+(?:and\s+(?:yours|you)|whether|even\s+if)\b[^.!?]*)?([.!]*)$/i,
        replace: (m) => (plainThing(m[1]) ? `If you’re looking for ${plainThing(m[1])}, we can help${m[2] ? '.' : ''}` : undefined),
      },
      // "You need a falcon in your life; you just don't know it yet." → "If you're looking for a falcon, we can help."
      {
        pattern: /^(?:trust\s+(?:us|me)[,:]?\s+)?you\s+(?:really\s+|just\s+|absolutely\s+|totally\s+|honestly\s+|so\s+)?need\s+((?:a|an)\s+[^,.;:!?—–]+?)(?:\s+in\s+your\s+life)?(?:(?:\s*[,;—–]\s*|\.\s+|\s+)(?:even\s+if|whether|you\s+just\s+don['’]t\s+know\s+it(?:\s+yet)?|trust\s+(?:us|me))\b[^!?]*?)?([.!]*)$/i,
        replace: (m) => (plainThing(m[1]) ? `If you’re looking for ${plainThing(m[1])}, we can help${m[2] ? '.' : ''}` : undefined),
      },
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
      'You need a passport valid for six months to enter Thailand.',
      'A better credit score can lower what you pay on a mortgage.',
      'If your tank is less than a year old, you probably don’t need a deep clean yet.',
      'Can you afford a second car? Our calculator shows what it really costs.',
      'Here are three mistakes we made, so you don’t have to.',
      'Our team won’t let you down.',
      'Many families use it to plan their week.',
    ],
  },
});

export const rule: typeof fromList = {
  ...fromList,
  check(sentence, pieces) {
    const reports = fromList.check!(sentence, pieces);
    const next = sentence.siblings[sentence.index + 1];
    const need = BARE_NEED.exec(sentence.text);
    // (Only a thing the rewrite can name: "a holiday more than you think" is left to the writer.)
    if (reports.length || !next || !need || !plainThing(need[1]) || !INSISTS.test(next.text)) return reports;
    return [{ start: 0, end: sentence.text.replace(/[.!\s]+$/, '').length, suggestions: [] }];
  },
};
