// A cheap grammar check on a candidate rewrite, with compromise's tags: dropping a phrase must
// not leave a fragment ("These boots are.", "On our biggest sale of the year.", "Our app.").
// Used by the rewrites' safety net and to screen a rule's own "drop it" fixes.
import nlp from 'compromise';

interface Term {
  text: string;
  tags: string[];
}

const DANGLING_END = ['Auxiliary', 'Copula', 'Preposition', 'Determiner', 'Conjunction', 'Modal', 'Possessive'];
const OPENING_BREAK = ['Preposition', 'Conjunction'];

function terms(text: string): Term[] {
  return (nlp(text).json() as Array<{ terms: Term[] }>).flatMap((s) => s.terms).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

const hasVerb = (ts: Term[]) => ts.some((t) => t.tags.includes('Verb'));

export function isWellFormed(before: string, after: string): boolean {
  const a = terms(after);
  if (a.length === 0) return false;
  const b = terms(before);
  const last = a[a.length - 1];
  if (DANGLING_END.some((tag) => last.tags.includes(tag)) && !last.tags.includes('Pronoun')) return false;
  if (hasVerb(b) && !hasVerb(a)) return false;
  const opensWith = (ts: Term[]) => OPENING_BREAK.some((tag) => ts[0]?.tags.includes(tag));
  if (opensWith(a) && !opensWith(b) && !/^(?:if|when|once|as|so|and|but)\b/i.test(after)) return false;
  if (a.length === 1 && !a[0].tags.includes('Verb') && b.length > 2) return false;
  return true;
}
