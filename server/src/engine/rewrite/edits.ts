// Edits on a sentence's prose text: what every rewrite strategy produces. The engine maps them
// to the document only where the source is a verbatim copy, so links, formatting, merge tags and
// entities outside the edited words are carried over untouched.
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One way to rewrite a sentence: its label and its edits (sentence offsets). */
export interface Alternative {
  title: string;
  edits: Edit[];
  /** A template written for the shape it rewrites, which drops only the pressure it names: the content-word check does not apply. */
  template?: boolean;
  /** The whole line becomes a button's label ("Cancel anyway", "No, thanks"): it need not be a sentence. */
  label?: boolean;
  /** Removes a sentence that only jabs at the reader (see Rule.jab): longer than a pressure line may be, and nothing protected in it. */
  slogan?: boolean;
  /** Words of the pressure that the facts check would otherwise keep: "tomorrow" in "You'll be gutted tomorrow if…" is when the regret comes, not a term of the offer. */
  spends?: readonly string[];
  /** Removes a challenge that stands beside other sentences ("What's stopping you?", "No excuses."): it says nothing of its own. */
  challenge?: boolean;
  /** Says a comparison with other people plainly ("Three businesses like yours…"): not offered where a challenge follows it. */
  comparison?: boolean;
}

/**
 * Whether an edit deletes words rather than replacing them: it leaves nothing, or only the capital of the
 * next word ("Act now and save" → "Save": the edit turns "Act now and s" into "S").
 */
export function deletesWords(e: { start: number; end: number; text: string }): boolean {
  // (An emptied opening hands its first character to what follows: a capital, or a digit as it was.)
  return e.text.trim() === '' || (e.end - e.start > 1 && /^[\p{Lu}\p{N}]$/u.test(e.text));
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Adds `more` to `base`, skipping any edit that overlaps one already there. */
export function mergeEdits(base: readonly Edit[], more: readonly Edit[]): Edit[] {
  const merged = [...base];
  for (const e of more) {
    const clash = merged.some((m) => e.start < m.end && m.start < e.end) ||
      // Two insertions or an insertion touching a replacement at the same point would be ambiguous.
      merged.some((m) => (e.start === e.end || m.start === m.end) && e.start === m.start);
    if (!clash) merged.push(e);
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** Writes apostrophes the way the sentence already does (curly if it uses any). */
export function apostrophesLike(sentence: string, text: string): string {
  if (/’/.test(sentence)) return text.replace(/'/g, '’');
  // A sentence typed with straight apostrophes keeps them ("you've … you’ll" mixes two keyboards).
  return /\p{L}'\p{L}/u.test(sentence) ? text.replace(/(?<=\p{L})’(?=\p{L})/gu, "'") : text;
}

/** Capitalises `text` when it will start the sentence. */
export function capitaliseAt(sentence: string, start: number, text: string): string {
  return /^[\s"“'‘(*_]*$/.test(sentence.slice(0, start)) && text ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * When the sentence began with a capital and the edits leave a lower-case first letter ("Members are
 * reminded that towels…" → "towels…"), the edits also capitalise it: inside the edit that wrote it, or
 * with one more edit on the sentence's own letter.
 */
export function keepOpeningCapital(sentence: string, edits: readonly Edit[]): Edit[] {
  if (!/^[^\p{L}\p{N}]*\p{Lu}/u.test(sentence)) return [...edits];
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let at = 0;
  for (let i = 0; i <= sorted.length; i++) {
    const edit = sorted[i];
    // The original text before this edit, then the edit's own text.
    const original = sentence.slice(at, edit ? edit.start : sentence.length);
    const letter = /[\p{L}\p{N}]/u.exec(original);
    if (letter) {
      const where = at + letter.index;
      if (!/\p{Ll}/u.test(letter[0])) return sorted;
      return mergeEdits(sorted, [{ start: where, end: where + 1, text: letter[0].toUpperCase() }]);
    }
    if (!edit) return sorted;
    const written = /[\p{L}\p{N}]/u.exec(edit.text);
    if (written) {
      if (!/\p{Ll}/u.test(written[0])) return sorted;
      sorted[i] = { ...edit, text: edit.text.slice(0, written.index) + written[0].toUpperCase() + edit.text.slice(written.index + 1) };
      return sorted;
    }
    at = edit.end;
  }
  return sorted;
}
