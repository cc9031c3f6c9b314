// A cheap grammar check on a candidate rewrite, with compromise's tags: dropping a phrase must
// not leave a fragment ("These boots are.", "On our biggest sale of the year.", "Our app.").
// Used by the rewrites' safety net and to screen a rule's own "drop it" fixes.
import type { Tagger, TaggedTerm } from '../parse/nlp';

type Term = TaggedTerm;

const SUBORDINATE_OPENING = /^\W*(?:as|because|since|although|though|whereas|unless|while)\b/i;
const PASSIVE_REQUEST = /\bplease\s+be\s+\p{L}+ed\b/iu;
const DANGLING_END = ['Auxiliary', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Modal', 'Possessive'];
const OPENING_BREAK = ['Preposition', 'Conjunction'];

function terms(tagger: Tagger, text: string): Term[] {
  const words = tagger.taggedTerms(text).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  // ("right now", "right away": the tagger reads "right" as a verb there, which it never is.)
  return words.map((t, i) => (/^right$/i.test(t.text) && /^(?:now|away|here|there|then)$/i.test(words[i + 1]?.text ?? '') ? { ...t, tags: ['Adverb'] } : t));
}

/** A sentence's tags, read on first use and kept: the original is checked against every candidate rewrite of it. */
export function sentenceTerms(tagger: Tagger, text: string): () => Term[] {
  let read: Term[] | undefined;
  return () => (read ??= terms(tagger, text));
}

const hasVerb = (ts: Term[]) => ts.some((t) => t.tags.includes('Verb'));

/** A verb that can carry a clause: not a gerund, not an infinitive after "to" ("AI to write their outreach" has none). */
/** (Nor a participle after a preposition or an article, which describes a noun: "in wasted energy", "the saved designs".) */
const hasFiniteVerb = (ts: Term[]) =>
  ts.some((t, i) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !(i > 0 && /^to$/i.test(ts[i - 1].text)) && !(i > 0 && t.tags.includes('PastTense') && ['Preposition', 'Determiner'].some((tag) => ts[i - 1].tags.includes(tag))));

/** A slogan or a headline: no verb at all ("The premier destination for global wealth."). */
export function isVerbless(tagger: Tagger, text: string): boolean {
  return !hasVerb(terms(tagger, text));
}

/**
 * `droppedOpening`: the rewrite removed the sentence's first words (rather than replacing them), so
 * a new opening preposition or conjunction is a left-over ("On our biggest sale…"), not a choice.
 * `deletedWords`: some edit deleted words outright.
 */
export function isWellFormed(
  tagger: Tagger,
  before: string,
  after: string,
  droppedOpening = true,
  deletedWords = true,
  deleted: ReadonlyArray<{ start: number; end: number }> = [],
  original: () => Term[] = sentenceTerms(tagger, before),
): boolean {
  const b = original();
  const a = terms(tagger, after);
  if (a.length === 0) return false;
  // Tagged in the original sentence, where compromise sees the context: were all its verbs in what was deleted?
  const verbs = b.filter((t) => t.tags.includes('Verb'));
  const inDeleted = (t: Term) => deleted.some((d) => t.offset.start >= d.start && t.offset.start < d.end);
  if (verbs.length > 0 && verbs.every(inDeleted) && !/:/.test(after)) return false;
  const last = a[a.length - 1];
  const endChanged = last.text.toLowerCase() !== b[b.length - 1]?.text.toLowerCase();
  if (endChanged && DANGLING_END.some((tag) => last.tags.includes(tag)) && !last.tags.includes('Pronoun')) return false;
  // A headline form ("Some news for you: …") needs no verb.
  // Replacing words keeps the sentence's shape; only a deletion can take its verb away.
  // A verb of the original that stays is still a verb, though the tagger, without "already" before it, may read
  // it as a noun ("…in the Midlands bond with Quillon").
  const finiteBefore = new Set(b.filter((t, i) => hasFiniteVerb([t]) && !(i > 0 && /^to$/i.test(b[i - 1].text)) && t.tags.includes('PresentTense')).map((t) => t.text.toLowerCase()));
  const keptVerb = a.some((t) => finiteBefore.has(t.text.toLowerCase()));
  if (deletedWords && hasVerb(b) && !hasVerb(a) && !keptVerb && !/:/.test(after)) return false;
  if (hasFiniteVerb(b) && !hasFiniteVerb(a) && !keptVerb && !/:/.test(after)) return false;
  const opensWith = (ts: Term[]) => OPENING_BREAK.some((tag) => ts[0]?.tags.includes(tag));
  if (droppedOpening && opensWith(a) && !opensWith(b) && !/^(?:if|when|once|as|so|and|but)\b/i.test(after)) return false;
  // "Everybody who's anybody is spending…" → "Is spending…": a statement that now opens on its verb has lost its subject.
  const onVerb = /^\W*(?:is|are|was|were|has|have|had|will|would|does|do|did)\s/i;
  if (droppedOpening && onVerb.test(after) && !onVerb.test(before) && !/\?\W*$/.test(after)) return false;
  // "You'll kick yourself next spring if you don't list…" → "Next spring if you don't list…": a condition with no main clause left.
  // (Not "Untick the box if you'd rather…": a verb before the "if" is the main clause.)
  const ifAt = a.findIndex((t) => /^if$/i.test(t.text));
  if (droppedOpening && ifAt >= 1 && ifAt <= 3 && !a.slice(0, ifAt).some((t) => t.tags.includes('Verb')) && !/[,;:—–]/.test(after.slice(a[ifAt].offset.start))) return false;
  // "Attendees who register late always miss out…" → "If you register late always miss out…": a new "if" with no comma has no main clause.
  if (ifAt === 0 && !/^\W*if\b/i.test(before) && !/[,;:—–]/.test(after)) return false;
  // "Each week you wait costs you £14…" → "You £14 in rewards you.": an object pronoun the cut left to open the sentence, before an amount.
  if (deletedWords && droppedOpening && /^(?:you|them|us|me|him|her)$/i.test(a[0].text) && a[1]?.tags.includes('Value') && !new RegExp(`^\\W*${a[0].text}\\b`, 'i').test(before)) return false;
  // "If you delay implementation risk, you falling behind": a subject pronoun with only a gerund after it.
  if (/\b(?:you|we|they|I)\s+\p{L}+ing\b/iu.test(after) && !/\b(?:you|we|they|I)\s+\p{L}+ing\b/iu.test(before) && a.some((t, i) => /^(?:you|we|they|i)$/i.test(t.text) && a[i + 1]?.tags.includes('Gerund'))) return false;
  // "You'll regret it forever if…" → "It forever if…": an object left at the front without its verb.
  if (droppedOpening && /^\W*(?:it|them)\s+(?!(?:is|was|will|has|can|may|might|would|could|should|does|did)\b)\p{L}/iu.test(after) && a[1] && !a[1].tags.includes('Verb')) return false;
  // "Every day you wait, your cash loses value for good." → "Value for good.": the new first word was the
  // object, read as a command only because it now stands first. A word the original did not use as a verb is not one.
  // ("Return flights to Lisbon from £89." and "Check-in closes…" stay: a noun follows, or another verb carries the clause.)
  if (droppedOpening && a[0].tags.includes('Verb') && !/^please$/i.test(a[0].text) && (!a[1] || ['Preposition', 'Adverb', 'Conjunction'].some((tag) => a[1].tags.includes(tag)))) {
    const same = b.find((t) => t.text.toLowerCase() === a[0].text.toLowerCase() && !inDeleted(t));
    if (same && same !== b[0] && !same.tags.includes('Verb')) return false;
  }
  // "Act now, as availability will be allocated…" → "As we'll allocate availability…": a reason with no main clause.
  if (SUBORDINATE_OPENING.test(after) && !SUBORDINATE_OPENING.test(before) && !/[,;:—–]/.test(after)) return false;
  // "The Subscriber shall be billed forthwith." → "Please be billed…": a request can't be passive.
  if (PASSIVE_REQUEST.test(after) && !PASSIVE_REQUEST.test(before)) return false;
  // "Unbeatable prices." → "Prices.": one word left of a phrase is a fragment, unless it is a command ("Save.").
  if (a.length === 1 && b.length >= 2 && !a[0].tags.includes('Infinitive')) return false;
  return true;
}
