// Parsing, owned here: markup → prose blocks → sentences. Rules receive sentences and never re-parse.
import type { DocumentKind } from '../types';
import type { ProseBlock } from './prose';
import { markdownBlocksInSteps, type ChunkCache } from './markdown';
import { htmlBlocks } from './html';
import { plaintextBlocks } from './plaintext';
import { splitSentencesInSteps, tag, type NlpView } from './nlp';
import { maskMergeTags } from './inline';
import { runToEnd } from '../steps';

export type { ProseBlock } from './prose';

/** A sentence as rules see it. Ranges a rule reports are offsets into `text`. */
export interface Sentence {
  /** Prose text of the sentence, trailing whitespace removed. */
  readonly text: string;
  /** Offset of `text` inside its block's text. */
  readonly start: number;
  /** Position among the block's sentences. */
  readonly index: number;
  /** All sentences of the same block (paragraph, heading, list item), for rules that look at neighbours. */
  readonly siblings: readonly Sentence[];
  /** compromise's tagged view of the sentence, computed on first use and kept. */
  nlp(): NlpView;
}

/** Prose blocks of a document, in steps (Markdown yields between chunks; HTML and plain text parse in one go, they are fast). Merge tags are masked first; offsets stay the document's. */
export function* parseBlocksInSteps(document: string, kind: DocumentKind, chunksPerStep: number, chunkCache: ChunkCache): Generator<void, ProseBlock[]> {
  // A byte-order mark is skipped by micromark, which would shift every offset it reports by one:
  // read it as a space (same length, so offsets stay the document's).
  const text = document.charCodeAt(0) === 0xfeff ? ' ' + document.slice(1) : document;
  switch (kind) {
    case 'markdown':
      // Masked chunk by chunk (merge tags never span lines), so an edit re-masks only its chunk.
      return yield* markdownBlocksInSteps(text, chunksPerStep, chunkCache);
    case 'html':
      return htmlBlocks(maskMergeTags(text));
    default:
      return plaintextBlocks(maskMergeTags(text));
  }
}

/** Sentences of one block's prose text. Leading and trailing whitespace is left out of each. */
export function sentencesOf(blockText: string): Sentence[] {
  return runToEnd(sentencesInSteps(blockText));
}

/** The same, pausing between parts of a very long block. */
export function* sentencesInSteps(blockText: string): Generator<void, Sentence[]> {
  const sentences: Sentence[] = [];
  for (const part of yield* splitSentencesInSteps(blockText)) {
    const lead = part.text.length - part.text.trimStart().length;
    const text = part.text.trim();
    if (!text) continue;
    sentences.push(new ParsedSentence(text, part.start + lead, sentences.length, sentences));
  }
  return sentences;
}

/**
 * A run-on "sentence" (a CSV row, a minified email, a paste with no full stops) cut into pieces of at
 * most `size` characters at spaces, each a sentence of its own for the rules: checking it whole would
 * hold the analysis for as long as the line is long. The pieces' siblings are `into`, which the caller fills.
 */
export function piecesOf(sentence: Sentence, size: number, into: Sentence[]): Sentence[] {
  const pieces: Sentence[] = [];
  const text = sentence.text;
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + size, text.length);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + size / 2) to = space;
      else if (isLowSurrogate(text.charCodeAt(to))) to--;
    }
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) pieces.push(new ParsedSentence(piece.trim(), sentence.start + from + lead, into.length + pieces.length, into));
    from = to;
  }
  return pieces;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

class ParsedSentence implements Sentence {
  private view: NlpView | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly index: number,
    readonly siblings: readonly Sentence[],
  ) {}

  nlp(): NlpView {
    return (this.view ??= tag(this.text));
  }
}
