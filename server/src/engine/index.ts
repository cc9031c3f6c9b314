// Rapport's engine: pure TypeScript, no editor or Node APIs. Used by the language server, the CLI and tests.
export { lint } from './lint';
export { rules, ruleById } from './rules';
export type { Rule } from './rules';
export { principle, principles } from './principles';
export type { Principle, PrincipleId } from './principles';
export type { Category, DocumentKind, Finding, LintOptions, Severity, Suggestion } from './types';
