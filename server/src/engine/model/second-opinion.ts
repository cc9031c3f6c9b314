// The second opinion: a small model trained by the project (`npm run train`, weights in
// data/second-opinion.json) that reads a whole sentence and names the tactic it sees, for pressure
// and corporate voice that no phrase or frame spells out. It speaks only where the rules found
// nothing of that category, above a threshold chosen on unseen batches for precision, and its
// finding covers the run of words that weighed most.
import model from '../data/second-opinion.json';
import { tokens, visitFeatures, type FeatureKind, type Token } from './features';
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

/** Shorter sentences are too little evidence for the model ("Still deciding?"); training knows it too. */
export const MIN_WORDS = 7;
/** The most words a finding of the model may cover. */
const MAX_SPAN_WORDS = 12;

const { classes, bias, thresholds, weights } = model as unknown as ModelFile;
const K = classes.length;
if (2 * K >= 64) throw new Error('The second-opinion model has too many classes for its row encoding');
const CATEGORY_OF = classes.map((c) => (c === 'fine' ? undefined : (c.split('.')[0] as 'pushy' | 'impersonal')));
/**
 * Where each feature's (class, weight) pairs are in PAIRS, as start × 64 + length (a row holds at most
 * 2 × K < 64 numbers), kept per word: the word's own row, and the rows of the pairs it starts. A token
 * then costs one lookup for its word and, through the previous word's entry, one for its pair.
 */
interface WordEntry {
  row: number;
  next: Map<string, number> | undefined;
}
const WORDS = new Map<string, WordEntry>();
/** Stems and signs ("<caps>"), by name. */
const OTHER = new Map<string, number>();
const PAIRS: Int32Array = (() => {
  let length = 0;
  for (const row of Object.values(weights)) length += row.length;
  const pairs = new Int32Array(length);
  const entry = (word: string) => {
    let e = WORDS.get(word);
    if (!e) WORDS.set(word, (e = { row: -1, next: undefined }));
    return e;
  };
  let at = 0;
  for (const [name, row] of Object.entries(weights)) {
    pairs.set(row, at);
    const code = at * 64 + row.length;
    at += row.length;
    const space = name.indexOf(' ');
    if (space >= 0) {
      const first = entry(name.slice(0, space));
      (first.next ??= new Map()).set(name.slice(space + 1), code);
    } else if (name.endsWith('~') || name === '<caps>' || name === '<bangs>') OTHER.set(name, code);
    else entry(name).row = code;
  }
  return pairs;
})();
/** Stems by their five letters (no name to build per word), and the two signs. */
const STEMS = new Map([...OTHER].filter(([name]) => name.endsWith('~')).map(([name, row]) => [name.slice(0, -1), row]));
const CAPS = OTHER.get('<caps>');
const BANGS = OTHER.get('<bangs>');
const NONE: readonly Opinion[] = Object.freeze([]);

/** Whether the model judges a text at all: MIN_WORDS tokens, and room for them between spaces. Training uses it too. */
export function longEnoughForModel(text: string): boolean {
  return mayHaveWords(text, MIN_WORDS) && tokens(text).length >= MIN_WORDS;
}

/** Whether a text has room for `n` words: n - 1 spaces at least (a cheap test before tokenising). */
function mayHaveWords(text: string, n: number): boolean {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 32 && ++spaces >= n - 1) return true;
  return false;
}

/** Scratch space reused by every call (the engine is single-threaded): no allocation for a fine sentence. */
const scores = new Float64Array(K);

/** A text as the model read it: its tokens and each class's sum of weights (before the softmax). */
export interface Reading {
  readonly words: readonly Token[];
  readonly raw: Float64Array;
}

/** Reads a text: tokens and weights. A sentence read once serves its own opinion and both pairs it is part of. */
export function read(text: string): Reading {
  const words = tokens(text);
  scoreWords(text, words);
  return { words, raw: scores.slice() };
}

/**
 * Two sentences read as one ("a b"), from their own readings: the model is linear, so the sum of the two
 * less what only the edges add (a's end, b's start, a second bias and a second "!!") plus the pair
 * across the join. The tokens of "a b" are a's followed by b's: no token spans a space.
 */
