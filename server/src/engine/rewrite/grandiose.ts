// Posturing → what the business does: "Ledgerly is the global benchmark for payroll excellence." →
// "Ledgerly focuses on payroll."; "The UK's premier heritage roofing authority." → "Specialists in
// heritage roofing in the UK."; "As the region's leading clinic, we…" → "We…". The rank goes, the field
// and any place that is a fact stay. Only the sentence's own words are used.
import type { Alternative } from './edits';
import { articleFor } from './articles';

const TITLE = 'Rewrite: plain words';

/** "the UK's", "Europe's": a place worth keeping ("in the UK"); "the world's", "the nation's" only rank. */
const PLACE = String.raw`(?:the\s+)?(?:world|nation|planet|industry|country|region|city|continent|UK|U\.K\.|US|USA|Britain|Europe|America|England|Scotland|Wales|Ireland|London|north|south|[A-Z][a-z]+)['’]s`;
const RANK_WORD = String.raw`(?:undisputed|foremost|leading|premier|definitive|pre-?eminent|ultimate|unrivall?ed|unquestioned|unmatched|world-leading|world-class|industry-leading|market-leading|global|international|worldwide|iconic|visionary|category-defining|true|very|top|number\s+one|no\.?\s?1|most\s+trusted|most\s+advanced|most\s+respected|best|greatest|industry)`;
/** A rank that is only a metaphor: what it stands for is "specialists". */
const FIGURE = String.raw`(?:gold\s+standard|benchmark|standard|authority|reference\s+point|name|voice|destination|choice|custodian|pinnacle|leader|force|icon)`;
/** Words after the field that only widen the claim. */
const REACH = String.raw`(?:,?\s+(?:worldwide|globally|across\s+the\s+(?:globe|world|continent|planet)|(?:on|across)\s+(?:the\s+)?(?:planet|earth)|in\s+the\s+world|the\s+world\s+over|for\s+(?:all\s+(?:of\s+)?)?humanity|for\s+everyone|trusted\s+by\s+the\s+world|trusted\s+(?:globally|worldwide|the\s+world\s+over)))*`;
const END = String.raw`\s*([.!]*)\s*$`;
const ONLY_A_FIGURE = new RegExp(`^${FIGURE}$`, 'i');

const NAME = String.raw`((?!We\b)(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|the))*)`;

