// Rapport's engine: pure TypeScript, no editor or Node APIs. Used by the language server, the CLI and tests.
export { analyze, analyzeInSteps, createLinter, lint, lintersByConfig, refusedRewrites } from './lint';
/** Forgets compromise's memoised tagging results (benchmarks measure cold runs; a new linter has cold caches of its own). */

export { frontMatterLength } from './parse/front-matter';
export type { Linter, LinterConfig } from './lint';
export type { CustomPhrases } from './rules/custom-phrases';
export type { Analysis } from './lint';
export type { Metrics, ParagraphMetrics } from './metrics';
export { rules, ruleById } from './rules';
export type { Rule } from './rules';
export { principle, principles } from './principles';
export type { Principle, PrincipleId } from './principles';
export type { Category, DocumentKind, Finding, LintOptions, Notice, Severity, Suggestion, SuggestionKind } from './types';
export { validateConfig, toLinterConfig, configForFile, SEVERITIES } from './config';
export { CHANNELS, PRESETS, profilesMarkdown } from './profiles';
export { rulesMarkdown, rulesTableMarkdown } from './catalogue';
export { reportMarkdown } from './report';
export type { RapportConfig, ConfigResult } from './config';
export { kindFromLanguageId, kindFromPath } from './kinds';
export { lineIndex } from './lines';
export { applyFixes, batchFixes, inlineIgnoredPhrases, isSentenceRewrite } from './fixes';
