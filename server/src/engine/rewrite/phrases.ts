// The rewrite a phrase rule hands the rewriter: its own fixes (the plain word, the calmer mark, or
// dropping the push), and templates for shapes the rule knows (assumptive "when you buy" → "if you buy").
// Each rule file passes its title and templates to phraseRewrite(); nothing here is keyed by rule.
import type { FindingToRewrite, Rule, RuleSuggestion } from '../rules/rule';
import type { Alternative, Edit } from './edits';
import { apostrophesLike, applyEdits, capitaliseAt, mergeEdits } from './edits';

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
  /^(?:(?:stop\s+\w+\s+and|hurry(?:\s+up)?,?|quick,?|go\s+ahead\s+and|just|so|(?:click|tap)\s+(?:here|below|through|the\s+(?:link|button)(?:\s+below)?)\s+and|(?:click|tap)\s+(?:(?:now|here|below)\s+)?to|pick\s+up\s+the\s+phone(?:\s+(?:right\s+)?now)?\s+and)\s+)?(buy|order|shop|grab|get|book|call|sign\s+up|subscribe|register|enrol|enroll|join|upgrade|download|claim|reserve|secure|donate|give|chip\s+in|pick\s+up|snag|start)\b(?:\s+(?:right\s+now|now|today|immediately))?((?:(?!\b(?:now|today|immediately|asap|and|but|or|before|while)\b)(?:[^.!?,;]|\.(?=\S)))*?)(?:,?\s+(?:right\s+now|now|today|tonight|immediately|asap|right\s+away|this\s+instant|this\s+minute|(?:right\s+)?this\s+second|already|without\s+delay|before\s+(?:it['’]s|its|it\s+is)\s+(?:too\s+late|gone)|before\s+(?:they['’]re|they\s+are)\s+gone|while\s+(?:you\s+(?:still\s+)?can|stocks\s+last|it\s+lasts)))*\s*([.!]*)$/i;

/**
 * An order to buy becomes an offer the reader can take up: "Order yours right now!" → "You can order
 * yours." Two edits, before and after what the command is about, so a link or merge tag in the middle
 * is carried over untouched. A bare "Buy now!" has nothing to offer and is better dropped.
 */
/**
 * A command with what it leads to: "Download Pennywise today and start saving instantly!", "Call 0161 496
 * 0832 now to lock in your free boiler check!", "Call us today on 0800 555 0199 and book…". Group 1 the verb, 2 its
 * object, 3 the clock, 4 where ("on 0800 555 0199"), 5 "and" or "to", 6 what follows, 7 the closing mark.
 */
const COMMAND_THEN =
  /^(?:(?:just|so|(?:click|tap)\s+(?:here|below|the\s+(?:link|button)(?:\s+below)?)\s+and)\s+)?(buy|order|shop|book|call|ring|sign\s+up|subscribe|register|enrol|enroll|join|upgrade|download|install|reserve|donate|give|text|reply|visit|try)\b([^.!?;:]*?)\s+(right\s+now|now|today|tonight|immediately|asap)\b((?:\s+(?:on|at|via)\s+[^.!?;:]*?)?)\s+(and|to)\s+([^.!?]*?)(?:\s+(?:right\s+now|now|immediately|asap))?\s*([.!]*)$/i;

/** A nudge tacked on after the offer: ", go on, do it", ", go go go", ", just do it". */
const NUDGE_AT_END = /[,;]?\s+(?:(?:go|come)\s+on|(?:just\s+)?do\s+it|go(?:,?\s+go)+)\b.*$/i;

function offerWithWhatFollows(sentence: string): Alternative | undefined {
  const m = COMMAND_THEN.exec(sentence.trim());
  // "Sign up now and start trading" keeps its action with no object; "Buy now and save" is better as "Save…".
  if (!m || (!m[2].trim() && !STANDS_ALONE.has(m[1].toLowerCase().replace(/\s+/g, ' '))) || !m[6].trim()) return undefined;
  // "Download now to unlock…" → "You can download to unlock…" says nothing about what: better left to the writer.
  if (!m[2].trim() && m[5].toLowerCase() === 'to') return undefined;
  const day = /^(?:today|tonight)$/i.test(m[3]) ? ` ${m[3].toLowerCase()}` : '';
  // "…and book your service, go on, do it now": the nudge after what follows is pressure, not part of the offer.
  const follows = m[6].replace(NUDGE_AT_END, '');
  const text = `You can ${m[1].toLowerCase()}${m[2]}${day}${m[4]} ${m[5].toLowerCase()} ${follows}.`;
  return { title: 'Rewrite: invite, don’t order', edits: [{ start: 0, end: sentence.length, text: apostrophesLike(sentence, text) }], template: true };
}

