// One pass over a sentence that tells which of many pieces of text it contains (an Aho–Corasick
// automaton). PhraseMatcher registers every list's anchor words and every pattern's required text
// here, and rules their own gates (pieceGate), so all of them ask one search per sentence instead
// of testing a regular expression each.
import { forRequirements } from './required-text';

/**
 * Pieces registered in groups: a group is found when any of its pieces is in the text. The index is
 * written while the rule modules load and read-only after the first scan; what a search found lives in
 * a PieceScan, one per linter.
 */
export class PieceIndex {
  private readonly pieceIds = new Map<string, number>();
  /** @internal */ readonly groupsOfPiece: number[][] = [];
  private readonly groupByKey = new Map<string, number>();
  /** @internal */ groupCount = 0;
  /** @internal */ listCount = 0;
  /** @internal Per group, the watch lists and items to tell when it is found (see `watchList`). */
  readonly watchersOfGroup: Array<Array<{ list: number; item: number }> | undefined> = [];
  private built: Automaton | undefined;

  /** A new group of (lower-case) pieces; returns its number for `PieceScan.has`. */
  addGroup(pieces: readonly string[]): number {
    if (this.built) throw new Error('Pieces are registered while the rules load, before any search');
    // The same pieces make the same group (many expressions need "you"): each group is stamped once per search.
    const key = [...new Set(pieces)].sort().join('\u0000');
    const existing = this.groupByKey.get(key);
    if (existing !== undefined) return existing;
    const group = this.groupCount++;
    this.groupByKey.set(key, group);
    this.watchersOfGroup.push(undefined);
    for (const piece of new Set(pieces)) {
      if (!piece) throw new Error('A piece of text to search for cannot be empty');
      let id = this.pieceIds.get(piece);
      if (id === undefined) {
        id = this.pieceIds.size;
        this.pieceIds.set(piece, id);
        this.groupsOfPiece.push([]);
      }
      this.groupsOfPiece[id].push(group);
    }
    return group;
  }

  /**
   * A list of items, each keyed by a group: after a search, `PieceScan.found(list)` holds (in ascending
   * order) the items whose group the text contains. A caller with hundreds of items, few of them possible
   * in any one sentence, then visits only those instead of asking `has` for each.
   */
  watchList(keys: ReadonlyArray<number | undefined>): number {
    if (this.built) throw new Error('Watch lists are registered while the rules load, before any search');
    const list = this.listCount++;
    keys.forEach((group, item) => {
      if (group !== undefined) (this.watchersOfGroup[group] ??= []).push({ list, item });
    });
    return list;
  }

  /** The automaton over every piece, built on the first search (all rules have registered theirs by then). */
  automaton(): Automaton {
    return (this.built ??= new Automaton([...this.pieceIds.keys()]));
  }

  get pieceCount(): number {
    return this.pieceIds.size;
  }
}

/** One linter's searches over an index: what the sentence last searched contains. */
export class PieceScan {
  /** Stamps of the last search: a piece or group is found when its stamp equals `generation`. */
  private readonly pieceStamps: Uint32Array;
  private readonly groupStamps: Uint32Array;
  /** Per watch list, the generation its items are for and the items found. */
  private readonly listGenerations: Uint32Array;
  private readonly listItems: number[][];
  private readonly listSorted: boolean[];
  private readonly automaton: Automaton;
  private generation = 0;
  private searched: string | undefined;
  /** The text `searchSentence` last lower-cased into `searched`. */
  private sentence: string | undefined;

  constructor(private readonly index: PieceIndex = rulePieces) {
    this.automaton = index.automaton();
    this.pieceStamps = new Uint32Array(index.pieceCount);
    this.groupStamps = new Uint32Array(index.groupCount);
    this.listGenerations = new Uint32Array(index.listCount);
    this.listItems = Array.from({ length: index.listCount }, () => []);
    this.listSorted = new Array<boolean>(index.listCount).fill(true);
  }

  /** The items of a watch list whose key group the last text searched contains, in ascending order. */
  found(list: number): readonly number[] {
    if (this.listGenerations[list] !== this.generation) return NO_ITEMS;
    const items = this.listItems[list];
    if (!this.listSorted[list]) {
      items.sort((a, b) => a - b);
      this.listSorted[list] = true;
    }
    return items;
  }

  /** Searches a sentence as the pieces are written: lower case, as `forRequirements` makes it. */
  searchSentence(text: string): void {
    if (text === this.sentence) return;
    this.search(forRequirements(text));
    this.sentence = text;
  }

