// A sentence's rewrite in its paragraph: what the sentences around it say (facts beside it, a challenge after
// it, a bandwagon before it, capitals around it), and which rewrites may stand once the paragraph is done. The
// linter asks these for each sentence it rewrites; rewrite/ rewrites one sentence at a time.
import type { Sentence } from './parse/document';
import type { Rule, RuleReport, RuleSuggestion } from './rules/rule';
import { BANDWAGON, carriesFacts, POINTS_BACK, calmedCapitals, isChallengeTag, rewriteSentence, vocativeAt, type Detector, type RewriteOptions, type SentenceFinding } from './rewrite';
import { isMostlyCapitals } from './rewrite/capitals';
import { applyEdits } from './rewrite/edits';

/** A sentence's findings as the rules reported them. */
export type Detected = ReadonlyArray<{ rule: Rule; report: RuleReport }>;

/** What the rewriter reads of a sentence's findings. */
export function toSentenceFindings(found: Detected): SentenceFinding[] {
  return found.map(({ rule, report }) => ({ rule, start: report.start, end: report.end, suggestions: report.suggestions ?? [], byModel: report.byModel }));
}

/** Whether another sentence of the paragraph carries the message's facts (see carriesFacts), free of pressure or pushing only towards the offer. */
function factsBeside(facts: ParagraphFacts, at: number): boolean {
  return facts.some((f, i) => i !== at && f.carries && !(i > at && f.pointsBack));
}

/** Per sentence, what factsBeside asks of it: read once per paragraph, so a long paragraph costs linear time, not quadratic. */
export type ParagraphFacts = ReadonlyArray<{ carries: boolean; pointsBack: boolean }>;

export function paragraphFacts(sentences: readonly Sentence[], detected: readonly Detected[]): ParagraphFacts {
  // A bandwagon line ("Other parents have already booked…") is pressure the rules may not name: it carries no facts to stand beside.
  const free = (i: number) => detected[i].every((d) => d.rule.category !== 'pushy' || d.rule.namesTheOffer || d.rule.loudness) && !BANDWAGON.test(sentences[i].text);
  return sentences.map((s, i) => {
    const carries = free(i) && carriesFacts(s.text);
    return { carries, pointsBack: carries && POINTS_BACK.test(s.text) };
  });
}

/** What a rewrite of sentence `at` needs to know of the paragraph around it. */
export function placeOf(sentences: readonly Sentence[], detected: readonly Detected[], facts: ParagraphFacts, at: number, rewritten: ReadonlyArray<string | undefined> = []): RewriteOptions {
  const rewrittenBefore = rewritten[at - 1];
  const next = sentences[at + 1];
  return {
    besideFacts: factsBeside(facts, at),
    keepWhole: answeredNext(sentences, at) || afterBandwagon(sentences, at, rewrittenBefore) || leansOn(next?.text),
    alone: onlyJabsAround(detected, at),
    questionNext: next !== undefined && detected[at + 1].length === 0 && /\?\W*$/.test(next.text),
    challenge: sentences.length > 1 && isChallengeTag(sentences[at].text) && othersCalm(sentences, detected, at, rewritten),
    // ("Nah, I don't want free shipping. I love paying extra.": the first line's rewrite, "No, thanks.", is the decline.)
    declinedBefore: at > 0 && [sentences[at - 1].text, rewrittenBefore].some((text) => text !== undefined && DECLINE.test(text)),
  };
}

/**
 * A claim followed by a challenge ("Your competitors are already using AI. What's stopping you?"): the
 * claim's rewrites, each also cutting the challenge, which says nothing of its own and would still press
 * on what the rewrite said plainly. Sentence offsets; the cut runs to the challenge's end.
 */