function offerInsteadOfOrder(whole: string): Alternative | undefined {
  // Emoji after the command ("…roast box now 🍗") stay where they are, after the offer.
  const sentence = whole.replace(TRAILING_EMOJI, '');
  const m = COMMAND.exec(sentence);
  if (!m) return offerWithWhatFollows(whole) ?? offerBeforeTheRest(whole);
  const verb = m[1].toLowerCase().replace(/\s+/g, ' ');
  // "Upgrade now." says what the reader can do; "Buy now!" says nothing: only the first becomes an offer on its own.
  if (!m[2].replace(/^\s*:/, '').trim() && !STANDS_ALONE.has(verb)) return undefined;
  // "Start enrolling" is a nudge, not an offer: "start" offers only what is the reader's ("your free trial").
  if (verb === 'start' && !/^\s*your\b/i.test(m[2])) return undefined;
  // "Download now to unlock…" names no thing to download: "You can download to unlock…" reads stilted.
  if (/^(?:download|install|buy|order|shop|get|grab|claim|book)$/.test(verb) && /^\s*to\s/i.test(m[2])) return undefined;
  const afterVerb = m.index + m[0].toLowerCase().indexOf(m[1].toLowerCase()) + m[1].length;
  // "Shop now: harbourlinen.co.uk/duvet" → "You can shop at harbourlinen.co.uk/duvet": the colon becomes "at".
  const colon = /^\s*:\s*/.exec(m[2])?.[0] ?? '';
  const rest = m[2].slice(colon.length);
  const restStart = rest.trim() ? m.index + m[0].indexOf(m[2], afterVerb - m.index) + colon.length + (rest.length - rest.trimStart().length) : afterVerb;
  const restEnd = rest.trim() ? restStart + rest.trim().length : afterVerb;
  // A day named in the push is when the offer holds: it stays ("…today!" → "You can get yours today.").
  const day = /\b(today|tonight)\b/i.exec(sentence.slice(restEnd))?.[1].toLowerCase();
  // "Click here and buy…" points at a link: the offer keeps pointing ("You can buy … here.").
  const cue = /^\s*(?:just\s+|so\s+)?(?:(?:click|tap)\s+(here|below)\b|pick\s+up\s+the\s+(phone))/i.exec(sentence);
  const pointer = cue && (rest.trim() || STANDS_ALONE.has(verb)) ? (cue[1] ?? 'by ' + cue[2]).toLowerCase() : undefined;
  // Before the emoji that pointed at the link ("…now 👉"), the offer ends without a full stop.
  const stop = TRAILING_EMOJI.test(whole) ? '' : '.';
  const ending = pointer === 'below' && day ? ` ${day} (link below).` : `${pointer ? ` ${pointer}` : ''}${day ? ` ${day}` : ''}${stop}`;
  const edits = [{ start: 0, end: restStart, text: `You can ${OFFER_VERB[verb] ?? verb}${colon && rest.trim() ? ' at' : ''}${rest.trim() ? ' ' : ''}` }];
  // Nothing after the words it is about (it ends on a link): no full stop is added after the link.
  if (restEnd < sentence.length) edits.push({ start: restEnd, end: sentence.length, text: ending });
  // "Book now." → "You can book." tells the reader nothing they did not know, and reads stilted (graded
  // BAD or OK every time): an offer needs something to offer.
  const result = applyEdits(sentence, edits);
  if (/^You can \p{L}+(?: (?:up|in|on))?(?: (?:it|them))?(?: (?:today|tonight|now))?[.!]?$/u.test(result.trim())) return undefined;
  return { title: 'Rewrite: invite, don’t order', edits, template: true };
}

/** Where a command ends and what it says about itself begins: "— it takes 90 seconds", ", it only takes two clicks", ": harbour.co/book". */
const COMMAND_THEN_REMARK = /\s+[—–-]+\s+(?=it\b|that['’]s\b|this\b)|,\s+(?=it(?:['’]s|\s+(?:takes|only))\b)|:\s+(?=\S+\s*$)/i;

