// Splits Markdown into top-level chunks that parse the same alone as in place: front matter,
// then runs of lines separated by blank lines, never inside a fenced code block or a raw HTML
// block that may contain blank lines (comments, <script>, <pre>, <style>), and never before an
// indented line (a list continuation or indented code belongs to what precedes it).
// markdown.ts parses each chunk on its own and caches it by its text, so an edit re-parses only
// the chunk it touched.
import { frontMatterLength } from './front-matter';

export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN = /^ {0,3}<(?:!--|script\b|pre\b|style\b|textarea\b)/i;
const HTML_CLOSE = /-->|<\/(?:script|pre|style|textarea)>/i;

export function markdownChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let position = 0;
  const frontMatter = frontMatterLength(text);
  if (frontMatter) {
    chunks.push({ start: 0, end: frontMatter });
    position = frontMatter;
  }
  let chunkStart = position;
  let fence: string | undefined;
  let inHtml = false;
  let previousBlank = false;
  const lineBreak = /\r\n|\r|\n/g;
  while (position < text.length) {
    lineBreak.lastIndex = position;
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length;
    const line = text.slice(position, lineEnd);
    const blank = line.trim() === '';
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (inHtml) {
      if (HTML_CLOSE.test(line)) inHtml = false;
    } else {
      // A new chunk starts at a flush-left line after a blank one.
      if (previousBlank && !blank && !/^[ \t]/.test(line) && position > chunkStart) {
        chunks.push({ start: chunkStart, end: position });
        chunkStart = position;
      }
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else if (HTML_OPEN.test(line) && !HTML_CLOSE.test(line.replace(/^ {0,3}<!--/, ''))) inHtml = true;
    }
    previousBlank = blank;
    position = next;
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
