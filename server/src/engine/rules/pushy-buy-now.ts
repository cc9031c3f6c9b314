// pushy.buy-now — bare commands to buy, order or sign up ("Buy now!") and Always-Be-Closing lines.
// data/buy-now.json. Soft invitations ("If it sounds useful, you can try it free") stay clean.
import buyNow from '../data/buy-now.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import { phraseRewrite } from '../rewrite/phrases';
import { wordCount } from '../text';

/** What may stand before a command: nothing, punctuation, or a word that leads into one ("and", "just", "please"). */
const COMMAND_POSITION = /(?:^|[:;,.!?—–-]|\b(?:and|then|so|just|please|simply|go|come|now|today|remember))\s*["“'‘(*_]*\s*$/i;

const wordsBefore = (m: RegExpExecArray) => wordCount(m.input.slice(0, m.index));

const CALL_SOMEONE = /^(?:call|ring|phone|text)\s+(?:him|her|them|me|mum|mom|dad)\b/i;

export const rule = phraseRule({
  id: 'pushy.buy-now',
  category: 'pushy',
  title: 'Buy-now commands',
  defaultSeverity: 'warning',
  principle: 'long-term',
  list: buyNow as PhraseList,
  replaceTitle: (r) => `Invite instead: “${r}”`,
  removable: 'Drop the command',
  // A command has no subject: "can I call now?", "we'll order today" and "if you buy now" are not orders to the reader.
  // "Call him now." asks the reader to ring someone they know, not to buy.
  skip: (sentence, match) => !COMMAND_POSITION.test(sentence.text.slice(0, match.start)) || CALL_SOMEONE.test(sentence.text.slice(match.start, match.end)),
  rewrite: phraseRewrite({
    title: 'Rewrite: invite, don’t order', offer: true, preferDropping: true,
    templates: [
      // "Download now and start saving" keeps what to do and loses only the clock: "Download and start saving".
      { pattern: /^(download|install|join|sign\s+up|subscribe|register|enrol|enroll|upgrade|book|order|shop)\s+(?:now|today|right\s+now|immediately)\s+(?=and\s)/i, replace: (m) => `${m[1]} ` },
      // "Stop scrolling and book the Seal Safari now: £55pp" keeps the booking and loses the order: "You can book the Seal Safari now: …".
      { pattern: /^(?:stop\s+(?:scrolling|reading|thinking|waiting|wondering)|pick\s+up\s+the\s+phone|grab\s+your\s+phone)\s*[,—–-]?\s*and\s+(call|book|buy|order|register|sign\s+up|donate|give|subscribe|text|ring|reserve|join|enrol|enroll)\b/i, replace: (m) => `you can ${m[1].toLowerCase()}` },
      // "Reply YES to book your skis this instant." (or "…to your basket now.") keeps the way to book and loses only the clock at its end
      // (not where a bare verb would be left: "Register immediately." → "Register."; nor "…and do it now" → "…and do it").
      { pattern: /[\s,]*\b(?:right\s+now|now|this\s+(?:instant|minute|second)|immediately|right\s+away|asap|without\s+delay|before\s+you\s+(?:close|leave|scroll\s+past|delete|forget)\b[^.!?]*)(?=[\s!.]*$)/i, replace: (m) => (wordsBefore(m) >= 3 && !/\bdo\s+(?:it|this|that)$/i.test(m.input.slice(0, m.index)) ? '' : undefined) },
    ],
  }),
  pressure: true,
  namesTheOffer: true,
  message: '“{phrase}” orders the reader to buy. Invite them instead — tell them what they get and leave the choice with them.',
  why:
    'A bare command to buy is Always-Be-Closing on paper. Nobody likes being told what to do by a stranger, and readers who ' +
    'are not ready yet learn that you care more about the sale than about them. An invitation with the information they need ' +
    'keeps the door open for when they are ready.',
  example: { before: 'Buy now!', after: 'If it sounds useful, you can try it free for 14 days.' },
  examples: {
    flags: ['Buy now and get free shipping.', 'Order today and save.', 'Sign up now to get started.', 'Buy the bundle!', 'Stop scrolling and buy.'],
    clean: [
      'If it sounds useful, you can try it free for 14 days.',
      'Your sister rang. Call her now, she sounds worried.',
      'You can order by phone or online, whichever suits you.',
      'People often buy the starter kit first and add parts later.',
      'We will call you back within a day.',
      'Your order ships today.',
      'Can I call now, or are you busy?',
      'We will order today and ship on Monday.',
      "What's new: a plain-text preview, and the QP_DEADLINE_BANNER block is now off by default.",
    ],
  },
});
