// Copies a run of document text into a ProseBuilder, turning the things a sentence parser
// must not see into neutral stand-ins: line breaks, merge tags, URLs, e-mail addresses and
// (for HTML) entities. Used by every markup parser so they all treat prose alike.
import { decodeHTML } from 'entities';
import type { ProseBuilder } from './prose';
import { allMatches } from '../text';

/** The word that stands for code, URLs and merge tags in prose text: a plain noun, so grammar stays sane. */
export const PLACEHOLDER = 'thing';

export interface KeepOptions {
  /** `soft`: every line break is a space (Markdown). `detect`: a break before a capital or bullet ends the sentence (plain text). */
  lineBreaks: 'soft' | 'detect';
  /** Decode `&amp;`-style entities (HTML text). */
  entities?: boolean;
}

// Merge tags of common mail tools: {{first_name}}, *|FNAME|*, %%name%%, {% tag %}, [[name]].
const MERGE_TAG = /\{\{[^{}\n]{0,80}\}\}|\*\|[^|\n]{1,40}\|\*|%%[^%\n]{1,40}%%|\{%[^%\n]{0,80}%\}|\[\[[^\]\n]{1,40}\]\]/g;

/**
 * Replaces merge tags with same-length runs of "x" before any markup parser runs, so that
 * `*|FNAME|*` is never read as emphasis and offsets stay those of the document.
 */
export function maskMergeTags(document: string): string {
  return document.replace(MERGE_TAG, (tag) => 'x'.repeat(tag.length));
}

// URLs (any scheme: an app's deep link "kestrel://event/…" too) and e-mail addresses in running text; also a bare link
// with a path ("shp.ly/fs2", "bloom.example/last-chance"), common in SMS.
const PROTECTED =
  /\b(?:[a-z][a-z\d+.-]{1,30}:\/\/|www\.)[^\s<>()"]+[^\s<>()".,;:!?'’]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}\/[^\s<>()"]*[^\s<>()".,;:!?'’]/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;
const LINE_BREAK = /\r\n|\r|\n/g;

export function keepProse(builder: ProseBuilder, document: string, start: number, end: number, options: KeepOptions): void {
  let cursor = start;
  const text = document.slice(start, end);
  // Collect the special runs in order, then copy the plain text between them.
  const specials: Array<{ from: number; to: number; replacement: string }> = [];
  for (const m of allMatches(PROTECTED, text)) specials.push({ from: m.index!, to: m.index! + m[0].length, replacement: PLACEHOLDER });
  if (options.entities) {
    for (const m of allMatches(ENTITY, text)) {
      const decoded = decodeHTML(m[0]);
      if (decoded !== m[0]) specials.push({ from: m.index!, to: m.index! + m[0].length, replacement: decoded === '\u00a0' ? ' ' : decoded });
    }
  }
  for (const m of allMatches(LINE_BREAK, text)) {
    specials.push({ from: m.index!, to: m.index! + m[0].length, replacement: lineBreakStandIn(text, m.index! + m[0].length, options) });
  }
  specials.sort((a, b) => a.from - b.from);
  for (const special of specials) {
    const from = start + special.from;
    if (from < cursor) continue; // overlapping match (a URL that contained an entity): the first wins
    builder.keep(document, cursor, from);
    builder.replace(special.replacement, from, start + special.to);
    cursor = start + special.to;
  }
  builder.keep(document, cursor, end);
}

/** Plain text: a line that starts with a capital, digit or bullet after a break starts a new sentence. */
function lineBreakStandIn(text: string, after: number, options: KeepOptions): string {
  if (options.lineBreaks === 'soft') return ' ';
  const next = /^[ \t]*(\S)/.exec(text.slice(after, after + 40));
  if (!next) return '\n';
  return /[a-z,;]/.test(next[1]) ? ' ' : '\n';
}
