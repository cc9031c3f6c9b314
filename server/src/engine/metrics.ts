// Reader focus: how much a piece speaks to its reader. The score and its parts are explained
// in README ("Reader focus"); the status bar, the report and the CLI's JSON show them.
import type { Finding } from './types';
import type { BlockStats } from './stats';

export interface ParagraphMetrics {
  offset: number;
  length: number;
  words: number;
  /** you / your … */
  reader: number;
  /** we / our / us … */
  writer: number;
  speaksToReader: boolean;
}

export interface Metrics {
  /** 0–100: higher is more reader-focused. */
  score: number;
  words: number;
  sentences: number;
  /** Pronoun counts over the document. */
  reader: number;
  writer: number;
  /** reader / (reader + writer), or null when neither appears. */
  readerShare: number | null;
  /** Does the piece ask the reader something or invite a reply? */
  invitesReply: boolean;
  counts: { pushy: number; impersonal: number };
  byRule: Record<string, number>;
  paragraphs: ParagraphMetrics[];
}

/** Short pieces (an SMS, a subject line) are not expected to ask a question. */
const INVITATION_EXPECTED_FROM_WORDS = 60;

export function readerFocus(findings: readonly Finding[], blocks: ReadonlyArray<{ offset: number; length: number; stats: BlockStats }>): Metrics {
  let words = 0;
  let sentences = 0;
  let reader = 0;
  let writer = 0;
  let invites = false;
  const paragraphs: ParagraphMetrics[] = [];
  for (const { offset, length, stats } of blocks) {
    words += stats.words;
    sentences += stats.sentences;
    reader += stats.reader;
    writer += stats.writer;
    invites ||= stats.questions > 0 || stats.invitations > 0;
    paragraphs.push({ offset, length, words: stats.words, reader: stats.reader, writer: stats.writer, speaksToReader: stats.reader > 0 });
  }
  const counts = { pushy: 0, impersonal: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    counts[f.category]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  // Three parts: clean copy (half), speaking to the reader more than about yourself, inviting a reply.
  const issuesPer100Words = ((counts.pushy * 2 + counts.impersonal) * 100) / Math.max(words, 50);
  const clean = Math.max(0, 1 - issuesPer100Words / 10);
  const balance = (reader + 1) / (reader + writer + 2);
  const invitation = invites || words < INVITATION_EXPECTED_FROM_WORDS ? 1 : 0;
  const score = words === 0 ? 100 : Math.round(100 * (0.5 * clean + 0.35 * balance + 0.15 * invitation));
  return {
    score,
    words,
    sentences,
    reader,
    writer,
    readerShare: reader + writer ? Math.round((reader / (reader + writer)) * 100) / 100 : null,
    invitesReply: invites,
    counts,
    byRule,
    paragraphs,
  };
}
