// impersonal.no-invitation — a long piece that never asks the reader anything or invites a reply.
// Document-level, information only, off by default for plain text.
import type { Rule } from './rule';

const MIN_WORDS = 150;

export const rule: Rule = {
  id: 'impersonal.no-invitation',
  category: 'impersonal',
  title: 'No invitation to reply',
  defaultSeverity: 'info',
  defaultOffFor: ['plaintext'],
  principle: 'invite-replies',
  message: 'This piece never asks the reader anything or invites a reply. End with a question, or ask them to write back.',
  why:
    'Relationships grow through interaction, and a long message with no question in it is a broadcast. One real question — ' +
    '“What’s the one thing slowing your shop down?” — or a plain “just hit reply” turns readers into people who talk back.',
  example: { before: '…Thanks for reading. The Acme team', after: '…What would make this more useful for you? Just hit reply — I read every one. Maya' },
  examples: {
    flags: [
      Array.from({ length: 16 }, (_, i) => `Our shop sells handmade planters in ${i + 2} sizes, each glazed by hand in the studio.`).join(' '),
      Array.from({ length: 14 }, (_, i) => `Week ${i + 1} of the course covers one new recipe, a shopping list and a short video you can watch twice.`).join('\n\n'),
      Array.from({ length: 20 }, (_, i) => `Release ${i + 1}.0 brings faster sync, smaller downloads and clearer error messages.`).join(' '),
    ],
    clean: [
      Array.from({ length: 16 }, (_, i) => `Our shop sells handmade planters in ${i + 2} sizes, each glazed by hand in the studio.`).join(' ') + ' What would you plant first?',
      Array.from({ length: 16 }, (_, i) => `Our shop sells handmade planters in ${i + 2} sizes, each glazed by hand in the studio.`).join(' ') + ' Just reply to this email and tell me.',
      'A short note needs no question.',
    ],
  },
  checkDocument(summary) {
    const words = summary.blocks.reduce((n, b) => n + b.words, 0);
    if (words < MIN_WORDS || summary.blocks.some((b) => b.questions > 0 || b.invitations > 0)) return [];
    // The message ends before its footer: the hint goes on the last paragraph the writer wrote, not on "unsubscribe".
    for (const footersToo of [false, true]) {
      for (let block = summary.blocks.length - 1; block >= 0; block--) {
        const last = summary.blocks[block].lastSentence;
        if (last && (footersToo || !summary.blocks[block].footer)) return [{ block, start: last.start, end: last.end }];
      }
    }
    return [];
  },
};
