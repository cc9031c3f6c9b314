// pushy.shouting — ALL-CAPS words that raise the voice. Acronyms (data/acronyms.json, or any
// caps word without a vowel or with a digit) are names, not shouting.
import acronyms from '../data/acronyms.json';
import { allMatches, capitalise, isMentioned, titleThenWhatItIs } from '../text';
import { pieceGate } from '../matching/piece-search';
import type { Rule, RuleReport } from './rule';
import { phraseRewrite } from '../rewrite/phrases';
import { lowerCaseEdits } from '../rewrite/capitals';
import { applyEdits } from '../rewrite/edits';

const KNOWN_ACRONYMS = new Set(acronyms.words);
/** Short words that look like acronyms but are words ("ON", "US"). */
const PLAIN_WORDS = new Set(acronyms.plain);
const SELLING = new Set(acronyms.selling);
const EMPHASIS = new Set([...acronyms.selling, ...acronyms.emphasis]);

/** A capitalised word that sells or raises the voice: a commerce word, an intensifier, or a superlative (LOWEST, BIGGEST). */
function sellsLoudly(word: string, vocabulary: Set<string>): boolean {
  const bare = word.replace(/[’]/g, "'");
  return vocabulary.has(bare) || (vocabulary === EMPHASIS && /^[A-Z]{3,}EST$/.test(bare));
}

/** What a shouted run needs: a selling or emphasis word, or a superlative's -est (a cheap test before the expressions)… */
const MAY_SELL_LOUDLY = pieceGate([...EMPHASIS, 'EST']);
/** …and two capitals in a row. */
const TWO_CAPITALS = /\p{Lu}[\p{Lu}'’]*\p{Lu}/u;

/** What TWO_CAPITALS finds, read character by character in ASCII text (most sentences); other text asks the expression. */
export function hasTwoCapitals(text: string): boolean {
  let afterCapital = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      if (afterCapital) return true;
      afterCapital = true;
    } else if (code >= 128) {
      return TWO_CAPITALS.test(text);
    } else if (code !== 39) {
      afterCapital = false;
    }
  }
  return false;
}

