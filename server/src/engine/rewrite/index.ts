// Sentence rewrites: every finding in a sentence contributes its best edit, the edits are combined
// with conversational contractions, and the result is offered only if it passes the safety net:
// re-linted it triggers no rule, and no protected token (number, price, date, name, quote, link,
// merge tag) was lost. Used by lint() for each sentence that has findings; results are cached with the block.
import type { FindingToRewrite, RewriteContext, Rule, RuleSuggestion } from '../rules/rule';
import { applyEdits, deletesWords, keepOpeningCapital, mergeEdits, type Alternative, type Edit } from './edits';
import { contractionEdits } from './contractions';
import { spelledOut, textSpeakEdits } from './text-speak';
import { isVerbless, isWellFormed, sentenceTerms } from './well-formed';
import { articleEdits } from './articles';
import { isMostlyCapitals, lowerCaseEdits } from './capitals';
import { lexiconTag, Tagger, type TaggedTerm } from '../parse/nlp';
import { wordCount } from '../text';

/** What the rewriter needs of the rule behind a finding: its rewrite and how its tactic behaves. */
export type RewritingRule = Pick<Rule, 'id' | 'category' | 'rewrite' | 'pressure' | 'jab' | 'loudness' | 'dropsOnlyBoasts' | 'rewriteAtMost' | 'replacesLine'>;

export interface SentenceFinding extends FindingToRewrite {
  rule: RewritingRule;
  /** The rule's own phrase-level fixes, in sentence offsets. */
  suggestions: RuleSuggestion[];
}

export interface SentenceRewrite {
  title: string;
  edits: Edit[];
  text: string;
}

/** Rule ids found in a piece of text (sentence-level rules only): the safety net's re-lint. */
export type Detector = (text: string) => string[];

const MAX_REWRITES = 3;
/** Longer than any sentence a copywriter writes (about 150 words). */
const MAX_REWRITE_LENGTH = 1000;
const MAX_FINDINGS_TO_REWRITE = 12;

export { isWellFormed };

/** Whether a sentence is one a rewrite can handle: a copywriter's sentence, not a run-on line or a thicket of findings. */
export function worthRewriting(sentence: string, findings: number): boolean {
  return sentence.length <= MAX_REWRITE_LENGTH && findings <= MAX_FINDINGS_TO_REWRITE;
}

export interface RewriteOptions {
  /** compromise's readings, remembered by the linter (a new one for this call if not given). */
  tagger?: Tagger;
  /** Other sentences of the paragraph carry the message's facts (see carriesFacts). */
  besideFacts?: boolean;
  /** The sentence must stay, at least in part: the next one answers it ("Will your pension survive? Most won't."). */
  keepWhole?: boolean;
  /** Its paragraph holds nothing but this sentence and other jabs (a tagline, a P.S.): a slogan there can go without leaving the rest half-said. */
  alone?: boolean;
  /** A question that no rule flagged follows ("…switched last month. Will you match them?"): a comparison said plainly would still be answered by a challenge. */
  questionNext?: boolean;
  /** The sentence before it already declines ("Yes, cancel."): an opt-out jab after it goes whole, not as a second "No, thanks". */
  declinedBefore?: boolean;
  /** The sentence is a challenge beside other sentences (see isChallengeTag): it may go whole. */
  challenge?: boolean;
  /** Hears every candidate the safety net refused, with the reason (development tools and tests). */
  trace?: (candidate: string, reason: string) => void;
  /** The findings in a candidate (one sentence): a candidate still flagged is rewritten once more from them. */
  findingsIn?: (text: string) => SentenceFinding[];
  /** This is that second pass: it does not go round again. */
  secondPass?: boolean;
}

/** How many half-done candidates (still flagged, otherwise sound) get a second pass. */
const MAX_SECOND_PASSES = 2;

export function rewriteSentence(sentence: string, findings: readonly SentenceFinding[], detect: Detector, place: RewriteOptions = {}): SentenceRewrite[] {
  const { besideFacts = false, keepWhole = false, alone = false, questionNext = false, challenge = false, declinedBefore = false, trace, findingsIn, secondPass = false } = place;
  // A run-on line (an unsplit CSV row, a minified email) or a sentence thick with findings is for the
  // writer: rewriting it would cost time and memory that grow with its length times its findings.
  if (!worthRewriting(sentence, findings.length)) return [];
  const tagger = place.tagger ?? new Tagger();
  const original = sentenceTerms(tagger, sentence);
  // A rule found more often than it allows (jargon in three places) leaves a sentence to rewrite by hand:
  // word-for-word swaps leave stiff, half-fixed copy ("We help cross-functional people involved to unlock value…").
  if (findings.some((f) => f.rule.rewriteAtMost !== undefined && findings.filter((g) => g.rule === f.rule).length > f.rule.rewriteAtMost)) return [];
  // A slogan with its boasts taken out is still a slogan ("The destination for global wealth."): what it
  // should say instead is a fact only the writer knows.
  // Only a rule's own rewrite of the whole line, saying what the business does, is offered there.
  const sloganOfBoasts = findings.every((f) => f.rule.dropsOnlyBoasts) && isVerbless(tagger, sentence);
  const options: Alternative[][] = [];
  const context: RewriteContext = { tagger };
  // A sentence in capitals is written in a normal voice as a whole, not only where a rule pointed.
  const shouted = isMostlyCapitals(sentence);
  const caseOnlyOptions: Alternative[][] = [];
  const caseOnly = (a: Alternative) => a.edits.every((e) => e.text.toLowerCase() === sentence.slice(e.start, e.end).toLowerCase());
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const alternatives = (f.rule.rewrite?.(sentence, f, context) ?? []).filter((a) => (!sloganOfBoasts || (a.template && a.edits.length === 1 && a.edits[0].start === 0 && a.edits[0].end === sentence.length)) && !(questionNext && a.comparison));
    // There the shouting's own fix (lower case over its phrase) would only stand in the way of the other rules' edits.
    if (shouted && f.rule.loudness && alternatives.length && alternatives.every(caseOnly)) {
      caseOnlyOptions.push(alternatives);
      continue;
    }
    if (alternatives.length) options.push(alternatives);
  }
  if (sloganOfBoasts && !options.length && wordCount(sentence) > 3) return [];
  // …unless they are all there is: then the lower case is the rewrite.
  if (!options.length) options.push(...caseOnlyOptions);
  // A push tacked on at the end (", so grab one while you can") goes, and the sentence ends where the information does.
  const tail = pressureTail(sentence, findings);
  // The first choice of every finding, then each finding's other choices with the rest kept first.
  const combinations: Alternative[][] = options.length ? [options.map((o) => o[0])] : [];
  options.forEach((o, i) => o.slice(1).forEach((alt) => combinations.push(options.map((p, j) => (j === i ? alt : p[0])))));
  // A rule's template that rewrites over every finding ("You'll regret it if you don't book…" is also fomo) is tried on its own too:
  // another finding's first fix would otherwise claim the same words first.
  for (const o of options) for (const alt of o) if (alt.template && findings.length > 1 && findings.every((f) => alt.edits.some((e) => e.start <= f.start && f.end <= e.end))) combinations.push([alt]);
  // Dropping the tail covers the findings inside it: tried first, on its own, then with the other findings' first fixes.
  if (tail) combinations.unshift([tail], ...(options.length ? [[tail, ...options.map((o) => o[0])]] : []));
  // Or the clauses that only push go and the ones that inform stay ("Hurry — your 40% discount ends in 3 hours").
  // (Not in an opt-out line: "I'll pass — I enjoy overpaying" keeps its decline, never the jab.)
  const informing = findings.some((f) => f.rule.replacesLine) && DECLINE_THEN_JAB.test(sentence) ? undefined : dropPressureClauses(sentence, findings);
  if (informing) {
    // With the other findings' fixes where they fall in what stays ("Only 3 left in stock — and they're
    // going fast!" → "We have 3 left in stock.").
    combinations.unshift([informing]);
    if (options.length) combinations.unshift([informing, ...options.map((o) => o[0])]);
  }
  /** The whole sentence cut, marked as the case that cuts it allows. */
  const dropWhole = (marks: Omit<Alternative, 'title' | 'edits'> = {}): Alternative => ({ title: 'Rewrite: drop the pressure', edits: [{ start: 0, end: sentence.length, text: '' }], ...marks });
  // A sentence that is only pressure ("The clock is ticking.") carries nothing worth keeping: the
  // rewrite removes it (the safety net still refuses when a name, number or link would go). No stock
  // line ever stands in for it.
  // (Unless the next sentence answers this one: removing it would leave the answer hanging.)
  if (!keepWhole && mostlyPressure(sentence, findings)) combinations.push([dropWhole()]);
  // Beside a sentence that carries the message's facts, a sentence whose every finding is pressure (a jab,
  // a scare: "Real runners don't skip strength work.") can go whole, as a copywriter would cut it, if it
  // holds no fact of its own; so can a chant ("SALE SALE SALE!!! 40% OFF EVERY SKEIN!!!"), which says
  // nothing the message does not.
  if (!keepWhole && besideFacts && (onlyPressure(findings) || CHANT.test(sentence))) combinations.push([dropWhole({ template: true })]);
  // A slogan alone in its paragraph that only jabs (shames, guilts, scares) and states no fact is cut whole,
  // as a copywriter would: there is nothing in it to keep. Among other sentences, cutting one jab would
  // leave the rest half-said ("Your phone is begging for a clean-up. Speed it up…").
  if (alone && !keepWhole && findings.every((f) => f.rule.jab)) combinations.push([dropWhole({ template: true, slogan: true })]);

  // "Yes, cancel. I enjoy paying full bank fees.": the decline is said; the jab after it goes, rather than a second "No, thanks".
  if (declinedBefore && findings.every((f) => f.rule.replacesLine)) combinations.unshift([dropWhole({ template: true })]);

  // A challenge beside the message ("…by Friday. No excuses.") goes first: nothing in it is worth rewording.
  if (challenge && !keepWhole) combinations.unshift([dropWhole({ challenge: true })]);

  const loud = findings.filter((f) => f.rule.loudness && /\p{Lu}{2}/u.test(sentence.slice(f.start, f.end)));
  // How the shouted sentence's own words are said normally: computed once, used for every candidate.
  const lowered = shouted ? lowerCaseEdits(sentence) : [];
  const rewrites: SentenceRewrite[] = [];
  // Candidates sound but for another finding the combination could not fix at the same time (two legal phrases
  // whose fixes overlap): each gets a second pass of its own.
  const halfDone: Array<{ text: string; edits: Edit[]; making: Making }> = [];
  const offer = (combination: Alternative[]): void => {
    if (combination.length === 1 && combination[0].challenge) {
      rewrites.push({ title: 'Rewrite: remove this sentence', edits: combination[0].edits, text: '' });
      return;
    }
    let edits: Edit[] = [];
    for (const alt of combination) edits = mergeEdits(edits, alt.edits);
    // What the result is judged by: the alternatives whose edits made it in (a clashing one was left out).
    const applied = combination.filter((a) => a.edits.some((e) => edits.includes(e)));
    edits = mergeEdits(edits, articleEdits(sentence, edits));
    // A shouted sentence said in a normal voice: the words an edit writes in capitals ("LEVERAGE" → "USE") are lowered too.
    // ("the LANTERN WALK IS BACK" opens on a capital then, as a sentence does.)
    // A chant after the message goes ("…JUST DROPPED GO GO GO!!!" → "…just dropped."): said quietly it is still a chant.
    if (shouted || loud.length) edits = mergeEdits(edits, chantEdits(sentence));
    if (shouted) edits = mergeEdits(mergeEdits(edits.map(lowerIfShouted).map((e) => lowerCopiedShouts(sentence, lowered, e)), lowered), openingCapital(sentence));
    // A fix written in the capitals of the phrase it replaced ("DOWNLOAD NOW" → "DOWNLOAD IT") drops them where the capitals were the shouting.
    // …and the other shouted words of the sentence go with them ("Pickle Night is BACK and BIGGER THAN EVER!!!").
    else if (loud.length) edits = mergeEdits(edits.map((e) => (loud.some((f) => e.start < f.end && f.start < e.end) ? lowerIfShouted(e) : e)), lowerCaseEdits(sentence));
    // ("PLEASE!!! The lido needs YOU!!!": the "!!!" was the loud finding, the capitals shout with it.)
    // (Not a short code the dictionary does not know, "OMG", "FEC".)
    else if (findings.some((f) => f.rule.loudness)) edits = mergeEdits(edits, lowerCaseEdits(sentence, true));
    // Text-speak goes from the sentence's own words and from the words the edits wrote ("we've updated ur account").
    edits = mergeEdits(edits.map((e) => ({ ...e, text: spellOutIn(sentence, e) })), textSpeakEdits(sentence));
    edits = keepOpeningCapital(sentence, edits);
    edits = mergeEdits(edits, calmEnding(sentence, edits, findings));
    edits = mergeEdits(edits, quietAlarms(sentence, edits, findings));
    // A cut between an abbreviation's stop and the sentence's ("…at Kiln & Co.|, and they never last|.") keeps one stop.
    edits = edits.map((e) => (e.text === '' && sentence[e.start - 1] === '.' && sentence[e.end] === '.' ? { ...e, end: e.end + 1 } : e));
    // …and the alarm an opening cut left in front goes with the words it sounded for.
    if (findings.some((f) => f.rule.pressure)) edits = edits.map((e) => (e.start === 0 && ALARM_OPENING.test(e.text) ? { start: 0, end: e.end + /^\s*/.exec(sentence.slice(e.end))![0].length, text: '' } : e));
    // A tag question cut ("Poor pup deserves better, don't you think?") leaves a statement: it ends on a full stop.
    edits = edits.map((e) => statementAfterTagCut(sentence, e));
    // A shouted sentence said in a normal voice ends on a full stop, not on the one "!" its marks were cut to.
    if (shouted) edits = edits.map((e) => (e.text === '!' && /^[!\s]*$/.test(sentence.slice(e.end)) ? { ...e, text: '.' } : e));
    const withContractions = mergeEdits(edits, contractionEdits(tagger, sentence));
    const spent = applied.flatMap((a) => a.spends ?? []);
    // Words a rule's template rewrote where they stand ("…disappears at midnight" → "…is valid until midnight") are said again, not lost.
    const rephrased = applied.filter((a) => a.template).flatMap((a) => a.edits);
    const making: Making = { tagger, original, fromTemplates: applied.every((a) => a.template), spent, rephrased, secondPass };
    let stillPushing: string | undefined;
    for (const candidate of [withContractions, edits]) {
      const text = applyEdits(sentence, candidate);
      if (text === sentence || rewrites.some((r) => r.text === text)) continue;
      const refused = refusal(sentence, text, candidate, findings, detect, { ...making, label: applied.every((a) => a.label), slogan: applied.every((a) => a.slogan) });
      if (refused) {
        trace?.(text, refused);
        if (/^still flagged: (?:pushy\.|the second opinion \(pushy\))/.test(refused)) stillPushing ??= text;
        if (refused.startsWith('still flagged: ') && !halfDone.some((h) => h.text === text)) halfDone.push({ text, edits: candidate, making });
        continue;
      }
      // The light bulb shows what a click does: the sentence itself, shortened.
      const title = text === '' ? 'Rewrite: remove this sentence' : rewriteTitle(text);
      rewrites.push({ title, edits: candidate, text });
      return;
    }
    // What is left is a bare order ("Don't wait — renew your plan today." → "Renew your plan today."): as an offer it may pass.
    const invited = stillPushing === undefined ? undefined : asInvitation(stillPushing);
    if (invited === undefined || rewrites.some((r) => r.text === invited)) return;
    const whole = [{ start: 0, end: sentence.length, text: invited }];
    const refused = refusal(sentence, invited, whole, findings, detect, making);
    if (refused) trace?.(invited, refused);
    else rewrites.push({ title: rewriteTitle(invited), edits: whole, text: invited });
  };
  for (const combination of combinations) {
    offer(combination);
    if (rewrites.length >= MAX_REWRITES) break;
  }
  // Nothing the findings' own fixes made passed: the clauses that push on their own (the rules or the
  // model flag them read alone) go, and the ones that inform stay ("Kiln weekend: 4 spots remaining (and
  // dropping fast).", "Early-bird pricing ends at 11:59pm and there's no extension, no exceptions.").
  if (!rewrites.length && !keepWhole) {
    const informing = dropClausesThatPush(sentence, findings, detect);
    if (informing) offer([informing]);
  }
  if (!rewrites.length && findingsIn && !secondPass) {
    for (const half of halfDone.slice(0, MAX_SECOND_PASSES)) {
      const found = findingsIn(half.text);
      if (!found.length) continue;
      for (const again of rewriteSentence(half.text, found, detect, { ...place, tagger, secondPass: true })) {
        // Judged against the original sentence too: what the first pass cut, and every fact it held.
        // (Words the second pass changed were its own findings', checked there: content is judged in that pass.)
        // …but a second pass that cuts an opening the first kept ("For the spring calligraphy intake — doors close…") cuts what it is about.
        const refused =
          again.text === '' ? 'removal after a rewrite' : keptOpeningLost(sentence, half.text, again.text, findings) > 1 ? 'second pass cuts the opening the first kept' : refusal(sentence, again.text, half.edits, findings, detect, { ...half.making, fromTemplates: true });
        if (refused) trace?.(again.text, `second pass: ${refused}`);
        else if (!rewrites.some((r) => r.text === again.text)) rewrites.push({ title: rewriteTitle(again.text), edits: [{ start: 0, end: sentence.length, text: again.text }], text: again.text });
      }
      if (rewrites.length) break;
    }
  }
  return rewrites.map((r) => withOpeningCapital(sentence, r));
}

