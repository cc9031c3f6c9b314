// Markdown → prose blocks, through mdast (micromark) with GFM and front matter, so code,
// front matter, link targets, HTML comments and attributes never reach the rules.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Parents, Text } from 'mdast';
import { ProseBlock, ProseBuilder } from './prose';
import { keepProse, PLACEHOLDER } from './inline';
import { htmlBlocks } from './html';
import { markdownChunks } from './chunks';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED_TYPES = new Set(['code', 'yaml', 'toml', 'definition', 'thematicBreak', 'math', 'footnoteDefinition']);

/** Parsed chunks by their text (blocks in chunk offsets), so an edit re-parses only the chunk it touched. */
const chunkCache = new Map<string, ProseBlock[]>();
const CHUNK_CACHE_SIZE = 20_000;

export function resetMarkdownCache(): void {
  chunkCache.clear();
}

export function markdownBlocks(document: string): ProseBlock[] {
  const steps = markdownBlocksInSteps(document, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, yielding after every `chunksPerStep` chunks so a caller (the language server) can pause or give up. */
export function* markdownBlocksInSteps(document: string, chunksPerStep: number): Generator<void, ProseBlock[]> {
  const blocks: ProseBlock[] = [];
  let sinceYield = 0;
  for (const chunk of markdownChunks(document)) {
    if (++sinceYield > chunksPerStep) {
      sinceYield = 0;
      yield;
    }
    const text = document.slice(chunk.start, chunk.end);
    let parsed = chunkCache.get(text);
    if (parsed) {
      chunkCache.delete(text);
    } else {
      parsed = parseChunk(text);
      if (chunkCache.size >= CHUNK_CACHE_SIZE) chunkCache.delete(chunkCache.keys().next().value!);
    }
    chunkCache.set(text, parsed);
    for (const block of parsed) blocks.push(block.shifted(chunk.start));
  }
  return blocks;
}

/**
 * A chunk that is one plain paragraph: no block marker at the start of any line (heading, quote,
 * list, fence, table, HTML, setext underline, indented code) and no inline syntax anywhere. Its
 * prose is its own text, so micromark is not needed (most chunks of marketing copy are like this).
 */
const BLOCK_MARKER = /^(?: {4}|\t| {0,3}(?:[#>+*|<=~`-]|\d{1,9}[.)](?:\s|$)))/m;
const INLINE_SYNTAX = /[`*_[\]<>|\\&~]|!\[/;

function isPlainParagraph(text: string): boolean {
  return !BLOCK_MARKER.test(text) && !INLINE_SYNTAX.test(text) && /\S/.test(text);
}

function parseChunk(document: string): ProseBlock[] {
  if (isPlainParagraph(document)) {
    const builder = new ProseBuilder();
    const start = document.length - document.trimStart().length;
    keepProse(builder, document, start, document.trimEnd().length, { lineBreaks: 'soft' });
    return [builder.build()];
  }
  const tree = fromMarkdown(document, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
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
