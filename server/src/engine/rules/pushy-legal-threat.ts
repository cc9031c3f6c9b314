// pushy.legal-threat — threats in legal dress: formal notice language used to hurry a decision (data/legal-threat.json: phrases and frames).
import list from '../data/legal-threat.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import type { Alternative } from '../rewrite/edits';
import { apostrophesLike, capitaliseAt } from '../rewrite/edits';

/**
 * "Failure to X [by T] will result in the permanent deletion of Y" (or "in Y being cancelled"): said plainly,
 * as the plain consequence ("If you don't X by T, we'll permanently delete Y.") or as what the reader can do
 * to keep what they have ("Please X by T to keep Y.").
 */
const FAILURE_THEN_LOSS =
  /^(?:(?:please\s+)?note(?:\s+that)?[:,]?\s+|(?:final\s+)?(?:notice|reminder|warning)[:,]\s+|notwithstanding\s+[^,]{1,60},\s*)?(?:(?:failure|failing|neglecting)\s+to\s+(?<action>[^,;:]+?)|non-?(?<non>payment|renewal)(?:\s+of\s+(?<of>(?:the|your)\s+[^,;:]+?))?(?<by>\s+(?:by|before|within)\s+[^,;:]+?)?)\s+(?<modal>will|shall|may|could|might)\s+(?:(?:immediately|automatically)\s+)?(?:result\s+in|lead\s+to|mean)\s+(?:(?:the|an?)\s+)?(?<how>(?:(?:immediate|permanent|automatic|irreversible|irrevocable)\s+(?:and\s+)?)*)(?:(?<loss>loss|forfeiture|termination|suspension|cancellation|closure|deactivation|removal|deletion|release|expiry|lapse|withdrawal)\s+of\s+(?<what>[^,;:.!?]+?)|(?<whose>(?:your|the)\s+(?:(?!\bbeing\b)[^,;:.!?])+?)\s+being\s+(?<done>cancelled|canceled|suspended|released|closed|deleted|removed|terminated|forfeited|withdrawn|lost|reassigned|reallocated|given\s+away|offered\s+to\s+(?:someone|somebody)\s+else)(?<onward>\s+(?:back\s+)?(?:to|into)\s+[^,;:.!?]+?)?|(?:users|members|customers|subscribers|account\s+holders|you)\s+losing\s+(?<losing>[^,;:.!?]+?))(?:\s+and\s+(?<also>(?:your|the)\s+(?:(?!\bbeing\b)[^,;:.!?])+?)\s+(?:being\s+(?<alsoDone>deleted|removed|closed|cancelled|canceled|suspended|lost|forfeited)|withheld|forfeited|kept|lost|cancelled|canceled|retained))?\s*([.!]*)$/i;

/** What we do, in a plain verb, for each legal noun of loss ("deletion of your workspace" → "we'll delete your workspace"). */
const WE_WILL: Record<string, string> = {
  deletion: "we'll delete", removal: "we'll remove", termination: "we'll close", closure: "we'll close", suspension: "we'll suspend",
  deactivation: "we'll switch off", cancellation: "we'll cancel", release: "we'll release", withdrawal: "we'll withdraw",
  loss: "you'll lose", forfeiture: "you'll lose",
};

/** What ends rather than closes. */
const ENDS = /\b(?:privileges|rights|services|benefits|access|cover|coverage|licen[cs]es?|agreement|contract|subscriptions?|support|warranty)\b/i;

/** What we do to what they hold, from the participle the threat used ("being released" → "we'll release"). */
const WE_WILL_DO: Record<string, string> = {
  released: 'release', reassigned: 'give', reallocated: 'give', 'given away': 'give',
};

/** The same, for a loss with no one it goes to ("your account being closed" → "we'll close your account"). */
const WE_WILL_UNDO: Record<string, string> = {
  cancelled: 'cancel', canceled: 'cancel', suspended: 'suspend', closed: 'close', deleted: 'delete', removed: 'remove', terminated: 'close', withdrawn: 'withdraw',
};