/** "If you don’t renew…, you'll lose…": the apostrophes of a rewrite in one style, the writer's where they chose one. */
function oneApostrophe(sentence: string, text: string): string {
  const straight = /\p{L}'\p{L}/u, curly = /\p{L}’\p{L}/u;
  const style = straight.test(sentence) && !curly.test(sentence) ? "'" : curly.test(sentence) && !straight.test(sentence) ? '’' : /\p{L}(['’])\p{L}/u.exec(text)?.[1];
  return style ? text.replace(/(?<=\p{L})['’](?=\p{L})/gu, style) : text;
}

/** A rewrite opens on a capital, as a sentence does, even where the writer typed in lower case ("this week's issue…"). (Not "iPhone", "www.…", nor a merge tag, masked as "xxxx".) */
const LOWER_CASE_OPENING = /^([\s"“'‘(*_]*)(?!x{3,}\b)(\p{Ll})(?=[\p{Ll}'’-]*(?:$|[\s,!?;:…—–]|\.(?![\p{L}\p{N}])))/u;

function withOpeningCapital(sentence: string, r: SentenceRewrite): SentenceRewrite {
  const m = LOWER_CASE_OPENING.exec(r.text);
  const capitalised = m ? m[1] + m[2].toUpperCase() + r.text.slice(m[0].length) : r.text;
  // "Click, book, pack: reserve your cabin this second." → "Reserve your cabin": a cut that took the stop hands it back.
  const stopped = /[.!?]\W*$/u.test(sentence) && /[\p{L}\p{N}]$/u.test(capitalised) ? `${capitalised}.` : capitalised;
  const text = oneApostrophe(sentence, stopped);
  if (text === r.text) return r;
  return { title: rewriteTitle(text), edits: [{ start: 0, end: sentence.length, text }], text };
}

/** Orders the reader can take up as offers, and the plainer verb for the grabby ones. */
const INVITABLE = /^(?:just\s+|so\s+)?(renew|book|order|buy|join|upgrade|sign\s+up|register|enrol|enroll|subscribe|reserve|claim|grab|get|try|download|install|visit|call|reply|donate|give|chip\s+in|pledge|shop|switch|apply|add|pre-?order|secure|snag|pick\s+up)\b/i;
/** Asks whose object goes without saying: a gift, a place, a reply. */
/** A sentence that is only a command to sign up, join or give ("Sign up now.", "ENROL TODAY!"). */
const BARE_SIGN_UP = /^\W*(?:just\s+)?(?:sign\s+up|enrol|enroll|register|subscribe|join(?:\s+us)?|donate|upgrade)(?:\s+(?:now|today|right\s+now|here))?\W*$/i;
const OBJECTLESS_ASK = /^(?:donate|give|chip in|pledge|join|register|subscribe|sign up|enrol|enroll|apply|reply)$/;
const PLAINER_VERB: Record<string, string> = { grab: 'get', claim: 'get', snag: 'get', secure: 'book' };

/**
 * "Renew your Pro plan today." → "You can renew your Pro plan today.": a command that is only an order becomes
 * what the reader can do, in its own words. Not a bare "Book now." (nothing to offer) nor a command of another kind.
 */
function asInvitation(text: string): string | undefined {
  const m = INVITABLE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  // ("Join today." may become "You can join today.": the day is when; a bare "Book now." offers nothing.)
  const verb = m[1].toLowerCase().replace(/\s+/g, ' ');
  // …but a gift, a place or a reply needs no object: "CHIP IN NOW!!!" → "You can chip in."
  if (/^\s*(?:(?:right\s+)?now)?\s*[.!]*\s*$/i.test(rest) && OBJECTLESS_ASK.test(verb)) return `You can ${verb}.`;
  if (/^\s*(?:it|them|one|now|(?:right\s+)?now)?\s*[.!]*\s*$/i.test(rest)) return undefined;
  // The clock goes with the order ("call us now on 0161…"); a day stays, it may be when the offer holds.
  const unhurried = rest.replace(/\s+(?:right\s+now|now|immediately|asap)(?=\s+(?:on|at|and|to|via)\b|\s*[.!]*\s*$)/i, '');
  return `You can ${PLAINER_VERB[verb] ?? verb}${unhurried}`.replace(/\s*!+(\s*)$/, '.$1');
}

/** Shouted words an edit copied from its sentence ("We've flagged YOUR account") are lowered as the sentence's own are (`lowered`, its lowerCaseEdits). */
function lowerCopiedShouts(sentence: string, lowered: readonly Edit[], e: Edit): Edit {
  if (!/\p{Lu}{2}/u.test(e.text)) return e;
  const firstWord = /\p{L}+/u.exec(sentence)?.[0];
  const saidAs = new Map(lowered.map((x) => [sentence.slice(x.start, x.end), x.text]));
  const text = e.text.replace(/\p{Lu}[\p{Lu}'’]+/gu, (w) => {
    const said = saidAs.get(w);
    if (said === undefined) return w;
    return w === firstWord ? said.toLowerCase() : said;
  });
  return text === e.text ? e : { ...e, text };
}

/** An edit that writes capitals ("DOWNLOAD IT", "USE") writes them in lower case. */
function lowerIfShouted(e: Edit): Edit {
  return /\p{Lu}{2}/u.test(e.text) && e.text === e.text.toUpperCase() ? { ...e, text: e.text.toLowerCase() } : e;
}

/** A pushy or shouted sentence rewritten as a plain fact ends with a full stop, not the "!" that went with the push ("Only 3 left!" → "We have 3 left."). */
function calmEnding(sentence: string, edits: readonly Edit[], findings: readonly SentenceFinding[]): Edit[] {
  const bang = /(?<![!?])!\s*$/.exec(sentence);
  if (!bang || !findings.some((f) => f.rule.pressure || f.rule.loudness) || edits.length === 0 || edits.some((e) => e.end > bang.index || (e.start === 0 && e.end === sentence.length))) return [];
  return [{ start: bang.index, end: bang.index + 1, text: '.' }];
}

/** A question tag at the end of a sentence: ", don't you think", ", right", ", isn't it". */
const QUESTION_TAG = /,\s*(?:(?:do|does|did|is|are|was|were|would|will|could|have|has|can)n['’]?t\s+(?:you|we|they|it|he|she)(?:\s+(?:think|agree))?|right|eh|yeah|no)\s*$/i;

/** The "?" of a sentence whose question tag an edit cut (", don't you think?" → "?"), said as a full stop. */
function statementAfterTagCut(sentence: string, e: Edit): Edit {
  if (!/^\?$/.test(e.text) || !/^\?\s*$/.test(sentence.slice(e.end - 1))) return e;
  return QUESTION_TAG.test(sentence.slice(e.start, e.end - 1)) ? { ...e, text: '.' } : e;
}

/** "FREE DELIVERY TONIGHT ONLY 🚨🚨🚨": a run of sirens and clocks at either end shouts as the capitals did, so it goes with them. */
function quietAlarms(sentence: string, edits: readonly Edit[], findings: readonly SentenceFinding[]): Edit[] {
  if (!edits.length || !findings.some((f) => f.rule.pressure || f.rule.loudness)) return [];
  const quiet: Edit[] = [];
  for (const m of sentence.matchAll(ALARM_RUN)) {
    const end = m.index! + m[0].length;
    // In the middle a run parts two phrases ("HUGE DROP 🔥🔥 tap NOW"): it stays, or they would run together.
    const atEnd = end >= sentence.trimEnd().length;
    if (m.index! > 0 && !atEnd) continue;
    // At the end, the space before the run goes with it.
    const start = atEnd ? sentence.slice(0, m.index).trimEnd().length : m.index!;
    if (!edits.some((e) => e.start < end && start < e.end)) quiet.push({ start, end, text: '' });
  }
  return quiet;
}
/** One siren, clock, fire or loudspeaker emoji with the spaces after it. */
const ALARM_EMOJI = String.raw`[\u{1F6A8}\u{23F0}\u{23F3}\u{231B}\u{203C}\u{26A0}\u{1F525}\u{1F4A5}\u{1F4E2}\u{2757}\u{2755}]\uFE0F?\s*`;
/** Two or more alarm emoji in a row. */
const ALARM_RUN = new RegExp(`(?:${ALARM_EMOJI}){2,}`, 'gu');
/** All an opening cut left of the sentence's start: alarm emoji ("Tick tock ⏰ your deal…" → "⏰ Your deal…"). */
const ALARM_OPENING = new RegExp(`^(?:${ALARM_EMOJI})+$`, 'u');

/** An edit's text with its text-speak spelled out, except a word the edit writes only part of ("U" that starts "using"). */
function spellOutIn(sentence: string, edit: Edit): string {
  const letterAt = (i: number) => /[\p{L}\p{N}]/u.test(sentence.charAt(i));
  const whole = textSpeakEdits(edit.text).filter((t) => !(t.start === 0 && edit.start > 0 && letterAt(edit.start - 1)) && !(t.end === edit.text.length && letterAt(edit.end)));
  const out = applyEdits(edit.text, whole);
  // Spelled out inside the sentence, a word keeps the edit's lower case ("…every bowl tonite" → "…tonight", not "Tonight").
  return /^\p{Ll}/u.test(edit.text) && /\p{L}/u.test(sentence.slice(0, edit.start)) ? out.charAt(0).toLowerCase() + out.slice(1) : out;
}

/** A closing clause that only pushes: a command, a "don't", or a clock, after a comma, a semicolon or a dash. */
const PRESSURE_TAIL = /\s*(?:[,;]|\s[—–-]|\s(?:👉|➡️|→|\p{Extended_Pictographic}\uFE0F?))\s*(?:(?:so|and|but|then)\s+)?(?:(?:just|now|please)\s+)?(?:don['’]?t|do\s+not|do\s+it|go(?:,?\s+go)+|grab|get|buy|order|book|act|hurry|call|claim|secure|shop|sign\s+up|join|snap|lock|reserve|upgrade|subscribe|register|enrol|enroll|donate|give|before\s+(?:it|they|you)|while\s+(?:you|it|they|stocks))\b[^.!?]*([.!?]*)\s*$/iu;

function pressureTail(sentence: string, findings: readonly SentenceFinding[]): Alternative | undefined {
  const m = PRESSURE_TAIL.exec(sentence);
  if (!m || !findings.some((f) => f.rule.category !== 'impersonal' && f.end > m.index)) return undefined;
  // What is left must be a clause of its own: some words, and a verb among them (the well-formedness check confirms).
  if (sentence.slice(0, m.index).trim().split(/\s+/).length < 3) return undefined;
  const mark = m[1].includes('?') ? '?' : '.';
  return { title: 'Rewrite: drop the push at the end', edits: [{ start: m.index, end: sentence.length, text: mark }], template: true };
}

/**
 * Where a sentence divides into clauses: a dash, a colon or semicolon, a stop inside the sentence, or a
 * comma before "so", "and", "but" or "because". Group 1 is the separator.
 */
const CLAUSE_BREAK = /(\s+[—–-]+\s+|\s*[—–]\s*|[;:]\s+|[!?.…]+\s+|,\s+(?=(?:so|and|but|because|or)\b)|\s+(?=and\s+(?:it|they|this|that|there)(?:['’](?:s|re|ll)|\s+(?:is|are|will|won['’]t|isn['’]t|aren['’]t))\b)|\s+(?=\((?:and|but|so|or|they|it|which|then)\b))/gu;
const MAX_DROPPED_CLAUSE_WORDS = 12;
/** A clause with more to say than this is information, however pushy ("Your driveway is in desperate need of a pressure wash"). */
const MAX_DROPPED_CONTENT_WORDS = 4;

/**
 * The clauses that only push (a pushy finding covers much of them, and they hold no number, name, link
 * or date) are dropped; the clauses that inform stay, in their order and with their own words. The
 * safety net then checks that what stays is a clean sentence that kept every fact.
 */
function dropPressureClauses(sentence: string, findings: readonly SentenceFinding[]): Alternative | undefined {
  const pushy = findings.filter((f) => f.rule.category !== 'impersonal');
  if (!pushy.length) return undefined;
  const pieces = clausesOf(sentence);
  if (pieces.length < 2) return undefined;
  const pressure = pieces.map((p) => {
    const text = sentence.slice(p.start, p.end);
    if (!letters(text) || wordCount(text) > MAX_DROPPED_CLAUSE_WORDS || protectedTokens(text).length) return false;
    // A count of what is left is a fact, said calmly once its "only" goes ("…and there are only two left in this price band").
    if (COUNT_LEFT.test(text)) return false;
    // A button's word is what the reader clicks ("Skip — I'm happy getting out of breath" → "Skip."): it stays.
    if (BUTTON_WORD.test(text)) return false;
    const covered = pushy.reduce((n, f) => n + letters(sentence.slice(Math.max(f.start, p.start), Math.min(f.end, p.end))), 0);
    // What the findings leave of the clause is at most one content word: "Your driveway is in desperate
    // need of a pressure wash" says what the offer is, and stays.
    const words = [...text.matchAll(/[\p{L}’']{4,}/gu)].filter((m) => !FUNCTION_WORDS.has(m[0].toLowerCase()) && !/['’]/.test(m[0]));
    const content = words.filter((m, i) => words.findIndex((w) => w[0].toLowerCase() === m[0].toLowerCase()) === i);
    const outside = content.filter((m) => !pushy.some((f) => p.start + m.index! < f.end && f.start < p.start + m.index! + m[0].length));
    return covered * 5 >= letters(text) * 2 && outside.length <= 1 && content.length <= MAX_DROPPED_CONTENT_WORDS;
  });
  return keepClauses(sentence, pieces, pressure);
}

const COUNT_LEFT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+handful\s+of|\d+)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:left|remain(?:ing)?|available|in\s+stock)\b/iu;
const BUTTON_WORD = /^\W*(?:skip|cancel(?:\s+anyway)?|unsubscribe|no,?\s*thanks?|not\s+now|maybe\s+later|close|continue|decline)\W*$/i;

interface Clause {
  start: number;
  end: number;
  /** Where the separator after it ends. */
  separatorEnd: number;
}

function clausesOf(sentence: string): Clause[] {
  const pieces: Clause[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    pieces.push({ start: from, end: m.index!, separatorEnd: m.index! + m[0].length });
    from = m.index! + m[0].length;
  }
  pieces.push({ start: from, end: sentence.length, separatorEnd: sentence.length });
  return pieces;
}

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** The sentence with the clauses marked `drop` taken out, or undefined when what stays is no sentence to offer. */
function keepClauses(sentence: string, pieces: readonly Clause[], pressure: readonly boolean[]): Alternative | undefined {
  const kept = pieces.filter((_, i) => !pressure[i] && letters(sentence.slice(pieces[i].start, pieces[i].end)));
  // A command or a "don't" that stays is pressure the rules did not name ("…— don't get left on the sidelines").
  if (kept.some((p) => /^\W*(?:don['’]?t|do\s+not|never|stop|just|hurry|act)\b/i.test(sentence.slice(p.start, p.end)))) return undefined;
  // A question's last clause that does not address the reader holds its options ("…: sage or charcoal?").
  const last = pieces[pieces.length - 1];
  if (/\?\s*$/.test(sentence) && !kept.includes(last) && !/\byou/i.test(sentence.slice(last.start, last.end))) return undefined;
  if (kept.length === pieces.length || !kept.length || wordCount(kept.map((p) => sentence.slice(p.start, p.end)).join(' ')) < 3) return undefined;
  // A clause kept right after one that went loses the "and" or "so" that joined the two ("Quick one: the
  // window closes fast, so can we talk?" → "Quick one: can we talk?").
  kept.forEach((p, i) => {
    const index = pieces.indexOf(p);
    if (index === 0 || !pressure[index - 1]) return;
    const joiner = /^(?:and|so|but|or)\s+/i.exec(sentence.slice(p.start, p.end));
    if (joiner) kept[i] = { ...p, start: p.start + joiner[0].length };
  });
  // What stays keeps its own separators between kept clauses; the sentence ends calmly.
  const edits: Edit[] = [];
  let cursor = 0;
  kept.forEach((p, i) => {
    const text = i === 0 ? '' : sentence.slice(kept[i - 1].end, kept[i - 1].separatorEnd);
    // Two clauses that met only through the one cut between them part at a full stop ("…hampers left and
    // they're flying, so grab one…" → "…hampers left. Grab one…", not "…left grab one…").
    const cutBetween = i > 0 && pieces.indexOf(p) - pieces.indexOf(kept[i - 1]) > 1 && /^[\s,]*$/.test(text);
    const separator = i === 0 ? '' : cutBetween ? '. ' : separatorOf(text);
    // After a full stop the kept clause starts a sentence ("…3 hrs. Don't wait — reply BOOK." → "…3 hrs. Reply BOOK.").
    if (/[.!?]\s*$/.test(separator) && /\p{Ll}/u.test(sentence.charAt(p.start))) edits.push({ start: cursor, end: p.start + 1, text: separator + sentence.charAt(p.start).toUpperCase() });
    else if (p.start > cursor || text) edits.push({ start: cursor, end: p.start, text: separator });
    cursor = p.end;
  });
  // A clause cut from the end takes the stop with it; the sentence ends on a full stop instead.
  if (cursor < sentence.length) edits.push({ start: cursor, end: sentence.length, text: `.${sentence.slice(cursor).match(/\s*$/)![0]}` });
  // The first kept word opens the sentence.
  const first = kept[0].start;
  if (first > 0 && /\p{Ll}/u.test(sentence.charAt(first))) {
    edits[0] = { start: edits[0].start, end: first + 1, text: sentence.charAt(first).toUpperCase() };
  }
  return { title: 'Rewrite: keep the information, drop the pressure', edits: mergeEdits([], edits), template: true };
}

/**
 * The clauses that push when read on their own (a rule or the model flags them), and hold no number, name,
 * link or date, are dropped; the ones that inform stay. For sentences the findings' own fixes could not
 * mend (a finding of the model's covers the words that weighed most, not a phrase to drop).
 */
function dropClausesThatPush(sentence: string, findings: readonly SentenceFinding[], detect: Detector): Alternative | undefined {
  if (!findings.some((f) => f.rule.category !== 'impersonal')) return undefined;
  const pieces = clausesOf(sentence);
  if (pieces.length < 2) return undefined;
  const pushes = pieces.map((p) => {
    const text = sentence.slice(p.start, p.end);
    if (!letters(text) || wordCount(text) > MAX_DROPPED_CLAUSE_WORDS || protectedTokens(text).length) return false;
    return detect(text).some((id) => id.startsWith('pushy.'));
  });
  // Only what was tacked on at the end goes: the sentence's opening states its news, and a clause kept
  // after a cut one is mostly the push itself ("…, so I wouldn't leave it if I were you").
  const firstPush = pushes.indexOf(true);
  if (firstPush < 1) return undefined;
  const informing = keepClauses(sentence, pieces, pushes.map((_, i) => i >= firstPush));
  if (!informing) return undefined;
  // What stays must be the information: a statement with something to say, not an order ("Book the 6am
  // class."), a question ("Are you sure your payroll is compliant?") or a scrap ("Let's be honest.").
  const kept = applyEdits(sentence, informing.edits);
  if (wordCount(kept) < MIN_INFORMING_WORDS || /\?\W*$/.test(kept) || startsWithCommand(kept)) return undefined;
  return informing;
}

/** Fewer words than this left of a sentence are a scrap ("Before you go.", "Every writer does."). */
const MIN_INFORMING_WORDS = 5;

/** Opens on an order: a bare verb ("Book…", "Protect yourself…"), "please", "let's", "don't". */
function startsWithCommand(text: string): boolean {
  const first = /^\W*(\p{L}+)(['’]\p{L}+)?/u.exec(text);
  if (!first) return false;
  const word = first[1].toLowerCase();
  if (/^(?:please|let|don|do|just|simply|go)$/.test(word)) return true;
  return lexiconTag(word) === 'Infinitive' || lexiconTag(word) === 'Imperative';
}

/** The separator between two kept clauses: after a stop ("!", "?", "…") a full stop; any other as written. */
function separatorOf(text: string): string {
  return /[!?.…]/.test(text) ? '. ' : text;
}

/** The light bulb's title for a rewrite: the sentence itself, shortened. */
export function rewriteTitle(text: string): string {
  return `Rewrite: “${shorten(text)}”`;
}

/** A rewrite as a menu shows it: at most about 60 characters, cut at a word. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return flat;
  const cut = flat.slice(0, 58);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

/**
 * Tokens a rewrite must keep: numbers, prices, dates, percentages, quotes, and the placeholders of
 * links and merge tags, everywhere; names (capitalised words) outside `flagged`, the ranges being
 * rewritten ("Dear Valued Customer" may go, "Maya" may not).
 */
const YOU_THIRD_PERSON_VERB = /\byou\s+(?!(?:always|perhaps|plus|guys|yourselves|as|thanks|this|across|towards|besides|unless|whereas|less|folks|ladies|ones|lads|us)\b)(?:\p{Ll}+(?:ies|[^s'’]s)|is|was|has|does)\b/iu;
const STOCK_GUESS_BEFORE = /(?:\b(?:won['’]?t|wont|will\s+not|never|not)\s+(?:last|make\s+it)\s+(?:past\s+|beyond\s+|through\s+|until\s+|till\s+|the\s+rest\s+of\s+)?|\b(?:be|all)\s+gone\s+(?:by|before)\s+)(?:the\s+|this\s+)?$/i;

export function protectedTokens(text: string, flagged: ReadonlyArray<{ start: number; end: number }> = []): string[] {
  const tokens: string[] = [];
  let outside = text;
  for (const f of flagged) outside = outside.slice(0, f.start) + ' '.repeat(f.end - f.start) + outside.slice(f.end);
  // A number ends in a digit (then maybe "%"): "30%." keeps "30%", the full stop is the sentence's.
  // Digits after a letter are text-speak, not numbers ("b4", "l8", "gr8"), and so is a lone "2" or "4" for "to"/"for" ("2 l8").
  for (const m of text.matchAll(/\$[A-Z]{2,}\b|(?<![A-Za-z])[$£€¥]?\d(?:[\d.,:/]*\d)?%?|“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)|\bthing\b|\bx{3,}\b/g)) {
    if (/^[24]$/.test(m[0]) && /^\s+(?:l8|late|u|ur|b|c|the|get|go|me|you|ya)\b/i.test(text.slice(m.index! + 1))) continue;
    // ("2day", "2nite", "4ever" are words spelled short, not numbers.)
    if (/^[24]$/.test(m[0]) && /^(?:day|nite|night|moro|morrow|ever)\b/i.test(text.slice(m.index! + 1))) continue;
    tokens.push(m[0]);
  }
  // When an offer holds is one of its terms: "today only" may lose "only", never "today".
  // ("FINAL HOURS!!!" names no time: "hours" counts with a number or "a few" before it.)
  for (const m of text.matchAll(/\b(?:today|tonight|tomorrow|midnight|noon|weekend|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b|(?<=(?:\d|\bfew|\bfinal|\blast)\s*)hours\b/gi)) {
    // "…and they won't last the weekend", "…they'll be gone by Friday": a guess at how fast they sell is pressure, not a term.
    if (STOCK_GUESS_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    tokens.push(m[0].toLowerCase());
  }
  // And a week, month or year named from now: "…when prices go up next year", "…counting on seeing you this week".
  for (const m of text.matchAll(/\b(?:next|this)\s+(?:week|month|year|term|season|quarter|morning|afternoon|evening)\b/gi)) tokens.push(m[0].toLowerCase());
  // So is a span: "…could crumble into the sea within a year".
  for (const m of text.matchAll(/\b(?:within|in\s+(?:under|less\s+than))\s+(?:a|an|one|two|three|four|five|six|a\s+few)\s+(?:days?|weeks?|months?|years?|decades?)\b/gi)) tokens.push(m[0].toLowerCase());
  // A season is when, too: "…could fall silent by spring".
  for (const m of text.matchAll(/(?<=\b(?:by|before|until|till|this|next|from)\s+)(?:spring|summer|autumn|fall|winter|christmas|easter)\b/gi)) tokens.push(m[0].toLowerCase());
  // A guarantee is a term of the offer: a rewrite may reword the claim around it, not drop it ("results guaranteed").
  for (const _ of text.matchAll(/\bguarantee(?:d|s)?\b/gi)) tokens.push('guarantee');
  // "…no second round", "won't be restocked": what will not come back is a term of the offer, not only its pressure.
  for (const m of text.matchAll(/\bno\s+(?:second\s+round|restock|reprint|second\s+batch)\b|\b(?:won['’]t|will\s+not|cannot|can['’]t)\s+be\s+extended\b|\b(?:won['’]t|will\s+not)\s+be\s+(?:restocked|reprinted|repeated)\b|\b(?:won['’]t|will\s+not|never)\s+(?:happen|come|run|be\s+back)\s+again\b/gi)) tokens.push(m[0].toLowerCase());
  // A sender's name opening an SMS or a push ("Tick&Tarry: …") is who is writing.
  // (A heading in capitals, "FINAL NOTICE:", is no sender.)
  const sender = /^\W*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}|&)[\p{L}\p{N}&'’.-]*){0,3})\s*:/u.exec(text);
  if (sender && /\p{Ll}/u.test(sender[1]) && !/^(?:note|ps|p\.s\.|update|reminder|important|news|urgent|warning|hurry|sale|offer|deal|today|tonight|now)$/i.test(sender[1])) tokens.push(sender[1]);
  // Capitalised words after the first: names and product names (not "I", not words we may capitalise).
  // ALL-CAPS words are either acronyms (which rewrites keep) or shouting (which they lower on purpose).
  const firstWordAt = text.search(/[\p{L}\p{N}]/u);
  for (const m of outside.matchAll(/(?<=[\s(“"‘'-])\p{Lu}[\p{L}\p{N}’'&-]*/gu)) {
    // (An emoji before the first word does not make it a name: "⏰ Tick tock!")
    // (Nor is a party a contract names the reader by, "the Purchaser's deposit": said to the reader it is "your".)
    if (m[0] !== 'I' && !/^I['’]/.test(m[0]) && /\p{Ll}/u.test(m[0]) && m.index! > firstWordAt && !READER_PARTY_WORD.test(m[0])) tokens.push(m[0]);
  }
  return tokens;
}

const PARTICIPLE_OPENING = /^\W*\p{L}+ed\s+(?:on|in|by|at|to|for|from|with|under|via)\b/iu;
/** An opt-out line that declines, then jabs: "I'll pass — I enjoy…", "No thanks, I'd rather…". */
const DECLINE_THEN_JAB = /^\W*(?:i['’]ll\s+pass|no,?\s*thanks?|no,?\s+thank\s+you|nah|nope|no|skip(?:\s+(?:it|this))?|not\s+now|maybe\s+later|cancel(?:\s+anyway)?|unsubscribe)\s*[,.!—–:(-]/i;
const READER_PARTY_WORD = /^(?:Purchaser|Customer|Subscriber|Member|User|Client|Licensee|Buyer|Hirer|Tenant|Guest|Participant|Entrant|Recipient|Applicant|Policyholder|Cardholder)(?:['’]s)?$/;
const GERUND_PASSIVE_AFTER_BEFORE = /\bbefore\s+\p{L}+ing\s+being\s+\p{L}+(?:ed|en)\b/iu;
/** "them"/"they"/"their" stays while a plural noun of people before it went with the cut. */
function lostThirdPersonNoun(before: string, after: string): boolean {
  const pronoun = /\b(?:they|them|their)\b/i.exec(after);
  if (!pronoun) return false;
  const people = (text: string) => text.match(PEOPLE_NOUN) ?? [];
  const beforePronoun = before.slice(0, Math.max(0, before.search(/\b(?:they|them|their)\b/i)));
  return people(beforePronoun).length > 0 && people(after.slice(0, pronoun.index)).length === 0;
}
const PEOPLE_NOUN = /\b(?:donors|members|customers|clients|users|subscribers|supporters|guests|parents|students|families|residents|patients|owners|buyers|readers|people|volunteers|attendees|visitors|homeowners|businesses|teams)\b/gi;

/** A command to make up one's mind and its clock, nothing else ("Decide today.", "Act tonight!"); not an order to buy ("Order today."), which is the way to act. */
const BARE_CLOCK_COMMAND = /^\W*(?:just\s+|so\s+)?(?:decide|choose|commit|act|move|hurry)\s+(?:today|tonight)\W*$/i;

/**
 * The sentence's words up to `end` end on a verb said of a subject ("…you wait costs", "…quietly means"), right
 * before the first word kept, which is no verb: what follows was that verb's object. (Not a command cut at its
 * dash, "Hurry — the sale…", nor "I'll pass — …".)
 */
function opensOnObject(before: string, terms: readonly TaggedTerm[], end: number): boolean {
  const last = terms.filter((t) => t.offset.start + t.offset.length <= end && /[\p{L}]/u.test(t.text)).pop();
  const next = terms.find((t) => t.offset.start >= end && /[\p{L}\p{N}]/u.test(t.text));
  if (!last || !next || !/^\s*$/.test(before.slice(last.offset.start + last.offset.length, next.offset.start))) return false;
  const at = terms.indexOf(last);
  // ("…you're throwing away | thousands": a verb's particle ends the cut just the same.)
  const verbAt = /^(?:away|out|up|off|down|back|over)$/i.test(last.text) && at > 0 ? at - 1 : at;
  const verb = terms[verbAt];
  // (Not a wrapper in the passive, "Recipients are reminded | this offer expires…": what follows is a clause of its own.)
  const passive = verb.tags.includes('PastTense') && at > 0 && /^(?:is|are|was|were|be|been)$/i.test(terms[verbAt - 1]?.text ?? '');
  const saidOfSubject = verb.tags.includes('Verb') && ((verb.tags.includes('PresentTense') && /[^s]s$/i.test(verb.text)) || verb.tags.includes('PastTense') || (verb.tags.includes('Gerund') && verb !== last));
  // ("Pick up the phone and call | us now on…": a command's object left to open the sentence, too.)
  // (Not a wrapper's verb, "thrilled to share | our team hit…": the command is joined on with "and".)
  const commandOnObject = verb.tags.includes('Verb') && (verb.tags.includes('Imperative') || verb.tags.includes('Infinitive')) && /^and$/i.test(terms[verbAt - 1]?.text ?? '') && /^(?:us|them|him|me|the|your|our|a|an|this|these|those)$/i.test(next.text);
  return (saidOfSubject || commandOnObject) && !passive && !next.tags.includes('Verb');
}

const NEGATION = String.raw`\b(?:won['’]?t|will\s+not|don['’]?t|do\s+not|can['’]?t|cannot|never|not)\b`;
const NEGATED = new RegExp(NEGATION, 'i');
/** A negative clause, then ", but" and the point it was making ("…won't remember what it cost, but you'll regret…"). */
const CONCESSION_CUT = new RegExp(String.raw`${NEGATION}[^,.!?;]*,\s*but\s`, 'i');
/** An opener and perhaps a name, nothing else: "Let's be honest, {{first_name}}." */
const OPENER_ALONE = /^\W*(?:let['’]s\s+be\s+honest|honestly|look|listen|so|ok(?:ay)?|right|well|seriously)\W*(?:x{3,})?\W*$/i;

/** What a sentence removed whole would lose: "Decide today." names no offer for its day to be a term of, so the clock is only the push. */
export function protectedInRemoved(before: string, flagged: ReadonlyArray<{ start: number; end: number }>): string[] {
  const tokens = protectedTokens(before, flagged);
  return BARE_CLOCK_COMMAND.test(before) ? tokens.filter((t) => !/^(?:today|tonight)$/.test(t)) : tokens;
}

/**
 * Why a candidate may not be offered, or undefined when it may: the sentence is removed only if it was
 * short pressure; otherwise what stays is a clean, well-formed sentence that kept every fact.
 */
/** How a candidate was made: all from templates, a button's label, a removed slogan; the pressure's spent words; what templates said again. */
interface Making {
  tagger: Tagger;
  /** The sentence's own tags, read once for all its candidates. */
  original?: () => TaggedTerm[];
  fromTemplates?: boolean;
  label?: boolean;
  slogan?: boolean;
  spent?: readonly string[];
  rephrased?: readonly Edit[];
  /** A candidate of a second pass, judged against the half-done text: what "only" changed there is not what changed in the sentence. */
  secondPass?: boolean;
}

function refusal(before: string, after: string, edits: readonly Edit[], findings: readonly SentenceFinding[], detect: Detector, { tagger, original, fromTemplates = false, label = false, slogan = false, spent = [], rephrased = [], secondPass = false }: Making): string | undefined {
  // ("Sign up now. Start saving tomorrow.": a bare "Sign up now." is the one place the step is named; it is said calmly, not cut.)
  if (after === '' && (CALL_TO_ACTION.test(before) || DONATION_ASK.test(before) || BARE_SIGN_UP.test(before) || TAP_TO_ACT.test(before))) return 'removal would lose the call to action';
  // "After that the fermentation workshop discount is gone." / "Please find attached the brochure.": the offer or the attachment is a fact.
  // "…without our premium lounge pass": the product a slogan names goes with it, so the slogan stays for the writer.
  if (after === '' && (NAMED_OFFER.test(before) || ATTACHMENT.test(before) || NAMES_OUR_OFFERING.test(before))) return 'removal would lose information';
  // "Here's why you can't go without one." introduces what follows: cut, it leaves the next lines unannounced.
  if (after === '' && /^\W*here(?:['’]s|\s+is|\s+are)\s+(?:why|how|what)\b/i.test(before)) return 'removal would lose information';
  // "We thank you for your enquiry and will revert…": a form letter, but its promise to reply is information.
  if (after === '' && PROMISE.test(before)) return 'removal would lose a promise';
  // "Join now before prices rise!" → "Join when you're ready." (or nothing): that prices will rise is a fact the reader can use.
  if (PRICE_CHANGE.test(before) && !/\bpric/i.test(after)) return 'drops the price change';
  // "ends tonite!! 30% off…" → "30% off…": when the offer ends is one of its terms.
  const ends = OFFER_ENDS.exec(before);
  if (ends && !new RegExp(String.raw`\b(?:${spelledOut(ends[1]) ?? ends[1]}|until|till)\b`, 'i').test(after)) return 'drops when the offer ends';
  // The model reads a whole sentence, not which of its words push: on its word alone, a sentence that says how long
  // something has not happened is not cut ("We noticed you haven't opened the app in a week." holds a fact beside the guilt it read).
  if (after === '' && findings.every((f) => f.byModel) && A_SPAN_OF_TIME.test(before)) return 'removal would lose information';
  // Removing a sentence that was only pressure: a short one ("The clock is ticking."), nothing protected in it.
  if (after === '' && slogan) {
    if (wordCount(before) > MAX_REMOVABLE_SLOGAN_WORDS) return 'too long to remove';
    if (protectedInRemoved(before, []).length || edits.length !== 1 || HAS_OFFER.test(before) || NAMES_A_PRODUCT.test(before) || contentWordsOutside(before, findings).length > MAX_SLOGAN_CONTENT_WORDS) return 'removal would lose information';
    return undefined;
  }
  if (after === '') {
    // A stock line the finding covers end to end ("We value your custom and look forward to serving you again.") may be longer.
    if (wordCount(before) > (label ? MAX_REMOVABLE_STOCK_LINE_WORDS : MAX_REMOVABLE_WORDS)) return 'too long to remove';
    if (protectedInRemoved(before, label ? findings : []).length || edits.length !== 1 || (!fromTemplates && losesContentWords(before, after, findings))) return 'removal would lose information';
    return undefined;
  }
  if (!/[\p{L}\p{N}]/u.test(after)) return 'no words left';
  // "An engineer will be assigned and a time slot communicated…" → "We'll assign an engineer and a time slot communicated…":
  // the second half shared the first's "will be"; made active, the first leaves the second without a verb.
  const gapped = GAPPED_PASSIVE.exec(before);
  if (gapped && !GAPPED_PASSIVE.test(after) && after.includes(gapped[1])) return 'a passive left without its shared verb';
  // "…all playlists, downloads and history will be deleted" → "…all playlists, downloads and we'll permanently delete history": a list cut by the new subject.
  if (/,\s*[\p{L}-]+\s+and\s+(?:we|you)(?:['’](?:ll|ve|re)|\s+will|\s+can)?\s+\p{L}+/iu.test(after) && !/,\s*[\p{L}-]+\s+and\s+(?:we|you)\b/iu.test(before) && /,\s*[\p{L}-]+\s+and\s+[\p{L}-]+\s+(?:will|shall|are|is|have|has)\s+(?:\p{L}+\s+)?be(?:en)?\s/iu.test(before)) return 'a list cut by the new subject';
  // "the world's most iconic celebration" → "a most iconic celebration": a superlative left without its "the".
  if (/\ban?\s+most\s+\p{L}+/iu.test(after) && !/\ban?\s+most\s+\p{L}+/iu.test(before)) return 'a superlative after “a”';
  // "…will either be coding with Bytesize, or you'll wish they were." cut to "…will either be coding with Bytesize.": an "either" with no "or".
  if (/\beither\b(?![^.!?]*\bor\b)/i.test(after) && /\beither\b[^.!?]*\bor\b/i.test(before)) return 'an “either” left without its “or”';
  // "If you don't list this spring, you're leaving thousands on the table." → "If you don't list this spring.": the main clause went.
  if (subordinateAlone(after) && !subordinateAlone(before)) return 'a condition left without its main clause';
  // "In ten years you won't remember what it cost, but you'll always regret not going." → "…what it cost.": a concession left without what it conceded to.
  if (CONCESSION_CUT.test(before) && !/\bbut\b/i.test(after) && NEGATED.test(after.slice(0, after.search(/[.!?…]*$/)))) return 'half a contrast left';
  // "Subscribers who leave now invariably regret it, and most come back…" → "Most come back…": a quantifier left without the people it counted.
  if (/^\W*(?:most|many|some|few|all|several|half)\s+(?!of\b)\p{Ll}+(?:s|ed)?\b/iu.test(after) && !/^\W*(?:most|many|some|few|all|several|half)\b/i.test(before) && /^\W*\p{L}+\s+(?:come|go|get|are|were|have|do|say|find|end|regret|wish|stay|leave|return|pay)\b/iu.test(after)) return 'a quantifier left without what it counts';
  // "BOOK BOOK BOOK!!!" → "Book book book.": a chant said quietly is still a chant.
  if (REPEATED_WORD.test(after)) return 'a word said over and over';
  // "…ends in 3 hrs, book b4 it's too late" → "…ends in 3 hrs, book": a command left with nothing to act on.
  // (Not one that had nothing after it: "Download Tidewise, subscribe, and never look back." → "Download Tidewise, subscribe.")
  const bareCommand = TRAILING_BARE_COMMAND.exec(after);
  if (bareCommand && !TRAILING_BARE_COMMAND.test(before) && new RegExp(String.raw`,\s*${bareCommand[1]}\s+[\p{L}\p{N}]`, 'iu').test(before)) return 'a bare command left at the end';
  // "Don't watch from the sidelines." → "Don't watch.": a "don't" left with its verb alone says nothing, or something else.
  if (BARE_DONT.test(after) && !BARE_DONT.test(before)) return 'a bare “don’t” left';
  // "Stop scrolling and buy it already." → "You can buy it already.": the impatience stayed in the offer.
  if (/\byou\s+can\b[^.!?]*\balready\W*$/i.test(after) && !/\byou\s+can\b/i.test(before)) return 'an order said as an offer';
  // "ACT NOW: your account…" → "Take a look when you're ready: your account…": an invitation does not head a notice.
  if (INVITATION_AS_HEADING.test(after) && !INVITATION_AS_HEADING.test(before)) return 'an invitation standing as a heading';
  // "…; however, all accrued loyalty benefits will be permanently forfeited." cut whole: what the reader loses is a fact they need.
  if (!label && LOSS_WORD.test(before) && !LOSS_KEPT.test(after)) return 'drops what the reader would lose';
  // The words a cut took from the start of the sentence (the opening's capital handed on), if any.
  const opening = edits.find((e) => e.start === 0 && deletesWords(e));
  const cutOpening = opening ? before.slice(opening.start, opening.end) : undefined;
  // Each cut's words (an opening cut hands its capital on: "Hold off a year and t|hat's…" → "T", so the word it re-wrote is not part of the cut).
  const cuts = edits.filter(deletesWords).map((e) => ({ edit: e, words: withoutRewrittenEnd(before, e) }));
  // "…— book your sweep." / "Reply BOOK": what the reader can do goes with the push only if it named nothing (a bare "grab yours").
  const cut = edits.map((e) => before.slice(e.start, e.end)).join(' ');
  const action = CALL_TO_ACTION.exec(cut);
  if (action && !new RegExp(`\\b${action[1] ?? action[3]}\\b`, 'i').test(after) && !after.includes(action[2] ?? action[4])) return 'drops the call to action';
  // "🚨 FLASH SALE STARTS NOW 🚨" → "🚨 Starts now 🚨": the sale is what is on offer, not the pressure.
  // (…and so are a deposit or a payment still to make: "…by missing the deposit" cut with the guilt.)
  // ("Non-payment … will result in…" → "If you don't pay…" keeps it: "pay" says it.)
  const offerWord = /(?<!non-)\b(?:sale|discount|deal|voucher|coupon|deposit|payment)\b/i.exec(cut);
  // (A button's label is the exception: "Unsubscribe (and miss every deal…)" → "Unsubscribe".)
  if (offerWord && !label && !new RegExp(`\\b${/^payment$/i.test(offerWord[0]) ? 'pa(?:y|id)' : offerWord[0]}`, 'i').test(after)) return 'drops the offer';
  // "…so the least you could do is rebook." / "…all that's left is to pay the deposit.": the pressure wraps what the reader is asked to do.
  // ("…just pay the deposit to keep it", too; not "just reply to confirm", which a booking turned into a question no longer needs.)
  const request =
    /\b(?:the\s+least\s+you\s+(?:could|can)\s+do\s+is|all\s+(?:that['’]s|that\s+is)\s+left\s+(?:to\s+do\s+)?is|all\s+you\s+(?:need|have)\s+to\s+do\s+is)\s+(?:to\s+)?(\p{L}+)/iu.exec(cut) ??
    // "…so a review is honestly the least you could do": the request comes first.
    /\b(\p{L}+)\s+(?:is|would\s+be)\s+(?:honestly\s+|really\s+|literally\s+|surely\s+)?the\s+least\s+you\s+(?:could|can)\s+do\b/iu.exec(cut) ??
    /\bjust\s+(confirm|pay|enter|add|complete|pop)\s+(?:in\s+)?(?:your|the)\s+(?:card|payment|deposit|bank|details)/iu.exec(cut) ??
    /\b(?:we['’]ll|we\s+will|we)\s+(?:just\s+|only\s+)?need\s+(?:your|a)\s+(card|payment|deposit|signature|details)/iu.exec(cut) ??
    /\b(sign|countersign|return|complete|submit)\s+(?:and\s+\p{L}+\s+)?(?:the|your)\s+(?:attached|enclosed|signed)?/iu.exec(cut);
  if (request && !new RegExp(`\\b${request[1]}`, 'i').test(after)) return 'drops the request';
  // "…will be shut within a year — donate before it's too late." → the scare kept, the ask gone (graded BAD every time).
  if (DONATION_ASK.test(cut) && !/\b(?:donat|give|giving|gift|chip|pledg|support)/i.test(after)) return 'drops the call to action';
  // "Will you be the one who missed it?" → "Who missed it?": the question lost who it was about.
  if (cutOpening && /\b(?:the\s+(?:only\s+)?one|someone|anyone|the\s+person|the\s+last)\s*\p{L}?$/iu.test(cutOpening) && (RELATIVE_OPENING.test(after) || /\?\W*$/.test(after))) return 'a relative clause left without its noun';
  // "Don't be the only family on the canal without…" → "Family on the canal without…": a noun left without its article.
  // ("Don't be the last team still stuck…" → "Still stuck…": the noun went with the article.)
  if (cutOpening && /\bthe\s+(?:only|last|first)(?:\s+[\p{L}-]+){0,2}\s*\p{L}?$/iu.test(cutOpening)) return 'a noun left without its article';
  // "The most life-changing calligraphy course" → "The most calligraphy course": a degree word left without its adjective.
  // ("a total game-changer" → "a total.")
  if (edits.some((e) => deletesWords(e) && e.start > 0 && /\b(?:most|more|less|least|very|so|too|truly|really|total|absolute|complete|utter)\s*$/i.test(before.slice(0, e.start)))) return 'a degree word left without its adjective';
  // "You can call me back today and let's get your contract signed": an offer spliced onto a command.
  if (/\byou\s+can\b[^.!?]*\band\s+let['’]s\b/i.test(after) && !/\byou\s+can\b/i.test(before)) return 'an offer spliced onto a command';
  // "Your baby needs organic bamboo nappies; standard cotton…" → "Standard cotton…": the need went, and the product with it.
  if (cuts.some((c) => losesWhatIsNeeded(c.words, after))) return 'drops what is on offer';
  // "Places are strictly limited and allocated on a first-come basis…" → "Allocated on a first-come basis…": the participle lost its subject.
  if (PARTICIPLE_OPENING.test(after) && !PARTICIPLE_OPENING.test(before)) return 'a participle left without its subject';
  // "…going fast — only a handful of end units remain and…" → "…popular — interest…": what is left is on offer too.
  if (cuts.some((c) => losesWhatIsLeft(c.words, after))) return 'drops what is left';
  // "Skip this week and you'll undo all the progress you've made." → "All the progress you've made.": the verb went with the threat.
  if (cutOpening && COMMAND_AND.test(cutOpening) && /\b(?:you['’]ll|you\s+will|you)\s+\p{L}+\s*\p{L}?$/iu.test(cutOpening)) return 'drops the verb the rest depends on';
  // "Each week you wait costs | you £14 in rewards…": a cut that ends on a finite verb leaves its object to open the sentence.
  if (opening && opening.text.length <= 1 && original && opensOnObject(before, original(), opening.end - opening.text.length)) return 'drops the verb the rest depends on';
  // "the single most revolutionary thing" → "the single most new thing"; "the foremost gaming event on the planet" → "a gaming event on the planet".
  if (MOST_NEW.test(after) && !MOST_NEW.test(before)) return 'a degree word before "new"';
  // "Are you missing out?" → "Are you?": a question cut down to its auxiliary asks nothing.
  if (BARE_QUESTION.test(after) && !BARE_QUESTION.test(before)) return 'a question left without its verb';
  // "…the safest, smartest, most unstoppable investment of the decade." → "…most unstoppable.": the adjectives lost their noun.
  if (ENDS_ON_DEGREE_ADJECTIVE.test(after) && !ENDS_ON_DEGREE_ADJECTIVE.test(before)) return 'an adjective left without its noun';
  // "…skincare, unrivalled the world over." → "…skincare, excellent.": a plain word for a boast that stood on its own.
  if (/,\s*[\p{L}-]+\s*[.!?…]*\s*$/u.test(after) && edits.some((e) => e.text !== '' && /,\s*$/.test(before.slice(0, e.start)) && after.trimEnd().replace(/[.!?…]+$/, '').endsWith(e.text))) return 'an adjective left on its own';
  if (REACH_WITHOUT_RANK.test(after) && !REACH_WITHOUT_RANK.test(before)) return 'a reach left without its rank';
  // "…waits for no one: book now or regret it" → "…: regret it": the threat kept, its alternative cut.
  if (cuts.some((c) => /\bor(?:\s+else)?\s*$/i.test(c.words))) return 'drops the condition the rest depends on';
  // "Don't renew and your discounts vanish" → "Your discounts vanish": the condition was the meaning.
  // ("Stop reading and hit Install": a second command after the "and" is no consequence.)
  if (cuts.some((c) => CONDITIONAL_COMMAND.test(c.words) && !NEXT_COMMAND.test(before.slice(c.edit.start + c.words.length)))) return 'drops the condition the rest depends on';
  // "Downgrade and you lose all 37 saved projects — forever." → "37 saved projects — forever.": the command and its consequence both went.
  if (cutOpening && COMMAND_AND.test(cutOpening) && /\b(?:lose|lost|forfeit|gone|wiped|deleted)\b/i.test(cutOpening)) return 'drops the condition the rest depends on';
  // "Cancel now and everything you've built here — … — is gone for ever." → "Cancel now and everything you've built here.": the consequence's verb went.
  const command = COMMAND_AND.exec(before);
  if (command && after.startsWith(command[0])) {
    const kept = after.slice(command[0].length).replace(/[.!?\s]+$/, '');
    const said = before.slice(command[0].length);
    if (said.startsWith(kept) && CONSEQUENCE_VERB.test(said.slice(kept.length))) return 'drops the consequence the command leads to';
  }
  // "Don't renew and you lose your place…" → "Place…": the cut took the noun's "your" and left the noun bare.
  if (cutOpening && /\b(?:your|the|a|an|our|their|my|his|her)\s+\p{L}?$/iu.test(cutOpening)) return 'a noun left without its determiner';
  // "Give before it's too late." → "Give.": one bare word is an order, not a sentence (a button's label is another matter).
  if (!label && /^\W*\p{L}+\W*$/u.test(after) && wordCount(before) > 2) return 'a single word left';
  // "The only app you'll ever need to learn Welsh." → "Learn Welsh.": two words left of a longer line say something else.
  // (A plain call to action is enough: "Register today before it's too late." → "Register today.")
  if (!label && wordCount(after) <= 2 && wordCount(before) >= 6 && !PLAIN_CALL.test(after)) return 'too little left';
  // "…we will be obliged to suspend" → "we'll oblige us to suspend": a passive of duty turned on its own subject.
  if (DUTY_ON_US.test(after) && !DUTY_ON_US.test(before)) return 'a new subject where no clause can start';
  // "…to find every family photo gone for good." → "…to find every family photo.": the state was what the clause said.
  if (edits.some((e) => deletesWords(e) && /^\s*(?:gone|lost|wiped(?:\s+out)?|deleted|erased)\b/i.test(before.slice(e.start, e.end)) && /\p{L}\s*$/u.test(before.slice(0, e.start)))) return 'drops the verb the rest depends on';
  // "we have one two-bedroom is left", "we'll suspend your workspace and possible loss of data": a verb or a noun left for the old subject.
  if (/\bwe\s+have\b[^.!?;]*\b(?:is|are)\s+left\b/i.test(after)) return 'a verb left for the old subject';
  if (NOUN_AFTER_VERB_AND.test(after) && !NOUN_AFTER_VERB_AND.test(before)) return 'a verb left for the old subject';
  // "Seats are vanishing fast; grab yours…" → "You can get yours…": what "yours" stood for went with the cut.
  if (cutOpening && /^\W*(?:[\p{L}-]+\s+){0,3}[\p{L}-]+s\s+(?:are|were)\b/iu.test(cutOpening) && /^\W*(?:\p{L}+\s+){0,5}?(?:yours|one|them)\b/iu.test(after)) return 'a pronoun left without what it stood for';
  // "Our new tasting menu and you still haven't tried it is here, if you'd like to try it.": a clause made into a thing.
  if (/^[^,]*\b(?:you|u)\b[^,]*\bis\s+here,\s+if\s+you/i.test(after)) return 'a clause where a noun should be';
  if (misplacedSubject(before, after, edits)) return 'a new subject where no clause can start';
  if (danglingEnd(before, after)) return 'ends on a word that needs more';
  if (runsTogether(before, after)) return 'two clauses run together';
  if (/\(\s|\s\)/.test(after) && !/\(\s|\s\)/.test(before)) return 'a space left inside a bracket';
  // "A new time will be allocated + notified" → "We'll allocate a new time + notified": the second participle kept its passive.
  const paired = /\bbe\s+\p{L}+ed\s+(and|\+|&|or)\s+(\p{L}+ed)\b/iu.exec(before);
  if (paired && !/\bbe\s+\p{L}+ed\s+(?:and|\+|&|or)\s/iu.test(after) && new RegExp(`(?:and|\\+|&|or)\\s+${paired[2]}\\b`, 'iu').test(after)) return 'a second verb left in the passive';
  // "Pick up the phone and call 0114 496 0321 today…" → "0114 496 0321 today…": a number left without the verb that used it.
  if (/^\W*\+?\d[\d\s]{6,}/.test(after) && !/^\W*\+?\d/.test(before)) return 'opens on a number without its verb';
  // "last chance 4 50% off…" → "4 50% off…": what is left opens on the preposition that tied it to the cut words.
  if (/^\W*(?:4|2|for|of)\s/i.test(after) && !/^\W*(?:4|2|for|of)\s/i.test(before)) return 'opens on a word that needs what was cut';
  // "Every month without solar, you're handing $180 straight to…" → "$180 straight to…": an amount left without the verb that spent it.
  if (/^\W*[$£€]\s?\d/.test(after) && !/^\W*[$£€]\s?\d/.test(before) && /\b\p{L}+ing(?:\s+(?:away|out|over|up))?\s*[$£€]/iu.test(before)) return 'opens on an amount without its verb';
  // "…your 2,400 points — " / "…9 million people —.": a dash that introduced what was cut.
  if (DANGLING_DASH.test(after) && !DANGLING_DASH.test(before)) return 'ends on a dash';
  if (!fromTemplates && losesContentWords(before, after, findings, rephrased)) return 'loses a content word';
  // "Real lifters don't skip leg day, and they don't skip…" → "They don't skip…": a pronoun left without what it stood for.
  // ("…when these boots go back up" → "These boots go back up…": "these boots" pointed outside the sentence before, too.)
  const pointing = /^\W*((?:these|those)\s+(?!(?:will|won['’]t|are|aren['’]t|were|is|was|have|had|can|may|must|should|would|could|might|do|did)\b)\p{L}+)/iu.exec(after)?.[1];
  if (LEADING_PRONOUN.test(after) && !LEADING_PRONOUN.test(before) && !(pointing && before.toLowerCase().includes(pointing.toLowerCase()))) return 'a pronoun left without what it stood for';
  // "Donors who haven't renewed are reminded that children are depending on them." → "Children are depending on them.": the cut took the people "them" meant.
  if (after !== '' && lostThirdPersonNoun(before, after)) return 'a pronoun left without what it stood for';
  // "…needs a mineral spa, and luckily we sell one." → "Luckily we sell one."; "…, and deep down you know that" → "Deep down
  // you know that": the "one" or the "that" lost what it stood for with the opening.
  if (cutOpening !== undefined && ENDS_ON_POINTER.test(after)) return 'a pronoun left without what it stood for';
  // "Don't be the only one who hasn't opened it." → "Who hasn't opened it.": a relative clause left on its own.
  if (RELATIVE_OPENING.test(after) && !/\?\W*$/.test(after) && !RELATIVE_OPENING.test(before)) return 'a relative clause left without its noun';
  // "…advised that seats are expected to sell out and that late registrations…" → "We expect seats to sell out and
  // that late registrations…": the second "that" lost the first it paired with.
  if (/\band\s+that\b/i.test(after) && countThat(after) < countThat(before)) return 'an "and that" left without its first "that"';
  // "Stop scrolling and order yours right now." → "Yours right now.": a possessive pronoun left where its verb was.
  if (POSSESSIVE_OPENING.test(after) && !POSSESSIVE_OPENING.test(before)) return 'a possessive left without its verb';
  // "(£60 per term, you must…": an edit took one bracket of a pair.
  if (unbalancedBrackets(after) && !unbalancedBrackets(before)) return 'a bracket left open';
  // "shall constitute" → "shall means": a modal before a verb that agrees with a subject.
  if (MODAL_THEN_AGREEING_VERB.test(after) && !MODAL_THEN_AGREEING_VERB.test(before)) return 'a modal before an inflected verb';
  // "Passengers travelling after we remind midnight…": a "we" put after a preposition starts no clause.
  if (PREPOSITION_THEN_WE.test(after) && !PREPOSITION_THEN_WE.test(before)) return 'a new subject where no clause can start';
  // "We've noted concerns … and will be taken into consideration": the second verb stayed passive, so "we" is its subject.
  if (WE_THEN_PASSIVE.test(after) && !WE_THEN_PASSIVE.test(before)) return 'a passive left beside "we"';
  // "Ticket exchanges may be requested but cannot be guaranteed." → "You can request … but cannot be guaranteed": the second verb now says it of the reader.
  if (YOU_THEN_PASSIVE.test(after) && !/^\W*you\b/i.test(before)) return 'a passive left beside "you"';
  // "…after that will be excluded" → "…after we'll exclude that": a future after "after" or "until" starts no clause.
  if (TIME_WORD_THEN_WE_WILL.test(after) && !TIME_WORD_THEN_WE_WILL.test(before)) return 'a new subject where no clause can start';
  // "The Licensee shall be entitled" → "You be entitled": a subject that lost its modal.
  if (SUBJECT_THEN_BARE_BE.test(after) && !SUBJECT_THEN_BARE_BE.test(before)) return 'a subject before a bare "be"';
  // "Recipients who no longer wish…" → "You who no longer wish…": a relative clause on a personal pronoun.
  if (PRONOUN_WHO.test(after) && !PRONOUN_WHO.test(before)) return 'a relative clause on a pronoun';
  // "the nation's premier wealth platform" → "the nation's wealth platform": after a possessive the boast is the claim.
  if (edits.some((e) => e.text === '' && /\p{L}['’]s\s*$/u.test(before.slice(0, e.start)))) return 'drops the word a possessive claims';
  // "facilitates data consumption" → "helps data consumption": "help" takes a person or a verb, not an abstract noun.
  if (edits.some((e) => /^help(?:s|ed|ing)?$/i.test(e.text.trim()) && HELP_ABSTRACT_NOUN.test(after.slice(e.start)))) return '"help" before an abstract noun';
  // "We've determined it that…": an object left before a "that" clause.
  if (OBJECT_BEFORE_THAT.test(after) && !OBJECT_BEFORE_THAT.test(before)) return 'an object before "that"';
  // "Other parents have already booked…" with its "What's stopping you?" cut: the bandwagon is still the sentence.
  if (findings.some((f) => /^pushy\.(?:peer-pressure|fomo|shaming)$/.test(f.rule.id)) && (BANDWAGON.test(after) || /\bjoin\s+them\b/i.test(after))) return 'the bandwagon is left';
  // "…before rehairing being scheduled": a gerund's passive after "before" wants "is scheduled".
  if (GERUND_PASSIVE_AFTER_BEFORE.test(after) && !GERUND_PASSIVE_AFTER_BEFORE.test(before)) return 'a passive gerund after "before"';
  // "We'll be with you as soon as we can; please hold and an advisor will be with you shortly": a stock line that repeats the rest.
  if (repeatsItself(after) && !repeatsItself(before)) return 'says the same thing twice';
  // "Readers are snapping up the LP" → "You are snapping up the LP": the crowd the bandwagon pointed at is not the reader.
  if (/^\W*you(?:['’]re|\s+are)\s+(?:already\s+)?(?:snapping|buying|grabbing|flocking|rushing|switching|talking|raving|queu(?:e)?ing|signing|joining|loving)\b/i.test(after) && !/^\W*you\b/i.test(before)) return 'a crowd made into the reader';
  const still = detect(after);
  // "MASSIVE TELESCOPE SALE THIS WEEKEND!!!" said in a normal voice is the writer's own words: the model, which
  // reads words and not their volume, has no say over it.
  const volumeOnly = findings.every((f) => f.rule.loudness) && sameWords(before, after) && still.every((s) => s.startsWith('the second opinion'));
  if (still.length > 0 && !volumeOnly) return `still flagged: ${still.join(', ')}`;
  // "The establishment shall honour…" → "The establishment will honour…": the contract voice is all still there (6 of 8 graded BAD).
  if (!secondPass && /\bshall\b/i.test(before) && before.replace(/\bshall\s+not\b/gi, 'won’t').replace(/\bshall\b/gi, 'will').replace(/['’]/g, '’') === after.replace(/['’]/g, '’')) return 'only “shall” said as “will”';
  const droppedOpening = edits.some((e) => e.start === 0 && (e.text === '' || /^\p{Lu}$/u.test(e.text)));
  const deletedWords = edits.some(deletesWords);
  const deleted = edits.filter((e) => e.text.trim() === '');
  if (!label && !isWellFormed(tagger, before, after, droppedOpening, deletedWords, deleted, original)) return 'not a well-formed sentence';
  // "By cancelling, you acknowledge that the children they sponsor…": the party became "you", its pronouns did not.
  if (edits.some((e) => /^you\b/i.test(e.text.trim())) && [...before.matchAll(/\p{L}+/gu)].some((w) => LEGAL_PARTY.test(w[0]) && !after.includes(w[0])) && /\b(?:they|their|them|themselves)\b/i.test(after)) return 'the reader is still "they"';
  // "The Member hereby acknowledges … at the Member's own risk" → "You acknowledge … at the Member's own risk": one party, two persons.
  if (edits.some((e) => /^you\b/i.test(e.text.trim())) && partyRenamedOnce(before, after)) return 'the reader is both "you" and a party';
  // "If you don't remit payment…, we'll suspend the Subscriber's account": a new "you" beside the reader still named as a party.
  if (edits.some((e) => /\byou\b/i.test(e.text)) && READER_PARTY_NAMED.test(after)) return 'the reader is both "you" and a party';
  // "Please make submissions via the portal and will be assessed…": the second verb lost its subject.
  if (PLEASE_THEN_PASSIVE.test(after) && !PLEASE_THEN_PASSIVE.test(before)) return 'a passive left beside "please"';
  // "We value your custom and kindly remind you" → "…and please remind you": "please" asks the reader, but "we" still does the reminding.
  if (/\bwe\b[^.!?;]*\band\s+please\s+\w+\s+(?:you|your)\b/i.test(after) && !/\band\s+please\b/i.test(before)) return 'a verb left for the old subject';
  // "Only 5 places remain and customers are advised to book" → "We have 5 places left and please book.": a request spliced onto a statement.
  if (/[\p{L}\p{N}][^.!?;:—–]*\band\s+please\s+\p{L}/iu.test(after) && !/\band\s+please\b/i.test(before)) return 'a request spliced onto a statement';
  // "The Licensee acknowledges" → "You acknowledges": the party became "you", its verb did not.
  const youVerb = YOU_THIRD_PERSON_VERB.exec(after);
  if (youVerb && !YOU_THIRD_PERSON_VERB.test(before)) return 'a verb left for the old subject';
  // "We greatly appreciate your support and makes a real difference.": the second verb still agrees with the old subject.
  if (/^\W*we\b[^.!?]*\band\s+(?:makes|is|has|does|gives|helps|means|goes)\b/i.test(after) && !/^\W*we\b/i.test(before)) return 'a verb left for the old subject';
  // "…we may decline admission and isn't liable…" / "…you acknowledge and accepts…": a second verb that still agrees with the old subject.
  const verbAfterAnd = /\b(?:we|you)\b[^.!?;]*\band\s+(?:isn['’]t|is|has|hasn['’]t|doesn['’]t|does|was|wasn['’]t|makes|gives|accepts|agrees|acknowledges|confirms|understands|consents|warrants|undertakes)\b/i;
  if (verbAfterAnd.test(after) && !verbAfterAnd.test(before)) return 'a verb left for the old subject';
  // "…will be removed and lose all benefits" → "we'll remove you and lose all benefits": the reader's verb went to "we".
  if (/\bwe(?:['’]ll|\s+will|\s+may|\s+can)\s+[^.!?;]*\byou\b[^.!?;,]*\band\s+(?:lose|miss|forfeit|get|receive|gain|keep|pay|be)\b/i.test(after) && !/\bwe\b/i.test(before)) return 'a verb left for the old subject';
  // "We acknowledge receipt … and thanks for waiting": a stock thanks swapped in where "we" still needs a verb.
  if (/\bwe\b[^.!?]*\band\s+thanks\b/i.test(after) && !/\bwe\b[^.!?]*\band\s+thanks\b/i.test(before)) return 'a verb left for the old subject';
  // "…— click the button below and enter your card details." cut with the push: how to act is information.
  if (/\b(?:button|link)\s+below\b|\benter\s+your\s+(?:card|payment|bank)\b/i.test(cut) && !/\b(?:button|link|card|enter)\b/i.test(after)) return 'drops the request';
  // "…just enrol — hit the big green button below" → "Hit the … button below.": what the button does went with the push.
  const does = /\b(enrol|enroll|register|sign\s+up|subscribe|join|donate|book|order|renew|upgrade|apply)\b/i.exec(cut);
  if (does && /\b(?:button|link)\b/i.test(after) && !new RegExp(`\\b${does[1].replace(/\s+/, '\\s+')}`, 'i').test(after)) return 'drops what the button does';
  // A contract's "shall" left in a plain rewrite ("Your free trial shall start upon registration") is only half a fix.
  if (/\bshall\s+(?!we\b|i\b)/i.test(after) && findings.some((f) => f.rule.category === 'impersonal')) return 'still says "shall"';
  // "Nothing in this email will be construed as…", "Said voucher won't be…": one word changed, the legal voice kept.
  if (LEGAL_VOICE.test(after) && findings.some((f) => f.rule.id === 'impersonal.legalese')) return 'still legalese';
  // "Specialists in fitness, recognized." / "…so please." / "Please be bound by…": a word left with nothing to do.
  if (PARTICIPLE_ALONE.test(after) && !PARTICIPLE_ALONE.test(before)) return 'a participle left on its own';
  if (/\b(?:so|and|but|or)\s+please\s*[.!?…]*\s*$/i.test(after)) return 'ends on a word that needs more';
  if (/\bplease\s+be\s+(?:bound|advised|informed|reminded|notified|aware)\b/i.test(after)) return 'a passive left beside "please"';
  // "…, and your favourite seat,." / "This course will 100%.": a cut that left a mark or a modal with nothing after it.
  if (COMMA_BEFORE_STOP.test(after) && !COMMA_BEFORE_STOP.test(before)) return 'ends on a word that needs more';
  // "…so high that the waitlist could close any day now." → "…so high that the waitlist."; "…unless you act now." → "…unless you.".
  if (CLAUSE_CUT_SHORT.test(after) && !CLAUSE_CUT_SHORT.test(before)) return 'a clause left without its verb';
  if (MODAL_LEFT_BARE.test(after) && !MODAL_LEFT_BARE.test(before)) return 'ends on a word that needs more';
  // "…, and honestly it stings…" → "Honestly it stings…": an opening discourse marker wants its comma (Harper says so too).
  if (OPENING_MARKER_BARE.test(after) && !OPENING_MARKER.test(before)) return 'an opening word without its comma';
  // "Licensee shall procure that…" → "Please procure that…": a contract's verb asked of the reader is still the contract.
  if (/\bplease\s+(?:procure|indemnify|warrant|undertake|covenant)\b/i.test(after)) return 'still legalese';
  // "Action may be required." → "We may need action.": the action is the reader's to take.
  if (/\bwe\s+(?:may\s+|might\s+|will\s+)?need\s+(?:urgent\s+|immediate\s+|further\s+|prompt\s+)?action\b/i.test(after)) return 'a new subject where no clause can start';
  // "Let's be honest, {{first_name}}. …" cut to its opener: a greeting with nothing after it.
  if (OPENER_ALONE.test(after) && !OPENER_ALONE.test(before)) return 'an opener left alone';
  // "The Subscriber shall remain liable…" → "Please remain liable…": a duty is not a request.
  // ("Participants must be able to swim…" → "Please be able to swim…": nor is an ability.)
  if (/\bplease\s+(?:be\s+able|(?:remain|be|stay)\s+(?:liable|responsible|bound|subject))\b/i.test(after)) return 'a duty made into a request';
  // "…termination of membership and forfeiture of all benefits" → "…we'll close membership.": each thing lost is named.
  if (after !== '' && lostThingsLost(before, after)) return 'drops what the reader would lose';
  // "Tickets are flying — fewer than 20 remain" → "Fewer than 20 remain…": the count lost what it counts.
  if (COUNT_WITHOUT_NOUN.test(after) && !COUNT_WITHOUT_NOUN.test(before)) return 'a count left without what it counts';
  // "…Are you really going to watch?": the question that pushes is still there.
  if (PRESSURE_QUESTION.test(after)) return 'a pressure question left';
  // A sender's name that now opens the sentence as its subject ("Orrery Domes: the leading…" → "Orrery Domes provides…") is kept.
  const opensAs = /^\W*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}|&)[\p{L}\p{N}&'’.-]*){0,3})\s+\p{Ll}/u.exec(after)?.[1];
  const lost = missingTokens([...protectedTokens(before, findings), ...namesInPushes(before, findings)].filter((t) => !renamedParty(t, after)), [...protectedTokens(after), ...spent, ...(opensAs ? [opensAs, ...opensAs.split(/\s+/)] : [])]);
  return lost.length ? `loses ${lost.join(', ')}` : undefined;
}

/** A sentence that is only a subordinate clause: "If you don't list this spring." (a question is its own clause). */
function subordinateAlone(text: string): boolean {
  return text.split(/(?<=[.!?…])\s+/).some((s) => /^\W*(?:if|unless|because|although|though|whereas|whenever|once|until|till|as\s+soon\s+as|(?:before|b4)(?=\s+(?:some(?:one|body)|any(?:one|body)|every(?:one|body)|you|they|we|it)\b))\b[^,;:—–]*$/i.test(s.trim()) && !/\?\W*$/.test(s));
}

/** Whether a thing the reader would lose ("forfeiture of all benefits") is no longer named. */
function lostThingsLost(before: string, after: string): boolean {
  const said = after.toLowerCase();
  for (const m of [...before.matchAll(LOSS_OF), ...before.matchAll(YOURS_LOST)]) {
    const words = m[1].toLowerCase().split(/\s+/).filter((w) => w.length > 3 && !/^(?:all|any|your|their|accrued|such)$/.test(w));
    if (words.length && !words.some((w) => said.includes(w.replace(/s$/, '')))) return true;
  }
  return false;
}
/** A promise to the reader: to reply, to be in touch, to welcome them back. */
const PROMISE = /\b(?:will|we['’]ll|shall)\s+(?:revert|reply|respond|get\s+back|be\s+in\s+touch|contact\s+you|call\s+you)\b|\blook(?:ing)?\s+forward\s+to\s+(?:welcoming|seeing|hearing\s+from|having)\s+you\b/i;

/** An offer's end said by day: "ends tonight", "closes 2nite", "expires tomorrow". */
const OFFER_ENDS = /\b(?:ends?|ending|closes?|closing|expires?|expiring|finish(?:es)?|over)\s+(tonight|tonite|2nite|2night|today|2day|tomorrow|2moro|2morrow|tmrw)\b/i;

/** "your Gold status will be forfeited", "all saved progress will be deleted": what the reader would lose, named as the subject of the loss. */
const YOURS_LOST = /\b(?:your\s+|all\s+(?:of\s+)?(?:your\s+)?(?:saved\s+)?|any\s+)((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s+(?:will|would|shall|may|could)\s+be\s+(?:\p{L}+ly\s+)?(?:forfeited|lost|erased|deleted|wiped|revoked|removed|voided)\b/giu;
/** "forfeiture of all accrued rewards": group 1 what is lost, up to a preposition, a joiner or a mark. */
const LOSS_OF = /\b(?:forfeiture|loss|termination|suspension|cancellation|deletion|removal|withdrawal)\s+of\s+((?:(?!(?:hereunder|howsoever|whatsoever|arising|caused|and|or|if|unless|within|by|on|at|without|for|in|from|under|upon)\b)[\p{L}'’-]+\s*){1,5})/giu;

const COMMA_BEFORE_STOP = /,\s*[.!?]/;
/** A clause's opening word then only its subject, and the sentence ends: "…that the waitlist.", "…unless you." */
const CLAUSE_CUT_SHORT = /\b(?:that|unless|because|until|if|whether|once|although)\s+(?:(?:the|a|an|your|our|their|this|these|those)\s+[\p{L}'’-]+|you|we|they|it|he|she|someone|everyone|anyone)\s*[.!?…]*\s*$/iu;
/** "…after we'll exclude…": a future straight after a word of time. */
const TIME_WORD_THEN_WE_WILL = /\b(?:after|before|until|till|once)\s+we(?:['’]ll|\s+will)\b/i;
/** "You can request … but cannot be guaranteed": a second verb, passive, whose subject is now the reader. */
const YOU_THEN_PASSIVE = /^\W*you\b[^.;!?]*\b(?:and|but)\s+(?:will|may|can|cannot|can['’]t|must|shall|should|would|is|are)\s+(?:not\s+)?be\s+\w+(?:ed|en)\b/i;
/** A modal with only a number or a mark after it: "This course will 100%." */
const MODAL_LEFT_BARE = /\b(?:will|can|could|would|shall|may|might|must)\s+[\d%.,\s]*[.!?]*\s*$/i;
/** An opening discourse marker, and the same marker going straight on to a word (no comma). */
const OPENING_MARKER = /^\W*(?:honestly|frankly|seriously|basically|sadly|truthfully|personally|clearly|obviously|admittedly|luckily)\b/i;
const OPENING_MARKER_BARE = new RegExp(`${OPENING_MARKER.source}\\s+\\p{L}`, 'iu');

/** One word three times running ("book book book"); a doubled "very" or "that" is ordinary English. */
const TRAILING_BARE_COMMAND = /,\s*(book|buy|order|call|grab|get|join|shop|register|subscribe|tap|click|reserve|enrol|enroll|donate|give|upgrade|renew|sign\s+up)\s*[.!…]*\s*$/iu;
/** "X will be assigned and a time slot communicated": a second passive sharing the first's auxiliary (group 1: the second half). */
const GAPPED_PASSIVE = /\b(?:will\s+be|is|are|was|were|has\s+been|have\s+been)\s+\p{L}+(?:ed|en)\s+(and\s+(?:(?:an?|the|your|all|any)\s+)?(?:(?!(?:is|are|was|were|will|be|been|has|have|had|can|may|must|shall)\b)[\p{L}-]+\s+){0,3}\p{L}+(?:ed|en))\b/iu;
const BARE_DONT = /^\W*(?:don['’]?t|do\s+not|never)\s+\p{L}+\s*[.!…]*\s*$/iu;
const INVITATION_AS_HEADING = /^\W*take\s+a\s+look\s+when\s+you['’]re\s+ready\s*[:—–]/i;
/** A sentence that is one word said over and over. */
const CHANT = /^\W*(\p{L}+)(?:[\s,!.]+\1)+[\s!.]*$/iu;
/** A chant shouted after the message ("…JUST DROPPED 🍄 GO GO GO!!!"), to cut whole: said quietly it is still a chant. */
function chantEdits(sentence: string): Edit[] {
  const chant = /\s+(\p{Lu}{2,})(?:[\s,]+\1\b){2,}(?=[\s!.]*$)/u.exec(sentence);
  return chant && /[\p{L}\p{N}]/u.test(sentence.slice(0, chant.index)) ? [{ start: chant.index, end: chant.index + chant[0].length, text: '' }] : [];
}
const REPEATED_WORD = /\b(\p{L}+)[\s,.!]+\1[\s,.!]+\1\b/iu;

function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim();
  return words(a) === words(b);
}

/** Who a bandwagon line holds up to the reader: everyone, their rivals or neighbours, the serious ones ("Thousands of savers already…" is a plain figure). */
export const BANDWAGON = /\b(?:eve?ry(?:1|one|body|bdy)|the\s+smart\s+money|the\s+whole\s+[\w-]+\s+(?:crowd|world|town|street|village|office|scene|community)|serious\s+\w+s|real\s+\w+s|proper\s+\w+s|(?:your|my)\s+(?:[\w-]+\s+){0,2}(?:competitors|rivals|neighbou?rs|classmates|friends|mates|colleagues|peers|network)|all\s+your\s+\w+|most\s+of\s+your\s+\w+|other\s+(?:parents|families|landlords|homeowners|supporters|agents|firms|businesses)|(?:industry|market)\s+leaders|(?:leading|top|forward-thinking|savvy|smart)\s+[\w-]+s)\b/i;
/** An ask to give, where a command can stand: "Donate before it's too late.", "…, so chip in today". */
const DONATION_ASK = /(?:^|[.!?,;:—–]\s*|\b(?:and|so|please|now)\s+)(?:donate|give|chip\s+in|pledge)\b(?!\s+(?:up|in|away|back|way)\b)/i;
const NAMED_OFFER = /\b(?:the|your|our)\s+(?:[\w'’-]+\s+){1,4}(?:discount|offer|price|deal|sale|rate|code|trial|membership|plan|voucher)\b/i;
const ATTACHMENT = /\b(?:attach|attatch|enclos)\w*/i;
/** A call to action that names what to do it to: "book your sweep", "Reply BOOK", "call 0161 496 0832". */
const CALL_TO_ACTION = /\b([Bb]ook|[Cc]all|[Rr]ing|[Rr]eply|[Tt]ext|[Oo]rder|[Dd]ownload|[Rr]egister|[Ss]ubscribe|[Vv]isit|[Gg]et|[Uu]pgrade|[Jj]oin|[Oo]pen|[Rr]enew|[Dd]onate)\s+((?:your|our|the|a|an)\s+\p{L}+|with\s+us\b|(?!NOW\b|TODAY\b|ASAP\b|IMMEDIATELY\b)[A-Z]{2,}\b|\+?\d[\d\s]*|\S+\.\S+|here\b)|\b([Tt]ap|[Cc]lick|[Hh]it|[Pp]ress)\s+(here\b|(?!NOW\b)[A-Z]{2,}\b)/u;
/** "Tap to buy", "Click now to order": the step a push notification asks for, which a removal would lose. */
const TAP_TO_ACT = /\b(?:tap|click|press|swipe)\s+(?:now\s+|here\s+)?to\s+(?:buy|order|shop|book|donate|give|join|claim|redeem|reserve|subscribe)\b/i;

/** A party named in the contract's voice ("the Purchaser", "The Company") that the rewrite calls "you" or "we": kept, not lost. */
export function renamedParty(word: string, after: string): boolean {
  return LEGAL_PARTY.test(word) && /\b(?:you|we)\b/i.test(after);
}
/** The parties a contract names in the third person, which a plain rewrite calls "you" and "we". */
/** Whether a party the sentence names ("the Member") became "you" in one place and stayed in another. */
function partyRenamedOnce(before: string, after: string): boolean {
  const named = (text: string, party: string) => text.match(new RegExp(`\\bthe\\s+${party}\\b`, 'gi'))?.length ?? 0;
  return [...before.matchAll(/\bthe\s+(\p{L}+)/giu)].some(([, party]) => LEGAL_PARTY.test(party) && named(after, party) > 0 && named(after, party) < named(before, party));
}

const READER_PARTY_NAMED = /\bthe\s+(?:user|customer|subscriber|purchaser|member|account\s+holder|cardholder|recipient|client|licensee|participant|entrant|buyer|donor|tenant|guest|applicant)(?:['’]s\b|(?=\s*[,.;:!?)]|\s+(?:shall|will|may|must|is|are|has|have|agrees?|acknowledges?|accepts?|should|can|cannot|confirms?|warrants?)\b))/i;
const LEGAL_PARTY = /^(?:user|customer|subscriber|purchaser|member|holder|recipient|client|licensee|participant|entrant|buyer|donor|company|operator|provider|seller|organi[sz]er|promoter|retailer|vendor|supplier|establishment|management|practice|clinic|surgery|centre|center|gym|agency|firm|business|society|charity|trust|club|venue|hotel|school|academy|studio)s?$/i;
/** "helps (the) tidal data consumption": up to three words, then a noun made from a verb or an adjective. */
const HELP_ABSTRACT_NOUN = /^\s*help(?:s|ed|ing)?\s+(?:(?:the|a|an|your|our|their|its|better|more|greater)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:tion|sion|ment|ance|ence|ity|ness|ization|isation)\b/iu;
/**
 * Names inside a push, which a rewrite must keep ("Every month without ComplyHarbor is…"): a finding may
 * rename the reader ("The Subscriber" → "you") or lower a shout, but a push never takes a product with it.
 * A capitalised word the dictionary knows is a headline's or a button's capital ("Only 3 Left", "No Thanks").
 */
function namesInPushes(text: string, findings: readonly SentenceFinding[]): string[] {
  const names: string[] = [];
  // In Title Case every word looks like a name ("No Thanks, I Don't Want a Free Gift").
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) return names;
  for (const f of findings) {
    if (f.rule.category === 'impersonal' || f.rule.loudness || f.byModel) continue;
    for (const m of text.slice(f.start, f.end).matchAll(/\p{Lu}[\p{L}\p{N}’'&-]*/gu)) {
      const at = f.start + m.index!;
      if (at === 0 || !/[\s(“"‘'-]/.test(text.charAt(at - 1)) || !/\p{Ll}/u.test(m[0]) || /^I(?:['’]|$)/.test(m[0])) continue;
      const lower = m[0].toLowerCase().replace(/['’]s$/, '');
      if (!knownWord(lower)) names.push(m[0]);
    }
  }
  return names;
}

function knownWord(word: string): boolean {
  if (lexiconTag(word) !== undefined || FUNCTION_WORDS.has(word) || /['’]/.test(word)) return true;
  const stem = word.replace(/(?:ing|ed|es|s|ly|er|est)$/, '');
  return stem !== word && (lexiconTag(stem) !== undefined || lexiconTag(stem + 'e') !== undefined);
}
const PREPOSITION_THEN_WE = /\b(?:after|before|until|since|from|with|at|on|in|by|for|of|into|about|than)\s+we\s+(?!(?:are|were|have|had|do|did|can|could|will|would|should|may|might|must)\b)\p{L}/iu;
const PLEASE_THEN_PASSIVE = /^\W*please\b[^.!?]*\band\s+(?:will|shall|may|can)\s+be\b/i;
/** The last words point back at what an opening cut took: "…we sell one.", "…you know that". */
const ENDS_ON_POINTER = /\b(?:ones?\s*[.!?…]*|(?:know|knew|see|saw)\s+(?:that|this|it)\s*[.!?]*)\s*$/i;
const WE_THEN_PASSIVE = /\bwe(?:['’](?:ve|ll|re))?\b[^.;!?]*\band\s+(?:will|may|can|must|shall|should|would|is|are|has|have)\s+(?:not\s+)?(?:be|been)\s+\w+(?:ed|en)\b/i;
const SUBJECT_THEN_BARE_BE = /\b(?:you|we|they|I|he|she|it)\s+be\b|\bplease\s+be\s+(?:entitled|eligible|liable|deemed|responsible|permitted|allowed|required|obliged)\b/i;
const DANGLING_DASH = /(?:^|\s)[—–-]+\s*[.!?…]*\s*$|[—–]\s*[.!?…]+\s*$/u;
const POSSESSIVE_OPENING = /^\W*(?:yours|mine|ours|theirs|hers)\b/i;
const countThat = (text: string) => (text.match(/\bthat\b/gi) ?? []).length;

/** A command that is the condition of what follows ("Don't renew and…", "Skip a month or…"). */
const COMMAND_AND = /^\W*(?:don['’]?t\s+|do\s+not\s+)?(?:cancel|leave|skip|miss|stop|unsubscribe|downgrade|pass(?:\s+on)?|wait|walk\s+away|quit|close|ignore|delete|renew|upgrade|act|book|join)\b[^.!?;]*?\band\s+/i;
const CONSEQUENCE_VERB = /\b(?:is|are|was|were|will|won['’]t|can['’]t|could|would|goes|go|gone|vanish\w*|disappear\w*|lose|loses|ends?|expires?|disappear)\b|['’]ll\b/i;
const CONDITIONAL_COMMAND = /^\W*(?:don['’]?t|do\s+not|never|skip|miss|ignore|forget|cancel|leave|stop|wait|hold\s+off|put\s+(?:it\s+)?off|delay|let\s+(?:your|the|this)\b[^.!?]*?\b(?:lapse|expire|slide|go)|break|pass\s+on|unsubscribe|downgrade|quit|walk\s+away)\b[^.!?]*\b(?:and|or)\W*$/i;

const DUTY_ON_US = /\b(?:oblige|require|force|compel|need)\s+us\b/i;
const PARTICIPLE_ALONE = /,\s+\p{L}+ed\s*[.!?…]*\s*$/u;
const COUNT_WITHOUT_NOUN = /^\W*(?:\p{L}+:\s*)?(?:(?:fewer|less|more)\s+than\s+|under\s+|only\s+|just\s+)?\d+\s+(?:remain|are\s+left|left)\b/iu;
const NOUN_AFTER_VERB_AND = /\b(?:keep|suspend|lose|charge|close|cancel|delete|remove|end|stop)\s+[^.!?;]*?\s+and\s+(?:possible|potential|permanent|immediate|further|the)\s+\p{L}+\s+of\b/iu;
const PLAIN_CALL = /^\W*(?:register|book|order|call\s+us|sign\s+up|join|donate|reply|visit|shop|subscribe|enrol|enroll|apply|upgrade|download|reserve|start)\b[^.!?]*\b(?:today|tonight|now|online|here|early)?[.!]?\s*$/i;
const LEGAL_VOICE = /\b(?:construed|thereof|hereafter|hereinafter|herein|hereto|heretofore|hereunder|aforementioned|aforesaid|forthwith|whereas|whereby)\b|^\W*said\s+\p{L}+\s+(?:shall|will|won['’]t|is|are|can|may)\b/iu;
const PRESSURE_QUESTION = /\bare\s+you\s+(?:really|seriously|honestly|still)\s+going\s+to\b|\bwhat['’]?s\s+(?:stopping\s+you|your\s+excuse)\b|\bwhy\s+haven['’]?t\s+you\b|\bwhat\s+are\s+you\s+waiting\s+for\b/i;
const BARE_QUESTION = /(?:^|[.!?…]\s+)\W*(?:are|do|did|have|has|will|would|can|could|is|were|was)\s+(?:you|they|we|it|u)\s*\?/i;
const ENDS_ON_DEGREE_ADJECTIVE = /\b(?:most|more|least|less)\s+[\p{L}-]+\s*[.!?…]*\s*$/iu;
const MOST_NEW = /\b(?:most|more)\s+new\b/i;
const REACH_WITHOUT_RANK = /\ban?\s+(?:[\p{L}-]+\s+){0,4}(?:on|in)\s+the\s+(?:planet|world|universe|galaxy)\b/iu;

/** A command that may follow another ("Stop reading and hit Install."). */
const NEXT_COMMAND = /^\s*(?:hit|tap|click|get|grab|book|order|download|join|sign|try|see|take|start|call|reply|visit|shop|read|check|come|pick|head|pop|treat|enjoy)\b/i;

/** A cut "needs X" whose X (the product) is nowhere in what stays. */
function losesWhatIsNeeded(cut: string, after: string): boolean {
  const needed = /\b(?:needs?|deserves?|crying\s+out\s+for|begging\s+for)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(cut);
  if (!needed) return false;
  const kept = after.toLowerCase();
  return (needed[1].toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => !FUNCTION_WORDS.has(w) && !kept.includes(w));
}

/** A cut that says what is left without a count ("a handful of end units remain") and takes the things with it. */
function losesWhatIsLeft(cut: string, after: string): boolean {
  const left = /\b(?:handful|few|couple|last)\s+(?:of\s+(?:the\s+|our\s+)?)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:remain|remaining|left|available)\b/iu.exec(cut);
  if (!left) return false;
  const kept = after.toLowerCase();
  return (left[1].toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => !FUNCTION_WORDS.has(w) && !kept.includes(w));
}

/** A sentence that opens on a lower-case letter, given its capital (for a shouted sentence said normally). */
function openingCapital(sentence: string): Edit[] {
  // (Not a merge tag's mask: "{{first_name}}, we are behind." opens on the name.)
  const first = /^[\s"“'‘(*_]*(?!x{3,}\b)(\p{Ll})/u.exec(sentence);
  return first ? [{ start: first[0].length - 1, end: first[0].length, text: first[1].toUpperCase() }] : [];
}

/** What an edit cut: its span less a tail it only re-wrote in another case (a capital handed on). */
function withoutRewrittenEnd(before: string, e: Edit): string {
  const span = before.slice(e.start, e.end);
  return e.text && span.toLowerCase().endsWith(e.text.toLowerCase()) ? span.slice(0, span.length - e.text.length) : span;
}

/** The tokens of `required` that `present` lacks, each counted as often as it occurs ("20%" twice needs two). */
export function missingTokens(required: readonly string[], present: readonly string[]): string[] {
  const remaining = [...present];
  return required.filter((token) => {
    const at = remaining.indexOf(token);
    if (at >= 0) remaining.splice(at, 1);
    return at < 0;
  });
}

/**
 * A "we", "you", "please" or "just so you know" an edit put where no clause can start: inside a noun
 * phrase or after a preposition ("Notice of we'll take…", "Unsubscribe we'll honour requests", "Valued
 * just so you know"). A new clause opens the sentence, or follows a comma, a colon or a conjunction.
 */
/** "…once the returned item has been inspected and approved.": the pair of participles belongs to a clause of its own. */
const SUBORDINATE_PASSIVE_PAIR = /\b(?:once|when|after|until|unless|if|before|as\s+soon\s+as|while)\b[^.!?,;]*\b(?:has|have|is|are|was|were)\s+(?:been\s+)?\w+ed\s+and\s+\w+ed\s*[.!?]*$/i;

function misplacedSubject(sentence: string, after: string, edits: readonly Edit[]): boolean {
  // "We've registered the request and is pending": the new subject cannot carry the old verb after "and";
  // nor can "we've got the item and assessed" carry the second participle of "has been received and assessed".
  if (edits.some((e) => /^we\b/i.test(e.text)) && (/\band\s+(?:is|was|has)\b/i.test(after) || (/\band\s+\w+ed\s*[.!?]*$/i.test(after) && !SUBORDINATE_PASSIVE_PAIR.test(after)) || /\b(?:and|but)\s+(?:cannot|can['’]t|will|won['’]t|must|may|might|should)\s+(?:not\s+)?be\s+\w+(?:ed|en)\b/i.test(after))) return true;
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const at = e.start + shift;
    shift += e.text.length - (e.end - e.start);
    const subject = /^(?:(?:we|you|I)(?:['’](?:ll|ve|re|d|m))?|please|just so you know|if you)\b/i.exec(e.text);
    // A word only lowered ("WE NEED YOU" → "We need you") was there before: no new subject.
    if (!subject || e.text.toLowerCase() === sentence.slice(e.start, e.end).toLowerCase()) continue;
    const before = after.slice(0, at);
    if (/^[\s"“'‘(*_]*$/.test(before)) continue;
    if (/(?:[,;:—–]|\b(?:and|but|so|or|that|because|if|unless|when|whenever|once|as|until|before|after|where|then|which|while|since|though|although))\s*$/i.test(before)) continue;
    return true;
  }
  return false;
}

/** Short words and the ones a rewrite may change (pronouns for "you", auxiliaries for agreement). */
const FUNCTION_WORDS = new Set(
  'their theirs them they themselves himself herself your yours this that these those with from have will would should could been being were what when which while there here into upon also just only very really please kindly does shall that’s they’re they’ll they’ve their’s must need needs wishing wanting hoping looking planning intending asked required requested expected advised encouraged reminded'.split(' '),
);

/**
 * A rewrite keeps the sentence's information: every word of four letters or more outside the flagged
 * ranges is still there (the same word, or a form sharing its first four letters: "wishes" → "wish").
 */
function losesContentWords(before: string, after: string, findings: readonly SentenceFinding[], rephrased: readonly Edit[] = []): boolean {
  // A shaming opt-out line is the finding from end to end: "No, thanks" replaces all of it.
  if (findings.some((f) => f.rule.replacesLine)) return false;
  const kept = stemsOf(after);
  // A misspelling the rewrite put right ("recieve" → "receive") is the same word.
  for (const e of textSpeakEdits(before)) if (after.toLowerCase().includes(e.text.toLowerCase())) kept.add(before.slice(e.start, e.end).toLowerCase().slice(0, 4));
  return contentWordsOutside(before, findings, rephrased).some((word) => !kept.has(word.slice(0, 4)) && !renamedParty(word, after));
}

/** The first four letters of each word of four letters or more: how the content checks tell a word kept. */
function stemsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4)));
}

/** How many of the sentence's content words the first pass kept (`half`) the second pass (`after`) cut from its opening. */
function keptOpeningLost(sentence: string, half: string, after: string, findings: readonly SentenceFinding[]): number {
  const first = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(after)?.[0];
  if (!first) return 0;
  const at = half.toLowerCase().search(new RegExp(`(?<![\\p{L}\\p{N}])${first.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  if (at <= 0) return 0;
  const cut = stemsOf(half.slice(0, at));
  const rest = stemsOf(after);
  return new Set(contentWordsOutside(sentence, findings).map((w) => w.slice(0, 4)).filter((w) => cut.has(w) && !rest.has(w))).size;
}

/** The content words of a sentence that no rule's finding covers: what it says besides the pressure. */
function contentWordsOutside(sentence: string, findings: readonly SentenceFinding[], rephrased: readonly Edit[] = []): string[] {
  const words: string[] = [];
  for (const m of sentence.matchAll(/[\p{L}’']{4,}/gu)) {
    const at = m.index!;
    // Shouted words are content said loudly ("HUGE KITE CLEARANCE"): lowering them is the fix, not dropping them.
    if (findings.some((f) => !f.byModel && !f.rule.loudness && at < f.end && f.start < at + m[0].length)) continue;
    if (rephrased.some((e) => at < e.end && e.start < at + m[0].length)) continue;
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (!FUNCTION_WORDS.has(word) && !word.includes("'")) words.push(word);
  }
  return words;
}
/** A jab with more to say than this outside its findings carries a message ("…the last refuge for these otters…"). */
const MAX_SLOGAN_CONTENT_WORDS = 6;
/** A jab that names what is on offer ("Your kitchen is crying out for a vertical herb wall") or something already done for the reader ("We've moved you onto the annual plan"): not empty. */
/** What a slogan sells by name after "our": "…without our premium lounge pass", "…support of our lost-sock reunion service". */
const NAMES_OUR_OFFERING = /\b(?:without|on|(?:support|use)\s+(?:of|for)|try)\s+our\s+(?!help\b|support\b|team\b|thanks\b|best\b|utmost\b|full\b|undivided\b)[\p{L}-]+\s+[\p{L}-]+/iu;
const NAMES_A_PRODUCT = /\b(?:needs?|crying\s+out\s+for|begging\s+for|(?:incomplete|complete)\s+(?:these\s+days\s+)?without|missing|(?:if\s+you|you)\s+(?:miss|skip|pass\s+on))\s+(?:a|an|our|some|the)\b|\bneeds?\s+(?!to\b|you\b|it\b|this\b|that\b|them\b)[\p{L}-]{4,}\s+[\p{L}-]{3,}|\b(?:it['’]s|that['’]s)\s+an?\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)*\s+(?:kit|box|set|bundle|pack|app|course|class|plan|subscription)\b|\bthat\s+something\s+is\b|\bwe(?:['’]ve|\s+have)\s+(?:already\s+|gone\s+ahead\s+and\s+)?(?:moved|added|upgraded|put|booked|reserved|switched|enrolled|signed)\b/iu;

/** A longer sentence carries information even when a pressure phrase covers most of it ("Hurry, only a few terracotta sets are left"). */
const MAX_REMOVABLE_WORDS = 10;
const MAX_REMOVABLE_STOCK_LINE_WORDS = 14;
const MAX_REMOVABLE_SLOGAN_WORDS = 18;
/** "…haven't opened the app in a week": how long something has not happened, a fact (a threat's "in five years you'll…" is not). */
const A_SPAN_OF_TIME = /\b(?:haven['’]t|hasn['’]t|have\s+not|has\s+not|didn['’]t)\b[^.!?]*\b(?:(?:in|for)\s+(?:a|an|one|two|three|four|five|six|over\s+a|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?|while)|lately|recently)\b/i;
/** A price that is going up or changing: a fact the rewrite must keep. */
const PRICE_CHANGE = /\bprices?\s+(?:rise|rises|go(?:es)?\s+up|increase|increases|double|doubles|jump|jumps|change|changes)\b/i;
/** What a reader loses, is charged or has closed: a consequence a rewrite keeps, in plain words. */
const LOSS_STEMS = String.raw`forfeit\w*|los[et]|losing|loses|delet\w*|suspen\w*|terminat\w*|void\w*|archiv\w*|reassign\w*|reallocat\w*`;
const LOSS_WORD = new RegExp(String.raw`\b(?:${LOSS_STEMS}|wiped(?!\s+(?:down|clean|over)\b)|charged|billed|your\s+(?:[\p{L}'’-]+\s+){0,3}(?:will\s+)?(?:evaporat\w*|disappear\w*|vanish\w*|expir\w*))\b`, 'iu');
/** …said the other way round ("…to keep your account", "the licence ends"). */
const LOSS_KEPT = new RegExp(String.raw`\b(?:${LOSS_STEMS}|wiped|charged|billed|expir\w*|disappear\w*|vanish\w*|evaporat\w*|valid|until|keep|end|ends|ended|stop|stops|cancel\w*|close|closes)\b`, 'i');
/** What a slogan may not hold if it is to go whole: an offer, a price, a way to act or get in touch. */
const HAS_OFFER = /\b(?:free|off|discount|save|saving|price|trial|offer|deal|code|book|order|call|visit|reply|sign\s+up|donate|join|subscribe|register|enrol|enroll|download|buy|shop|try|get|grab|claim|upgrade|renew)\b/i;

const OBJECT_BEFORE_THAT = /\b(?:it|them)\s+that\b/i;
const RELATIVE_OPENING = /^\W*(?:who|whom|whose|which)\b/i;
const LEADING_PRONOUN = /^\W*(?:that['’]s\s+(?:what|why|where|how|when|who)|their|they|them|these|those|he|she|him|her|it(?!['’]s\s+(?:time|worth|free|easy|simple|quick|here|now|open|live))|that\s+\p{Ll}+\s+(?:is|are|was)\b)\b/iu;
const MODAL_THEN_AGREEING_VERB = /\b(?:shall|will|must|may|might|can|could|should|would)\s+(?:means|is|has|does|constitutes|makes|gives|takes|applies|includes)\b/i;

function unbalancedBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth < 0) return true;
  }
  return depth !== 0;
}
const PRONOUN_WHO = /\b(?:you|we|they|I|us|them)\s+(?:who|whose|(?:un)?able\s+to|wishing|interested|eligible|requiring|needing|planning|hoping|intending|aged)\b/i;
/** "…laggards get left behind" → "…laggards get.": a verb whose complement went. */
const ENDS_ON_BARE_VERB = /\b(?:get|gets|got|become|becomes|feel|feels|end\s+up|ends\s+up|appears?|comes\s+along)\s*[.!?…]*["”’)]*\s*$/i;

/** A rewrite may not end on a word that needs more ("…and they're!", "…so.", "…for"). */
const DANGLING_WORD = /\b(?:and|or|but|so|to|of|for|with|the|a|an|your|our|their|is|are|was|were|be|will|would|can|could|should|must|they|we|he|she|r|ur|b|2|4|(?:feels?|looks?|sounds?|seems?)\s+like|(?:they|we|you|it|he|she|that|there)['’](?:re|s|ve|ll|d))[\s.!?…"”’)\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/iu;

/** "Retrain now or get.": a verb after "or"/"and" that lost what completed it. */
const DANGLING_VERB = /\b(?:or|and)\s+(?:get|be|go|end\s+up|become|feel|stay|fall)\s*[.!?…]*["”’)]*[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/iu;

/** "…if you were the one." / "…have hand-picked." / "Deep down you know that": what they pointed at went with the cut. */
const ENDS_WITHOUT_OBJECT = /\b(?:the\s+one|(?:have|has|had)\s+(?!(?:donated|voted|joined|registered|renewed|arrived|switched|moved|upgraded|enrolled|applied|replied|responded|volunteered|pledged|signed|subscribed|started|finished|graduated|retired|returned|agreed|decided|succeeded)\b)[\w-]+(?:ed|en)|(?:know|knew|see|think)\s+(?:that|this))\s*[.!?]*\s*$/i;

/** "…costing you hours you.": the clause about the noun lost its verb. */
const ENDS_ON_RELATIVE_SUBJECT = /\b(?:hours|days|weeks|months|years|minutes|time|money|moments|memories|things|everything|something|nothing|all|savings|chances?)\s+(?:you|we|they)\s*[.!?…]*["”’)]*\s*$/iu;

/**
 * A word that ended a clause and a command that now meet with nothing between them ("…hampers left and they're
 * flying, so grab one…" → "…hampers left grab one…").
 */
const CLAUSE_SEAM = /([\p{L}\p{N}'’]+)\s+(grab|buy|get|book|order|call|shop|claim|join|tap|click|reply|hurry|snag|secure|reserve|download|donate|upgrade)\b/giu;
function runsTogether(before: string, after: string): boolean {
  for (const m of after.matchAll(CLAUSE_SEAM)) {
    if (new RegExp(`(?<![\\p{L}'’])${m[1]}\\s+${m[2]}\\b`, 'iu').test(before)) continue;
    if (new RegExp(`(?<![\\p{L}'’])${m[1]}(?:\\s*[,;:—–]|\\s+(?:and|but|so)\\b)`, 'iu').test(before)) return true;
  }
  return false;
}

function danglingEnd(before: string, after: string): boolean {
  return [DANGLING_WORD, DANGLING_VERB, ENDS_ON_BARE_VERB, ENDS_WITHOUT_OBJECT, ENDS_ON_RELATIVE_SUBJECT].some((end) => end.test(after) && !end.test(before));
}

/**
 * A statement of four words or more with a fact in it (a number, a name, a day), no question: what a cut
 * sentence of pure pressure can stand beside ("Book your session at Stride Lab today." lets "Hurry!" go,
 * where "Yes, even you." or "Are you really going to wait until Monday?" would not).
 */
export function carriesFacts(text: string): boolean {
  return wordCount(text) >= 4 && !/\?\s*$/.test(text) && protectedTokens(text).length > 0;
}

/** A pronoun among the first words, standing for what the sentence before said ("…" after a fact, pointing back at it). */
export const POINTS_BACK = /^\W*(?:[\p{L}'’]+\W+){0,3}?(?:it|them|this|that|these|those|they|he|she|him|her)\b/iu;

/** Every finding is pressure or volume, and at least one is pressure (the model's included). */
function onlyPressure(findings: readonly SentenceFinding[]): boolean {
  return findings.every((f) => f.rule.pressure || f.rule.loudness) && findings.some((f) => f.rule.pressure);
}

const LEAVING = /\b(?:cancel|leave|walk\s+away|unsubscribe|downgrade|quit|stop|lapse)\b/i;
const WHAT_THEY_HAVE = /\byour\s+(?:[\w'’-]+\s+){0,3}?(?:rate|streak|points|progress|data|files|account|discount|price|badges?|credits?|plan|membership|benefits|history|designs|certificates?|rewards?|status)\b/i;

/** Pressure findings cover at least half of the sentence's letters, and nothing else is flagged. */
function mostlyPressure(sentence: string, findings: readonly SentenceFinding[]): boolean {
  // "Full stop." after a claim is emphasis and nothing else: it goes like pressure.
  if (findings.length > 0 && wordCount(sentence) <= 3 && findings.every((f) => f.rule.dropsOnlyBoasts && !f.byModel)) return true;
  if (findings.length === 0 || !findings.every((f) => f.rule.pressure || f.rule.loudness)) return false;
  // "Cancel and your founder's rate is gone forever.": what leaving costs the reader is information, however it is framed.
  if (LEAVING.test(sentence) && WHAT_THEY_HAVE.test(sentence)) return false;
  const covered = findings.filter((f) => f.rule.pressure && !f.byModel).reduce((n, f) => n + letters(sentence.slice(f.start, f.end)), 0);
  return covered > 0 && covered * 2 >= letters(sentence);
}

/**
 * A short sentence that only challenges the reader after a claim ("What's stopping you?", "Are you?",
 * "Trust us.", "Don't get left behind."): it says nothing of its own, so it goes with the claim's rewrite
 * ("Your competitors are already using AI. What's stopping you?" → "Businesses like yours are using AI.").
 */
export function isChallengeTag(text: string): boolean {
  // ("What's stopping you, {{first_name}}?" is the same challenge, said to a name: see vocativeAt.)
  const vocative = vocativeAt(text);
  if (vocative) text = text.slice(0, vocative.start) + text.slice(vocative.end);
  // (A bare "Guaranteed." states no terms: it is the boast, not one of the offer's terms.)
  // (Nor is the clock in "Not next year, now.": it is the push itself.)
  if (wordCount(text) > MAX_CHALLENGE_WORDS || /\d/.test(text) || protectedTokens(text).some((t) => t !== 'guarantee' && !/^(?:(?:next|this)\s+\w+|today|tonight|tomorrow)$/.test(t))) return false;
  const said = text.replace(/[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u, '').replace(/^\W+/, '');
  // ("Seriously, do it now." is "Do it now." said harder; "Yes, that includes you." is "That includes you.")
  return [said, said.replace(/^(?:seriously|honestly|go\s+on|come\s+on|yes|yep|yup),?\s+(?=\p{L})/iu, '')].some((s) => CHALLENGE_QUESTION.test(s) || CHALLENGE_REMARK.test(s) || CHALLENGE_REMARK_MORE.test(s));
}
const MAX_CHALLENGE_WORDS = 12;

/**
 * Where a sentence speaks to the reader by a merge tag at one end ("…, {{first_name}}?", "*|FNAME|*, …"), seen
 * as prose sees it (the tag masked as a run of "x"): with its comma, so that taking it out leaves the sentence.
 */
export function vocativeAt(text: string): { start: number; end: number } | undefined {
  const last = /,\s*x{3,}(?=\s*[?!.…]*["”’')\]]*\s*$)/.exec(text);
  if (last) return { start: last.index, end: last.index + last[0].length };
  const first = /^\W*?(x{3,}\s*,\s*)(?=\p{L})/u.exec(text);
  return first ? { start: first.index + first[0].length - first[1].length, end: first.index + first[0].length } : undefined;
}
/** Questions that dare the reader to keep up, not ones that ask what they need. */
const CHALLENGE_QUESTION =
  /^(?:so\s+|and\s+|well,?\s+)?(?:what['’]?s\s+(?:stopping|holding)\s+(?:you|u)(?:\s+back)?|what\s+are\s+(?:you|u)\s+waiting\s+for|wh?at['’]?s\s+(?:your|ur)\s+excuse|why\s+(?:aren['’]?t|are|is|isn['’]?t|haven['’]?t|hasn['’]?t|don['’]?t|not)\b[^?]*|where\s+were\s+(?:you|u)|are\s+(?:you|u)(?:\s+(?:really|still|serious|in(?:\s+or\s+out)?|next|one\s+of\s+them|with\s+(?:us|them)))?|will\s+(?:you|u|yours)\s+(?:join|match|stand|be\s+(?:next|the\s+(?:last|only|one))|keep\s+up)\b[^?]*|shouldn['’]?t\s+(?:you|u|yours)|can\s+(?:you|u)\s+(?:afford\s+to\s+(?:fall|be\s+left|miss|wait)|live\s+with\s+that|keep\s+up)\b[^?]*|isn['’]?t\s+it\s+(?:time\s+(?:you|u)\b[^?]*|your\s+turn)|which\s+(?:one|kind\s+of\s+[\p{L}-]+|side|camp)\s+are\s+(?:you|u)(?:\s+on|\s+in)?|(?:you['’]re|ur|you\s+are)\s+next,?\s+right|do\s+(?:you|u)\s+really\s+want\s+to\s+(?:miss|be\s+left|hear\s+about\s+it)\b[^?]*|are\s+(?:you|u)\s+going\s+to\s+be\s+(?:left|the\s+(?:last|only))\b[^?]*|don['’]?t\s+(?:you|u)\s+(?:miss\s+(?:us|me|it)|care|deserve\s+(?:it|this|better)))\s*\?+$/iu;
/** Remarks that only press: an oath, a shrug, a "don't" with no reason, "Like, really soon.", "Go on, we'll wait.", "One pair is never enough." (Not "TODAY!!!" after an offer: that is when it runs.) */
const CHALLENGE_REMARK =
  /^(?:guaranteed|ouch|thank\s+(?:us|me)\s+later|(?:and\s+)?that\s+(?:includes|means)\s+(?:you|u)|(?:yes,?\s+)?especially\s+(?:you|u)|(?:right\s+)?now|go|do\s+it(?:\s+(?:now|today))?|yes,?\s+(?:even\s+)?(?:you|today|now)|not\s+(?:next\s+\w+|tomorrow|later),?\s+(?:now|today)|not\s+(?:next\s+\w+|tomorrow|later|someday|one\s+day)|every(?:body|one)\s+(?:does|is|has|did)(?:\s+(?:now|these\s+days|already))?|(?:trust\s+(?:us|me),?\s+)?(?:every|any)\s+(?:(?:serious|real|good|modern|proper|smart)\s+)?[\p{L}-]+\s+(?:does|do|has|did)|(?:yes,?\s+)?(?:you|u)\s+(?:(?:really|truly|honestly|absolutely),?\s+)+do|yours\s+(?:is|are)\s+no\s+exception|(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+still\s+waiting(?:\s+(?:to\s+hear\s+from|on|for)\s+(?:you|u))?|don['’]?t\s+say\s+(?:we|I)\s+didn['’]?t\s+warn\s+(?:you|u)|(?:don['’]?t\s+think,?\s+)?just\s+(?:book|buy|order|click|tap|do\s+it|go)|go|tomorrow,?\s+maybe\s+not|(?:and\s+)?including\s+(?:you|u)|(?:you|u)\s+will\s+regret\s+it|don['’]?t\s+wait\s+to\s+find\s+out|(?:and\s+)?(?:you|u)\s+(?:don['’]?t|do\s+not)\s+want\s+to\s+be\s+the\s+(?:one|only\s+one|last\s+one|person)[\p{L}\s'’-]{0,40}?|(?:they|it|these|those)\s+(?:won['’]?t|will\s+not)\s+be\s+(?:there|here|around)\s+(?:tomorrow|for\s+long)|(?:if\s+(?:you|u)\s+haven['’]?t\s+[^,.!?]{1,30}?\s+yet,?\s+)?(?:you['’]re|ur|you\s+are)\s+already\s+behind|(?:decide|act|choose|move|commit)\s+(?:now|today|tonight),?\s+not\s+(?:tomorrow|later|next\s+\w+)|(?:get\s+in|grab\s+(?:one|yours|it)|book\s+(?:now|yours))\s+while\s+(?:you|u)\s+(?:still\s+)?can|(?:and\s+)?(?:you|u)\s+just\s+(?:can['’]?t|don['’]?t|haven['’]?t|didn['’]?t)\s+(?:hear|see|know|feel|noticed?|listened|realised|realized)(?:\s+it)?(?:\s+yet)?|trust\s+(?:us|me)(?:\s+on\s+this(?:\s+one)?)?|don['’]?t|do\s+not|move\s+now\s+or\s+move\s+on|just\s+saying|seriously|forever|for\s+ever|for\s+good|permanently|period|full\s+stop|ask\s+anyone|no\s+excuses|enough\s+said|['’]?nuff\s+said|go,?\s+go,?\s+go|don['’]?t\s+(?:miss\s+out|get\s+left\s+(?:behind|out)|fall\s+behind(?:\s+them)?|be\s+left\s+behind|be\s+the\s+(?:last|only|one)\s+[\p{L}\s'’-]{1,60}?|sit\s+this\s+one\s+out)|like,?\s+(?:really|super)\s+(?:soon|fast|quick)|go\s+on,?\s+(?:we['’]ll|I['’]ll)\s+wait|one\s+(?:pair|bottle|box|bag|coat|jar|pack|set|tin|tub)\s+(?:is\s+never|is\s+not|isn['’]t)\s+enough)\s*[.!…]*$/iu;
/** More remarks that only press, kept apart from CHALLENGE_REMARK: one expression that size is too big for V8's startup snapshot. */
const CHALLENGE_REMARK_MORE =
  /^(?:(?:grab|get|snap\s+up|book|nab)\s+(?:one|yours|it|them|some|(?:a|your|ur)\s+\p{L}+)\s+while\s+(?:they|it|stocks|supplies)\s+lasts?|yes,?\s+(?:you|u)\s+(?:(?:really|totally|absolutely)\s+)?(?:do|need\s+(?:it|this|one|them))|yes,?\s+really|pick\s+up\s+the\s+phone(?:\s+(?:now|today))?|go\s+on(?:\s+then)?|don['’]?t\s+let\s+(?:yours|your\s+\p{L}+)\s+be\s+the\s+(?:only|last|one|house|home|garden|lawn|shop|business|team|person)\b[^.!?]{0,40}|(?:just\s+)?(?:hit|click|tap|press|smash)\s+(?:the\s+)?(?:button|link|here|it)|don['’]?t\s+just\s+sit\s+there|(?:secure|grab|get|book|claim|snap\s+up|nab)\s+(?:yours|one|it|them|(?:a|your|ur)\s+\p{L}+)(?:\s+(?:now|today))?\s+before\s+(?:someone|somebody|anyone|others|they|it)(?:\s+else)?\s+(?:does|do|is|are|gets?\s+(?:it|them|there)|vanish(?:es)?|go(?:es)?|(?:is|are|['’]s|['’]re)\s+(?:all\s+)?gone|sells?\s+out)|don['’]?t\s+say\s+(?:we|I)\s+didn['’]?t\s+(?:tell|remind)\s+(?:you|u)|(?:you|u)\s+know\s+(?:you|u)\s+want\s+(?:to|it|one|them)|(?:don['’]?t\s+think,?\s+)?just\s+(?:reply|text|call|sign\s+up|subscribe|join|donate|give|register|enrol|enroll|pay|upgrade|renew|confirm)|(?:most|many|plenty|all)(?:\s+(?:people|homes|houses|businesses|families|of\s+them))?\s+(?:do|are|have|does|did)|(?:book|buy|order|act|reply|respond|pay|call|register|enrol|enroll|apply|renew)\s+(?:forthwith|immediately|at\s+once|without\s+delay|straight\s+away|asap|right\s+away)|don['’]?t\s+(?:just\s+)?(?:watch|sit|stand)\s+(?:(?:on|from)\s+the\s+sidelines|this\s+one\s+out)|(?:the\s+whole\s+(?:team|office|street|class)|every(?:one|body)|we\s+all)\s+(?:noticed|saw)|think\s+about\s+(?:that|it))\s*[.!…]*$/iu;

/** A sentence in capitals said in a normal voice, as the rewrite of a shouted sentence beside it says its own. */
export function calmedCapitals(sentence: string): Edit[] {
  return mergeEdits(lowerCaseEdits(sentence), openingCapital(sentence));
}

/** Three words in a row said twice ("…be with you…be with you…"); not a joining "and we'll…, and we'll…". */
function repeatsItself(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) {
    if (/^(?:and|or|but|so|then|we|ll|you|i)$/.test(words[i])) continue;
    const three = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    if (seen.has(three)) return true;
    seen.add(three);
  }
  return false;
}
