// Small text helpers the rules share: case, quotes, negation, clean removal of a phrase.

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Gives `replacement` the capitalisation of `original`: ALL CAPS, Capitalised, or as written. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && isAllCaps(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Whether a noun reads as a regular plural ("discounts", "entries"; not "bus", "basis", "class"). */
export function looksPlural(noun: string): boolean {
  return /[^s]s$/i.test(noun) && !/(?:us|is|ss)$/i.test(noun);
}

export function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

const OPENING_QUOTES = `"'“‘«„‹「『`;
const CLOSING_QUOTES = `"'”’»“›」』`;

/** Whether `at` is where the text's first word starts (only spaces before it). */
export function opensText(text: string, at: number): boolean {
  return at === text.length - text.trimStart().length;
}

/** True when text[start,end) is mentioned rather than used: wrapped in quotes, as in "Skip the ‘act now’ banners.", or mostly inside them. */
export function isQuoted(text: string, start: number, end: number): boolean {
  return wrappedInQuotes(text, start, end) || insideQuotation(text, start, end) || mostlyQuoted(text, start, end);
}

/** A quote mark right before and right after the phrase (emphasis marks and spaces aside). */
function wrappedInQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).replace(/[\s*_]+$/, '');
  const after = text.slice(end).replace(/^[\s*_]+/, '');
  const open = before.slice(-1);
  const close = after.slice(0, 1);
  if (!open || !close || !OPENING_QUOTES.includes(open) || !CLOSING_QUOTES.includes(close)) return false;
  // An apostrophe glued to a word ("It's") is not an opening quote.
  return !(open === "'" || open === '’') || !/\w$/.test(before.slice(0, -1));
}

/**
 * Quoted stretches of a sentence, in any style: “…”, "…", ‘…’, '…', «…», ‹…›, 「…」, 『…』, `…`. A single quote opens only
 * at the start of a word (not the apostrophe of "it's") and closes only at the end of one (not "don’t").
 * One pass, so linear in the sentence.
 */
const QUOTATION = /“[^”]*”|„[^“”]*[“”]|«[^»]*»|‹[^›]*›|「[^」]*」|『[^』]*』|"[^"]*"|`[^`]*`|(?<![\p{L}\p{N}])[‘'](?=\S)(?:[^‘’']|['’](?=\p{L}))*?(?<=\S)[’'](?![\p{L}\p{N}])/gu;