/** The whole sentence said again in `said` (its first letter capitalised, its apostrophes as the sentence writes them). */
function wholeSentence(sentence: string, title: string, said: string): Alternative {
  // Said to "you", what was "the Purchaser's" is "your".
  const toYou = said.replace(READER_AS_PARTY, 'your');
  return { title, edits: [{ start: 0, end: sentence.length, text: apostrophesLike(sentence, capitaliseAt(sentence, 0, toYou)) }], template: true };
}
const READER_AS_PARTY = /\bthe\s+(?:purchaser|customer|subscriber|member|user|client|hirer|buyer|account\s+holder|licensee|tenant|guest|patient|student|policyholder)['’]s\b/gi;

const sayPlainly = (sentence: string, said: string) => wholeSentence(sentence, 'Rewrite: say it plainly', said);

function keepWhatTheyHave(sentence: string): Alternative[] {
  const m = FAILURE_THEN_LOSS.exec(sentence.trim());
  if (!m?.groups) return [];
  // "…may result in your offer being withdrawn" is a possibility: said plainly, it stays one ("we may withdraw", not "we'll").
  if (/^(?:may|could|might)$/i.test(m.groups.modal)) {
    const may = (text: string) => text.replace(/\b(we|you)['’]ll\b/gi, '$1 may');
    return plainConsequences(sentence, m.groups).map((a) => ({ ...a, edits: a.edits.map((e) => ({ ...e, text: may(e.text) })) }));
  }
  return plainConsequences(sentence, m.groups);
}

function plainConsequences(sentence: string, g: Record<string, string>): Alternative[] {
  const action = (g.action ?? `${g.non.toLowerCase() === 'payment' ? 'pay' : 'renew'}${g.of ? ` ${g.of}` : ''}${g.by ?? ''}`).trim();
  // "…will result in users losing access to all archived episodes": the reader is the one who loses it.
  if (g.losing) return [sayPlainly(sentence, `if you don't ${action}, you'll lose ${g.losing.replace(/\btheir\b/gi, 'your')}.`)];
  // "…termination of services without further notice", "…cancellation of the reservation without refund": a term of what happens, not part of what they keep.
  const notice = /\s+without\s+(?:any\s+)?(?:(?:further|prior)\s+)?(?:notice|refund|compensation|warning)$/i.exec(g.what ?? g.whose)?.[0] ?? '';
  const what = (g.what ?? g.whose).slice(0, (g.what ?? g.whose).length - notice.length).trim() + (g.also ? ` and ${g.also.trim()}` : '');
  // "…the property being released to other buyers without further notice": who gets it is a term, said as what we'll do.
  // (A refund withheld is a term the plea would drop: no plea then.)
  const pleaDrops = /refund|compensation/i.test(notice);
  const plea = (kept: string): Alternative[] => (pleaDrops ? [] : [wholeSentence(sentence, 'Rewrite: say how to keep it', `please ${action} to keep ${kept}.`)]);
  if (g.onward && WE_WILL_DO[g.done.toLowerCase()]) {
    return [sayPlainly(sentence, `if you don't ${action}, we'll ${WE_WILL_DO[g.done.toLowerCase()]} ${what}${g.onward}.`), ...plea(what)];
  }
  // "…your account being closed and your data being deleted": each loss said as what we'll do.
  const undo = g.done && !g.onward ? WE_WILL_UNDO[g.done.toLowerCase()] : undefined;
  const alsoUndo = g.alsoDone ? WE_WILL_UNDO[g.alsoDone.toLowerCase()] : undefined;
  if (undo && !notice && (!g.also || alsoUndo)) {
    const whose = g.whose.trim();
    return [sayPlainly(sentence, `if you don't ${action}, we'll ${undo} ${whose}${alsoUndo ? ` and ${alsoUndo === undo ? '' : `${alsoUndo} `}${g.also.trim()}` : ''}.`), ...plea(what)];
  }
  const alternatives: Alternative[] = [];
  const immediately = /immediate/i.test(g.how ?? '');
  const plain = g.loss ? WE_WILL[g.loss.toLowerCase()] : undefined;
  // "…deletion of your data and forfeiture of your tier": two losses, each with its own plain verb.
  const second = plain ? /^(.+?)\s+and\s+(?:the\s+)?(loss|forfeiture|termination|suspension|cancellation|closure|deactivation|removal|deletion|release|withdrawal)\s+of\s+(.+)$/i.exec(what) : null;
  if (plain) {
    // The consequence stays, said as a fact: "permanent" is part of it ("…we'll permanently delete…", "…for good").
    const permanently = /permanent|irreversible|irrevocable/i.test(g.how ?? '');
    // "immediate" is a term too: when it happens ("…we'll immediately suspend…").
    const adverbs = [immediately ? 'immediately' : '', permanently ? 'permanently' : ''].filter(Boolean).map((a, i, all) => (i === all.length - 1 ? `${a} ` : `${a} and `)).join('');
    const object = second ? second[1] : what;
    // Privileges, rights and services end; an account or a membership closes.
    const verb = plain === "we'll close" && ENDS.test(object) ? "we'll end" : plain;
    const first = plain.startsWith('you') ? `${plain.replace("you'll ", `you'll ${immediately ? 'immediately ' : ''}`)} ${object}${permanently && !second ? ' for good' : ''}` : `${verb.replace("we'll ", `we'll ${adverbs}`)} ${object}`;
    const said = `if you don't ${action}, ${first}${second ? `, and ${WE_WILL[second[2].toLowerCase()]} ${second[3]}` : ''}${notice}.`;
    alternatives.push(sayPlainly(sentence, said));
  }
  // The plea is the copywriter's way ("Please confirm by Friday to keep your reserved seat."): "immediate" and
  // "without further notice" are the threat's edge, not terms the reader needs, so it is offered after the plain consequence.
  alternatives.push(...plea(second ? `${second[1]} and ${second[3]}` : what));
  return alternatives;
}

/** Legal words for a plain consequence ("If you fail to renew…, you will forfeit…" → "If you don't renew…, you'll lose…"). */
const PLAIN_WORDS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/\b(you|they)\s+fail\s+to\b/gi, (m) => `${m[1]} don’t`],
  [/\bwill\s+forfeit\b/gi, () => 'will lose'],
  [/\bforfeits\b/gi, () => 'loses'],
  [/\bforfeit\b(?=\s+(?:your|their|all|any|the)\b)/gi, () => 'lose'],
];

function inPlainWords(sentence: string): Alternative[] {
  const edits = PLAIN_WORDS.flatMap(([pattern, say]) => [...sentence.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: apostrophesLike(sentence, say(m as RegExpExecArray)) })));
  return edits.length ? [{ title: 'Rewrite: say it plainly', edits: edits.sort((a, b) => a.start - b.start), template: true }] : [];
}