/** "NAME: the world's foremost authority on bronze.", "The UK's premier heritage roofing authority.", "The definitive fitness platform for the modern athlete." */
const TAGLINE = new RegExp(String.raw`^(?:${NAME}\s*(?::|—|–|-|,)\s*)?(?:[Tt]he\s+|[Aa]n?\s+|(?=[A-Z][\w-]*['’]s\s))(?:(${PLACE})\s+)?(?:${RANK_WORD}[\s,]+(?:and\s+)?)*(?:((?:[\w-]+\s+){0,3}?)(${FIGURE})(?:\s+(in|on|for|of)\s+(.+?))?|([\w-]+(?:\s+[\w-]+){0,3}?)\s+(in|on|for|of)\s+(.+?))${REACH}${END}`);
/** "NAME is the gold standard for HR compliance worldwide." / "NAME sets the global benchmark in …". */
const IS_RANK = new RegExp(String.raw`^${NAME}\s+(?:is|are|sets|set)\s+(?:the|an?)\s+(?:(${PLACE})\s+)?(?:${RANK_WORD}[\s,]+(?:and\s+)?)*(?:${FIGURE})\s+(?:in|on|for|of)\s+(.+?)${REACH}${END}`);
/** "Tidewise is the definitive global platform for coastal intelligence.": a real thing, ranked. */
const IS_RANKED_THING = new RegExp(String.raw`^${NAME}\s+is\s+(?:the|an?)\s+(?:(${PLACE})\s+)?(?:${RANK_WORD}[\s,]+(?:and\s+)?)+([\w-]+(?:\s+[\w-]+){0,2}?)\s+(in|on|for|of)\s+(.+?)${REACH}${END}`);
/** "Kilnbook is the industry's premier kiln management platform.": a real thing, ranked, with nothing after it. */
const IS_RANKED_PLAIN = new RegExp(String.raw`^${NAME}\s+is\s+(?:the\s+|an?\s+|(?=[A-Z][\w-]*['’]s\s))(?:(${PLACE})\s+)?(?:${RANK_WORD}[\s,]+(?:and\s+)?)+([\w-]+(?:\s+[\w-]+){0,3}?)${REACH}${END}`);
/** "BeeLine, the industry's foremost apiculture platform." / "The world's leading terrarium care platform.": the same, as a tagline. */
const TAG_RANKED_PLAIN = new RegExp(String.raw`^(?:${NAME}\s*(?::|—|–|-|,)\s*)?(?:[Tt]he\s+|[Aa]n?\s+|(?=[A-Z][\w-]*['’]s\s))(?:(${PLACE})\s+)?(?:${RANK_WORD}[\s,]+(?:and\s+)?)+([\w-]+(?:\s+[\w-]+){0,3}?)${REACH}${END}`);
/** A business named by what it does: "the world-leading provider of brines" → "provides brines". */
const DOES: Record<string, string> = {
  provider: 'provides', supplier: 'supplies', maker: 'makes', manufacturer: 'makes', producer: 'produces', developer: 'develops', designer: 'designs',
  builder: 'builds', retailer: 'sells', seller: 'sells', distributor: 'distributes', curator: 'curates', publisher: 'publishes', creator: 'creates',
  organiser: 'organises', organizer: 'organizes', importer: 'imports', grower: 'grows', breeder: 'breeds', restorer: 'restores', roaster: 'roasts', brewer: 'brews',
};
/** "Setting the international standard for island passenger transport." */
const SETTING = new RegExp(String.raw`^setting\s+the\s+(?:new\s+)?(?:${RANK_WORD}\s+)*(?:standard|benchmark|pace)\s+(?:in|on|for|of)\s+(.+?)${REACH}${END}`, 'i');
/** "NAME is redefining the future of food for humanity." / "Redefining the very idea of the bistro." */
const REDEFINING = new RegExp(String.raw`^(?:${NAME}\s+(?:is|are)\s+|[Ww]e\s+are\s+|[Ww]e['’]re\s+)?([Rr]edefining|[Rr]einventing|[Rr]evolutioni[sz]ing|[Tt]ransforming|[Rr]eimagining)\s+(?:the\s+(?:very\s+)?(?:future|idea|concept|meaning)\s+of\s+)(.+?)${REACH}((?:,\s+one\s+[\w\s-]+\s+at\s+a\s+time)?)${END}`);
/** "As the region's foremost hearing care provider, we …": the rank before the message goes. */
const AS_RANK = new RegExp(String.raw`^as\s+(?:the|an?|one\s+of\s+the)\s+(?:${PLACE}\s+)?(?:[\w-]+\s+){0,2}?(?:${RANK_WORD}|${FIGURE})\b[^,]{0,60},\s+(?=we\b|our\b)`, 'i');

const PEOPLE = /\b(?:diners?|investors?|athletes?|professionals?|customers?|clients?|people|famil(?:y|ies)|travell?ers?|buyers?|lovers?|owners?|parents?|students?|leaders?|teams?|brands?|businesses|companies|homeowners?|patients?|guests?|visitors?)\b/i;

