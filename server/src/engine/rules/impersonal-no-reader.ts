// impersonal.no-reader — a paragraph of several sentences that never speaks to the reader.
// An information-level hint, off by default for plain text (an SMS or a note needs none).
import { READER_WORDS, wordCount } from '../text';
import type { Rule } from './rule';

const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll))\b|\b[Mm](?:y|e)\b|(?:^|,\s+)(?:[Ii]t['’]s|[Tt]his\s+is|[Ww]e['’]re|[Ww]e\s+are)\s+\p{Lu}\p{Ll}+(?:\s+(?:and|from)\b|[,.!])/u;
/** A greeting to the reader by name: the merge tag is masked as a run of "x" ("Hey *|FNAME|*," reads "Hey xxxxxxxxx,"). */
const GREETS_BY_NAME = /^\W*(?:hi|hey|hello|dear|morning|evening)\s+x{3,}\b/i;
const STORY_OPENING = /^(?:last|one|this\s+past)\s+(?:summer|winter|spring|autumn|fall|year|week|month|day|morning|evening|night)\b|^in\s+(?:1[89]|20)\d\d\b/i;
/** People in the copy, named or quoted ("Dan learned to fix bikes…", "Teachers who tried it said…"): a story of real people, not a brochure. */
const PEOPLE_IN_IT = /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+(?:\p{Ll}+ed|used\s+to|grew|began|came|went|built|made|found|took|ran|rode|learnt|taught|met|left|sold)\b|\b(?:said|told\s+us|tell\s+us|says)\b/u;
const MIN_SENTENCES = 3;
const MIN_WORDS = 40;

export const rule: Rule = {
  id: 'impersonal.no-reader',
  category: 'impersonal',
  title: 'Paragraph with no reader',
  defaultSeverity: 'info',
  defaultOffFor: ['plaintext'],
  principle: 'reader-first',
  message: 'This paragraph never speaks to the reader. Where do they come in? Add what it means for them.',
  why:
    'A paragraph with no “you” in it is about you, the product or the world — not about the person reading. A few are fine; ' +
    'a page of them reads like a brochure. Ask what the reader wants to hear, and bring them into the paragraph.',
  example: {
    before:
      'Founded in 1998, Acme has grown to 40 staff across offices in Leeds and Lisbon. The team builds accounting tools for small firms. ' +
      'Every product is tested in-house for months before release, and the company has won three design awards.',
    after: 'Founded in 1998, Acme has grown to 40 staff — so when you call, someone who knows your account picks up.',
  },
  examples: {
    flags: [
      'The studio opened in 2011 in a converted dairy on the edge of town. Four potters work there full time, each with a wheel of their own. Clay comes from a quarry twenty miles away. Glazes are mixed on site from a notebook of recipes kept since the first year.',
      'Our platform integrates with over forty accounting tools and payment providers. It was built by a team of engineers with backgrounds in banking and retail. Data is stored in two regions. The architecture was reviewed by an external firm last spring.',
      'Founded in 1998, Acme has grown to 40 staff across two offices in Leeds and Lisbon. The team builds accounting tools for small firms. Every product is tested in-house for months before release. The company has won three design awards.',
    ],
    clean: [
      "We're Hannah and Luis, and we've been teaching bread in this converted dairy since 2016. The ovens are older than both of us. Last year forty students baked their first sourdough here, and most of them came back for the rye class in the spring.",
      'Founded in 1998, Acme has grown to 40 staff. When you call, someone who knows your account picks up. We test every product for months.',
      'Maya started the bakery in a rented garage with one oven and a borrowed mixer. Tom joined two years later and took over the early shift. The sourdough still uses the starter she brought from her grandmother’s kitchen in Porto. Most mornings the first loaves are out by six.',
      'Short and sweet.',
      'The lamp is 40 cm tall. It takes a standard bulb.',
      "Hey *|FNAME|*, it's Jen from the studio. Spring term starts on Monday 7 April and runs for ten weeks. Each lesson is a twenty-minute video, and there is a live session on Thursdays at seven. Every session is recorded and posted by Friday morning.",
    ],
  },
  check(sentence) {
    if (sentence.index !== 0 || sentence.siblings.length < MIN_SENTENCES) return [];
    if (sentence.siblings.some((s) => READER_WORDS.test(s.text) || GREETS_BY_NAME.test(s.text))) return [];
    // A writer who speaks as themselves ("It's Tom from Nibwell", "I…") or tells a story ("Last summer a family…")
    // is being a real person, which is what this hint asks for.
    if (sentence.siblings.some((s) => FIRST_PERSON.test(s.text) || STORY_OPENING.test(s.text) || PEOPLE_IN_IT.test(s.text))) return [];
    let words = 0;
    for (const s of sentence.siblings) words += wordCount(s.text);
    if (words < MIN_WORDS) return [];
    // The hint underlines the paragraph's opening words, up to the first break: never a merge tag or a link further on.
    const pause = /\s*[,;:—–(]/.exec(sentence.text);
    return [{ start: 0, end: pause && pause.index > 0 ? pause.index : sentence.text.length }];
  },
};
