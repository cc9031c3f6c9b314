// Per-paragraph counts that reader-focus metrics and document-level rules are built from.
// Computed once per block with its findings and cached with them.
import type { Sentence } from './parse/document';
import { READER_WORDS, WRITER_WORDS } from './text';

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
  /** Where the last sentence is, in block-text offsets (document-level rules report there). */
  lastSentence: { start: number; end: number } | undefined;
}

export interface DocumentSummary {
  blocks: readonly BlockStats[];
}

const READER_ALL = new RegExp(READER_WORDS.source, 'gi');
const WRITER_ALL = new RegExp(WRITER_WORDS.source, 'gi');
const INVITATION =
  /\b(?:(?:just |simply )?(?:hit )?reply(?: to (?:this|my|our) (?:email|message|note|text))?|write back|let (?:me|us) know|tell (?:me|us)|get in touch|drop (?:me|us) a (?:line|note)|we['’]d love to hear|i['’]d love to hear|what do you think|how about you|talk soon|ask (?:me|us) anything|questions\?)/i;

/** A word: a run without spaces that has a letter or digit in it (matched from its start, once). */
const WORD = /(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

export function blockStats(sentences: readonly Sentence[]): BlockStats {
  const stats: BlockStats = { words: 0, sentences: sentences.length, reader: 0, writer: 0, questions: 0, invitations: 0, lastSentence: undefined };
  for (const s of sentences) {
    stats.words += s.text.match(WORD)?.length ?? 0;
    stats.reader += s.text.match(READER_ALL)?.length ?? 0;
    stats.writer += s.text.match(WRITER_ALL)?.length ?? 0;
    if (/\?["”’')\]]*$/.test(s.text)) stats.questions++;
    if (INVITATION.test(s.text)) stats.invitations++;
  }
  const last = sentences[sentences.length - 1];
  if (last) stats.lastSentence = { start: last.start, end: last.start + last.text.length };
  return stats;
}
