// Markdown → prose blocks, through mdast (micromark) with GFM and front matter, so code,
// front matter, link targets, HTML comments and attributes never reach the rules.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Parents, Text } from 'mdast';
import { ProseBlock, ProseBuilder } from './prose';
import { keepProse, maskMergeTags, PLACEHOLDER } from './inline';
import { htmlBlocks } from './html';
import { markdownChunks } from './chunks';
import { ContentCache } from '../content-cache';
import { allMatches } from '../text';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED_TYPES = new Set(['code', 'yaml', 'toml', 'definition', 'thematicBreak', 'math', 'footnoteDefinition']);

/** Parsed chunks by their text (blocks in chunk offsets), so an edit re-parses only the chunk it touched. A linter owns one. */
export type ChunkCache = ContentCache<ProseBlock[]>;

export function createChunkCache(): ChunkCache {
  return new ContentCache<ProseBlock[]>(20_000);
}

/** Prose blocks of Markdown, yielding after every `chunksPerStep` chunks so a caller (the language server) can pause or give up. */
export function* markdownBlocksInSteps(document: string, chunksPerStep: number, chunkCache: ChunkCache): Generator<void, ProseBlock[]> {
  const blocks: ProseBlock[] = [];
  let sinceYield = 0;
  for (const chunk of markdownChunks(document)) {
    if (++sinceYield > chunksPerStep) {
      sinceYield = 0;
      yield;
    }
    const text = document.slice(chunk.start, chunk.end);
    let parsed = chunkCache.get(text);
    if (!parsed) {
      parsed = parseChunk(text);
      chunkCache.set(text, parsed);
    }
    for (const block of parsed) blocks.push(block.shifted(chunk.start));
  }
  return blocks;
}

/**
 * Chunks of the shapes most marketing copy is made of, read without micromark (it costs ~0.2 ms a
 * chunk): a plain paragraph, a one-line ATX heading, a list of one-line items, or one fenced code
 * block. "Plain" means no inline syntax anywhere and no block marker where one would start a block.
 * Anything else, or any doubt, goes to micromark. Tests hold these to micromark's result.
 */
