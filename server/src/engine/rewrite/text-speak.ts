// Text-speak spelled out inside a sentence that is being rewritten anyway ("ur acct" → "your account"):
// a rewrite should read as a careful writer's, and copywriters spell these out when they rewrite
// an SMS. Only unambiguous words; digits inside words ("b4", "2day") stay, as numbers are protected.
import { matchCase } from '../text';
import { capitaliseAt, type Edit } from './edits';

const SPELLED_OUT: Record<string, string> = {
  u: 'you',
  pls: 'please',
  plz: 'please',
  recd: 'received',
  acct: 'account',
  appt: 'appointment',
  msg: 'message',
  thx: 'thanks',
  tmrw: 'tomorrow',
};
const WORD = /(?<![\p{L}\p{N}'’.@/#-])(ur|u|pls|plz|recd|acct|appt|msg|thx|tmrw)(?![\p{L}\p{N}'’@/-])/giu;

export function textSpeakEdits(sentence: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const word = m[1];
    const lower = word.toLowerCase();
    // "ur" is "your" ("ur order"), or "you're" before the words that follow a "you're" ("ur welcome").
    const next = /^\s+([\p{L}'’]+)/u.exec(sentence.slice(m.index! + word.length))?.[1]?.toLowerCase();
    const text = lower === 'ur' ? (next && /^(?:welcome|invited|in|on|the|a|an|so|not|going|gonna|still|always|never|all|ready|done|late|right|sure)$/.test(next) ? "you're" : 'your') : SPELLED_OUT[lower];
    // A word spelled out where the sentence opens starts it with a capital ("ur whole village…" → "Your whole village…").
    edits.push({ start: m.index!, end: m.index! + word.length, text: capitaliseAt(sentence, m.index!, matchCase(word, text)) });
  }
  return edits;
}
