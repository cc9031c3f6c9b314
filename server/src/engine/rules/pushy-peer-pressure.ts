// pushy.peer-pressure — peer and competitor pressure: neighbours, friends and rivals who already bought, used as a push (data/peer-pressure.json: phrases and frames).
import list from '../data/peer-pressure.json';
import type { PhraseList } from '../matching/phrases';
import { phraseRule } from './phrase-rule';
import type { Alternative, Edit } from '../rewrite/edits';
import { capitaliseAt } from '../rewrite/edits';
import type { FindingToRewrite } from './rule';

const COUNT = String.raw`(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|half|most|many|several|some|a\s+few|a\s+lot)`;
/** The people a comparison points at, said without making them the reader's own. */
const NEUTRAL: Record<string, string> = { competitors: 'businesses like yours', rivals: 'businesses like yours', neighbours: 'households nearby', neighbors: 'households nearby' };
const PLURAL: Record<string, string> = { household: 'Households', family: 'Families', business: 'Businesses', home: 'Homes', shop: 'Shops', studio: 'Studios', parent: 'Parents', firm: 'Firms', school: 'Schools' };

/**
 * "Three of your competitors in the Midlands already bond with Quillon." → "Three businesses like yours in the Midlands
 * bond with Quillon.": what others did stays as a fact; that they are the reader's rivals or neighbours, and
 * "already", was the push. The challenge beside it ("What's stopping you?") can then go.
 */
function sayWhatOthersDid(sentence: string, finding: FindingToRewrite): Alternative[] {
  const edits: Edit[] = [];
  // (Only where a neutral word says the same: "most of your classmates" is not "most people".)
  const counted = new RegExp(String.raw`(?<!\bout\s+of\s+)\b(${COUNT})\s+of\s+(?:your|ur)\s+(?:(?:[\w-]+\s+){0,2}?)(competitors|rivals|neighbou?rs)\b`, 'i').exec(sentence);
  const yourRivals = /\b(?:your|ur)\s+(\d+|two|three|four|five|six)\s+((?:biggest|largest|main|closest)\s+)?(competitors|rivals)\b/i.exec(sentence);
  // (Neighbours only: "your friends in the pipe band" are not "people in the pipe band".)
  const yourPeople = /^(?:all\s+)?(?:your|ur)\s+(neighbou?rs)\s+(?=(?:on|in|at|from)\s)/i.exec(sentence);
  // "Your competitors are already automating their invoicing." → "Many businesses are automating…".
  // ("Your competitors already switched to PayLoom." → "Many businesses switched…", too.)
  const yourCrowd = /^(?:your|ur)\s+(competitors|rivals|peers)(?=\s+(?:(?:are|have|were)\s+)?already\b)/i.exec(sentence);
  const everyOther = /^every\s+other\s+(household|family|business|home|shop|studio|parent|firm|school)\s+((?:on|in|at)\s+[^,.;!?]+?)\s+has\b/i.exec(sentence);
  if (counted) {
    const end = counted.index + counted[0].length;
    // "Five of your neighbours on Ashgrove Road" → "Five households on Ashgrove Road": the place says where.
    const placed = /^\s+(?:on|in|at|from|along|around)\s/i.test(sentence.slice(end));
    const who = NEUTRAL[counted[2].toLowerCase()];
    edits.push({ start: counted.index, end, text: capitaliseAt(sentence, counted.index, `${counted[1]} ${placed ? who.replace(/ nearby$/, '') : who}`) });
  } else if (yourRivals) edits.push({ start: yourRivals.index, end: yourRivals.index + yourRivals[0].length, text: `${yourRivals[1]} of the ${yourRivals[2] ?? ''}businesses in your field` });
  else if (yourPeople) edits.push({ start: 0, end: yourPeople[0].length, text: 'People ' });
  else if (yourCrowd) edits.push({ start: 0, end: yourCrowd[0].length, text: /^peers$/i.test(yourCrowd[1]) ? 'Many people in your field' : 'Many businesses' });
  else if (everyOther) {
    edits.push({ start: 0, end: everyOther.index + everyOther[0].length, text: `${PLURAL[everyOther[1].toLowerCase()]} ${everyOther[2]} have` });
    // "…has pledged its support" → "…have pledged their support": the pronoun follows its noun into the plural.
    const its = /\bits\b/.exec(sentence.slice(everyOther[0].length));
    if (its) edits.push({ start: everyOther[0].length + its.index, end: everyOther[0].length + its.index + 3, text: 'their' });
  }
  else return [];
  const covered = edits[0];
  if (finding.end <= covered.start || covered.end <= finding.start) {
    // The comparison the rule found is elsewhere in the sentence: this rewrite would leave it.
    if (!/\b(?:already|all)\b/i.test(sentence.slice(finding.start, finding.end))) return [];
  }
  // "…have already signed up", "…have all had…": the race goes, the fact stays.
  for (const m of sentence.matchAll(/\s+(?:already|all)\b(?=\s+\p{L})/giu)) {
    const at = m.index!;
    if (edits.some((e) => at < e.end && e.start < at + m[0].length)) continue;
    if (/all/i.test(m[0]) && !/\b(?:have|has|are|were|had)$/i.test(sentence.slice(0, at))) continue;
    edits.push({ start: at, end: at + m[0].length, text: '' });
  }
  return [{ title: 'Rewrite: say what others did', edits, template: true, comparison: true }];
}

