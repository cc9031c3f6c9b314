// Per-paragraph counts that reader-focus metrics and document-level rules are built from.
// Computed once per block with its findings and cached with them.
import type { Sentence } from './parse/document';
import { countMatches, READER_WORDS, WRITER_WORDS, wordCount } from './text';

export interface BlockStats {
  words: number;
  sentences: number;
  /** you, your, you're … */
  reader: number;
  /** we, our, us … */
  writer: number;
  /** Sentences that ask something (end in "?"). */
  questions: number;
  /** Invitations to answer: "reply to this email", "let me know", "what do you think". */
  invitations: number;
  /** Where the last sentence's opening words are, in block-text offsets (document-level rules report there). */
  lastSentence: { start: number; end: number } | undefined;
  /** The block reads as an email's footer (unsubscribe, preferences, privacy, copyright): not the message's end. */
  footer: boolean;
}

export interface DocumentSummary {
  blocks: readonly BlockStats[];
}

const READER_ALL = new RegExp(READER_WORDS.source, 'gi');
const WRITER_ALL = new RegExp(WRITER_WORDS.source, 'gi');
const INVITATION =
  /\b(?:(?:just |simply )?(?:hit )?reply(?: to (?:this|my|our) (?:email|message|note|text))?|write back|let (?:me|us) know|tell (?:me|us)|get in touch|drop (?:me|us) a (?:line|note)|we['’]d love to hear|i['’]d love to hear|what do you think|how about you|talk soon|ask (?:me|us) anything|questions\?)/i;

const FOOTER = /\bunsubscribe\b|\b(?:email|your|update)\s+preferences\b|\bprivacy\s+(?:policy|notice)\b|©|\bcopyright\b|\ball rights reserved\b|\bregistered\s+(?:office|in\s+england|charity)|\*\|UNSUB\|\*|\{\{\s*unsubscribe/i;

/** A sentence's opening words, up to its first break, merge tag, link or code: where a hint about the whole message goes, never on the tag or the code. */
function openingWords(text: string): number {
  // (Each alternative starts at a mark or a word's start, so the search stays linear on a run-on line.)
  const stop = OPENING_STOP.exec(text);
  const end = stop ? text.slice(0, stop.index).trimEnd().length : text.length;
  return end > 0 ? end : text.length;
}
/** Where a hint's underline stops. Merge tags reach the rules masked as a run of x's. */
const OPENING_STOP = /[,;:—–(<]|\{\{|\*\||https?:\/\/|www\.|\b(?:promo\s+|discount\s+)?code\b|\bx{4,}\b|(?<![\p{L}\p{N}])[\p{L}\p{N}]*\d/iu;

export function blockStats(sentences: readonly Sentence[]): BlockStats {
  const stats: BlockStats = { words: 0, sentences: sentences.length, reader: 0, writer: 0, questions: 0, invitations: 0, lastSentence: undefined, footer: false };
  for (const s of sentences) {
    stats.words += wordCount(s.text);
    stats.reader += countMatches(READER_ALL, s.text);
    stats.writer += countMatches(WRITER_ALL, s.text);
    if (/\?["”’')\]]*$/.test(s.text)) stats.questions++;
    if (INVITATION.test(s.text)) stats.invitations++;
  }
  const last = sentences[sentences.length - 1];
  stats.footer = sentences.some((s) => FOOTER.test(s.text));
  if (last) stats.lastSentence = { start: last.start, end: last.start + openingWords(last.text) };
  return stats;
}
