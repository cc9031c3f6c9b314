// Which half of the UCI SMS ham the second-opinion model trains on (scripts/train.ts) and which half
// `npm run eval` measures: a stable split by a hash of the text (FNV-1a), so the two never overlap.
export function hamIsForTraining(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0;
}
