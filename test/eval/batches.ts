// Labelled batches written independently from the labelling guide (test/eval/batches/<date>/):
// sentences.tsv (id, text, labels, channel[, tactic]) and documents/ with expected problem snippets
// and traps. Scores a batch the same way whether it is being seen for the first time (its
// first-sight figures, recorded in test/eval/FIRST-SIGHT.md) or has since joined the development data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, batchFixes, isSentenceRewrite, kindFromPath, lint, type Category, type Finding } from '../../server/src/engine';
import { missingTokens, protectedTokens, renamedParty } from '../../server/src/engine/rewrite';

export interface BatchSentence {
  id: string;
  text: string;
  labels: Set<Category>;
  channel: string;
  /** `near-miss`, `plain` or the tactic written by the labeller, when given. */
  tactic: string;
  nearMiss: boolean;
}

export interface BatchDocument {
  name: string;
  text: string;
  expected: Array<{ category: Category; snippet: string }>;
  traps: string[];
}

export interface Batch {
  name: string;
  sentences: BatchSentence[];
  documents: BatchDocument[];
}

function tsv(path: string, header: RegExp = /./): string[][] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !l.startsWith('#'));
  // The guide does not say whether the snippet files have a header: some writers give one, some do not.
  return lines
    .slice(header.test(lines[0] ?? '') ? 1 : 0)
    .map((l) => l.split('\t'));
}

