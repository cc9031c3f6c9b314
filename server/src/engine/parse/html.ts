// HTML → prose blocks through htmlparser2: text nodes only, script/style/template skipped,
// attributes and comments never seen. A block-level tag ends the current block.
import { Parser } from 'htmlparser2';
import { ProseBlock, ProseBuilder } from './prose';
import { keepProse } from './inline';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'svg', 'math', 'textarea', 'head', 'title']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label']);

/** Prose blocks of document[from,to) read as HTML (a whole .html file, or an HTML block inside Markdown). */
export function htmlBlocks(document: string, from = 0, to = document.length): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let builder = new ProseBuilder();
  let skipDepth = 0;
  const flush = () => {
    if (!builder.isEmpty && /\S/.test(builder.build().text)) blocks.push(builder.build());
    builder = new ProseBuilder();
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (!INLINE.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (!INLINE.has(name)) flush();
      },
      ontext() {
        if (skipDepth > 0) return;
        keepProse(builder, document, from + parser.startIndex, from + parser.endIndex + 1, { lineBreaks: 'soft', entities: true });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(document.slice(from, to));
  parser.end();
  flush();
  return blocks;
}
