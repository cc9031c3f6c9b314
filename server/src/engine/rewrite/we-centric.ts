// We-centric → what the reader gets: "We offer free shipping on all orders." → "You get free
// shipping on all orders."; "We are proud to announce X" → "Some news for you: X".
import type { Alternative } from './edits';

const TITLE = 'Rewrite: what it means for the reader';

export function turnToReader(sentence: string): Alternative[] {
  const offer = /^(?:at\s+[^,]{1,40},\s+)?we\s+(?:offer|provide|deliver|give|supply|bring)\s+(?:you\s+)?/i.exec(sentence);
  if (offer) return [{ title: TITLE, edits: [{ start: 0, end: offer[0].length, text: 'You get ' }] }];
  // "We're thrilled to announce that our app has passed 2 million downloads!" → "Our app has passed 2 million downloads!"
  const wrapper =
    /^(?:(?:we\s+are|we['’]re|our\s+(?:company|team|firm|business|charity|school|academy|clinic)\s+is)\s+)?(?:so\s+|very\s+|immensely\s+|incredibly\s+)?(?:proud|pleased|delighted|excited|thrilled|honou?red|happy|humbled)\s+to\s+(?:announce|share|report|say|tell\s+you)\s+(?:that\s+)?(?=(?:we|our|the|this|[A-Z0-9])\b)/i.exec(sentence);
  if (wrapper && (/^(?:we|our|the|this)\b/i.test(sentence.slice(wrapper[0].length)) || /\bthat\s+$/i.test(wrapper[0]))) {
    const next = sentence.charAt(wrapper[0].length);
    return [{ title: TITLE, edits: [{ start: 0, end: wrapper[0].length + 1, text: next.toUpperCase() }], template: true }];
  }
  const announce =
    /^(?:we\s+are|we['’]re|our\s+(?:company|team|firm|business)\s+is|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:is|are))\s+(?:so\s+|very\s+)?(?:proud|pleased|delighted|excited|thrilled|honou?red|happy)\s+to\s+(announce|share|introduce|present|launch|unveil|welcome)\s+/i.exec(sentence);
  if (announce) {
    const lead = /^(?:announce|share)$/i.test(announce[1]) ? 'Some news for you: ' : 'Meet ';
    return [{ title: TITLE, edits: [{ start: 0, end: announce[0].length, text: lead }] }];
  }
  // "We've been in business for 30 years." → "You get 30 years of experience."
  const experience = reframe(sentence, /^we(?:['’]ve| have)\s+been\s+in\s+business\s+(?:for\s+)?/i, 'You get ', ' of experience');
  if (experience) return experience;
  const specialise = reframe(sentence, /^we\s+speciali[sz]e\s+in\s+/i, 'If you need ', ', we can help');
  if (specialise) return specialise;
  const provider = reframe(
    sentence,
    /^(?:we\s+are|we['’]re|our\s+(?:company|team|firm|business)\s+is|[A-Z][\w&'’-]*\s+is)\s+(?:a|the)\s+(?:leading\s+|trusted\s+|top\s+)?(?:provider|supplier|maker|seller)\s+of\s+/i,
    'You can get ',
    ' from us',
  );
  if (provider) return provider;
  return [];
}

/** Replaces the opening that `pattern` matches with `lead`, and adds `tail` before the closing full stop. */
function reframe(sentence: string, pattern: RegExp, lead: string, tail: string): Alternative[] | undefined {
  const opening = pattern.exec(sentence);
  if (!opening) return undefined;
  const close = opening[0].length + /[.!]?$/.exec(sentence.slice(opening[0].length))!.index;
  return [
    {
      title: TITLE,
      edits: [
        { start: 0, end: opening[0].length, text: lead },
        { start: close, end: close, text: tail },
      ],
    },
  ];
}
