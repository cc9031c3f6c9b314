// Prose text with a map back to the document. Markup parsers build one per block (paragraph,
// heading, list item, table cell, HTML text run); sentences and findings are computed on
// `text` and mapped back with `toDocument`, so markup, entities and CRLF never shift a range.

/** One run of prose text and the document range it came from. */
interface Segment {
  textStart: number;
  textLength: number;
  docStart: number;
  docLength: number;
}

export class ProseBlock {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    /** How far the block stands from where its segments say (cached chunks are reused in place, segments shared). */
    private readonly delta = 0,
    /** Why this block was read in a simpler way than its markup asks (a hostile depth of nesting), for the writer. */
    readonly notice?: string,
  ) {}

  /** The same block standing `delta` code units further into the document (a cached chunk reused in place). */
  shifted(delta: number): ProseBlock {
    if (delta === 0) return this;
    return new ProseBlock(this.text, this.segments, this.delta + delta, this.notice);
  }

  /**
   * The same object for every block shifted from one parse of a chunk: the chunk's text was the same,
   * so whatever was computed from the block and the text under it can be reused, shifted.
   */
  get parse(): object {
    return this.segments;
  }

  /** Document offset of the block's first character. */
  get docStart(): number {
    return this.segments.length ? this.segments[0].docStart + this.delta : 0;
  }

  /** Maps a range of `text` to the document. Inside a replaced run (an entity, a CRLF) the whole run is taken. */
  toDocument(start: number, end: number): { offset: number; length: number } {
    const docStart = this.mapPoint(start, false);
    const docEnd = end > start ? this.mapPoint(end, true) : docStart;
    return { offset: docStart, length: Math.max(0, docEnd - docStart) };
  }

  /** True when `text[start,end)` is a verbatim copy of the document, so replacing the range keeps all markup. */
  isVerbatim(start: number, end: number, document: string): boolean {
    const { offset, length } = this.toDocument(start, end);
    return document.slice(offset, offset + length) === this.text.slice(start, end);
  }

  private mapPoint(position: number, isEnd: boolean): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    // Binary search for the segment holding `position` (for an end, the one holding position-1).
    const probe = isEnd ? position - 1 : position;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid].textStart <= probe) low = mid;
      else high = mid - 1;
    }
    const seg = segments[low];
    const docStart = seg.docStart + this.delta;
    const within = Math.min(Math.max(position - seg.textStart, 0), seg.textLength);
    if (seg.textLength === seg.docLength) return docStart + within;
    // A replaced run maps to its start or its end as a whole.
    return isEnd ? docStart + seg.docLength : docStart;
  }
}

/** Builds a ProseBlock piece by piece; markup parsers call it in document order. */
export class ProseBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** Appends document[docStart,docEnd) as is. */
  keep(document: string, docStart: number, docEnd: number): void {
    if (docEnd <= docStart) return;
    this.push(document.slice(docStart, docEnd), docStart, docEnd - docStart);
  }

  /** Appends `text` standing for document[docStart,docEnd) (a decoded entity, a line break turned into a space). */
  replace(text: string, docStart: number, docEnd: number): void {
    this.push(text, docStart, docEnd - docStart);
  }

  /** Appends a space standing for nothing in the document, to keep words apart across skipped markup. */
  separate(docPosition: number): void {
    if (this.length === 0) return;
    const last = this.parts[this.parts.length - 1];
    if (/\s$/.test(last)) return;
    this.push(' ', docPosition, 0);
  }

  build(notice?: string): ProseBlock {
    return new ProseBlock(this.parts.join(''), this.segments, 0, notice);
  }

  private push(text: string, docStart: number, docLength: number): void {
    if (text.length === 0) return;
    const previous = this.segments[this.segments.length - 1];
    const verbatim = text.length === docLength;
    // Merge adjacent verbatim runs so the map stays small.
    if (
      verbatim &&
      previous &&
      previous.textLength === previous.docLength &&
      previous.docStart + previous.docLength === docStart &&
      previous.textStart + previous.textLength === this.length
    ) {
      previous.textLength += text.length;
      previous.docLength += docLength;
    } else {
      this.segments.push({ textStart: this.length, textLength: text.length, docStart, docLength });
    }
    this.parts.push(text);
    this.length += text.length;
  }
}
