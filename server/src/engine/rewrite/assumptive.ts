// A decision taken for the reader, turned back into a question or an offer, from the sentence's own
// words: "I've pencilled you in for a demo on Thursday at 10 — see you then!" → "Would Thursday at 10
// work for a demo?"; "Which size shall we reserve for you, standard or long?" → "Both standard and long
// are available, if you'd like one."; "We've added a £10 monthly gift to your basket." → "You can add a
// £10 monthly gift to your basket if you'd like."
import { articleFor } from './articles';
import { apostrophesLike, type Alternative } from './edits';

const TITLE = 'Rewrite: leave the choice to them';

/** What may follow the booking: a push to accept it ("— see you then!", ", just reply yes"). */
const ACCEPT = String.raw`(?:\s*(?:[—–-]|,|;)?\s*(?:so\s+)?(?:see\s+you\s+(?:then|there)(?:\s+(\{\{\s*\w+\s*\}\}|\*\|\w+\|\*|[A-Z][a-z]+))?|(?:just\s+|simply\s+)?reply\s+(?:yes|y|to\s+confirm|if\s+that\s+doesn['’]t\s+suit)|(?:just\s+)?let\s+us\s+know\s+if\s+that\s+doesn['’]t\s+suit))?\s*[.!]*\s*$`;
/** What the reader is asked to bring or send once it suits them: kept, after the question ("…, just bring the accordion"). */
const THEN_DO = String.raw`(?:\s*[—–;,-]\s*|\s+)(?:so\s+)?just\s+((?:bring|reply\s+with|send|pop)\s+[^.!?]+?)\s*[.!]*\s*$`;
/** "Great news — we've …", "I've …": a decision reported as done. */
const WE_HAVE = String.raw`^(?:(?:good|great)\s+news[,!:—–\s]+)?(?:i['’]ve|we['’]ve|i\s+have|we\s+have)\s+`;
/** "I've pencilled you in for (a demo | your fitting)": what the reader was booked for is group 1. */
const BOOKED_YOU_FOR = String.raw`${WE_HAVE}(?:gone\s+ahead\s+and\s+)?(?:pencilled|penciled|booked|put|slotted|signed)\s+you\s+(?:in|down|up)\s+for\s+(?:(an?\s+[^,;—–!?]+?|your\s+[^,;—–!?]+?)\s+)?`;
/** "I'll send the contract over tomorrow so we can …" (1 paper, 2 when). */
const SEND_PAPER_SO_WE_CAN = String.raw`^(?:i['’]ll|we['’]ll|i\s+will|we\s+will)\s+send\s+the\s+(contract|agreement|paperwork|invoice)\s+over\s+(this\s+afternoon|this\s+morning|today|tomorrow|tonight|now)\s+so\s+(?:that\s+)?we\s+can\s+`;
const WHEN = String.raw`((?:on\s+|at\s+|next\s+|this\s+|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[^,;—–!?]*?)`;

