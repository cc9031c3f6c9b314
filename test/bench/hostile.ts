// The shapes of issue #13: legal files that once stalled Rapport or exhausted its memory. Each is
// generated deterministically at about the size given; the benchmark runs the CLI on it as a whole
// process and on ordinary copy of the same size.
import { marketingDocument, random } from './documents';

export interface HostileShape {
  name: string;
  extension: 'md' | 'txt';
  text: string;
}

const words = 'the quick brown fox offers great value for your team and our customers love it'.split(' ');

export function hostileShapes(): HostileShape[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const rtl = 'مرحبا بكم שלום עולם \u202eevil\u202c cafe\u0301 👩\u200d👩\u200d👧 BUY NOW! ';
  return [
    { name: 'one 1 MB line of words, no sentence end', extension: 'txt', text: Array.from({ length: 200_000 }, () => pick(words)).join(' ') },
    { name: 'a 64 KB line repeating "BUY NOW"', extension: 'txt', text: 'BUY NOW '.repeat(8_000) },
    { name: '3,000 nested blockquotes', extension: 'md', text: `${'> '.repeat(3_000)}Act now and save.\n` },
    { name: '1,000 nested list levels', extension: 'md', text: `${Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- Buy now and save!`).join('\n')}\n` },
    { name: '200,000 exclamation marks after one word', extension: 'txt', text: `Wow${'!'.repeat(200_000)}` },
    { name: 'a 370 KB line of Arabic, Hebrew, RTL override, accents, ZWJ emoji', extension: 'txt', text: rtl.repeat(Math.floor(370_000 / Buffer.byteLength(rtl))) },
    { name: '30,000 links on one line', extension: 'md', text: Array.from({ length: 30_000 }, (_, i) => `[shop now](https://x.example/${i})`).join(' ') },
    { name: '100,000 two-word sentences on one line', extension: 'txt', text: Array(100_000).fill('Go now.').join(' ') },
    { name: 'unbalanced quotes, 640 KB', extension: 'txt', text: `"Act now and save " it's 'great `.repeat(20_000) },
    { name: '100,000 capitalised words', extension: 'txt', text: Array.from({ length: 100_000 }, () => pick(['Buy', 'Now', 'Limited', 'Offer', 'Act', 'Fast', 'Huge', 'Sale'])).join(' ') },
  ];
}

/** Ordinary copy of about the same size, to compare with. */
export function ordinaryOfSize(bytes: number): string {
  return marketingDocument(bytes, 42);
}