export function readBatch(dir: string, name = dir.split('/').filter(Boolean).pop()!): Batch {
  const sentences = tsv(join(dir, 'sentences.tsv')).map(([id, text, labels, channel, tactic]) => {
    const set = new Set(labels.split(/[,+]/).map((l) => l.trim()).filter((l) => l !== 'fine') as Category[]);
    // Batches without a tactic column mark near-misses by id (n…) as the guide's writers did.
    const kind = tactic ?? (set.size ? '' : id.startsWith('n') ? 'near-miss' : 'plain');
    return { id, text, labels: set, channel, tactic: kind, nearMiss: set.size === 0 && kind !== 'plain' };
  });
  const docsDir = join(dir, 'documents');
  const documents: BatchDocument[] = [];
  if (existsSync(docsDir)) {
    for (const file of readdirSync(docsDir).sort()) {
      if (file.endsWith('.tsv')) continue;
      const base = join(docsDir, file.replace(/\.[^.]+$/, ''));
      documents.push({
        name: file,
        text: readFileSync(join(docsDir, file), 'utf8'),
        expected: tsv(`${base}.expected.tsv`, /^category\tsnippet$/i).map(([category, snippet]) => ({ category: category as Category, snippet })),
        traps: tsv(`${base}.traps.tsv`, /^snippet$/i).map(([snippet]) => snippet),
      });
    }
  }
  return { name, sentences, documents };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

export interface RewritePair {
  id: string;
  before: string;
  after: string;
  /** Protected tokens (numbers, names, quotes) of the sentence missing from the rewrite. */
  lostFacts: string[];
}

export interface BatchScore {
  sentences: number;
  pushy: Counts;
  impersonal: Counts;
  nearMisses: number;
  nearMissFlagged: number;
  plain: number;
  plainFlagged: number;
  misses: Array<{ sentence: BatchSentence; found: string[] }>;
  falseAlarms: Array<{ sentence: BatchSentence; found: Finding[] }>;
  byTactic: Map<string, { n: number; caught: number }>;
  /** Flagged problem sentences, those with a sentence rewrite, and the fix-all result for each. */
  flaggedProblems: number;
  withRewrite: number;
  rewrites: RewritePair[];
  documents: {
    expected: number;
    found: number;
    findings: number;
    onProblem: number;
    trapsFlagged: string[];
    missed: string[];
    offTarget: string[];
  };
}

const overlaps = (a: number, aEnd: number, b: number, bEnd: number) => a < bEnd && b < aEnd;

export function scoreBatch(batch: Batch): BatchScore {
  const score: BatchScore = {
    sentences: batch.sentences.length,
    pushy: { tp: 0, fp: 0, fn: 0 },
    impersonal: { tp: 0, fp: 0, fn: 0 },
    nearMisses: 0,
    nearMissFlagged: 0,
    plain: 0,
    plainFlagged: 0,
    misses: [],
    falseAlarms: [],
    byTactic: new Map(),
    flaggedProblems: 0,
    withRewrite: 0,
    rewrites: [],
    documents: { expected: 0, found: 0, findings: 0, onProblem: 0, trapsFlagged: [], missed: [], offTarget: [] },
  };
  for (const s of batch.sentences) {
    const findings = lint(s.text, { kind: 'plaintext' });
    const found = new Set(findings.map((f) => f.category));
    for (const category of ['pushy', 'impersonal'] as const) {
      const actual = s.labels.has(category);
      const predicted = found.has(category);
      if (actual && predicted) score[category].tp++;
      else if (predicted) score[category].fp++;
      else if (actual) score[category].fn++;
    }
    if (s.labels.size) {
      const tally = score.byTactic.get(s.tactic || [...s.labels].join(',')) ?? { n: 0, caught: 0 };
      tally.n++;
      if ([...s.labels].every((c) => found.has(c))) tally.caught++;
      else score.misses.push({ sentence: s, found: findings.map((f) => f.rule) });
      score.byTactic.set(s.tactic || [...s.labels].join(','), tally);
      if (findings.length) {
        score.flaggedProblems++;
        if (findings.some((f) => f.suggestions.some(isSentenceRewrite))) score.withRewrite++;
        const fixes = batchFixes(findings, s.text);
        if (fixes.length) {
          const after = applyFixes(s.text, fixes);
          // Facts per sentence, so a capital that only starts a sentence is not taken for a name; words a
          // finding covers ("The Subscriber" → "You") may change; a fact that moved to the front is kept.
          const flagged = findings.map((f) => ({ start: f.offset, end: f.offset + f.length }));
          let at = 0;
          const facts = s.text.split(/(?<=[.!?])\s+/).flatMap((sentence) => {
            const start = s.text.indexOf(sentence, at);
            at = start + sentence.length;
            return protectedTokens(sentence, flagged.map((f) => ({ start: f.start - start, end: f.end - start })).filter((f) => f.end > 0 && f.start < sentence.length));
          });
          // …and so may a party the contract names in the third person ("The Customer hereby acknowledges" → "You acknowledge"), as the rewrite gate allows.
          const lostFacts = missingTokens(facts, facts.filter((token) => renamedParty(token, after) || after.toLowerCase().includes(token.toLowerCase())));
          score.rewrites.push({ id: s.id, before: s.text, after, lostFacts });
        }
      }
    } else {
      if (s.nearMiss) score.nearMisses++;
      else score.plain++;
      if (findings.length) {
        if (s.nearMiss) score.nearMissFlagged++;
        else score.plainFlagged++;
        score.falseAlarms.push({ sentence: s, found: findings });
      }
    }
  }
  for (const doc of batch.documents) {
    const findings = lint(doc.text, { kind: kindFromPath(doc.name) });
    const spans = doc.expected.map((e) => {
      const at = doc.text.indexOf(e.snippet);
      return { ...e, start: at, end: at + e.snippet.length };
    });
    for (const e of spans) {
      score.documents.expected++;
      // A snippet labelled with both categories ("pushy,impersonal") is found when each has a finding over it.
      const wanted = e.category.split(',').map((c) => c.trim());
      if (e.start >= 0 && wanted.every((c) => findings.some((f) => f.category === c && overlaps(f.offset, f.offset + f.length, e.start, e.end)))) score.documents.found++;
      else score.documents.missed.push(`${doc.name}: [${e.category}] ${e.snippet}`);
    }
    for (const f of findings) {
      score.documents.findings++;
      if (spans.some((e) => e.start >= 0 && overlaps(f.offset, f.offset + f.length, e.start, e.end))) score.documents.onProblem++;
      else score.documents.offTarget.push(`${doc.name}: ${f.rule} “${f.text}”`);
    }
    for (const trap of doc.traps) {
      for (let at = doc.text.indexOf(trap); at >= 0; at = doc.text.indexOf(trap, at + 1)) {
        const hit = findings.find((f) => overlaps(f.offset, f.offset + f.length, at, at + trap.length));
        if (hit) score.documents.trapsFlagged.push(`${doc.name}: “${trap}” (${hit.rule})`);
      }
    }
  }
  return score;
}

/** The figures the detection and rewrite issues set as targets, in one place. */
export function headline(score: BatchScore) {
  const d = score.documents;
  return {
    pushyPrecision: precision(score.pushy),
    pushyRecall: recall(score.pushy),
    impersonalPrecision: precision(score.impersonal),
    impersonalRecall: recall(score.impersonal),
    nearMissFlagged: ratio(score.nearMissFlagged, score.nearMisses),
    documentRecall: ratio(d.found, d.expected),
    documentPrecision: ratio(d.onProblem, d.findings),
    trapsFlagged: d.trapsFlagged.length,
    rewriteOffered: ratio(score.withRewrite, score.flaggedProblems),
    rewritesLosingFacts: score.rewrites.filter((r) => r.lostFacts.length).length,
  };
}

export function listBatches(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}