export function readTogether(a: string, first: Reading, b: string, second: Reading): Reading {
  const raw = new Float64Array(K);
  for (let k = 0; k < K; k++) raw[k] = first.raw[k] + second.raw[k] - bias[k] / 1000;
  const shift = a.length + 1;
  const words = [...first.words, ...second.words.map((t) => ({ word: t.word, start: t.start + shift, end: t.end + shift }))];
  if (first.words.length && second.words.length) {
    const last = WORDS.get(first.words[first.words.length - 1].word);
    const head = second.words[0].word;
    addTo(raw, last?.next?.get('</s>'), -1);
    addTo(raw, WORDS.get('<s>')?.next?.get(head), -1);
    addTo(raw, last?.next?.get(head), 1);
  }
  if (BANGS !== undefined && a.includes('!!') && b.includes('!!')) addTo(raw, BANGS, -1);
  return { words, raw };
}

/** The readings of a block's sentences, each made once: a sentence's own opinion and the pairs beside it share them. */
export class Readings {
  private readonly byText = new Map<string, Reading>();

  of(text: string): Reading {
    let reading = this.byText.get(text);
    if (!reading) this.byText.set(text, (reading = read(text)));
    return reading;
  }

  /** "a b", read from the two sentences' own readings. */
  together(a: string, b: string): Reading {
    return readTogether(a, this.of(a), b, this.of(b));
  }
}

/**
 * What the model sees in a sentence, for each category the rules have not already found there.
 * `found` holds the categories the rules reported in the sentence.
 */
export function secondOpinion(text: string, found: ReadonlySet<string>, reading: () => Reading = () => read(text)): readonly Opinion[] {
  if (found.size === 2 || !mayHaveWords(text, MIN_WORDS)) return NONE;
  const { words, raw } = reading();
  if (words.length < MIN_WORDS) return NONE;
  scores.set(raw);
  toProbabilities();
  let opinions: Opinion[] | undefined;
  for (const which of ['pushy', 'impersonal'] as const) {
    if (found.has(which)) continue;
    let total = 0;
    let best = -1;
    for (let k = 0; k < K; k++) {
      if (CATEGORY_OF[k] !== which) continue;
      total += scores[k];
      if (best < 0 || scores[k] > scores[best]) best = k;
    }
    if (total < thresholds[which]) continue;
    const run = weightiestRun(text, words, best);
    // A finding needs words a writer can see and change: at least two, not just "?" or "We"; evidence
    // spread over the whole sentence is pointed at where it weighs most, a dozen words at most.
    let spanWords = 0;
    for (let i = run.first; i <= run.last; i++) if (/\p{L}/u.test(words[i].word)) spanWords++;
    if (spanWords < 2) continue;
    const span = spanWords > MAX_SPAN_WORDS ? heaviestWindow(run, MAX_SPAN_WORDS) : run;
    const start = words[span.first].start;
    const end = words[span.last].end;
    // Quoted copy is talked about, not used (the rules leave it alone too).
    // A span that starts or ends inside a quotation (this also covers one wholly inside it).
    if (insideQuotation(text, start, start + 1) || insideQuotation(text, end - 1, end)) continue;
    (opinions ??= []).push({ rule: classes[best], category: which, confidence: total, start, end });
  }
  return opinions ?? NONE;
}

/**
 * How strongly the model reads a text as pushy and as impersonal (each the sum of its tactics'
 * probabilities), for any length: the rewrite gate asks whether pressure is left in a short sentence too.
 */
export function categoryScores(text: string): { pushy: number; impersonal: number } {
  scoreWords(text, tokens(text));
  toProbabilities();
  const out = { pushy: 0, impersonal: 0 };
  for (let k = 0; k < K; k++) {
    const which = CATEGORY_OF[k];
    if (which) out[which] += scores[k];
  }
  return out;
}