const BLOCK_MARKER = /^(?: {4}| {0,3}\t| {0,3}(?:[#>+*|<=~`-]|\d{1,9}[.)](?:\s|$)))/m;
const INLINE_SYNTAX = /[`*_[\]<>|\\&~]|!\[/;
const HEADING = /^ {0,3}#{1,6} +(\S(?:.*\S)?) *$/d;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)]) (\S(?:.*\S)?) *$/d;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SPACE_AT_BREAK = /[ \t](?:\r\n|\r|\n)|(?:\r\n|\r|\n)[ \t]/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

export function simpleChunk(document: string): ProseBlock[] | undefined {
  if (!/\S/.test(document)) return [];
  // (micromark drops spaces around a line break, or makes a hard break of them: leave those to it)
  if (!BLOCK_MARKER.test(document) && !SPACE_AT_BREAK.test(document.trimEnd())) {
    const start = document.length - document.trimStart().length;
    if (isPlainInline(document)) return [proseOf(document, start, document.trimEnd().length)];
    const paragraph = linkedParagraph(document, start, document.trimEnd().length);
    if (paragraph) return [paragraph];
  }
  const lines = linesOf(document);
  if (lines.length === 1) {
    // "## Title": the closing-hash form ("## Title ##", "## C#") is left to micromark.
    const heading = HEADING.exec(lines[0].text);
    if (heading && isPlainInline(heading[1]) && !heading[1].endsWith('#')) {
      const [from, to] = heading.indices![1];
      return [proseOf(document, lines[0].start + from, lines[0].start + to)];
    }
  }
  const fence = FENCE_LINE.exec(lines[0].text);
  if (fence) return isOneFence(lines, fence[1], fence[2]) ? [] : undefined;
  // A list of one-line items, flush left, all bullets or all numbered with one delimiter (no nesting,
  // no lazy continuation): each item's text is a paragraph of its own.
  const items: ProseBlock[] = [];
  let kind: string | undefined;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line.text);
    if (!item || !isPlainInline(item[1]) || BLOCK_MARKER.test(item[1])) return undefined;
    const marker = /^\d/.test(line.text) ? line.text[line.text.search(/[.)]/)] : 'bullet';
    if ((kind ??= marker) !== marker) return undefined;
    const [from, to] = item.indices![1];
    items.push(proseOf(document, line.start + from, line.start + to));
  }
  return items;
}

/** Inline code (`npm run hurry`) and plain links ([care guide](https://…)): the only syntax linkedParagraph() reads. */
const CODE_OR_LINK = /`[^`\r\n]+`|\[([^[\]\r\n]+)\]\(([^\s()<>[\]\\`]+)\)/dg;

/**
 * A paragraph whose only syntax is inline code and links with plain text and a plain destination:
 * code becomes the placeholder, a link keeps its words, the destination is left out. Undefined if
 * anything else (emphasis, images, escapes, a link text micromark would read differently) is there.
 */
function linkedParagraph(document: string, start: number, end: number): ProseBlock | undefined {
  const builder = new ProseBuilder();
  let cursor = start;
  for (const m of allMatches(CODE_OR_LINK, document.slice(start, end))) {
    const from = start + m.index!;
    if (INLINE_SYNTAX.test(document.slice(cursor, from)) || document[from - 1] === '!') return undefined;
    keepProse(builder, document, cursor, from, { lineBreaks: 'soft' });
    if (m[1] === undefined) {
      // A backtick run of another length nearby changes where the code ends: leave it to micromark.
      if (document[from - 1] === '`' || document[from + m[0].length] === '`') return undefined;
      builder.replace(PLACEHOLDER, from, from + m[0].length);
    } else {
      const text = m[1];
      if (INLINE_SYNTAX.test(text) || /^[\s^]|\s$|:\/\/|www\.|@/.test(text)) return undefined;
      const [textStart, textEnd] = m.indices![1];
      keepProse(builder, document, start + textStart, start + textEnd, { lineBreaks: 'soft' });
    }
    cursor = from + m[0].length;
  }
  if (cursor === start || INLINE_SYNTAX.test(document.slice(cursor, end))) return undefined;
  keepProse(builder, document, cursor, end, { lineBreaks: 'soft' });
  return builder.build();
}

function isPlainInline(text: string): boolean {
  return !INLINE_SYNTAX.test(text);
}

/** One fenced block and nothing else: only the last line closes it (with the same character, at least as long). */
function isOneFence(lines: Array<{ text: string }>, opening: string, info: string): boolean {
  if (opening[0] === '`' && info.includes('`')) return false;
  if (lines.length < 2) return false;
  for (let i = 1; i < lines.length; i++) {
    const close = FENCE_LINE.exec(lines[i].text);
    const closes = !!close && close[1][0] === opening[0] && close[1].length >= opening.length && close[2].trim() === '';
    if (closes !== (i === lines.length - 1)) return false;
  }
  return true;
}

/** Lines of a chunk with their offsets, line breaks left out, trailing blank lines dropped. */
function linesOf(document: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  for (const m of allMatches(LINE, document)) {
    if (m[0] === '') break;
    lines.push({ start: m.index!, text: m[0].replace(/\r\n|\r|\n/, '') });
  }
  while (lines.length && lines[lines.length - 1].text.trim() === '') lines.pop();
  return lines;
}

function proseOf(document: string, start: number, end: number): ProseBlock {
  const builder = new ProseBuilder();
  keepProse(builder, document, start, end, { lineBreaks: 'soft' });
  return builder.build();
}

function parseChunk(source: string): ProseBlock[] {
  const document = maskMergeTags(source);
  return simpleChunk(document) ?? (nestsTooDeep(document) ? lineByLine(document) : micromarkChunk(document));
}

/**
 * Container markers and indentation before a line's text, beyond which nesting is no longer writing but
 * a generated or hostile file (3,000 nested lists): micromark's time grows with the square of the depth.
 */
const MAX_CONTAINER_PREFIX = 100;
const CONTAINER_MARKERS = String.raw`^(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))*`;
const CONTAINER_PREFIX = new RegExp(CONTAINER_MARKERS, 'gm');
const LINE_PREFIX = new RegExp(CONTAINER_MARKERS);

const DEEP_NESTING_NOTICE =
  `These lines are nested more than ${MAX_CONTAINER_PREFIX} characters deep in quotes and lists, so Rapport read each line as plain text instead of parsing the nesting.`;

function nestsTooDeep(document: string): boolean {
  for (const m of document.matchAll(CONTAINER_PREFIX)) if (m[0].length > MAX_CONTAINER_PREFIX) return true;
  return false;
}

/** A chunk nested too deeply for micromark, read as plain prose: each line's text after its container markers. */
function lineByLine(document: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const m of allMatches(/[^\r\n]+/g, document)) {
    const prefix = LINE_PREFIX.exec(m[0])![0].length;
    if (prefix === m[0].length) continue;
    const builder = new ProseBuilder();
    keepProse(builder, document, m.index! + prefix, m.index! + m[0].length, { lineBreaks: 'detect' });
    blocks.push(builder.build(blocks.length === 0 ? DEEP_NESTING_NOTICE : undefined));
  }
  return blocks;
}

/** GFM and front matter, built once: the extensions are plain data, shared by every parse. */
const MARKDOWN_OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
};

/** A chunk through micromark and mdast: every construct, with exact offsets. */
export function micromarkChunk(document: string): ProseBlock[] {
  const tree = fromMarkdown(document, MARKDOWN_OPTIONS);
  const blocks: ProseBlock[] = [];
  const visit = (node: Nodes): void => {
    if (SKIPPED_TYPES.has(node.type)) return;
    if (node.type === 'html') {
      const { start, end } = span(node);
      blocks.push(...htmlBlocks(document, start, end));
      return;
    }
    if (BLOCK_TYPES.has(node.type)) {
      const builder = new ProseBuilder();
      addPhrasing(builder, document, node as Parents);
      if (!builder.isEmpty) blocks.push(builder.build());
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return blocks;
}

function addPhrasing(builder: ProseBuilder, document: string, parent: Parents): void {
  for (const node of parent.children as Nodes[]) {
    const { start, end } = span(node);
    switch (node.type) {
      case 'text':
        addText(builder, document, node);
        break;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        builder.replace(PLACEHOLDER, start, end);
        break;
      case 'link':
        // A bare URL (GFM autolink literal or <https://…>) is a placeholder; a real link keeps its words.
        if (isBareLink(document, start)) builder.replace(PLACEHOLDER, start, end);
        else addPhrasing(builder, document, node);
        break;
      case 'break':
        builder.replace(' ', start, end);
        break;
      case 'html':
        // Inline tags (<b>, <br>, comments) carry no prose; keep words on either side apart only if needed.
        if (/^<br\b/i.test(node.value)) builder.replace(' ', start, end);
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) addPhrasing(builder, document, node as Parents);
    }
  }
}

function isBareLink(document: string, start: number): boolean {
  const first = document[start];
  return first !== '[';
}

/**
 * A text node's source can hold more than its value: backslash escapes, entities, and the
 * `> ` or indentation of continuation lines inside quotes and lists. Walk source and value
 * together so only the value's characters are kept, each mapped to where it stands.
 */
function addText(builder: ProseBuilder, document: string, node: Text): void {
  const { start, end } = span(node);
  const value = node.value;
  const source = document.slice(start, end);
  if (source === value) {
    keepProse(builder, document, start, end, { lineBreaks: 'soft' });
    return;
  }
  let i = 0;
  let j = 0;
  let runStart = -1;
  const flush = (upTo: number) => {
    if (runStart >= 0) keepProse(builder, document, start + runStart, start + upTo, { lineBreaks: 'soft' });
    runStart = -1;
  };
  while (i < source.length && j < value.length) {
    if (source[i] === value[j] || (isLineBreak(source[i]) && isLineBreak(value[j]))) {
      if (runStart < 0) runStart = i;
      // CRLF in the source is one "\n" in the value.
      if (source[i] === '\r' && source[i + 1] === '\n' && value[j] === '\n') i++;
      i++;
      j++;
      continue;
    }
    flush(i);
    const entity = /^&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.exec(source.slice(i, i + 40));
    if (entity) {
      // The value holds the decoded character(s); find how many by matching what follows.
      const afterSource = source.slice(i + entity[0].length);
      let take = 1;
      while (j + take < value.length && !afterSource.startsWith(value.slice(j + take, j + take + 1)) && take < 4) take++;
      builder.replace(value.slice(j, j + take), start + i, start + i + entity[0].length);
      i += entity[0].length;
      j += take;
      continue;
    }
    i++; // an escape backslash or a continuation-line prefix: not in the value
  }
  flush(i);
}

function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r';
}

function span(node: Nodes): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