  /** Searches `lowerText` (unless it was the last text searched); `has` then answers for it. */
  search(lowerText: string): void {
    if (lowerText === this.searched) return;
    // The generation only grows (watch lists compare against it), until it wraps and every stamp starts again.
    if (++this.generation === 0xffffffff) {
      this.pieceStamps.fill(0);
      this.groupStamps.fill(0);
      this.listGenerations.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const { groupsOfPiece, watchersOfGroup } = this.index;
    for (const piece of this.automaton.stampPieces(lowerText, this.pieceStamps, generation)) {
      for (const group of groupsOfPiece[piece]) {
        if (this.groupStamps[group] === generation) continue;
        this.groupStamps[group] = generation;
        const watchers = watchersOfGroup[group];
        if (!watchers) continue;
        for (const { list, item } of watchers) {
          if (this.listGenerations[list] !== generation) {
            this.listGenerations[list] = generation;
            this.listItems[list].length = 0;
          }
          this.listItems[list].push(item);
          this.listSorted[list] = false;
        }
      }
    }
    this.searched = lowerText;
    this.sentence = undefined;
  }

  /** Whether the last text searched contains a piece of `group`. */
  has(group: number): boolean {
    return this.groupStamps[group] === this.generation;
  }
}

const NO_ITEMS: readonly number[] = Object.freeze([]);

/** The index every built-in sentence rule registers its pieces in; each linter scans each sentence once with it. */
export const rulePieces = new PieceIndex();

/**
 * A cheap test for rules: whether a sentence contains any of these pieces (compared in lower case, curly
 * apostrophes straight). For a rule whose every finding needs one of them, before its slower expressions.
 */
export function pieceGate(pieces: readonly string[]): (sentence: string, scan: PieceScan) => boolean {
  const group = rulePieces.addGroup(pieces.map(forRequirements));
  return (sentence, scan) => {
    scan.searchSentence(sentence);
    return scan.has(group);
  };
}

/** A dense Aho–Corasick automaton over the characters the pieces use; any other character leads back to the start. */
class Automaton {
  /** Character code below 128 → column; others through `otherColumns`; column 0 is "no piece has it". */
  private readonly asciiColumns = new Int32Array(128);
  private readonly otherColumns = new Map<number, number>();
  private readonly width: number;
  private readonly next: Int32Array;
  /** Pieces that end in each state, its own and those of its suffixes. */
  private readonly outputs: Array<number[] | undefined>;

  constructor(pieces: string[]) {
    let columns = 1;
    for (const piece of pieces) {
      for (let i = 0; i < piece.length; i++) {
        const code = piece.charCodeAt(i);
        if (this.columnOf(code) === 0) {
          if (code < 128) this.asciiColumns[code] = columns++;
          else this.otherColumns.set(code, columns++);
        }
      }
    }
    this.width = columns;
    // The trie.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    pieces.forEach((piece, id) => {
      let state = 0;
      for (let i = 0; i < piece.length; i++) {
        const column = this.columnOf(piece.charCodeAt(i));
        let child = children[state].get(column);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[state].set(column, child);
        }
        state = child;
      }
      own[state].push(id);
    });
    // Breadth first: each state's failure link, its outputs, and its full row of transitions.
    this.next = new Int32Array(children.length * columns);
    this.outputs = new Array(children.length);
    const failure = new Int32Array(children.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const inherited = state === 0 ? [] : this.outputs[failure[state]] ?? [];
      const outputs = [...own[state], ...inherited];
      this.outputs[state] = outputs.length ? outputs : undefined;
      for (let column = 0; column < columns; column++) {
        const child = children[state].get(column);
        const fallback = state === 0 ? 0 : this.next[failure[state] * columns + column];
        if (child === undefined) {
          this.next[state * columns + column] = fallback;
        } else {
          failure[child] = fallback;
          this.next[state * columns + column] = child;
          queue.push(child);
        }
      }
    }
  }

  private columnOf(code: number): number {
    return code < 128 ? this.asciiColumns[code] : this.otherColumns.get(code) ?? 0;
  }

  /** Stamps every piece found in `text` with `generation`; returns the pieces it stamped (each once). */
  stampPieces(text: string, stamps: Uint32Array, generation: number): number[] {
    const { next, outputs, width, asciiColumns, otherColumns } = this;
    const stamped: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * width + (code < 128 ? asciiColumns[code] : otherColumns.get(code) ?? 0)];
      const ending = outputs[state];
      if (ending === undefined) continue;
      for (let k = 0; k < ending.length; k++) {
        const piece = ending[k];
        if (stamps[piece] === generation) continue;
        stamps[piece] = generation;
        stamped.push(piece);
      }
    }
    return stamped;
  }
}
