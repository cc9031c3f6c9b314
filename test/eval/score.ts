// Scores Rapport on labelled text: precision, recall and false alarms per category. Used by
// `npm run eval` (own set + public corpora) and by the unit test that holds the own-set targets.
import { readFileSync } from 'node:fs';
import { lint, type Category, type Finding } from '../../server/src/engine';
import { missingTokens, protectedTokens } from '../../server/src/engine/rewrite';

export interface LabelledRow {
  label: 'pushy' | 'impersonal' | 'fine';
  type: 'flag' | 'near-miss' | 'plain';
  rule: string;
  text: string;
}

export function readOwnSet(path: string): LabelledRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [label, type, rule, text] = line.split('\t');
      return { label, type, rule, text } as LabelledRow;
    });
}

export interface CategoryScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface OwnSetScore {
  rows: number;
  pushy: CategoryScore;
  impersonal: CategoryScore;
  nearMisses: number;
  nearMissFlagged: number;
  /** Per rule: flag rows for that rule, and how many it caught itself. */
  perRule: Record<string, { rows: number; caught: number }>;
  misses: Array<{ row: LabelledRow; found: string[] }>;
  falseAlarms: Array<{ row: LabelledRow; found: Finding[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function categoriesOf(text: string): { categories: Set<Category>; findings: Finding[] } {
  const findings = lint(text, { kind: 'plaintext' });
  return { categories: new Set(findings.map((f) => f.category)), findings };
}

export function scoreOwnSet(rows: LabelledRow[]): OwnSetScore {
  const tally = { pushy: { tp: 0, fp: 0, fn: 0 }, impersonal: { tp: 0, fp: 0, fn: 0 } };
  const perRule: OwnSetScore['perRule'] = {};
  const misses: OwnSetScore['misses'] = [];
  const falseAlarms: OwnSetScore['falseAlarms'] = [];
  let nearMisses = 0;
  let nearMissFlagged = 0;
  for (const row of rows) {
    const { categories, findings } = categoriesOf(row.text);
    for (const category of ['pushy', 'impersonal'] as const) {
      const predicted = categories.has(category);
      const actual = row.label === category;
      if (predicted && actual) tally[category].tp++;
      else if (predicted) tally[category].fp++;
      else if (actual) tally[category].fn++;
    }
    if (row.type === 'flag') {
      const entry = (perRule[row.rule] ??= { rows: 0, caught: 0 });
      entry.rows++;
      if (findings.some((f) => f.rule === row.rule)) entry.caught++;
      if (!categories.has(row.label as Category)) misses.push({ row, found: findings.map((f) => f.rule) });
    } else if (findings.length) {
      falseAlarms.push({ row, found: findings });
    }
    if (row.type === 'near-miss') {
      nearMisses++;
      if (findings.length) nearMissFlagged++;
    }
  }
  const score = (t: { tp: number; fp: number; fn: number }): CategoryScore => ({
    precision: ratio(t.tp, t.tp + t.fp),
    recall: ratio(t.tp, t.tp + t.fn),
    truePositives: t.tp,
    falsePositives: t.fp,
    falseNegatives: t.fn,
  });
  return { rows: rows.length, pushy: score(tally.pushy), impersonal: score(tally.impersonal), nearMisses, nearMissFlagged, perRule, misses, falseAlarms };
}

/** The targets from the evaluation issue, on Rapport's own set. */
export const TARGETS = {
  pushyPrecision: 0.92,
  pushyRecall: 0.88,
  impersonalPrecision: 0.88,
  impersonalRecall: 0.82,
  nearMissFlaggedAtMost: 0.08,
  hamFlaggedPushyAtMost: 0.02,
  cleanAfterRewrite: 1,
  protectedTokenLosses: 0,
};

export interface RewriteScore {
  flagged: number;
  withRewrite: number;
  withAnyFix: number;
  rewrites: number;
  cleanAfter: number;
  tokenLosses: number;
  notClean: string[];
  uncovered: string[];
}

/** How often a flagged sentence gets a one-click sentence rewrite, and whether every rewrite is clean and lossless. */
export function scoreRewrites(texts: readonly string[]): RewriteScore {
  const score: RewriteScore = { flagged: 0, withRewrite: 0, withAnyFix: 0, rewrites: 0, cleanAfter: 0, tokenLosses: 0, notClean: [], uncovered: [] };
  for (const text of texts) {
    const findings = lint(text, { kind: 'plaintext' });
    if (findings.length === 0) continue;
    score.flagged++;
    const suggestions = findings.flatMap((f) => f.suggestions);
    const rewrites = suggestions.filter((s) => s.kind === 'sentence');
    if (suggestions.length) score.withAnyFix++;
    if (rewrites.length) score.withRewrite++;
    else score.uncovered.push(text);
    const seen = new Set<string>();
    for (const s of rewrites) {
      if (seen.has(s.replacement)) continue;
      seen.add(s.replacement);
      score.rewrites++;
      const fixed = text.slice(0, s.offset) + s.replacement + text.slice(s.offset + s.length);
      const inside = lint(fixed, { kind: 'plaintext' }).filter((f) => f.offset < s.offset + s.replacement.length && s.offset < f.offset + f.length);
      if (inside.length === 0) score.cleanAfter++;
      else score.notClean.push(`${text} → ${fixed}`);
      const flagged = findings.filter((f) => f.offset >= s.offset && f.offset + f.length <= s.offset + s.length).map((f) => ({ start: f.offset - s.offset, end: f.offset - s.offset + f.length }));
      if (missingTokens(protectedTokens(text.slice(s.offset, s.offset + s.length), flagged), protectedTokens(s.replacement)).length) score.tokenLosses++;
    }
  }
  return score;
}
