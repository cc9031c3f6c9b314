// Code actions: a finding's fixes as quick fixes, the "Ignore…" actions, and fix-all (every safe
// sentence rewrite of a document as one edit).
import { CodeActionKind, type ChangeAnnotation, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { batchFixes, frontMatterLength, kindFromLanguageId, ruleById, type Finding } from '../engine';
import type { Analyses } from './analysis';
import { rangeOf, sameRange, SOURCE, toDiagnostic, type FindingData } from './diagnostics';
import { IGNORE_PHRASE_COMMAND, INSERT_SNIPPET_COMMAND } from './protocol';

/** Code action kind for "fix all" (editor.codeActionsOnSave: { "source.fixAll.rapport": "explicit" }). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.rapport`;
/** Urgency phrases that stand for a deadline: offer to state the real one instead. */
const DEADLINE_SNIPPET = 'The offer ends on ${1:date} because ${2:reason}.';

/** What the client can do, as it said in initialize. */
export interface ClientAbilities {
  documentChanges: boolean;
  changeAnnotations: boolean;
  /** Commands the client runs itself (VS Code's "ignore everywhere", "insert snippet"). */
  commands: ReadonlySet<string>;
}

export interface CodeActions {
  /** The actions for a code-action request: quick fixes, and fix-all when asked for by kind. */
  forRequest(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]>;
  /** Every safe sentence rewrite of a document as one versioned edit: one undo step. `preview` asks the editor to show it first. */
  rewriteAll(document: TextDocument, preview: boolean): Promise<{ edit: WorkspaceEdit; count: number } | undefined>;
}

export function createCodeActions(analyses: Analyses, client: () => ClientAbilities, docsUrl: (ruleId: string) => string): CodeActions {
  async function rewriteAll(document: TextDocument, preview: boolean): Promise<{ edit: WorkspaceEdit; count: number } | undefined> {
    const fixes = batchFixes(await analyses.withRewrites(document, 0, document.getText().length), document.getText());
    if (fixes.length === 0) return undefined;
    const annotate = preview && client().changeAnnotations;
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    const edits = fixes.map((s) => {
      const id = s.title;
      if (annotate) changeAnnotations[id] ??= { label: s.title, needsConfirmation: true, description: 'Rapport' };
      return { range: rangeOf(document, s.offset, s.length), newText: s.replacement, ...(annotate ? { annotationId: id } : {}) };
    });
    const edit: WorkspaceEdit = client().documentChanges
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }], ...(annotate ? { changeAnnotations } : {}) }
      : { changes: { [document.uri]: edits } };
    return { edit, count: fixes.length };
  }

  /**
   * Quick fixes from the diagnostics' data when it still matches the text. Clients that do not
   * echo `data`, or send a cursor or line instead of the diagnostic's range (Neovim 0.7), get the
   * findings recomputed from the current text at the requested range.
   */
  async function quickFixActions(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    // Fixes are computed for the paragraphs in view, from the current text, with sentence rewrites (no server
    // state). A diagnostic whose finding is not among them falls back on its data, if that still matches the
    // text; clients that send a cursor or line instead of the diagnostic's range (Neovim 0.7) get the findings there.
    const wanted = [params.range, ...ours.map((d) => d.range)].map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)]);
    const from = Math.min(...wanted.map(([a]) => a));
    const to = Math.max(...wanted.map(([, b]) => b));
    const current = await analyses.withRewrites(document, from, to - from);
    for (const diagnostic of ours) {
      const data = diagnostic.data as FindingData | undefined;
      if (!data || !Array.isArray(data.suggestions) || document.getText(diagnostic.range) !== data.text) continue;
      const start = document.offsetAt(diagnostic.range.start);
      const fresh = current.find((f) => f.rule === data.rule && f.offset === start);
      if (fresh) {
        // Computed just now with rewrites and every checked fix: the diagnostic's data only carries the cheap ones.
        actions.push(...quickFixes(document, fresh, diagnostic));
      } else {
        for (const s of data.suggestions) actions.push(quickFix(document.uri, s.title, s.range, s.replacement, diagnostic, s.preferred));
      }
      actions.push(...extraActions(document, data.rule, data.text, diagnostic));
    }
    for (const finding of current) {
      const start = finding.offset;
      const end = finding.offset + finding.length;
      if (!wanted.some(([from, to]) => start <= to && from <= end)) continue;
      const diagnostic = toDiagnostic(finding, document, docsUrl);
      if (actions.some((a) => a.diagnostics?.some((d) => d.code === diagnostic.code && sameRange(d.range, diagnostic.range)))) continue;
      actions.push(...quickFixes(document, finding, diagnostic), ...extraActions(document, finding.rule, finding.text, diagnostic));
    }
    return actions;
  }

  /** Beyond the fixes: keep the phrase (on this line, in this document, or everywhere), or state the real deadline. */
  function extraActions(document: TextDocument, rule: string, text: string, diagnostic: Diagnostic): CodeAction[] {
    const phrase = text.replace(/\s+/g, ' ').trim();
    if (!phrase || /-->|\|/.test(phrase) || ruleById(rule)?.checkDocument) return [];
    const actions: CodeAction[] = [];
    const kind = kindFromLanguageId(document.languageId);
    const { commands } = client();
    // The narrowest directive that works: this rule, this line, written at the line's end so a Markdown
    // paragraph is not split (an HTML comment inline is invisible; plain text takes a `//` comment).
    const line = diagnostic.range.end.line;
    const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    const directive = kind === 'plaintext' ? ` // rapport-disable-line ${rule}` : ` <!-- rapport-disable-line ${rule} -->`;
    actions.push({
      title: `Ignore ${rule} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [{ range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, newText: directive }] } },
    });
    if (kind !== 'plaintext') {
      // At the top of the document, after Markdown front matter.
      const at = kind === 'markdown' ? frontMatterLength(document.getText()) : 0;
      actions.push({
        title: `Ignore “${phrase}” in this document`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: rangeOf(document, at, 0), newText: `<!-- rapport-ignore: ${phrase} -->\n` }] } },
      });
    }
    if (commands.has(IGNORE_PHRASE_COMMAND)) {
      actions.push({ title: `Ignore “${phrase}” everywhere`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Ignore everywhere', command: IGNORE_PHRASE_COMMAND, arguments: [phrase] } });
    }
    if (rule === 'pushy.urgency' && commands.has(INSERT_SNIPPET_COMMAND)) {
      actions.push({
        title: 'Give the real date and reason instead',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Insert deadline', command: INSERT_SNIPPET_COMMAND, arguments: [document.uri, diagnostic.range, DEADLINE_SNIPPET] },
      });
    }
    return actions;
  }

  return {
    async forRequest(document, params) {
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) actions.push(...(await quickFixActions(document, params)));
      // Fix-all only when asked for by kind (on save, or "Fix all" in the source-action menu).
      if (only && wants(FIX_ALL_KIND)) {
        const fixAll = await rewriteAll(document, false);
        if (fixAll) actions.push({ title: `Rapport: rewrite ${fixAll.count} flagged sentence${fixAll.count === 1 ? '' : 's'}`, kind: FIX_ALL_KIND, edit: fixAll.edit });
      }
      return actions;
    },
    rewriteAll,
  };
}

/** A finding's fixes as quick fixes for its diagnostic. */
function quickFixes(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return finding.suggestions.map((s) => quickFix(document.uri, s.title, rangeOf(document, s.offset, s.length), s.replacement, diagnostic, s.preferred));
}

function quickFix(uri: string, title: string, range: Range, newText: string, diagnostic: Diagnostic, preferred?: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred === true,
    edit: { changes: { [uri]: [{ range, newText }] } },
  };
}