export function plainerThanPosture(sentence: string): Alternative[] {
  const out: Alternative[] = [];
  const add = (text: string) => out.push({ title: TITLE, edits: [{ start: 0, end: sentence.length, text }], template: true });

  const as = AS_RANK.exec(sentence);
  if (as) {
    const rest = sentence.slice(as[0].length);
    out.push({ title: TITLE, edits: [{ start: 0, end: as[0].length + 1, text: rest.charAt(0).toUpperCase() }], template: true });
  }
  const is = IS_RANK.exec(sentence);
  if (is) {
    const field = plainField(is[3]);
    // "focuses on", not "specialises in": one spelling on both sides of the Atlantic.
    if (field) add(`${is[1]} ${/^\s*are\b/.test(sentence.slice(is[1].length)) ? 'focus' : 'focuses'} on ${field}${placeOf(is[2])}${is[4] || '.'}`);
  }
  const thing = !is && IS_RANKED_THING.exec(sentence);
  if (thing) {
    const [, name, place, head, preposition, rawField, mark] = thing;
    const field = plainField(rawField);
    const does = preposition.toLowerCase() === 'of' ? DOES[head.toLowerCase()] : undefined;
    if (field && does) add(`${name} ${does} ${field}${placeOf(place)}${mark || '.'}`);
    else if (field && !ONLY_A_FIGURE.test(head) && !readsAsMassNoun(head)) add(`${name} is ${articleFor(head)} ${head} ${preposition} ${field}${placeOf(place)}${mark || '.'}`);
  }
  // ("the gold standard in ceramic supplies" is a figure with its field: the tagline's own rewrite says it.)
  const rankedThing = (m: RegExpExecArray | null) => (m && !/\b(?:in|on|for|of|to|at)\b/i.test(m[3]) && !m[3].split(/\s+/).some((w) => ONLY_A_FIGURE.test(w) || /^(?:gold|standard)$/i.test(w)) && !readsAsMassNoun(m[3].split(/\s+/).pop() ?? '') && plainField(m[3]) ? m : null);
  const plainThing = !is && !thing && (rankedThing(IS_RANKED_PLAIN.exec(sentence)) ?? rankedThing(TAG_RANKED_PLAIN.exec(sentence)));
  if (plainThing) {
    const [, name, place, head, mark] = plainThing;
    const article = articleFor(head);
    add(`${name ? `${name} is ${article}` : article.charAt(0).toUpperCase() + article.slice(1)} ${head}${placeOf(place)}${mark || '.'}`);
  }
  const tag = !is && !thing && !plainThing && TAGLINE.exec(sentence);
  if (tag) {
    const [, name, place, lead, figure, figurePreposition, figureField, head, preposition, headField, mark] = tag;
    if (figure) {
      // A figure of speech ("the gold standard in physiotherapy") only says that they specialise. "The
      // destination for discerning diners" names people, not a field: left alone.
      // (Nor does "the leading voice for freedom": a cause is not a field.)
      const forPeople = (/^(?:destination|choice|name)$/i.test(figure) && figurePreposition === 'for' && (PEOPLE.test(figureField) || /(?:ers|eurs|ors|ists|ians|ants|ents|ees)\b/i.test(figureField))) || /^voice$/i.test(figure);
      const field = figureField ? (forPeople ? undefined : plainField(figureField)) : plainField(lead ?? '');
      if (field) add(`${name ? `${name}: specialists` : 'Specialists'} in ${field}${placeOf(place)}${mark || '.'}`);
    } else if (head) {
      const field = plainField(headField);
      const does = name && preposition.toLowerCase() === 'of' ? DOES[head.toLowerCase()] : undefined;
      // "Tidewell, Europe's foremost curator of coastal stays." → "Tidewell curates coastal stays in Europe."
      if (does && field) add(`${name} ${does} ${field}${placeOf(place)}${mark || '.'}`);
      // A real thing ("the definitive fitness platform for the modern athlete"): it stays, without its rank.
      else if (!readsAsMassNoun(head) && field) {
        const article = articleFor(head);
        add(`${name ? `${name}: ${article}` : article.charAt(0).toUpperCase() + article.slice(1)} ${head} ${preposition} ${field}${placeOf(place)}${mark || '.'}`);
      }
    }
  }
  const setting = SETTING.exec(sentence);
  if (setting) {
    const field = plainField(setting[1]);
    if (field) add(`Specialists in ${field}${setting[2] || '.'}`);
  }
  const redefining = REDEFINING.exec(sentence);
  if (redefining) {
    const [, name, , rawField, pace, mark] = redefining;
    const field = plainField(rawField);
    const subject = name ? `${name} is rethinking` : /^we/i.test(sentence) ? 'We’re rethinking' : 'Rethinking';
    if (field) add(`${subject} ${field}${pace}${mark || '.'}`);
  }
  return out;
}