export const rule = phraseRule({
  id: 'pushy.peer-pressure',
  category: 'pushy',
  title: 'Peer and competitor pressure',
  defaultSeverity: 'warning',
  principle: 'reader-first',
  list: list as PhraseList,
  // "What's stopping you from sleeping?" asks about the reader's own trouble; "…from joining?" is the taunt.
  skip: (sentence, match) => /^what['’]?s\s+stopping\s+you$/i.test(sentence.text.slice(match.start, match.end)) && /^\s+from\s+\p{L}+ing\b/iu.test(sentence.text.slice(match.end)) && !/^\s+from\s+(?:joining|signing|booking|buying|ordering|upgrading|switching|subscribing|registering|enrolling|trying|starting|getting|giving|donating|investing|applying|claiming|grabbing|chipping|pledging|helping|supporting|backing|volunteering|voting|making\s+the\s+switch)\b/i.test(sentence.text.slice(match.end)),
  // Frames carry their own negations ("don't let them down"); "Say no today and…" is no negation.
  negatable: false,
  replaceTitle: (r) => `Say it plainly: “${r}”`,
  removable: 'Drop the comparison',
  // Its phrase carries the sentence's subject or verb ("Child goes to bed hungry." is what dropping it leaves):
  // the rewriter only drops whole clauses of it.
  pressure: true,
  rewrite: (sentence, finding) => sayWhatOthersDid(sentence, finding),
  message: '“{phrase}” pushes with what other people did. Tell the reader what it would do for them.',
  why:
    'Pointing at neighbours, friends or rivals who already bought turns a decision into a race the reader did not enter. It makes people feel watched and behind rather than informed. If others found it useful, say what it did for them, and let the reader judge whether their situation is the same.',
  example: {
    before: 'Three of your neighbours switched last month. What’s stopping you?',
    after: 'Several households on your street switched last month; here’s what they pay now.',
  },
  examples: {
    flags: ['Three of your neighbours switched last month. What’s stopping you?', 'Your competitors are already automating their invoicing.', 'Everyone’s talking about it.', 'Join the 50,000 travellers already exploring for less.'],
    clean: ['What’s stopping you from sleeping? Our sleep nurse answers your questions every Tuesday.', 'Our customers tell us the setup took under an hour.', 'Your neighbours can see the new bus times on our site.', 'Everyone is welcome at the open day.', 'Your colleagues can join the workspace with the same link.'],
  },
});
