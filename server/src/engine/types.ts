// Shared shapes of the engine's public API. Used by the rules, the LSP layer and the CLI.

export type DocumentKind = 'markdown' | 'plaintext' | 'html';
export type Category = 'pushy' | 'impersonal';
/** What a user can set per rule; `off` disables it. */
export type Severity = 'off' | 'info' | 'warning' | 'error';

/**
 * What a fix does: rewrite the whole sentence (fix-all applies these), replace a phrase, keep a phrase
 * (ignore), or insert a template for the writer to fill in (snippet). The engine makes the first two;
 * the language server adds the others.
 */
export type SuggestionKind = 'sentence' | 'phrase' | 'ignore' | 'snippet';

/** A replacement the editor or `rapport lint --fix` can apply. Offsets are UTF-16 code units of the document. */
export interface Suggestion {
  title: string;
  kind: SuggestionKind;
  replacement: string;
  offset: number;
  length: number;
  /** The one a one-click fix should pick. */
  preferred?: boolean;
}

/** One problem in the document. `offset`/`length` are UTF-16 code units, as in the editor. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Exclude<Severity, 'off'>;
  message: string;
  offset: number;
  length: number;
  /** The exact document text at offset..offset+length. */
  text: string;
  suggestions: Suggestion[];
}

/** A part of the document Rapport checked in a simpler way than usual, and why (shown as an information note). */
export interface Notice {
  /** `partial`: checked in a simpler way (a run-on line, hostile nesting); `directive`: an inline directive that names no rule. */
  kind: 'partial' | 'directive';
  offset: number;
  length: number;
  message: string;
}

export interface LintOptions {
  kind?: DocumentKind;
  /** The medium (profiles.ts: sms, push, social, email, landing, product); else the document's front matter or the linter's. */
  channel?: string;
  /** Per-rule severity overrides, keyed by rule id (`pushy.urgency`). */
  rules?: Record<string, Severity>;
  /** Phrases the writer has chosen to keep; findings whose text matches one (case-insensitive) are dropped. */
  ignoredPhrases?: string[];
  /**
   * Sentence rewrites: `true` (default) for every finding; `false` for none (the language server's
   * diagnostics, where rewrites are wanted only when someone opens the light bulb); or a range of the
   * document, for the findings there (a code action or hover request).
   */
  rewrites?: boolean | { offset: number; length: number };
  /** Analyse only the paragraphs that overlap this range of the document (document-level rules are skipped). */
  within?: { offset: number; length: number };
  /** Called once per failing rule and block when a rule throws; the rule is skipped there and the rest still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}
