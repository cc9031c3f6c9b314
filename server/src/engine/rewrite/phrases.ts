// Rewrites from a phrase rule's own fixes: the plain word, the calmer mark, or dropping the push
// altogether.
// A few shapes get a template of their own (assumptive "when you buy" → "if you buy").
import type { RuleSuggestion } from '../rules/rule';
import type { Alternative, Edit } from './edits';
import { apostrophesLike, capitaliseAt } from './edits';

const TITLES: Record<string, string> = {
  'pushy.urgency': 'Rewrite: drop the pressure',
  'pushy.scarcity': 'Rewrite: drop the pressure',
  'pushy.fomo': 'Rewrite: drop the pressure',
  'pushy.buy-now': 'Rewrite: invite, don’t order',
  'pushy.manufactured-need': 'Rewrite: drop the fear',
  'pushy.assumptive-close': 'Rewrite: leave the choice to them',
  'pushy.hype': 'Rewrite: drop the hype',
  'pushy.confirm-shaming': 'Rewrite: let them say no kindly',
  'pushy.shouting': 'Rewrite: lower the voice',
  'pushy.exclamations': 'Rewrite: lower the voice',
  'impersonal.corporatese': 'Rewrite: plain words',
  'impersonal.form-letter': 'Rewrite: sound like a person',
  'impersonal.grandiose': 'Rewrite: plain words',
  'impersonal.we-centric': 'Rewrite: what it means for the reader',
  'impersonal.legalese': 'Rewrite: plain words',
};
// Guilt, shaming, regret, loss, fear, peer pressure and legal threats carry the sentence's subject or
// verb: dropping their phrase leaves a stub ("Child goes to bed hungry.", "Sit on the sidelines."), so
// they are rewritten only by dropping whole clauses of pressure (rewrite/index.ts).

const PRESSURE = new Set(['pushy.urgency', 'pushy.scarcity', 'pushy.fomo', 'pushy.buy-now']);
const isRemoval = (s: RuleSuggestion) => s.replacement === '' || (s.end - s.start > 0 && s.replacement.length === 1 && /\p{Lu}/u.test(s.replacement));

/** Commands that name something the reader can do without an object ("You can upgrade."). */
const STANDS_ALONE = new Set(['upgrade', 'subscribe', 'register', 'enrol', 'enroll', 'join', 'donate', 'sign up', 'call', 'download', 'book', 'reply']);
/** Softer verbs for a command that becomes an offer. */
const OFFER_VERB: Record<string, string> = { grab: 'get', claim: 'get', secure: 'book', snag: 'get', 'pick up': 'get', 'chip in': 'give' };
/**
 * A sentence that is one command to buy, with its pressure around it: an opening push ("Hurry,",
 * "Stop scrolling and"), the command and what it is about, and a closing clock ("right now", "before
 * it's gone"). Group 1 the verb, 2 the rest of the command, 3 the closing mark.
 */
const COMMAND =
  /^(?:(?:stop\s+\w+\s+and|hurry(?:\s+up)?,?|quick,?|go\s+ahead\s+and|just|so)\s+)?(buy|order|shop|grab|get|book|call|sign\s+up|subscribe|register|enrol|enroll|join|upgrade|download|claim|reserve|secure|donate|give|chip\s+in|pick\s+up|snag)\b(?:\s+(?:right\s+now|now|today|immediately))?((?:(?!\b(?:now|today|immediately|asap|and|but|or|before|while)\b)(?:[^.!?,;]|\.(?=\S)))*?)(?:,?\s+(?:right\s+now|now|today|tonight|immediately|asap|right\s+away|this\s+instant|without\s+delay|before\s+(?:it['’]s|its|it\s+is)\s+(?:too\s+late|gone)|before\s+(?:they['’]re|they\s+are)\s+gone|while\s+(?:you\s+(?:still\s+)?can|stocks\s+last|it\s+lasts)))*\s*([.!]*)$/i;

/**
 * An order to buy becomes an offer the reader can take up: "Order yours right now!" → "You can order
 * yours." Two edits, before and after what the command is about, so a link or merge tag in the middle
 * is carried over untouched. A bare "Buy now!" has nothing to offer and is better dropped.
 */
