// Parsing, owned here: markup → prose blocks → sentences. Rules receive sentences and never re-parse.
import type { DocumentKind } from '../types';
import type { ProseBlock } from './prose';
import { markdownBlocksInSteps } from './markdown';
import { htmlBlocks } from './html';
import { plaintextBlocks } from './plaintext';
import { splitSentences, tag, type NlpView } from './nlp';
import { maskMergeTags } from './inline';

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

/** Prose blocks of a document. Merge tags are masked first; offsets stay the document's. */
export function parseBlocks(document: string, kind: DocumentKind): ProseBlock[] {
  const steps = parseBlocksInSteps(document, kind, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, in steps (Markdown yields between chunks; HTML and plain text parse in one go, they are fast). */
export function* parseBlocksInSteps(document: string, kind: DocumentKind, chunksPerStep: number): Generator<void, ProseBlock[]> {
  // A byte-order mark is skipped by micromark, which would shift every offset it reports by one:
  // read it as a space (same length, so offsets stay the document's).
  const text = document.charCodeAt(0) === 0xfeff ? ' ' + document.slice(1) : document;
  switch (kind) {
    case 'markdown':
      // Masked chunk by chunk (merge tags never span lines), so an edit re-masks only its chunk.
      return yield* markdownBlocksInSteps(text, chunksPerStep);
    case 'html':
      return htmlBlocks(maskMergeTags(text));
    default:
      return plaintextBlocks(maskMergeTags(text));
  }
}

/** Sentences of one block's prose text. Leading and trailing whitespace is left out of each. */
export function sentencesOf(blockText: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const part of splitSentences(blockText)) {
    const lead = part.text.length - part.text.trimStart().length;
    const text = part.text.trim();
    if (!text) continue;
    sentences.push(new ParsedSentence(text, part.start + lead, sentences.length, sentences));
  }
  return sentences;
}

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
