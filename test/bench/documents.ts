// Deterministic marketing documents for benchmarks and fuzzing seeds: headings, paragraphs of
// mixed pushy / impersonal / fine copy, lists, links, inline and fenced code, emoji, merge tags.

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Act now and save {n}% on your first box!',
  'Hi {{first_name}}, here is the guide you asked for.',
  'Our team reads every reply you send, so tell us what you think.',
  'Customers can download their invoices from the portal.',
  'Your request has been received and will be processed within {n} days.',
  'We leverage our expertise to facilitate your growth.',
  'The workshop is on {n} June at 7 pm in the old bakery.',
  'Only {n} left in stock — selling fast!',
  'You can pause your subscription at any time 😀.',
  'We offer free shipping on all orders over £{n}.',
  'If it sounds useful, you can try it free for {n} days.',
  'Please do not hesitate to contact us.',
  'The kettle holds 1.{n} litres and comes in three colours.',
  'Don’t miss out on our BIGGEST sale of the year!!!',
  'Each mug is glazed by hand in our studio in Leeds.',
  'It is recommended that you back up your files every week.',
  'What would make this newsletter more useful for you?',
  'Our world-class team is here for you 🌷.',
];

export function marketingDocument(bytes: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const sentence = () => pick(SENTENCES).replace(/\{n\}/g, () => String(2 + Math.floor(next() * 60)));
  const parts: string[] = ['---\ntitle: Spring newsletter\n---\n'];
  let size = parts[0].length;
  let section = 0;
  while (size < bytes) {
    const r = next();
    let block: string;
    if (r < 0.08) block = `## Section ${++section} — ${sentence().replace(/[.!?]+$/, '')}`;
    else if (r < 0.2) block = Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n');
    else if (r < 0.25) block = '```js\nconst offer = "ACT NOW"; // hurry\nconsole.log(offer);\n```';
    else if (r < 0.3) block = `Read the [care guide](https://example.com/guide/${section}) or run \`npm run hurry\` first.`;
    else block = Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' ');
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n').slice(0, Math.max(bytes, parts[0].length)) + '\n';
}