/** "a gathering for foreshore culture": a gerund with "a" before it reads as a mass noun (Harper says so too). */
function readsAsMassNoun(head: string): boolean {
  return /ing$/i.test(head);
}

/** A word that only praises the field before it: "payroll excellence". */
const PRAISE_NOUN = /\s+(?:excellence|innovation|mastery|(?<!\bthought\s+)leadership)(?=$|\s+(?:in|across|throughout)\s)/i;

/** The field without the words that only praise it: "payroll excellence" → "payroll", "the art of the book" → "the book". */
function plainField(field: string): string | undefined {
  let plain = field
    .replace(/^(?:the\s+)?art\s+of\s+/i, '')
    .replace(PRAISE_NOUN, '')
    // "…in the Western Hemisphere", "…across the continent": reach, not field.
    .replace(/\s+(?:in|across|throughout)\s+(?:the\s+)?(?:(?:western|eastern|northern|southern)\s+hemisphere|known\s+universe|universe|galaxy|solar\s+system|continent|world|globe)$/i, '')
    .replace(/^(?:all\s+things\s+)/i, '')
    .trim();
  // An adjective left without its noun ("ceramic excellence" → "ceramic") has nothing to name.
  // (…also before where: "ceramic excellence in the North of England" → "ceramic in the North…".)
  const head = plain.split(/\s+(?:in|across|throughout)\s/i)[0];
  if (/(?:ic|al|ive|ous|ful|ary|ian)$/i.test(head) || !/[a-z]/i.test(plain)) return undefined;
  // …nor does a compound or a place-noun that stood before the praise ("combat-sport excellence", "laboratory
  // excellence"): said alone it reads as a noun without its article ("specialists in laboratory"). ("Payroll",
  // "property", "drainage" name a field alone.)
  if (PRAISE_NOUN.test(field) && /^(?:[\p{L}]+-[\p{L}-]+|[\p{L}]+ory)$/u.test(head)) return undefined;
  // A field that ends mid-phrase ("a new era of") or still postures ("redefining the future of…") is not one.
  if (/\b(?:of|in|on|for|the|an?|and)$/i.test(plain) || /\b(?:redefin|reinvent|revolution|transform|future|era|frontier)/i.test(plain)) return undefined;
  // "…of the Northern Hemisphere": a place, not a field of work.
  if (/^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+$/u.test(plain)) return undefined;
  // "…for global wealth": still a boast about reach, with no field in it to name.
  if (/^(?:global|worldwide|international|world|universal)\b/i.test(plain)) return undefined;
  // "the definitive cultural event of the decade": a time that ranks it, not a field ("a cultural event of the decade" says nothing).
  if (/^(?:the\s+|this\s+)?(?:decade|year|century|generation|season|summer|winter|age|era|millennium|lifetime|moment)$/i.test(plain)) return undefined;
  if (plain.split(/\s+/).length > 8) return undefined;
  return plain;
}

function placeOf(place: string | undefined): string {
  if (!place) return '';
  const where = place.replace(/['’]s$/, '').replace(/^the\s+/i, '');
  if (/^(?:world|nation|planet|industry|country|region|city|continent|north|south)$/i.test(where)) return '';
  return /^(?:UK|U\.K\.|US|USA)$/.test(where) ? ` in the ${where}` : ` in ${where}`;
}
