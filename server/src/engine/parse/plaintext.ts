// Plain text → prose blocks: paragraphs separated by blank lines.
import { ProseBlock, ProseBuilder } from './prose';
import { keepProse } from './inline';
import { allMatches } from '../text';

export function plaintextBlocks(document: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const paragraph = /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g;
  for (const m of allMatches(paragraph, document)) {
    const builder = new ProseBuilder();
    keepProse(builder, document, m.index!, m.index! + m[0].length, { lineBreaks: 'detect' });
    blocks.push(builder.build());
  }
  return blocks;
}