/** "Upgrade to Pro right now, it takes two clicks." → "You can upgrade to Pro, it takes two clicks.": the command becomes an offer, the remark stays. */
function offerBeforeTheRest(sentence: string): Alternative | undefined {
  const remark = COMMAND_THEN_REMARK.exec(sentence);
  if (!remark) return undefined;
  const offer = offerInsteadOfOrder(sentence.slice(0, remark.index));
  if (!offer) return undefined;
  // The offer ends where the remark begins: no full stop of its own there.
  const edits = offer.edits.map((e) => (e.end === remark.index && /\.$/.test(e.text) ? { ...e, text: e.text.slice(0, -1) } : e)).filter((e) => e.text !== '' || e.end > e.start);
  // "…to Pro, it takes two clicks": a dash, not a comma, joins the remark to a sentence of its own.
  if (remark[0].startsWith(',')) edits.push({ start: remark.index, end: remark.index + remark[0].length, text: ' — ' });
  // "…your tiny house plans: wrenloft.co/plans": the link is where to do it.
  // (Unless "Click here…" already gave the offer its "here".)
  else if (remark[0].startsWith(':') && !edits.some((e) => /\bhere\b/.test(e.text))) edits.push({ start: remark.index, end: remark.index, text: ' here' });
  return { ...offer, edits };
}

