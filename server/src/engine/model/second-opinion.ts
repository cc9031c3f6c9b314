// The second opinion: a small model trained by the project (`npm run train`, weights in
// data/second-opinion.json) that reads a whole sentence and names the tactic it sees, for pressure
// and corporate voice that no phrase or frame spells out. It speaks only where the rules found
// nothing of that category, above a threshold chosen on held-out sentences for precision, and its
// finding covers the run of words that weighed most.
import model from '../data/second-opinion.json';
import { features, tokens } from './features';
import { insideQuotation } from '../text';

export interface Opinion {
  /** The rule that owns the tactic (its message, principle and hover). */
  rule: string;
  category: 'pushy' | 'impersonal';
  /** Probability of the category (all its tactics together). */
  confidence: number;
  /** The words that weighed most, in sentence offsets. */
  start: number;
  end: number;
}

interface ModelFile {
  classes: string[];
  bias: number[];
  thresholds: { pushy: number; impersonal: number };
  /** Per feature: class, weight, class, weight… (per mille). */
  weights: Record<string, number[]>;
}

const { classes, bias, thresholds, weights } = model as unknown as ModelFile;
const K = classes.length;
const categoryOf = classes.map((c) => (c === 'fine' ? undefined : (c.split('.')[0] as 'pushy' | 'impersonal')));
/** Feature → its weights, as a Map (faster than an object's keys for many short strings). */
const table = new Map(Object.entries(weights));
const NONE: readonly Opinion[] = Object.freeze([]);
/** Shorter sentences are too little evidence for the model ("Still deciding?"); training knows it too. */
export const MIN_WORDS = 7;

/**
 * What the model sees in a sentence, for each category the rules have not already found there.
 * `found` holds the categories the rules reported in the sentence.
 */
export function secondOpinion(text: string, found: ReadonlySet<string>): readonly Opinion[] {
  if (found.size === 2) return NONE;
  const words = tokens(text);
  if (words.length < MIN_WORDS) return NONE;
  const all = features(text, words);
  const scores = new Float64Array(K);
  for (let k = 0; k < K; k++) scores[k] = bias[k] / 1000;
  const rows: Array<{ row: number[]; at: number[] }> = [];
  for (const f of all) {
    const row = table.get(f.name);
    if (!row) continue;
    rows.push({ row, at: f.at });
    for (let j = 0; j < row.length; j += 2) scores[row[j]] += row[j + 1] / 1000;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (scores[k] > max) max = scores[k];
  let sum = 0;
  const p = new Float64Array(K);
  for (let k = 0; k < K; k++) sum += p[k] = Math.exp(scores[k] - max);
  let opinions: Opinion[] | undefined;
  for (const which of ['pushy', 'impersonal'] as const) {
    if (found.has(which)) continue;
    let total = 0;
    let best = -1;
    for (let k = 0; k < K; k++) {
      if (categoryOf[k] !== which) continue;
      total += p[k] / sum;
      if (best < 0 || p[k] > p[best]) best = k;
    }
    if (total < thresholds[which]) continue;
    const span = weightiestRun(words.length, rows, best);
    // A finding needs words a writer can see and change: at least two, not just "?" or "We".
    let spanWords = 0;
    for (let i = span.first; i <= span.last; i++) if (/\p{L}/u.test(words[i].word)) spanWords++;
    if (spanWords < 2) continue;
    const start = words[span.first].start;
    const end = words[span.last].end;
    // Quoted copy is talked about, not used (the rules leave it alone too).
    if (insideQuotation(text, start, end) || insideQuotation(text, start, start + 1)) continue;
    (opinions ??= []).push({ rule: classes[best], category: which, confidence: total, start, end });
  }
  return opinions ?? NONE;
}

/** The run of words whose weights for the tactic (against "fine") add up to the most: the best-scoring stretch. */
function weightiestRun(length: number, rows: ReadonlyArray<{ row: number[]; at: number[] }>, tactic: number): { first: number; last: number } {
  const weight = new Float64Array(length);
  for (const { row, at } of rows) {
    let w = 0;
    for (let j = 0; j < row.length; j += 2) {
      if (row[j] === tactic) w += row[j + 1];
      else if (row[j] === 0) w -= row[j + 1];
    }
    for (const i of at) weight[i] += w / at.length;
  }
  // Kadane's maximum subarray: linear in the sentence.
  let best = { first: 0, last: length - 1, sum: -Infinity };
  let first = 0;
  let running = 0;
  for (let i = 0; i < length; i++) {
    if (running <= 0) {
      running = 0;
      first = i;
    }
    running += weight[i];
    if (running > best.sum) best = { first, last: i, sum: running };
  }
  return best;
}
