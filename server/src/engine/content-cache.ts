// A bounded cache keyed by text (a paragraph, a Markdown chunk), used by lint.ts and parse/markdown.ts
// so an edit recomputes only what it touched. Two generations instead of a strict LRU: a hit in the
// current generation costs one lookup and no reordering; when it fills up, it becomes the old one,
// and entries still in use move back to the new one as they are read.
export class ContentCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** Holds up to 2 × `generation` entries. */
  constructor(private readonly generation: number) {}

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