const TRAILING_EMOJI = /[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;

/** A rule's own fix as an edit of the sentence. */
function fixEdit(sentence: string, s: RuleSuggestion): Edit {
  // An opening word dropped with the comma after it: "Hereinafter, the holder…" → "The holder…".
  const opening = s.replacement === '' && /^[\s"“'‘(*_]*$/.test(sentence.slice(0, s.start)) ? /^[,;:]?\s*(?=\p{L})/u.exec(sentence.slice(s.end)) : null;
  if (opening) return { start: s.start, end: s.end + opening[0].length + 1, text: sentence.charAt(s.end + opening[0].length).toUpperCase() };
  // Dropped after a full stop inside the line ("…ends in 3 hrs. Don't wait — reply BOOK."), the next word starts the sentence.
  if (s.replacement === '' && /[.!?]\s+$/.test(sentence.slice(0, s.start)) && /^\p{Ll}/u.test(sentence.charAt(s.end))) return { start: s.start, end: s.end + 1, text: sentence.charAt(s.end).toUpperCase() };
  // Dropped just inside a bracket, it takes the space after it: "(hereinafter "the Trial")" → "("the Trial")".
  if (s.replacement === '' && sentence[s.start - 1] === '(' && sentence[s.end] === ' ') return { start: s.start, end: s.end + 1, text: '' };
  // A word dropped mid-sentence takes one of the spaces around it ("no liability whatsoever for" → "no liability for").
  const from = s.replacement === '' && s.start > 0 && sentence[s.start - 1] === ' ' && /^[\s,.;:!?]/.test(sentence.slice(s.end)) ? s.start - 1 : s.start;
  return { start: from, end: s.end, text: capitaliseAt(sentence, s.start, s.replacement) };
}

/** A shape the rule rewrites whole: where `pattern` matches over the finding, `replace` gives the new words (undefined: leave it). */
export interface Template {
  pattern: RegExp;
  replace: (m: RegExpExecArray) => string | undefined;
  /** Protected words the match holds only as pressure (see Alternative.spends). */
  spends?: (m: RegExpExecArray) => string[];
  /** Applies wherever it matches in a flagged sentence, with the finding's own removal ("Act now — the price goes up at midnight."). */
  anywhere?: boolean;
}

export interface PhraseRewriteSpec {
  /** What the light bulb calls a rewrite of this kind when it cannot show the sentence. */
  title: string;
  templates?: readonly Template[];
  /** An order to buy may become an offer ("Order yours right now!" → "You can order yours."). */
  offer?: boolean;
  /** Dropping the push reads better than a softer word ("Act now and save 20%" → "Save 20%"). */
  preferDropping?: boolean;
  /** A template replaces the line; the phrase fixes would leave the rest of it behind. */
  wholeLine?: boolean;
}

/** A phrase rule's rewrite: its templates first, then its own phrase-level fixes, as alternatives for the rewriter. */
export function phraseRewrite(spec: PhraseRewriteSpec): NonNullable<Rule['rewrite']> {
  return (sentence, finding) => fromPhraseFixes(spec, sentence, finding);
}

function fromPhraseFixes({ title, templates = [], offer: mayOffer, preferDropping, wholeLine }: PhraseRewriteSpec, sentence: string, finding: FindingToRewrite): Alternative[] {
  const { start, end, suggestions: own } = finding;
  const alternatives: Alternative[] = [];
  if (mayOffer) {
    const offer = offerInsteadOfOrder(sentence);
    if (offer && offer.edits[0].end >= start - 1) alternatives.push(offer);
  }
  // The finding's own removal, for a template that rewrites words elsewhere in the sentence.
  const ownRemoval = own.find(isRemoval);
  const later: Alternative[] = [];
  for (const template of templates) {
    const m = template.pattern.exec(sentence);
    if (!m) continue;
    const apart = m.index + m[0].length < start || m.index > end;
    if (apart && !template.anywhere) continue;
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
    const spends = template.spends?.(m) ?? [];
    const edit = { start: m.index, end: until, text };
    // Said elsewhere, it is a second choice: the sentence's own words come first when they pass as they are.
    const into = apart ? later : alternatives;
    if (apart && ownRemoval && (ownRemoval.end <= m.index || until <= ownRemoval.start)) {
      const removal = fixEdit(sentence, ownRemoval);
      into.push({ title, edits: mergeEdits([removal], [edit]), template: true });
    }
    into.push({ title, edits: [edit], template: true, ...(wholeLine ? { label: true } : {}), ...(spends.length ? { spends } : {}) });
  }
  if (wholeLine && alternatives.length) return [...alternatives, ...later];
  // Two of the rule's shapes in one sentence ("Further to our recent correspondence, please find attached…"): both at once, first.
  // (Of two shapes over the same words — "here are" and "we've attached" — the first listed.)
  const fromTemplates: Alternative[] = [];
  const reach = (e: Edit) => e.end - (/^\p{Lu}$/u.test(e.text) ? 1 : 0);
  for (const a of alternatives) {
    if (!a.template || a.title !== title) continue;
    if (!fromTemplates.some((c) => c.edits.some((x) => a.edits.some((y) => y.start < reach(x) && x.start < reach(y))))) fromTemplates.push(a);
  }
  if (fromTemplates.length > 1) {
    // An emptied opening hands its capital to the next word; when the next template rewrites that word, the capital goes to its text.
    const parts = fromTemplates.flatMap((a) => a.edits).sort((a, b) => a.start - b.start);
    parts.forEach((e, i) => {
      const next = parts[i + 1];
      if (next && /^\p{Lu}$/u.test(e.text) && e.end - 1 === next.start) {
        parts[i] = { start: e.start, end: e.end - 1, text: '' };
        parts[i + 1] = { ...next, text: next.text.charAt(0).toUpperCase() + next.text.slice(1) };
      }
    });
    const edits = parts.reduce<Edit[]>((all, e) => mergeEdits(all, [e]), []);
    if (edits.length === fromTemplates.length) alternatives.unshift({ title, edits, template: true });
  }
  // For pressure, dropping the push reads best ("Act now and save 20%" → "Save 20%"); elsewhere the plain word does.
  const ordered = preferDropping ? [...own].sort((a, b) => Number(isRemoval(b)) - Number(isRemoval(a))) : own;
  for (const s of ordered) {
    // "When you're ready" beside a deadline ("…suspended if payment is not received by 17:00") says the opposite of the facts.
    // …and so does it beside a claim that time is short ("…as slots are being allocated rapidly").
    if (/when you['’]re ready/i.test(s.replacement) && /\d|\b(?:today|tonight|tomorrow|midnight|noon|rapidly|quickly|fast|limited|filling|selling|going|snapped|allocated)\b/i.test(sentence)) continue;
    // Removing the whole sentence is left to the rewrite that drops a sentence of pure pressure, and a
    // pressure phrase that is the whole sentence is not swapped for a stock invitation ("Act now." → "Take a look…").
    const rest = sentence.slice(0, s.start) + sentence.slice(s.end);
    if (!/[\p{L}\p{N}]/u.test(rest) && (s.replacement === '' || preferDropping)) continue;
    const edit = fixEdit(sentence, s);
    alternatives.push({ title, edits: [edit] });
  }
  return [...alternatives, ...later];
}
