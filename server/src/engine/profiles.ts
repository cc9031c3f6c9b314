// Presets (`"extends"`) and channel profiles (`"channel"`): severity overlays a team picks by name, so an
// SMS is not judged like a landing page. Data, documented from itself (README's generated tables).
import { frontMatterLength } from './parse/front-matter';
import type { Severity } from './types';
import { rules, type Rule } from './rules';

/** Every built-in rule's severity, from its metadata: a preset never forgets a rule added later. */
function severities(pick: (rule: Rule) => Severity): Record<string, Severity> {
  return Object.fromEntries(rules.map((r) => [r.id, pick(r)]));
}

/** What "gentle" leaves for later: the hints that need the most judgement. */
const GENTLE_OFF = new Set(['pushy.hype', 'pushy.exclamations', 'impersonal.passive', 'impersonal.we-centric', 'impersonal.no-reader']);

export interface Overlay {
  /** One line for the README and the schema. */
  description: string;
  /** What each rule's severity becomes; rules left out keep theirs. */
  rules: Record<string, Severity>;
  /** Why, rule by rule, for the README. */
  why: Record<string, string>;
}

export const PRESETS: Readonly<Record<string, Overlay>> = {
  'rapport:recommended': {
    description: 'The defaults: every rule at the severity its documentation gives.',
    rules: {},
    why: {},
  },
  'rapport:strict': {
    description: 'For teams that gate releases on it: every rule on, pushy tactics are errors, impersonal ones warnings.',
    rules: severities((r) => (r.category === 'pushy' ? (r.id === 'pushy.hype' || r.id === 'pushy.exclamations' ? 'warning' : 'error') : r.checkDocument ? 'info' : 'warning')),
    why: { '*': 'Pressure fails the build; the corporate voice is a warning to fix before it ships.' },
  },
  'rapport:gentle': {
    description: 'For a first look at old copy: only the clearest pressure is flagged, and everything as information.',
    rules: severities((r) => (GENTLE_OFF.has(r.id) || r.checkDocument ? 'off' : 'info')),
    why: { '*': 'Nothing blocks; the style hints that need the most judgement (passive, bragging, paragraph hints) wait.' },
  },
};

export const CHANNELS: Readonly<Record<string, Overlay>> = {
  email: {
    description: 'Emails and newsletters: the defaults, paragraph hints included.',
    rules: {},
    why: {},
  },
  sms: {
    description: 'Text messages: short by nature, and a reply is not always possible.',
    rules: { 'impersonal.no-invitation': 'off', 'impersonal.no-reader': 'off' },
    why: {
      'impersonal.no-invitation': 'An SMS is often sent from a number that cannot take replies; asking for one is not the point.',
      'impersonal.no-reader': 'A 160-character message has no room for paragraphs to balance.',
    },
  },
  push: {
    description: 'Push notifications: one line, read at a glance.',
    rules: { 'impersonal.no-invitation': 'off', 'impersonal.no-reader': 'off', 'pushy.exclamations': 'info' },
    why: {
      'impersonal.no-invitation': 'A notification cannot be replied to.',
      'impersonal.no-reader': 'One line has no paragraphs.',
      'pushy.exclamations': 'One exclamation mark in a notification is a tone, not a shout; several still show, as information.',
    },
  },
  social: {
    description: 'Social posts: a livelier register, where one exclamation mark is the norm.',
    rules: { 'pushy.exclamations': 'info', 'impersonal.no-reader': 'off' },
    why: {
      'pushy.exclamations': 'Social copy tolerates an exclamation mark; a row of them still shows, as information.',
      'impersonal.no-reader': 'A post is a paragraph or two, not a page to balance.',
    },
  },
  landing: {
    description: 'Landing pages: long-form copy, where the paragraph hints matter most.',
    rules: { 'impersonal.no-reader': 'warning', 'impersonal.no-invitation': 'warning', 'impersonal.we-centric': 'warning' },
    why: {
      'impersonal.no-reader': 'A landing page that talks only about the company loses the reader paragraph by paragraph.',
      'impersonal.no-invitation': 'A page with no question and no way to ask one closes the conversation.',
      'impersonal.we-centric': 'Bragging is the most common fault of a landing page.',
    },
  },
  product: {
    description: 'Product pages: facts first; the page itself is the invitation.',
    rules: { 'impersonal.no-invitation': 'off', 'pushy.hype': 'warning' },
    why: {
      'impersonal.no-invitation': 'A product page needs no question of its own; the reader came to look.',
      'pushy.hype': 'Unfounded superlatives on a product page are claims a buyer will test.',
    },
  },
};

export type Channel = keyof typeof CHANNELS;

/** The channel a document names in its front matter: `rapport: { channel: sms }` or `rapport:\n  channel: sms`. */
export function frontMatterChannel(text: string): string | undefined {
  const yaml = text.slice(0, frontMatterLength(text));
  const m = /^rapport:\s*(?:\{\s*channel:\s*["']?([\w-]+)["']?\s*\}|\r?\n[ \t]+channel:\s*["']?([\w-]+)["']?)/m.exec(yaml);
  const channel = m?.[1] ?? m?.[2];
  return channel && channel in CHANNELS ? channel : undefined;
}

/** The README's tables of presets and channels, from the data above. */
export function profilesMarkdown(): string {
  const lines = ['| Preset (`"extends"`) | What it does |', '|---|---|'];
  for (const [name, p] of Object.entries(PRESETS)) lines.push(`| \`${name}\` | ${p.description} |`);
  lines.push('', '| Channel (`"channel"`) | What changes | Why |', '|---|---|---|');
  for (const [name, c] of Object.entries(CHANNELS)) {
    const changes = Object.entries(c.rules).map(([rule, severity]) => `\`${rule}\` → ${severity}`);
    lines.push(`| \`${name}\` | ${c.description}${changes.length ? ` ${changes.join('; ')}.` : ''} | ${Object.values(c.why).join(' ') || '—'} |`);
  }
  return lines.join('\n') + '\n';
}
