// `npm run train`: trains the second-opinion model (server/src/engine/data/second-opinion.json) from
// the labelled sentences in the repo: the own set (test/fixtures) and the batches in test/eval/batches
// that have joined the development data. Deterministic: same data, same weights. Softmax regression
// over the tactics plus "fine", on the words and word pairs of features.ts, with L2 and Adam.
// The thresholds are chosen for precision on leave-one-batch-out predictions; the shipped weights are
// then trained on everything with the same settings. RAPPORT_TRAIN_WITHOUT=batch leaves a batch out
// entirely, to measure the model on it as unseen data (a cross-check: never ship such a model).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { features } from '../server/src/engine/model/features';
import { TACTIC_RULES } from '../server/src/engine/model/tactics';
import { rules } from '../server/src/engine';
import { sentencesOf } from '../server/src/engine/parse/document';

const root = resolve(__dirname, '../..');
const out = join(root, 'server/src/engine/data/second-opinion.json');
const CLASSES = ['fine', ...new Set(Object.values(TACTIC_RULES))];
const classIndex = new Map(CLASSES.map((c, i) => [c, i]));
const category = (c: string) => (c === 'fine' ? 'fine' : c.split('.')[0]);

interface Example {
  /** Where it came from (a batch, or the own set): thresholds are chosen on batches the model did not see. */
  group: string;
  text: string;
  label: number;
  /** The labelled categories (a sentence can be both). */
  categories: Set<string>;
  nearMiss: boolean;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
}

function load(): Example[] {
  const examples: Example[] = [];
  for (const [label, type, rule, text] of readTsv(join(root, 'test/fixtures/labelled-sentences.tsv'))) {
    if (type !== 'flag') examples.push({ group: 'own', text, label: 0, categories: new Set(), nearMiss: type === 'near-miss' });
    else if (classIndex.has(rule)) examples.push({ group: 'own', text, label: classIndex.get(rule)!, categories: new Set([label]), nearMiss: false });
  }
  // Every rule's own examples: what it must flag, and the near-misses it must leave alone.
  for (const rule of rules) {
    const own = classIndex.has(rule.id);
    for (const text of rule.examples.flags) if (own) examples.push({ group: 'own', text, label: classIndex.get(rule.id)!, categories: new Set([rule.category]), nearMiss: false });
    for (const text of rule.examples.clean) examples.push({ group: 'own', text, label: 0, categories: new Set(), nearMiss: true });
    if (own) for (const list of rule.lists ?? []) for (const entry of list.entries) examples.push({ group: 'own', text: entry.example, label: classIndex.get(rule.id)!, categories: new Set([rule.category]), nearMiss: false });
  }
  const batches = join(root, 'test/eval/batches');
  for (const dir of readdirSync(batches).sort()) {
    const path = join(batches, dir, 'sentences.tsv');
    if (!existsSync(path)) continue;
    for (const [id, text, labels, , tactic] of readTsv(path)) {
      const categories = new Set(labels.split(',').map((l) => l.trim()).filter((l) => l !== 'fine'));
      if (!categories.size) {
        examples.push({ group: dir, text, label: 0, categories, nearMiss: tactic ? tactic === 'near-miss' : id.startsWith('n') });
        continue;
      }
      // Batches without a tactic column: the tactic of the phrase rule that finds the sentence, if one does (rules only, so the old model has no say).
      const rule = tactic ? TACTIC_RULES[tactic.split('+')[0].trim()] : ruleFinding(text, categories);
      if (rule) examples.push({ group: dir, text, label: classIndex.get(rule)!, categories, nearMiss: false });
    }
  }
  return examples;
}

function ruleFinding(text: string, categories: Set<string>): string | undefined {
  for (const sentence of sentencesOf(text)) {
    for (const rule of rules) if (rule.check && categories.has(rule.category) && classIndex.has(rule.id) && rule.check(sentence).length) return rule.id;
  }
  return undefined;
}


interface Model {
  vocabulary: Map<string, number>;
  weights: Float64Array; // feature × class
  bias: Float64Array;
}

const SETTINGS = { minCount: 2, epochs: 150, rate: 0.05, l2: 2e-4, prune: 0.06 };
/** Model-alone precision the thresholds must reach on unseen batches. */
const PRECISION = { pushy: 0.93, impersonal: 0.93 };