/** `scores` from sums of weights to the probabilities of each class (softmax, in place). */
function toProbabilities(): void {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (scores[k] > max) max = scores[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += scores[k] = Math.exp(scores[k] - max);
  for (let k = 0; k < K; k++) scores[k] /= sum;
}

/**
 * Adds every feature's weights to `scores`: the features visitFeatures names, looked up as rowOf does (a
 * test holds it to the shipped weights), in one loop with no callback, each word's entry looked up once
 * and reused for the pair it starts.
 */
function scoreWords(text: string, words: readonly Token[]): void {
  for (let k = 0; k < K; k++) scores[k] = bias[k] / 1000;
  let previous = WORDS.get('<s>');
  for (let i = 0; i < words.length; i++) {
    const word = words[i].word;
    const entry = WORDS.get(word);
    if (entry && entry.row >= 0 && word !== '?' && word !== '!') add(entry.row);
    const pair = previous?.next?.get(word);
    if (pair !== undefined) add(pair);
    if (word.length > 6 && word.charCodeAt(0) !== 60) {
      const stem = STEMS.get(word.slice(0, 5));
      if (stem !== undefined) add(stem);
    }
    const code = text.charCodeAt(words[i].start);
    if (CAPS !== undefined && code >= 65 && code <= 90 && words[i].end - words[i].start >= 3) {
      const raw = text.slice(words[i].start, words[i].end);
      if (raw === raw.toUpperCase() && /\p{Lu}{3}/u.test(raw)) add(CAPS);
    }
    previous = entry;
  }
  if (words.length) {
    const end = previous?.next?.get('</s>');
    if (end !== undefined) add(end);
  }
  if (BANGS !== undefined && text.includes('!!')) add(BANGS);
}

function rowOf(kind: FeatureKind, a: string, b: string): number | undefined {
  if (kind === 'word') {
    const row = WORDS.get(a)?.row;
    return row === undefined || row < 0 ? undefined : row;
  }
  if (kind === 'pair') return WORDS.get(a)?.next?.get(b);
  return OTHER.get(kind === 'stem' ? a + '~' : a);
}

/** PAIRS' weights as numbers, per mille already divided out: adding a feature is one multiply-free pass. */
const WEIGHTS = Float64Array.from(PAIRS, (value, j) => (j % 2 ? value / 1000 : value));

function add(row: number): void {
  const end = (row >> 6) + (row & 63);
  for (let j = row >> 6; j < end; j += 2) scores[PAIRS[j]] += WEIGHTS[j + 1];
}

/** Adds (sign 1) or takes away (-1) a feature's weights in `raw`; nothing for a feature the model lacks. */
function addTo(raw: Float64Array, row: number | undefined, sign: 1 | -1): void {
  if (row === undefined) return;
  const end = (row >> 6) + (row & 63);
  for (let j = row >> 6; j < end; j += 2) raw[PAIRS[j]] += sign * WEIGHTS[j + 1];
}

/** Within a run, the `size` consecutive words that weigh most. */
function heaviestWindow(run: { first: number; last: number; weight: Float64Array }, size: number): { first: number; last: number } {
  const { weight } = run;
  let sum = 0;
  for (let i = run.first; i < run.first + size; i++) sum += weight[i];
  let best = { first: run.first, last: run.first + size - 1, sum };
  for (let i = run.first + size; i <= run.last; i++) {
    sum += weight[i] - weight[i - size];
    if (sum > best.sum) best = { first: i - size + 1, last: i, sum };
  }
  return { first: best.first, last: best.last };
}

/** The run of words whose weights for the tactic (against "fine") add up to the most: the best-scoring stretch. */
function weightiestRun(text: string, words: readonly Token[], tactic: number): { first: number; last: number; weight: Float64Array } {
  const weight = new Float64Array(words.length);
  visitFeatures(text, words, (kind, a, b, first, last) => {
    const row = rowOf(kind, a, b);
    if (row === undefined || first < 0) return;
    let w = 0;
    const end = (row >> 6) + (row & 63);
    for (let j = row >> 6; j < end; j += 2) {
      if (PAIRS[j] === tactic) w += PAIRS[j + 1];
      else if (PAIRS[j] === 0) w -= PAIRS[j + 1];
    }
    const share = w / (last - first + 1);
    for (let i = first; i <= last; i++) weight[i] += share;
  });
  // Kadane's maximum subarray: linear in the sentence.
  let best = { first: 0, last: words.length - 1, sum: -Infinity };
  let first = 0;
  let running = 0;
  for (let i = 0; i < words.length; i++) {
    if (running <= 0) {
      running = 0;
      first = i;
    }
    running += weight[i];
    if (running > best.sum) best = { first, last: i, sum: running };
  }
  return { first: best.first, last: best.last, weight };
}
