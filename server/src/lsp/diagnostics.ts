// Findings and notices as LSP diagnostics. A diagnostic carries its finding's fixes in `data`, so a
// code action needs no server state (and survives a restart).
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById, type Finding, type Notice, type SuggestionKind } from '../engine';
import { TEAM_CONFIGURATION } from './hover';

export const SOURCE = 'rapport';
/** Diagnostic code of an information note on a part Rapport checked in a simpler way (a run-on line). */
export const NOTICE_CODE = 'rapport.notice';
/** Diagnostic code of an inline directive that names a rule that does not exist. */
export const DIRECTIVE_CODE = 'rapport.directive';

/** What a diagnostic carries so a code action needs no server state (and survives a restart). */
export interface FindingData {
  rule: string;
  text: string;
  suggestions: Array<{ title: string; kind: SuggestionKind; replacement: string; range: Range; preferred?: boolean }>;
}

export function toDiagnostic(finding: Finding, document: TextDocument, docsUrl: (ruleId: string) => string): Diagnostic {
  const data: FindingData = {
    rule: finding.rule,
    text: finding.text,
    suggestions: finding.suggestions.map((s) => ({
      title: s.title,
      kind: s.kind,
      replacement: s.replacement,
      range: rangeOf(document, s.offset, s.length),
      ...(s.preferred ? { preferred: true } : {}),
    })),
  };
  return {
    range: rangeOf(document, finding.offset, finding.length),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    code: finding.rule,
    // The team's own rules are documented where they are configured.
    codeDescription: { href: docsUrl(ruleById(finding.rule) ? finding.rule : TEAM_CONFIGURATION) },
    message: finding.message,
    data,
  };
}

export function noticeDiagnostic(notice: Notice, document: TextDocument): Diagnostic {
  const directive = notice.kind === 'directive';
  return {
    range: rangeOf(document, notice.offset, notice.length),
    severity: directive ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    code: directive ? DIRECTIVE_CODE : NOTICE_CODE,
    message: notice.message,
  };
}

export function rangeOf(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