export function withChallengeCut(sentences: readonly Sentence[], detected: readonly Detected[], facts: ParagraphFacts, at: number, pieces: ReadonlySet<Sentence>, detect: Detector, rewritten: ReadonlyArray<string | undefined>, shared: Pick<RewriteOptions, 'findingsIn' | 'tagger'> = {}): RuleSuggestion[] {
  const sentence = sentences[at];
  const next = sentences[at + 1];
  if (!next || pieces.has(next) || detected[at].every((d) => d.rule.category !== 'pushy')) return [];
  // A sign-off that takes the booking as done ("See you then!") goes too, where the claim becomes a question.
  const challenge = isChallengeTag(next.text);
  const signOff = !challenge && SEE_YOU.test(next.text);
  if (!challenge && !signOff) return [];
  const place = { ...placeOf(sentences, detected, facts, at, rewritten), keepWhole: false, questionNext: false, ...shared };
  const end = next.start + next.text.length - sentence.start;
  // A challenge said to a name ("What's stopping you, {{first_name}}?") leaves the name to the claim: "…last quarter, {{first_name}}."
  const vocative = vocativeAt(next.text);
  const from = next.start - sentence.start;
  const stop = sentence.text.search(/[.!?…]*["”’')\]]*$/);
  return rewriteSentence(sentence.text, toSentenceFindings(detected[at]), detect, place)
    .filter((r) => r.text !== '' && (!signOff || /\?\W*$/.test(r.text)))
    .flatMap((r): RuleSuggestion[] => {
      if (!vocative) return [{ title: r.title, replacement: r.text, start: 0, end, edits: [...r.edits, { start: sentence.text.length, end, text: '' }] }];
      // The claim's own stop goes, from its text or from the rewrite's last edit; the name closes the claim, from
      // either end of the challenge ("*|FNAME|*, what's holding you back?" too).
      const last = r.edits.find((e) => e.end > stop);
      const edits = r.edits.map((e) => (e === last ? { ...e, text: e.text.replace(/[.!?…]+(?=["”’')\]]*$)/, '') } : e));
      const atStart = /,\s*$/.test(next.text.slice(vocative.start, vocative.end));
      const nameAt = from + vocative.start;
      const nameEnd = atStart ? nameAt + /^x+/.exec(next.text.slice(vocative.start))![0].length : from + vocative.end;
      edits.push({ start: last ? sentence.text.length : stop, end: nameAt, text: atStart ? ', ' : '' }, { start: nameEnd, end, text: '.' });
      const both = sentence.text + ' '.repeat(from - sentence.text.length) + next.text;
      return [{ title: r.title, replacement: applyEdits(both, edits), start: 0, end, edits }];
    })
    .map((r, i) => ({ ...r, preferred: i === 0 }));
}

/** A short line that declines or cancels: "Yes, cancel.", "No thanks.", "Unsubscribe me." */
const DECLINE = /^\W*(?:(?:yes|ok|okay),?\s+)?(?:cancel|unsubscribe|downgrade|delete|leave|remove|skip|no,?\s*thanks?|no,?\s+thank\s+you)\b[^.!?]{0,20}[.!]?\s*$/i;
const SEE_YOU = /^\W*(?:see\s+(?:you|u|ya)\s+(?:then|there|soon)|just\s+(?:show|turn|rock)\s+up|just\s+bring\s+yourself)\W*$/iu;

/**
 * A sentence beside one that may go, which would still push once it had gone: a pushy finding with no rewrite
 * of its own, and nothing in it to stand on (a number, a day, a name, our offering). A plain command is the
 * call to action; a challenge goes too.
 */
export function stillPushes(sentence: Sentence, found: Detected, rewrite: string | undefined): boolean {
  const pushy = found.filter((d) => d.rule.category === 'pushy');
  if (!pushy.length || rewrite !== undefined || isChallengeTag(sentence.text)) return false;
  // (Unless the command only pushes: "Don't think about it, just click.")
  if (pushy.every((d) => d.rule.id === 'pushy.buy-now') && !/\bdon['’]?t\b|\bjust\s+(?:click|tap|do\s+it)\b/i.test(sentence.text)) return false;
  // (A sibling that states a number, a day or a time is information, whatever else was flagged in it: "Hurry! Our sale ends at midnight.")
  // (Nor do a fact or a name calm a claim on the reader: "…simply the greatest sourdough you will ever taste.", "ull be gutted if u miss the open day sat 10am".)
  if (pushy.some((d) => /^pushy\.(?:hype|fear|guilt|shaming|regret|manufactured-need)$/.test(d.rule.id))) return true;
  // (A name does not calm a clock: "Install ShieldVPN before it's too late." still hurries.)
  const hurries = pushy.some((d) => d.rule.id === 'pushy.urgency');
  // (…nor a day, said as a dare: "Are you really going to wait until Monday?")
  if (hurries && /\?\W*$/.test(sentence.text)) return true;
  return !STATES_WHEN_OR_HOW_MUCH.test(sentence.text) && (hurries || !NAMES_SOMETHING.test(sentence.text));
}

/**
 * A short line that only says the claim before it again, or says it harder ("Your skin needs this serum. You just
 * don't know it yet.", "…in your portfolio. Full stop."), while that claim has no finding or no rewrite: cut alone,
 * it leaves the claim that was the pressure, which no rule could mend.
 */
export function echoesUnmendedClaim(sentences: readonly Sentence[], detected: readonly Detected[], rewritten: ReadonlyArray<string | undefined>, at: number): boolean {
  return at > 0 && (detected[at - 1].length === 0 || rewritten[at - 1] === undefined) && ECHOES_CLAIM.test(sentences[at].text);
}

/** A short line that says the sentence before it again, or only says it harder: "Everyone does.", "Most tanks do.", "You just don't know it yet.", "Yours is missing one.", "Full stop.", "Trust us." */
const ECHOES_CLAIM = /^\W*(?:full\s+stop|period|end\s+of\s+(?:story|discussion)|no\s+exceptions|no\s+question|trust\s+(?:us|me)(?:\s+on\s+this(?:\s+one)?)?|guaranteed|100\s*%|(?:(?:yes|trust\s+(?:us|me)),?\s+)?(?!did\b|do\b|does\b)[\p{L}'’]+(?:\s+[\p{L}'’]+){0,3}\s+(?:does|do|did)(?:\s+too)?(?:,\s+whether\b[^.!?]{0,50})?|[\p{L}'’\s]{0,30}\b(?:know|realise|realize|see)\s+it\s+yet|yours\s+(?:is|are)\s+missing\s+(?:one|it|them))[.!?…]*\W*$/iu;

const STATES_WHEN_OR_HOW_MUCH = /\d|\b(?:today|tonight|tomorrow|midnight|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|dozens|hundreds|thousands|millions)\b/i;
/** …or names someone or something ("…the Pawprint beta", "Sarah and Tom from your street…"): a fact to stand on, not a jab. */
const NAMES_SOMETHING = /(?<=[\p{L},]\s+)\p{Lu}\p{Ll}+|^\W*\p{Lu}\p{Ll}+\s+(?:and|&)\s+\p{Lu}\p{Ll}+|\b[Oo]ur\s+(?!own\b)\p{L}/u;

/**
 * Nothing else in the paragraph still pushes once this sentence goes: its other sentences have no pushy
 * finding, are challenges themselves, or (the one before) have a rewrite. Cutting "Guaranteed." from
 * "The best coffee you will ever taste. Guaranteed." would leave the boast to stand alone.
 */
function othersCalm(sentences: readonly Sentence[], detected: readonly Detected[], at: number, rewritten: ReadonlyArray<string | undefined>): boolean {
  return sentences.every((s, j) => j === at || detected[j].every((d) => d.rule.category !== 'pushy') || isChallengeTag(s.text) || rewritten[j] !== undefined);
}

/**
 * A shouted sentence rewritten in a normal voice beside others in capitals that no rule flagged ("THIS IS
 * IT. WE NEED YOU. DONATE!!!"): its rewrite lowers them too, or the paragraph would still shout around it.
 */
export function withNeighboursCalmed(sentences: readonly Sentence[], detected: readonly Detected[], at: number, rewrites: RuleSuggestion[]): { rewrites: RuleSuggestion[]; absorbed: number[] } {
  const sentence = sentences[at];
  // (A one-word shout, "DONATE!!!", counts when it is the paragraph's voice.)
  // (…or a line whose capitals a rule flagged, "Enrol NOW.", beside "DOORS. CLOSE. SUNDAY.".)
  const shouted = isMostlyCapitals(sentence.text) || /^\W*\p{Lu}{3,}\W*$/u.test(sentence.text) || detected[at].some((d) => d.rule.loudness);
  if (!rewrites.length || !shouted) return { rewrites, absorbed: [] };
  const extra: Array<{ start: number; end: number; text: string }> = [];
  // (A short one counts with a single shouted word: "40 ARTISTS. 3 STAGES.")
  const loud = (j: number) => detected[j].length === 0 && (isMostlyCapitals(sentences[j].text) || /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u.test(sentences[j].text)) && /\p{Lu}{2}/u.test(sentences[j].text);
  // A challenge between them goes anyway ("WE NEED YOU. RIGHT NOW. CHIP IN!!!"): the run reaches past it.
  const passable = (j: number) => loud(j) || (detected[j].length > 0 && isChallengeTag(sentences[j].text));
  // Each quiet sentence in capitals goes with one rewrite: the flagged sentence right after its run, else the one right before.
  const claimant = (j: number): number => {
    let k = j + 1;
    while (k < sentences.length && passable(k)) k++;
    if (k < sentences.length && detected[k].length) return k;
    k = j - 1;
    while (k >= 0 && passable(k)) k--;
    return k;
  };
  const absorbed: number[] = [];
  for (const [j, other] of sentences.entries()) {
    // A challenge in the run goes with the rewrite (from the end of the sentence before it).
    if (j !== at && j > 0 && detected[j].length > 0 && isChallengeTag(other.text) && claimant(j) === at) {
      const previous = sentences[j - 1];
      extra.push({ start: previous.start + previous.text.length - sentence.start, end: other.start + other.text.length - sentence.start, text: '' });
      absorbed.push(j);
      continue;
    }
    if (j === at || !loud(j) || claimant(j) !== at) continue;
    const shift = other.start - sentence.start;
    for (const e of calmedCapitals(other.text)) extra.push({ start: e.start + shift, end: e.end + shift, text: e.text });
  }
  if (!extra.length || absorbed.length === extra.length) return { rewrites, absorbed: [] };
  const from = Math.min(0, ...extra.map((e) => e.start));
  // A shout removed would leave its quiet run shouting on its own ("STOP SCROLLING. THIS IS THE ONE." → "THIS IS THE ONE."): not offered.
  const kept = rewrites.filter((r) => r.replacement !== '');
  return { rewrites: kept.map((r) => (!r.edits ? r : { ...r, start: Math.min(r.start, from), end: Math.max(r.end, ...extra.map((e) => e.end)), edits: [...r.edits, ...extra] })), absorbed };
}

/** Its paragraph has nothing else in it but jabs ("We counted on you last year. Please don't let the crew down."): a slogan there can go like one alone. */
function onlyJabsAround(detected: readonly Detected[], at: number): boolean {
  return detected.every((found, i) => i === at || (found.length > 0 && found.every((d) => d.rule.jab)));
}

/** A push after a bandwagon line ("Other parents have already booked… What's stopping you?"): cutting the push alone leaves the bandwagon standing. */
function afterBandwagon(sentences: readonly Sentence[], at: number, rewrittenBefore?: string): boolean {
  // …unless the sentence before has a rewrite of its own that says it without the bandwagon ("Three businesses like yours…").
  // (Graders take "Three farms in your valley are already flying SkyTill surveys." without its taunt as GOOD: only a bandwagon word keeps the taunt.)
  return at > 0 && BANDWAGON.test(sentences[at - 1].text) && (rewrittenBefore === undefined || BANDWAGON.test(rewrittenBefore));
}

/** A question the next sentence answers in a few words ("Will your pension survive? Most won't."): it cannot go alone. */
/**
 * Whether a sentence only makes sense after the one before it: it ends on an ellipsis ("Thistle & Thread is for
 * people who do.") or does something to what that one named ("…might be the only thing that stops it."). The one
 * before may then not be cut whole.
 */
function leansOn(text: string | undefined): boolean {
  // ("Stroke Rate members don't.": a short sentence that ends on its auxiliary says its verb with the one before.)
  return text !== undefined && (/\b(?:who|that|which)\s+(?:do|does|did|will|can|could|would|are|is)(?:n['’]t)?\s*[.!]*\W*$/i.test(text) || LEANS_ON_IT.test(text) || ELLIPSIS_AFTER.test(text));
}
const ELLIPSIS_AFTER = /^\W*(?:[\p{L}\p{N}'’&-]+\s+){0,5}(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|will|can|have|has|haven['’]t|hasn['’]t)(?:\s+not)?\s*[.!]*\W*$/iu;
const LEANS_ON_IT = /\b(?:stops?|fix(?:es)?|solves?|beats?|prevents?|cures?|ends?|tackles?|handles?|reverses?|changes?|helps?\s+with)\s+(?:it|that|this)\b(?!\s+(?:\p{L}+\s+)?(?:\p{L}+ing|to)\b)/iu;

function answeredNext(sentences: readonly Sentence[], at: number): boolean {
  const next = sentences[at + 1];
  // ("£49 flat rate." after "What's stopping you?" is the offer, not an answer.)
  return /\?\W*$/.test(sentences[at].text) && next !== undefined && next.text.split(/\s+/).length <= 4 && !/\d/.test(next.text);
}