function encode(text: string, vocabulary: Map<string, number>): number[] {
  const ids = new Set<number>();
  for (const f of features(text)) {
    const id = vocabulary.get(f.name);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

function train(data: Example[]): Model {
  const counts = new Map<string, number>();
  for (const e of data) for (const name of new Set(features(e.text).map((f) => f.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [name, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= SETTINGS.minCount) vocabulary.set(name, vocabulary.size);
  const K = CLASSES.length;
  const rows = data.map((e) => encode(e.text, vocabulary));
  const weights = new Float64Array(vocabulary.size * K);
  const bias = new Float64Array(K);
  // Adam state
  const m = new Float64Array(weights.length);
  const v = new Float64Array(weights.length);
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const grad = new Float64Array(weights.length);
  const gb = new Float64Array(K);
  const p = new Float64Array(K);
  for (let epoch = 1; epoch <= SETTINGS.epochs; epoch++) {
    grad.fill(0);
    gb.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const ids = rows[r];
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = bias[k];
        for (const id of ids) s += weights[id * K + k];
        p[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k] - max);
      for (let k = 0; k < K; k++) {
        const g = (p[k] / sum - (k === data[r].label ? 1 : 0)) / rows.length;
        gb[k] += g;
        for (const id of ids) grad[id * K + k] += g;
      }
    }
    const c1 = 1 - b1 ** epoch;
    const c2 = 1 - b2 ** epoch;
    for (let i = 0; i < weights.length; i++) {
      const g = grad[i] + SETTINGS.l2 * weights[i];
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      weights[i] -= (SETTINGS.rate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
    }
    for (let k = 0; k < K; k++) {
      mb[k] = b1 * mb[k] + (1 - b1) * gb[k];
      vb[k] = b2 * vb[k] + (1 - b2) * gb[k] * gb[k];
      bias[k] -= (SETTINGS.rate * (mb[k] / c1)) / (Math.sqrt(vb[k] / c2) + eps);
    }
  }
  // Small weights change nothing a threshold would notice, and would make the shipped file large.
  for (let i = 0; i < weights.length; i++) if (Math.abs(weights[i]) < SETTINGS.prune) weights[i] = 0;
  return { vocabulary, weights, bias };
}

function categoryProbabilities(model: Model, text: string): { pushy: number; impersonal: number } {
  const K = CLASSES.length;
  const ids = encode(text, model.vocabulary);
  const s = Array.from(model.bias);
  for (const id of ids) for (let k = 0; k < K; k++) s[k] += model.weights[id * K + k];
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  const out = { pushy: 0, impersonal: 0 };
  e.forEach((x, k) => {
    const c = category(CLASSES[k]);
    if (c !== 'fine') out[c as 'pushy' | 'impersonal'] += x / sum;
  });
  return out;
}

/**
 * The lowest threshold whose precision reaches the target, with few near-misses flagged, on
 * predictions each made by a model that never saw the sentence's batch (a new writer's copy is
 * what users bring, so a random split would be too kind).
 */
function chooseThreshold(scored: ReadonlyArray<{ e: Example; p: { pushy: number; impersonal: number } }>, which: 'pushy' | 'impersonal', precisionTarget: number) {
  const nearMisses = scored.filter((s) => s.e.nearMiss).length;
  const positives = scored.filter((s) => s.e.categories.has(which)).length;
  for (let t = 0.3; t <= 0.99; t += 0.01) {
    const flagged = scored.filter((s) => s.p[which] >= t);
    const tp = flagged.filter((s) => s.e.categories.has(which)).length;
    const precision = flagged.length ? tp / flagged.length : 1;
    const nearMissRate = flagged.filter((s) => s.e.nearMiss).length / Math.max(1, nearMisses);
    if (precision >= precisionTarget && nearMissRate <= 0.02) return { threshold: Number(t.toFixed(2)), precision, recall: tp / Math.max(1, positives), nearMissRate };
  }
  return { threshold: 0.99, precision: NaN, recall: 0, nearMissRate: 0 };
}

const data = load().filter((e) => e.group !== process.env.RAPPORT_TRAIN_WITHOUT);
const groups = [...new Set(data.map((e) => e.group))];
console.log(`${data.length} labelled sentences in ${groups.length} groups (${groups.join(', ')}); ${CLASSES.length} classes.`);
const scored = groups.flatMap((group) => {
  const model = train(data.filter((e) => e.group !== group));
  return data.filter((e) => e.group === group).map((e) => ({ e, p: categoryProbabilities(model, e.text) }));
});
const pushy = chooseThreshold(scored, 'pushy', PRECISION.pushy);
const impersonal = chooseThreshold(scored, 'impersonal', PRECISION.impersonal);
const fmt = (x: { threshold: number; precision: number; recall: number; nearMissRate: number }) =>
  `threshold ${x.threshold}: precision ${x.precision.toFixed(3)}, recall ${x.recall.toFixed(3)}, near-misses ${(x.nearMissRate * 100).toFixed(1)} %`;
console.log(`leave-one-batch-out, model alone — pushy ${fmt(pushy)}; impersonal ${fmt(impersonal)}`);

const model = train(data);
const K = CLASSES.length;
// Per feature: class, weight, class, weight… (flat, to keep the shipped file small).
const weights: Record<string, number[]> = {};
for (const [name, id] of model.vocabulary) {
  const row: number[] = [];
  for (let k = 0; k < K; k++) if (model.weights[id * K + k] !== 0) row.push(k, Math.round(model.weights[id * K + k] * 1000));
  if (row.length) weights[name] = row;
}
const file = {
  description: 'Second-opinion model: softmax regression over features.ts, trained by `npm run train` (scripts/train.ts). Weights are per mille; each feature lists class, weight, class, weight…',
  classes: CLASSES,
  bias: Array.from(model.bias, (b) => Math.round(b * 1000)),
  thresholds: { pushy: pushy.threshold, impersonal: impersonal.threshold },
  trainedOn: { sentences: data.length, settings: SETTINGS, leaveOneBatchOut: { pushy, impersonal } },
  weights,
};
writeFileSync(out, JSON.stringify(file) + '\n');
console.log(`wrote ${out}: ${Object.keys(weights).length} features, ${(JSON.stringify(file).length / 1024).toFixed(0)} KB`);