const BOOKED = new RegExp(`${BOOKED_YOU_FOR}${WHEN}${ACCEPT}`, 'i');
/** …with something to bring or send once it suits ("…, just bring the accordion"): group 4. */
const BOOKED_THEN = new RegExp(`${BOOKED_YOU_FOR}${WHEN}()${THEN_DO}`, 'i');
const BOOKED_YOUR = new RegExp(String.raw`^(?:i['’]ve|we['’]ve|i\s+have|we\s+have)\s+(?:gone\s+ahead\s+and\s+)?(?:booked|reserved|scheduled|arranged)\s+(your\s+[^,;—–!?]+?)\s+for\s+([^,;—–!?]+?)${ACCEPT}`, 'i');
const WHICH = /^(?:so,?\s+)?which\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:shall\s+(?:we|I)|are\s+we)\s+(?:send|reserve|engrave|forge|ship|make|deliver|pack|print|order|book|sending|reserving|engraving|shipping|making|booking|printing)(?:\s+(?:for\s+)?you|\s+(?:for|on|with|to)\s+your\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:[,:—–-]\s*|\s+)([^,;:?]+?)\s+or\s+([^,;?]+?)\s*\?\s*$/i;
/** "I've pencilled in a 20-minute call for Tuesday", "I've arranged a second viewing for you and your partner on Saturday at 11" (1 what, 2 who besides the reader, 3 when, 4 what to do then). */
const BOOKED_A = new RegExp(String.raw`${WE_HAVE}(?:gone\s+ahead\s+and\s+)?(?:pencilled\s+in|penciled\s+in|booked|arranged|scheduled|set\s+up|lined\s+up)\s+(an?\s+[^,;—–!?]+?)\s+(?:for\s+you(\s+and\s+your\s+[\w-]+)?\s+)?(?:for\s+|on\s+|at\s+)((?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[^,;—–!?]*?|tomorrow[^,;—–!?]*?|the\s+\d+\w*[^,;—–!?]*?)(?:${THEN_DO}|\s*[.!]*\s*$)`, 'i');
/** "So, shall I put you down for £50 a month or £100?" (1 and 2, the amounts). */
const PUT_DOWN = /^(?:so,?\s+)?shall\s+(?:I|we)\s+put\s+you\s+down\s+for\s+([^,;?]+?)\s+or\s+([^,;?]+?)\s*\?\s*$/i;
/** "We've gone ahead and moved you to Observatory Pro; your first invoice follows." (1 the plan, 2 what follows from it). */
const MOVED = new RegExp(String.raw`${WE_HAVE}(?:gone\s+ahead\s+and\s+|already\s+)?(?:moved|switched|upgraded|put)\s+you\s+(?:on)?to\s+((?:the\s+)?[^,;—–!?]+?)(?:\s+so\s+(?:that\s+)?you\s+[^.!?;]+?)?(?:\s*(?:[;,—–-]|\s+and)\s*(your\s+[^.!?]+?))?\s*[.!]*\s*$`, 'i');
const WHEN_CHOICE = /^(?:so,?\s+)?(?:when|which(?:\s+day|\s+time)?)\s+(?:(?:works\s+(?:best|better)|would\s+suit\s+you|suits\s+you|is\s+best)\s+for\s+(?:our|a|the|your)\s+([\w\s-]+?)|shall\s+we\s+([\w\s'’-]+?))\s*[,:—–-]?\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)|[A-Z]\w+|today|tomorrow)\s+or\s+((?:the\s+)?\d{1,2}(?:st|nd|rd|th)|[A-Z]\w+|tomorrow)\s*\?\s*$/i;
const CONTRACT = new RegExp(String.raw`${SEND_PAPER_SO_WE_CAN}(?:get\s+(?:you\s+)?started|kick\s+off|start|begin)(\s+(?:on\s+\w+(?:\s+the\s+\w+)?|on\s+the\s+\w+|next\s+week|tomorrow))?\s*[.!]*\s*$`, 'i');
/** The same with another purpose: "…so we can get your first delivery out on the 3rd." (1 paper, 2 when, 3 the purpose). */
const CONTRACT_FOR = new RegExp(String.raw`${SEND_PAPER_SO_WE_CAN}([^.!?]+?)\s*[.!]*\s*$`, 'i');
const ADDED = new RegExp(String.raw`${WE_HAVE}(?:already\s+|gone\s+ahead\s+and\s+)?(?:added|put)\s+((?:(?:an?|the|your)\s+)?[^,;—–!?]+?)\s+(?:to|in|into)\s+your\s+(basket|cart|booking|order|bag)(\s+for\s+(?:extra\s+)?peace\s+of\s+mind)?(?:\s*(?:[;,—–-])\s*(?:untick\s+it\s+if\s+you\s+(?:really\s+)?must|ready\s+for\s+when\s+you\s+check\s*out))?\s*[.!]*\s*$`, 'i');

/** "Your place on the March cohort is reserved; all that's left is to pay the deposit." (1 what is held, 2 what the reader still has to do). */
const HELD = /^(your\s+[^,;—–!?]+?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:reserved|held|saved|booked|secured|ready|waiting)\s*(?:[;,—–-]\s*|\s+and\s+)(?:all\s+(?:that['’]s|that\s+is)\s+left\s+(?:to\s+do\s+)?is|all\s+you\s+(?:need|have)\s+to\s+do\s+is|just)\s+(?:to\s+)?([^.!?]+?)\s*[.!]*\s*$/i;

export function leaveTheChoice(sentence: string): Alternative[] {
  const out: Alternative[] = [];
  const add = (text: string) => out.push({ title: TITLE, edits: [{ start: 0, end: sentence.length, text: apostrophesLike(sentence, text) }], template: true });
  const booked = BOOKED.exec(sentence) ?? BOOKED_THEN.exec(sentence);
  if (booked) {
    const [, what, when, name, then] = booked;
    add(`${name ? `${name}, would` : 'Would'} ${when.trim().replace(/^(?:on|at)\s+/i, '')} work ${what ? `for ${what.replace(/^your\s+/i, 'your ')}` : 'for you'}?${then ? ` If so, just ${then}.` : ''}`);
  }
  const bookedYour = !booked && BOOKED_YOUR.exec(sentence);
  if (bookedYour) {
    const [, what, when, name] = bookedYour;
    add(`${name ? `${name}, would` : 'Would'} ${when.trim()} work for ${what}?`);
  }
  const which = WHICH.exec(sentence);
  if (which) {
    const [, , first, second] = which;
    // ("…send you, *|FNAME|* — Sage or Ink Blue?": the name said to opens the sentence, the choice follows its dash.)
    const named = /^(\S+)\s*[—–]\s*(.+)$/.exec(first.trim());
    if (named) add(`${named[1]}, both ${named[2]} and ${second.trim()} are available, if you’d like one.`);
    else add(`Both ${first.trim()} and ${second.trim()} are available, if you’d like one.`);
  }
  const whenChoice = WHEN_CHOICE.exec(sentence);
  if (whenChoice) {
    const [, meeting, action, first, second] = whenChoice;
    const wish = meeting ? `${articleFor(meeting.trim())} ${meeting.trim()} would help` : `you’d like us to ${action.trim()}`;
    add(`If ${wish}, we’re free on ${first} or ${second}.`);
  }
  const contract = CONTRACT.exec(sentence);
  if (contract) {
    const [, paper, when, start] = contract;
    add(`If you’d like to go ahead, I can send the ${paper} over ${when.toLowerCase()}${start ? ` and we could start${start}` : ''}.`);
  }
  const contractFor = !contract && CONTRACT_FOR.exec(sentence);
  if (contractFor) add(`If you’d like to go ahead, I can send the ${contractFor[1]} over ${contractFor[2].toLowerCase()} so we can ${contractFor[3]}.`);
  const bookedA = !booked && !bookedYour && BOOKED_A.exec(sentence);
  if (bookedA) {
    const [, what, withWhom, when, then] = bookedA;
    add(`Would ${what.replace(/^A\b/, 'a')} on ${when.trim().replace(/^on\s+/i, '')} work for you${withWhom ?? ''}?${then ? ` If so, just ${then}.` : ''}`);
  }
  const putDown = PUT_DOWN.exec(sentence);
  if (putDown) add(`Would ${putDown[1].trim()} or ${putDown[2].trim()} suit you?`);
  const moved = MOVED.exec(sentence);
  if (moved) add(`You can move to ${moved[1].trim()} if you’d like${moved[2] ? `; if you do, ${moved[2].replace(/\bfollows\b/, 'would follow').replace(/\bwill\s+be\b/, 'would be')}` : ''}.`);
  // What the reader still has to do is a term of the offer: it stays, as a request, and the place is held, not theirs yet.
  const held = HELD.exec(sentence);
  if (held) add(`We're holding ${held[1].replace(/^your\b/i, 'your')}; please ${held[2]}${/\bto\s+(?:confirm|keep|secure)\b/i.test(held[2]) ? '' : ' to confirm it'}.`);
  const added = ADDED.exec(sentence);
  if (added) add(`You can add ${added[1].replace(/^the\s+/i, 'the ')} to your ${added[2]}${added[3] ? `${added[3]},` : ''} if you’d like.`);
  return out;
}