function offerInsteadOfOrder(sentence: string): Alternative | undefined {
  const m = COMMAND.exec(sentence);
  if (!m) return undefined;
  const verb = m[1].toLowerCase().replace(/\s+/g, ' ');
  // "Upgrade now." says what the reader can do; "Buy now!" says nothing: only the first becomes an offer on its own.
  if (!m[2].trim() && !STANDS_ALONE.has(verb)) return undefined;
  const afterVerb = m.index + m[0].toLowerCase().indexOf(m[1].toLowerCase()) + m[1].length;
  const restStart = m[2].trim() ? m.index + m[0].indexOf(m[2], afterVerb - m.index) + (m[2].length - m[2].trimStart().length) : afterVerb;
  const restEnd = m[2].trim() ? restStart + m[2].trim().length : afterVerb;
  // A day named in the push is when the offer holds: it stays ("…today!" → "You can get yours today.").
  const day = /\b(today|tonight)\b/i.exec(sentence.slice(restEnd))?.[1].toLowerCase();
  const ending = `${day ? ` ${day}` : ''}.`;
  const edits = [{ start: 0, end: restStart, text: `You can ${OFFER_VERB[verb] ?? verb}${m[2].trim() ? ' ' : ''}` }];
  // Nothing after the words it is about (it ends on a link): no full stop is added after the link.
  if (restEnd < sentence.length) edits.push({ start: restEnd, end: sentence.length, text: ending });
  return { title: 'Rewrite: invite, don’t order', edits, template: true };
}