/** A run of all-caps words (with the spaces and light punctuation between them). */
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’]*\p{Lu}(?:[\s,&-]+\p{Lu}(?:[\p{Lu}'’]*\p{Lu})?)*(?![\p{L}\p{N}])/gu;

/** "Reply STOP", "text JOIN", "use code SPRING": keywords the reader must type exactly. */
const KEYWORD_CONTEXT = /\b(?:reply|text|txt|send|type|enter|code|keyword|say)\s*[:"“']?\s*$/i;

function isAcronym(word: string): boolean {
  const bare = word.replace(/['’]S?$/, '');
  if (PLAIN_WORDS.has(bare)) return false;
  return KNOWN_ACRONYMS.has(bare) || !/[AEIOUY]/.test(bare) || /\d/.test(bare) || bare.length <= 2;
}

/** A sentence written (almost) entirely in capitals: a heading or a caps-lock message, where capitals are a style. */
function isAllCapsSentence(text: string): boolean {
  const letters = text.replace(/\bthing\b/g, '').replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/\P{Lu}/gu, '').length;
  return letters.length > 0 && upper / letters.length >= 0.8;
}

export const rule: Rule = {
  id: 'pushy.shouting',
  category: 'pushy',
  title: 'Shouting in capitals',
  defaultSeverity: 'warning',
  principle: 'people-buy-from-people',
  rewrite: phraseRewrite({ title: 'Rewrite: lower the voice' }),
  loudness: true,
  message: '“{phrase}” is shouting. Say it in a normal voice — a friend wouldn’t raise it to sell you something.',
  why:
    'Capital letters read as a raised voice. Nobody enjoys being shouted at, and a reader who feels yelled at stops listening ' +
    'before they reach the part that could help them. Let the words carry the message; if something matters, say why it matters.',
  example: { before: 'HUGE SAVINGS on every plan!', after: 'You save 30% on every plan this month.' },
  examples: {
    flags: ['HUGE SAVINGS on every plan!', 'This is a HUGE deal.', 'Get it FREE when you sign up.', '# BIG SUMMER SALE'],
    clean: [
      'Segments: VIP-NOW = ordered in the last 90 days.',
      'NOW Pilates has moved to 22 Canal Row.',
      "FREE SPACE is the game's sandbox mode: no timer, no score.",
      'The sign said BUY NOW OR REGRET IT FOREVER in red capitals.',
      'Read the FAQ before you start.',
      'WHO ARE YOU SEEING TONIGHT?',
      '# PRICING',
      'It is part of the IQ test.',
      'Ask for MANEESHA at the front desk.',
      'Download the PDF guide.',
      'NASA engineers use the same alloy.',
      'Our API returns JSON.',
      'I think you will like it.',
      'Prices are in USD and include VAT.',
      'Works with MP3 and B2B invoices.',
      'Reply STOP to opt out.',
      'Use code SPRING at checkout.',
      'Your workspace ID is WS-NOW-2210.',
      'The FINAL_SALE flag means the item can’t be exchanged.',
      'We stopped writing “LAST CHANCE” in our subject lines.',
    ],
  },
  check(sentence, pieces) {
    const reports: RuleReport[] = [];
    const text = sentence.text;
    // Capitals shout at the reader when they sell. In an all-caps sentence that takes a commerce word ("FREE SHIPPING");
    // a caps-lock message or a "PRICING" heading is a style. In a normal sentence, a capitalised intensifier or
    // commerce word is raised to sell ("the BEST deal"); names and personal emphasis are left alone.
    if (!MAY_SELL_LOUDLY(text, pieces) || !hasTwoCapitals(text)) return reports;
    let allCaps: boolean | undefined;
    // The sentence in a normal voice, names kept ("AT TRENDHAUS" → "at Trendhaus"): each run's fix is its slice.
    let normal: string | undefined;
    for (const m of allMatches(CAPS_RUN, text)) {
      const words = m[0].split(/[\s,&-]+/).filter(Boolean);
      const shouted = words.filter((w) => !isAcronym(w));
      if (shouted.length === 0) continue;
      allCaps ??= isAllCapsSentence(text);
      if (!words.some((w) => sellsLoudly(w, allCaps ? SELLING : EMPHASIS))) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (words.length === 1 && KEYWORD_CONTEXT.test(text.slice(Math.max(0, start - 20), start))) continue;
      // Identifiers and codes (FINAL_SALE, WS-NOW-2210, NOW()) and quoted words are not the writer's voice.
      if (/^[_\-(]|^\d/.test(text.slice(end, end + 1)) || /[_\-]$/.test(text.slice(Math.max(0, start - 1), start)) || /[-_]\s*$/.test(m[0])) continue;
      // One token of capitals joined by hyphens (VIP-NOW, LAPSED-HURRY) is a code: a segment, a coupon, a SKU.
      if (!/\s/.test(m[0]) && /\p{Lu}[-_]\p{Lu}/u.test(m[0])) continue;
      // Quoted or reported ("The sign said BUY NOW…"): a mention, not the writer's voice.
      if (isMentioned(text, start, end)) continue;
      // A name in capitals: one word run on into a capitalised one ("NOW Pilates has moved"), or said to be something
      // ("FREE SPACE is the game's sandbox mode").
      // ("Act FAST, the stroke-awareness charity, is…": a name that says what it is.)
      if ((!/\s/.test(m[0]) && /^\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text.slice(end))) || titleThenWhatItIs(text.slice(end))) continue;
      normal ??= applyEdits(text, lowerCaseEdits(text));
      const lowered = normal.length === text.length ? normal.slice(start, end) : m[0].replace(/\p{Lu}[\p{Lu}'’]*/gu, (w) => (isAcronym(w) ? w : w.toLowerCase()));
      const atSentenceStart = /^[\s"“'‘#(*_-]*$/.test(text.slice(0, start));
      const replacement = atSentenceStart ? capitalise(lowered) : lowered;
      reports.push({
        start,
        end,
        suggestions: [{ title: `Lower the voice: “${replacement}”`, replacement, start, end, preferred: true }],
      });
    }
    return reports;
  },
};
