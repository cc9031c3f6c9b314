// We-centric → what the reader gets: "We offer free shipping on all orders." → "You get free
// shipping on all orders."; "We are proud to announce X" → "Some news for you: X".
import type { Alternative } from './edits';
import { capitaliseAt } from './edits';

const TITLE = 'Rewrite: what it means for the reader';

export function turnToReader(sentence: string): Alternative[] {
  const offer = /^(?:at\s+[^,]{1,40},\s+)?we\s+(?:offer|provide|deliver|give|supply|bring)\s+(?:you\s+)?/i.exec(sentence);
  if (offer) return [{ title: TITLE, edits: [{ start: 0, end: offer[0].length, text: 'You get ' }] }];
  const announce =
    /^(?:we\s+are|we['’]re|our\s+(?:company|team|firm|business)\s+is|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:is|are))\s+(?:so\s+|very\s+)?(?:proud|pleased|delighted|excited|thrilled|honou?red|happy)\s+to\s+(announce|share|introduce|present|launch|unveil|welcome)\s+/i.exec(sentence);
  if (announce) {
    const lead = /^(?:announce|share)$/i.test(announce[1]) ? 'Some news for you: ' : 'Meet ';
    return [{ title: TITLE, edits: [{ start: 0, end: announce[0].length, text: lead }] }];
  }
  const experience = /^we(?:['’]ve| have)\s+been\s+in\s+business\s+(?:for\s+)?/i.exec(sentence);
  if (experience) {
    const rest = sentence.slice(experience[0].length);
    const end = /[.!]?$/.exec(rest)!;
    return [
      {
        title: TITLE,
        edits: [
          { start: 0, end: experience[0].length, text: 'You get ' },
          { start: experience[0].length + end.index, end: experience[0].length + end.index, text: ' of experience' },
        ],
      },
    ];
  }
  const specialise = /^we\s+speciali[sz]e\s+in\s+/i.exec(sentence);
  if (specialise) {
    const rest = sentence.slice(specialise[0].length);
    const end = /[.!]?$/.exec(rest)!;
    return [
      {
        title: TITLE,
        edits: [
          { start: 0, end: specialise[0].length, text: 'If you need ' },
          { start: specialise[0].length + end.index, end: specialise[0].length + end.index, text: ', we can help' },
        ],
      },
    ];
  }
  const provider = /^(?:we\s+are|we['’]re|our\s+(?:company|team|firm|business)\s+is|[A-Z][\w&'’-]*\s+is)\s+(?:a|the)\s+(?:leading\s+|trusted\s+|top\s+)?(?:provider|supplier|maker|seller)\s+of\s+/i.exec(sentence);
  if (provider) {
    const rest = sentence.slice(provider[0].length);
    const end = /[.!]?$/.exec(rest)!;
    return [
      {
        title: TITLE,
        edits: [
          { start: 0, end: provider[0].length, text: capitaliseAt(sentence, 0, 'you can get ') },
          { start: provider[0].length + end.index, end: provider[0].length + end.index, text: ' from us' },
        ],
      },
    ];
  }
  return [];
}