const TEMPLATES: Array<{ rule: string; pattern: RegExp; replace: (m: RegExpExecArray) => string | undefined }> = [
  // An opt-out line (a button: a dozen words at most) is replaced whole: the reader just says no.
  { rule: 'pushy.confirm-shaming', pattern: /^.*?(?=[.!]?$)/, replace: (m) => (m[0].split(/\s+/).length <= 12 ? 'No, thanks' : undefined) },
  { rule: 'pushy.assumptive-close', pattern: /^(?:when|once|after)(?=\s+you\s)/i, replace: () => 'if' },
  { rule: 'pushy.assumptive-close', pattern: /\byou\s+(?:need|must have|have to have|can['’]t live without|cannot live without|deserve)\s+(this|it|one)\b/i, replace: (m) => `you might like ${m[1]}` },
  { rule: 'pushy.urgency', pattern: /\b(\d+)\s+(hours?|days?|weeks?)\s+only\b/i, replace: (m) => `${m[1]} ${m[2]}` },
  { rule: 'pushy.scarcity', pattern: /^(?:only|just)\s+(?=a\s+few\s)/i, replace: () => '' },
  { rule: 'impersonal.we-centric', pattern: /^our\s+(?:mission|goal|aim|purpose)\s+is\s+to\b/i, replace: () => 'we want to' },
  { rule: 'pushy.manufactured-need', pattern: /\b(?:killing|ruining|destroying|sabotaging)(?=\s+your\s)/i, replace: () => 'affecting' },
  { rule: 'pushy.manufactured-need', pattern: /^are\s+you\s+still\s+making\s+these\s+((?:\w+\s+){0,2})mistakes\?$/i, replace: (m) => `Here are some ${m[1]}mistakes to avoid.` },
  { rule: 'pushy.manufactured-need', pattern: /^(?:are|aren['’]t)\s+you\s+(tired|sick)\s+of\s+/i, replace: (m) => `${m[1]} of ` },
  { rule: 'pushy.assumptive-close', pattern: /\b(which|what)\s+(colou?r|size|plan|one)\s+will\s+you\s+(?:choose|pick|take|buy)\b/i, replace: (m) => `${m[1]} ${m[2]} do you prefer` },
  // A time limit is a term of the offer: it stays, as a plain fact ("Today only: 40% off rugs" → "40% off rugs today.").
  { rule: 'pushy.urgency', pattern: /^(today|tonight|this\s+weekend|this\s+week|(?:\d+|twenty-four|forty-eight)\s+hours)\s+only\s*[:!—–-]+\s*([^.!?]+?)\s*[.!]*$/i, replace: (m) => `${m[2]} ${/hours/i.test(m[1]) ? `for the next ${m[1].toLowerCase()}` : m[1].toLowerCase()}.` },
  // A deadline is a plain fact: prices end, they do not vanish ("disappears at midnight" → "ends at midnight").
  { rule: 'pushy.urgency', pattern: /\b(?:disappear|vanish|evaporate)(s|es)?(?=\s+(?:in|at|on|after|by|tonight|tomorrow|this)\b)/i, replace: (m) => (m[1] ? 'ends' : 'end') },
  // Keep the information, drop the push.
  { rule: 'pushy.scarcity', pattern: /\b(is|are)\s+(?:selling|going|filling\s+up)\s+(?:out\s+)?(?:fast|quickly)\b/i, replace: (m) => `${m[1]} popular` },
  // A count of items is a calm fact ("we have 3 in stock"); a count of hours is a deadline, not stock.
  // "Just 2 rooms left" → "We have 2 rooms left": the count stays, the "just" goes.
  { rule: 'pushy.scarcity', pattern: /\b(?:only|just)\s+(\d+|a few)\s+(?!(?:hours?|hrs?|days?|minutes?|mins?|weeks?|nights?|months?)\b)((?:\w+\s+){0,3}?)left(\s+in\s+stock)?/i, replace: (m) => `we have ${m[1]} ${m[2] ? `${m[2].trim()} ` : ''}left${m[3] ?? ''}` },
  { rule: 'pushy.fomo', pattern: /\beveryone\s+is\s+(?=switching|moving|joining)/i, replace: () => 'many people are ' },
  { rule: 'pushy.urgency', pattern: /^(?:last|final)\s+chance\s+to\s+/i, replace: () => 'you can still ' },
  { rule: 'pushy.assumptive-close', pattern: /\b(is|are)\s+waiting(?:\s+for\s+you)?\b/i, replace: (m) => `${m[1]} here if you want it` },
  { rule: 'pushy.hype', pattern: /\s+ever\s+made\b/i, replace: () => '' },
  { rule: 'pushy.scarcity', pattern: /\b(is|are)\s+in\s+high\s+demand(?:\s+and\s+won['’]t\s+last(?:\s+long)?)?/i, replace: (m) => `${m[1]} popular` },
  { rule: 'impersonal.we-centric', pattern: /\bstrive\s+to\s+exceed\s+expectations\b/i, replace: () => 'try to do more than you expect' },
  { rule: 'pushy.assumptive-close', pattern: /\byou(?:['’]re| are)\s+going\s+to\s+love\s+your\s+new\b/i, replace: () => 'you might like the new' },
  // "shall" is a contract's "will"; a reader is told what they get, not what they "shall be entitled to".
  { rule: 'impersonal.legalese', pattern: /\bshall\s+be\s+entitled\s+to\b/i, replace: () => 'can get' },
  { rule: 'impersonal.legalese', pattern: /\bshall\s+not\b/i, replace: () => 'will not' },
  { rule: 'impersonal.legalese', pattern: /\bshall\b(?!\s+(?:we|I)\b)/i, replace: () => 'will' },
  { rule: 'pushy.manufactured-need', pattern: /^can\s+you\s+(?:really\s+)?afford\s+(?:not\s+)?to\s+(?:ignore|miss|skip|neglect|forget)\s+(.+?)\?$/i, replace: (m) => `${m[1]} could be worth a look.` },
];

/** `own` are the finding's phrase-level fixes (sentence offsets); `start`/`end` its range in the sentence. */
export function fromPhraseFixes(rule: string, sentence: string, start: number, end: number, own: readonly RuleSuggestion[]): Alternative[] {
  const title = TITLES[rule];
  if (!title) return [];
  const alternatives: Alternative[] = [];
  if (rule === 'pushy.buy-now' || rule === 'pushy.urgency') {
    const offer = offerInsteadOfOrder(sentence);
    if (offer && offer.edits[0].end >= start - 1) alternatives.push(offer);
  }
  for (const template of TEMPLATES) {
    if (template.rule !== rule) continue;
    const m = template.pattern.exec(sentence);
    if (!m || m.index + m[0].length < start || m.index > end) continue;
    const replacement = template.replace(m);
    if (replacement === undefined) continue;
    let text = apostrophesLike(sentence, replacement);
    let until = m.index + m[0].length;
    const atStart = /^[\s"“'‘(*_]*$/.test(sentence.slice(0, m.index));
    if (atStart && text === '') {
      // Emptying the first words: the next word takes the capital.
      text = sentence.charAt(until).toUpperCase();
      until += 1;
    } else if (atStart) text = capitaliseAt(sentence, m.index, text);
    alternatives.push({ title, edits: [{ start: m.index, end: until, text }], template: true });
  }
  // A shaming opt-out is replaced whole; its phrase-level fix would leave the rest of the line behind.
  if (rule === 'pushy.confirm-shaming' && alternatives.length) return alternatives;
  // For pressure, dropping the push reads best ("Act now and save 20%" → "Save 20%"); elsewhere the plain word does.
  const ordered = PRESSURE.has(rule) ? [...own].sort((a, b) => Number(isRemoval(b)) - Number(isRemoval(a))) : own;
  for (const s of ordered) {
    // Removing the whole sentence is left to the rewrite that drops a sentence of pure pressure, and a
    // pressure phrase that is the whole sentence is not swapped for a stock invitation ("Act now." → "Take a look…").
    const rest = sentence.slice(0, s.start) + sentence.slice(s.end);
    if (!/[\p{L}\p{N}]/u.test(rest) && (s.replacement === '' || PRESSURE.has(rule))) continue;
    // A word dropped mid-sentence takes one of the spaces around it ("no liability whatsoever for" → "no liability for").
    const from = s.replacement === '' && s.start > 0 && sentence[s.start - 1] === ' ' && /^[\s,.;:!?]/.test(sentence.slice(s.end)) ? s.start - 1 : s.start;
    const edit: Edit = { start: from, end: s.end, text: capitaliseAt(sentence, s.start, s.replacement) };
    alternatives.push({ title, edits: [edit] });
  }
  return alternatives;
}