/** Most of the match's letters are inside quotation marks: the quoted words are what it found. */
function mostlyQuoted(text: string, start: number, end: number): boolean {
  if (!/["“„«‹「『`'‘]/.test(text)) return false;
  let quoted = 0;
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m; m = QUOTATION.exec(text)) {
    if (m[0].length === 0) QUOTATION.lastIndex++;
    if (m.index >= end) break;
    quoted += Math.max(0, Math.min(end, m.index + m[0].length) - Math.max(start, m.index));
  }
  return quoted * 2 > end - start;
}

export function insideQuotation(text: string, start: number, end: number): boolean {
  if (!/["“„«‹「『`'‘]/.test(text)) return false;
  if (afterUnclosedQuote(text, start, end)) return true;
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m; m = QUOTATION.exec(text)) {
    if (m.index > start) return false;
    if (m.index < start && m.index + m[0].length > end) return true;
    if (m[0].length === 0) QUOTATION.lastIndex++;
  }
  return false;
}

/**
 * A double quote opened before `start` and not closed by `end`: the sentence splitter may have cut the
 * quotation at its "!" (`never say "Act fast, only 3 left!` | `" because…`), leaving the closing mark in the
 * next sentence. Single quotes are left out: they are also apostrophes.
 */
function afterUnclosedQuote(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1 && !text.slice(start, end).includes('"');
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && !text.slice(start, end).includes('”');
  return straight || curly;
}

/** Verbs that report what someone else said or wrote: what follows is a mention, not the writer's own push. */
const REPORTED = /\b(?:said|says|told|tells|wrote|writes|argues|argued|shouted|shout at|called|titled|named|stopped writing|bans|banned|forbids|phrases? like|lines? like|words like|subject lines? like|(?:that|which|who)\s+(?:scream|screams|shout|shouts|yell|yells)|(?:sign|banner|poster|headline|caption|label|placard|flyer|leaflet)(?:\s+[^.!?\s]+){0,5}?\s+(?:read|reads|said|says))\b[^.!?]*$|\b(?:the\s+(?:words?|phrases?|slogan|line)|fear\s+of)\s*[:“"‘'*_]?\s*$|\b(?:fined|sued|censured|reprimanded|criticised|criticized|accused|warned|banned)\b[^.!?]*\b(?:for|of|over)\s+(?:promising|claiming|advertising|offering|using)\s*$|\b(?:why|whether)\s+(?:a|an|the)\s*$|\b(?:voted|agreed|decided|resolved|pledged|promised|vowed)\b(?:\s+[^.!?\s]+){0,4}?\s+to\s*$/i;

/**
 * Mentioned rather than used by the writer: inside quotes, reported ("he'd shout at everyone to hurry"),
 * or part of a name ("the Last Chance Saloon", "Act Now Theatre Company", "Buy Now, Pay Later").
 */
export function isMentioned(text: string, start: number, end: number): boolean {
  // A match that ends inside a quotation is about the quoted words, even when a pattern reached back before
  // the quote mark (this also covers a match wholly inside one), and so is a match that is mostly a quotation
  // ("…saying 'your account will be closed' unless you asked…").
  // "…wanted ACT NOW printed in red": words in capitals that are printed, written or painted are a slogan talked about.
  if (PRINTED_AFTER.test(text.slice(end)) && !/\p{Ll}/u.test(text.slice(start, end))) return true;
  return SAID_AFTER.test(text.slice(end)) || wrappedInQuotes(text, start, end) || insideQuotation(text, Math.max(start, end - 1), end) || mostlyQuoted(text, start, end) || REPORTED.test(text.slice(Math.max(0, start - 80), start)) || isName(text, start, end) || isAskedAbout(text, start, end);
}

const PRINTED_AFTER = /^["”’']?\s+(?:printed|written|splashed|plastered|stamped|painted|emblazoned|scrawled|stencilled|stenciled)\b/i;

/** Words then who said them: "Which one shall we send? the florist asked". */
const SAID_AFTER = /^[^.!?]{0,40}[?!,]\s+(?:(?:the|our|my|your|a|his|her)\s+)?[\p{L}-]+\s+(?:asked|said|says|asks|replied|wrote|added)\b/iu;

/** "What does notwithstanding mean in my lease?": a word asked about is mentioned, not used. */
function isAskedAbout(text: string, start: number, end: number): boolean {
  return /\bwhat\s+(?:does|do|did|is)\s+(?:the\s+word\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, start - 40), start)) && /^\s+(?:mean|means|actually\s+mean)\b/i.test(text.slice(end));
}

const SMALL_WORDS = /^(?:or|of|and|the|a|an|to|in|on|at|for|n|&)$/;

/**
 * A name that happens to hold a trigger phrase: the phrase is in Title Case inside a sentence that is not
 * itself in Title Case (a headline), and it sits mid-sentence, or runs on into another capitalised word
 * or a number ("Hurry Curry", "the Hurry 3", "Urgent Care at St Mary's").
 */
export function isName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length || !words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w)) || words.every((w) => isAllCaps(w.replace(/['’]\p{L}*$/u, '')))) return false;
  const all = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised > all.length * 0.8) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  // A title goes on past the phrase ("Hurry Up and Wait, the airport comedy"): what follows the whole title says what it is.
  const title = text.slice(end + (TITLE_GOES_ON.exec(after)?.[0].length ?? 0));
  // After "the", "at", "from"… a capitalised phrase names something ("comes from Act Now", "the Last Chance Ball"), and
  // so it does after a name's possessive ("Fenland's Act Now for Nature programme", "ClauseGuard's Final Warning template").
  const named = /\b(?:the|at|from|called|named|of|our|their|my|via|through|on|to|panel|book|film|show|exhibition|talk|course|class|event|song|album|podcast|play|musical|workshop|session|series)\s+$/i.test(before) || /\p{Lu}[\p{L}&]*['’]s\s+$/u.test(before);
  // …and after a noun and a comma, a title in apposition ("Our free garden guide, Act Now for Hedgehogs, shows…").
  const namedAfterComma = /\b(?:guide|book|film|show|track|single|song|album|podcast|play|comedy|drama|documentary|series|campaign|appeal|report|course|workshop|newsletter|blend|roast|beer|ale|lager|wine|gin|cocktail|dish|burger|product|range|collection|scent|candle|flavou?r|edition|model)\s*,\s*$/i.test(before);
  return named || namedAfterComma || /^(?:,\s*)?(?:\p{Lu}|\d|['’]s\b)/u.test(after.trimStart()) || WORK_BY.test(after) || titleThenWhatItIs(after) || titleThenWhatItIs(title) || KIND_AFTER_NAME.test(title);
}

/** What follows a title that says what it is: "…, the closing song," or "… is this year's winning story". */
export function titleThenWhatItIs(after: string): boolean {
  return NAME_THEN_APPOSITIVE.test(after) || NAME_THEN_IS_A.test(after);
}

/** The rest of a title after a phrase in it: small words and capitalised words, ending on a capitalised one (" and Wait"). */
const TITLE_GOES_ON = /^(?:\s+(?:(?:and|or|of|the|for|a|an|in|on|to|at|&)\s+)*\p{Lu}[\p{L}'’-]*)+/u;

/** A name the sentence then explains between commas ("Act Now, the youth theatre company, performs…"). */
const NAME_THEN_APPOSITIVE = /^,\s*(?:the|a|an|our|your)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:company|troupe|band|choir|theatre|theater|group|club|shop|studio|bar|café|cafe|restaurant|app|podcast|show|play|festival|charity|brand|collective|team|society|trust|duo|trio|quartet|orchestra|gallery|bakery|label|comedy|drama|film|documentary|series|track|single|song|album|novel|book|guide|game|campaign|appeal|memoir|biography|poem|essay|zine|musical|opera|ballet|painting|mural|exhibition|anthology|cookbook|handbook)\b/iu;

/** A name then the kind of thing it names ("the Hurry Up & Row class", "Act Now mode"); not an offer ("Last Chance sale"). */
const KIND_AFTER_NAME = /^\s+(?:awards?|gala|ceremony|dinner|class|classes|mode|session|sessions|tour|menu|club|bar|feature|setting|button|tab|template|templates|widget|report|dashboard|plugin|integration|playlist|podcast|programme|program|course|workshop|team|room|trail|route|ride|run|walk|swim|cocktail|burger|sandwich|pizza|roast|blend|ale|beer|festival|night|quiz|choir|band)\b/i;

/** A title and its author ("Today Only by Ana Varga", "Now or Never by the Hollis Trio"). */
const WORK_BY = /^\s+by\s+(?:the\s+)?\p{Lu}/u;
/** A title that the sentence then says what it is ("Hurry Up and Wait is a four-week course", "Final Notice is an app"). */
export const NAME_THEN_IS_A = /^[?!]?(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|or|of|the|&|in|on|at|to|for|a|an))*[?!]?\s+(?:is|was|are|were)\s+(?:a|an|the|our|my|their|this|this\s+year['’]s|last\s+year['’]s)\s/u;

const NEGATIONS = /\b(?:no need to|no reason to|don['’]t (?:have|need) to|do not (?:have|need) to|never|without|no pressure to|not|nothing to|nobody|no one|isn['’]t|aren['’]t|won['’]t|no)\s+(?:\w+\s+){0,2}$/i;

/** True when the words just before `start` negate what follows ("No need to hurry", "we never say act now"). */
export function isNegated(text: string, start: number): boolean {
  return NEGATIONS.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The range and text that remove text[start,end) cleanly from a sentence: the comma or space
 * that went with it goes too, and a word that becomes the first of the sentence gets its capital.
 */
export function removalEdit(text: string, start: number, end: number): { start: number; end: number; replacement: string } {
  // At the start of a sentence, a conjunction left dangling goes too: "Act now and save" → "Save".
  const after = /^[\s,;:–—-]*(?:(?:and|or|but|to|so)\s+)?/i.exec(text.slice(end))![0];
  if (start === 0 || /^[\s"“'‘(]*$/.test(text.slice(0, start))) {
    const next = end + after.length;
    const first = text.slice(next, next + 1);
    return { start, end: next + first.length, replacement: first.toUpperCase() };
  }
  // Mid-sentence, a conjunction left dangling goes with the phrase: "Hi Sam, act now and save" → "Hi Sam, save";
  // so does one after a colon or a dash: "Quick one: the window closes fast, so can we talk?" → "Quick one: can we talk?".
  if (/\b(?:and|or|but|to|so)\s+$/i.test(after)) return { start, end: end + after.length, replacement: '' };
  if (/[:—–]\s*$/.test(text.slice(0, start))) {
    // "…before the end of the quarter — act now, {{first_name}}." → "…quarter, {{first_name}}.": the dash goes, the name stays with its comma.
    if (/^\s*,\s*x{3,}\W*$/.test(text.slice(end))) return { start: start - /\s*[:—–]\s*$/.exec(text.slice(0, start))![0].length, end, replacement: '' };
    const conjunction = /^[\s,;]*(?:(?:and|or|but|so)\s+)?/i.exec(text.slice(end))![0];
    return { start, end: end + conjunction.length, replacement: '' };
  }
  // At the end, the "and" (and its pronoun) that joined the dropped clause goes with it:
  // "Four hives left, and once they fly, they've flown." → "Four hives left."
  if (/^[\s.!?…"”’)]*$/.test(text.slice(end))) {
    const joint = /(?:,\s*|\s+)(?:and|but|so|or)(?:\s+(?:they|it|these|those|this|that)(?:['’](?:re|s|ll|ve))?)?\s*,?\s*$/i.exec(text.slice(0, start));
    if (joint) {
      // The last item of a list: its "and" moves back ("Download it, subscribe, and never look back." → "Download it and subscribe.").
      const head = text.slice(0, start - joint[0].length);
      const comma = head.lastIndexOf(',');
      if (/^,\s*(?:and|or)\b/i.test(joint[0]) && comma >= 0 && !/[.;:!?]/.test(head.slice(comma)) && head.slice(comma + 1).trim().split(/\s+/).length <= 4) {
        return { start: comma, end, replacement: ` ${/^,\s*or/i.test(joint[0]) ? 'or' : 'and'}${head.slice(comma + 1)}` };
      }
      return { start: start - joint[0].length, end, replacement: '' };
    }
  }
  const before = /[\s,;:–—-]*$/.exec(text.slice(0, start))![0];
  const trailing = /^[\s,;:–—-]*/.exec(text.slice(end))![0];
  return { start: start - before.length, end: trailing && before ? end : end + trailing.length, replacement: '' };
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const CONCRETE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b`,
    `\\b${MONTH}\\.?\\s+(?:19|20)\\d\\d\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b',
    '\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)',
    // A 24-hour clock time ("at 23:25"), not a countdown ("02:45:10").
    '(?<![\\d:])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])',
    '\\b(?:because|since|so that|as the|due to|that\\W?s when)\\b',
  ].join('|'),
  'i',
);

/** A date, weekday or clock time the reader can plan around, or a stated reason: a real deadline is information. */
export function hasConcreteReason(text: string): boolean {
  return CONCRETE.test(text);
}

/** Words that put the reader in the sentence. */
export const READER_WORDS = /\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ll|ve|d))\b/i;
/** Words that put the writer's company in the sentence. */
export const WRITER_WORDS = /\b(?:we|our|ours|us|ourselves|we['’](?:re|ll|ve|d))\b/i;

const REASON = /\b(?:because|cos|coz|cuz|bc|b\/c|since|so that|as the|due to|that\W?s (?:when|why|how)|which is why|which means|for safety|production run|print run|\\d+ units|we cap|capped at|has room for|only has room|holds \d|seats \d|only has \d|(?:not|won['’]t be|aren['’]t) restocking|discontinued|is full|are full|fire regulations|next (?:batch|delivery|shipment|restock|run|drop) (?:won['’]t|will not|doesn['’]t|isn['’]t|arrives?|lands?|is due)|(?:restock|restocking|back in stock) (?:in|on|from|by|until) \w+)\b/i;

/** The sentence says why ("…because each one is hand-stitched"): scarcity with a reason is information. */
export function hasStatedReason(text: string): boolean {
  return REASON.test(text);
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/**
 * Words in a text: runs without spaces that have a letter or digit in them ("—" is not a word, "#1" is).
 * Counted character by character (block stats and long-paragraph rules count every paragraph).
 */
export function wordCount(text: string): number {
  let count = 0;
  /** Whether the current run of non-spaces has been counted. */
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let space: boolean;
    let wordCharacter: boolean;
    if (code < 128) {
      space = code === 32 || (code >= 9 && code <= 13);
      const lower = code | 32;
      wordCharacter = (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57);
    } else {
      const character = String.fromCodePoint(text.codePointAt(i)!);
      if (character.length === 2) i++;
      space = SPACE.test(character);
      wordCharacter = !space && WORD_CHARACTER.test(character);
    }
    if (space) {
      counted = false;
      continue;
    }
    if (wordCharacter && !counted) {
      counted = true;
      count++;
    }
  }
  return count;
}

/** How many times a global expression matches in a text, without building the matches (for expressions that never match empty text). */
export function countMatches(globalPattern: RegExp, text: string): number {
  let count = 0;
  globalPattern.lastIndex = 0;
  while (globalPattern.test(text)) count++;
  return count;
}

/**
 * Every match of a global expression in a text: what text.matchAll(pattern) gives, without the copy of
 * the expression matchAll makes on every call (a cost per sentence for the rules and per block for parsing).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex += pattern.unicode && text.codePointAt(pattern.lastIndex)! > 0xffff ? 2 : 1;
  }
  return found;
}