export const rule = phraseRule({
  id: 'pushy.legal-threat',
  category: 'pushy',
  title: 'Threats in legal dress',
  defaultSeverity: 'warning',
  principle: 'people-buy-from-people',
  list: list as PhraseList,
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the threat',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  rewrite: (sentence) => [...keepWhatTheyHave(sentence), ...inPlainWords(sentence)],
  message: '“{phrase}” sounds like a legal threat. Say plainly what will happen, when, and what the reader can do.',
  why:
    'Dressing a sales deadline up as a legal notice (“failure to… will result in…”) borrows the fear people feel about bills and courts. Readers see through it, and it makes every later message from you feel like a demand. Say in plain words what happens and when, and how to keep what they have.',
  example: {
    before: 'Non-payment by the due date will result in immediate suspension of your account.',
    after: 'If we don’t receive payment by 3 May, we’ll pause your account until it comes through.',
  },
  examples: {
    flags: ['Non-payment by the due date will result in immediate suspension of your account.', 'Final notice: your domain is scheduled for release.', 'Your listing will be taken down unless you upgrade today.', 'Unrenewed licences will be terminated forthwith.'],
    clean: ['If a payment fails, we’ll email you and try again in three days.', 'Your plan renews on 1 June; you can cancel before then.', 'The final of the cup is on Saturday.', 'Notice boards in the lobby list the week’s events.'],
  },
});
