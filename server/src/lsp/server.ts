// The language server: the only place that speaks LSP. Keeps open documents, pulls settings per
// document, publishes diagnostics while the writer types, and answers hover and code actions.
// Platform-neutral: main.ts hands it a connection (stdio, IPC) and the docs location.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ChangeAnnotation,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { batchFixes, frontMatterLength, kindFromLanguageId, lintersByConfig, reportMarkdown, ruleById, type Finding, type Linter, type Metrics, type Notice, type RapportConfig, type SuggestionKind } from '../engine';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import {
  APPLY_REWRITES_COMMAND,
  IGNORE_PHRASE_COMMAND,
  INSERT_SNIPPET_COMMAND,
  REPORT_REQUEST,
  STATUS_NOTIFICATION,
  type StatusParams,
} from './protocol';
import { hoverMarkdown, TEAM_CONFIGURATION } from './hover';

export const SOURCE = 'rapport';

/** Code action kind for "fix all" (editor.codeActionsOnSave: { "source.fixAll.rapport": "explicit" }). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.rapport`;
/** Diagnostic code of an information note on a part Rapport checked in a simpler way (a run-on line). */
export const NOTICE_CODE = 'rapport.notice';
/** Diagnostic code of an inline directive that names a rule that does not exist. */
export const DIRECTIVE_CODE = 'rapport.directive';
/** Configurations kept at once, each with its linter's caches. */
const MAX_LINTERS = 8;
/** How long one slice of analysis may hold the server before hover, code actions and other documents get a turn. */
const SLICE_MS = 20;
/** Work on one version of a document beyond which Rapport stops and says so; it tries again when the file is saved. */
const DOCUMENT_BUDGET_MS = 20_000;
/** Urgency phrases that stand for a deadline: offer to state the real one instead. */
const DEADLINE_SNIPPET = 'The offer ends on ${1:date} because ${2:reason}.';

/** What a diagnostic carries so a code action needs no server state (and survives a restart). */
export interface FindingData {
  rule: string;
  text: string;
  suggestions: Array<{ title: string; kind: SuggestionKind; replacement: string; range: Range; preferred?: boolean }>;
}

/** Team configuration files, where the platform has them (files on disk); the server stays platform-neutral. */
export interface ConfigFiles {
  /** The configuration that applies to a document, or undefined for none. */
  forDocument(uri: string): { uri: string; config: RapportConfig | undefined; problems: Array<{ message: string; offset: number }>; source: string } | undefined;
  /** Forget what was read: a configuration file changed. */
  forget(): void;
}

export interface ServerOptions {
  /** `.rapport.json` files: found and read by the platform (main.ts), absent in a browser. */
  configFiles?: ConfigFiles;
  /** Link for a rule's documentation (the README section). */
  docsUrl: (ruleId: string) => string;
  /** This process's id, answered to `rapport/processId` (the restart test kills it). */
  processId?: number;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let configFiles = options.configFiles;
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  const analyses = new Map<string, { version: number; findings: Finding[]; metrics?: Metrics; notices: Notice[] }>();
  /** One linter per distinct configuration (a multi-root workspace can hold several), each with its own caches. */
  const linterFor: (settings: ServerSettings) => Linter = lintersByConfig(MAX_LINTERS);
  /** Documents whose analysis ran over DOCUMENT_BUDGET_MS: checked again on save, not on every keystroke. */
  const overBudget = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reportedProblems = new Set<string>();
  const reportedRuleErrors = new Set<string>();
  let hasConfigurationCapability = false;
  let hasDocumentChanges = false;
  let hasChangeAnnotations = false;
  let canWatchFiles = false;
  let clientCommands = new Set<string>();
  let pushedSettings: unknown = undefined;

  connection.onInitialize((params) => {
    hasConfigurationCapability = params.capabilities.workspace?.configuration === true;
    hasDocumentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    hasChangeAnnotations = Boolean(params.capabilities.workspace?.workspaceEdit?.changeAnnotationSupport);
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const init = params.initializationOptions as { settings?: unknown; clientCommands?: unknown; trusted?: unknown } | undefined;
    // An untrusted workspace is checked with built-in defaults: its .rapport.json is not read.
    if (init?.trusted === false) configFiles = undefined;
    if (init?.settings !== undefined) pushedSettings = init.settings;
    if (Array.isArray(init?.clientCommands)) clientCommands = new Set(init.clientCommands.filter((c): c is string => typeof c === 'string'));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [APPLY_REWRITES_COMMAND] },
      },
      serverInfo: { name: 'rapport-ls' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rapport' });
    }
    // A team's .rapport.json changing re-lints every open document with it.
    if (configFiles && canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.rapport.{json,jsonc}' }] });
    }
  });

  connection.onDidChangeWatchedFiles(() => {
    configFiles?.forget();
    for (const uri of configDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnostics.clear();
    settingsByUri.clear();
    analyses.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  /** Configuration files that have diagnostics of their own (their problems), cleared when they change. */
  const configDiagnostics = new Set<string>();

  /** The team's file under the editor's settings: VS Code settings win per workspace and folder, as users expect. */
  function withConfigFile(uri: string, settings: ServerSettings): ServerSettings {
    const file = configFiles?.forDocument(uri);
    if (!file) return settings;
    if (file.problems.length && !configDiagnostics.has(file.uri)) {
      configDiagnostics.add(file.uri);
      const at = TextDocument.create(file.uri, 'json', 0, file.source);
      void connection.sendDiagnostics({
        uri: file.uri,
        diagnostics: file.problems.map((p) => ({ range: rangeOf(at, p.offset, 0), severity: DiagnosticSeverity.Warning, source: SOURCE, message: p.message })),
      });
    }
    if (!file.config) return { ...settings, ignoredBy: file.uri };
    return {
      ...settings,
      extends: file.config.extends,
      channel: settings.channel ?? file.config.channel,
      rules: { ...file.config.rules, ...settings.rules },
      ignoredPhrases: [...file.config.ignoredPhrases, ...settings.ignoredPhrases],
      phrases: [...file.config.phrases, ...settings.phrases],
    };
  }

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as { rapport?: unknown } | null)?.rapport;
    if (settings !== undefined) pushedSettings = settings;
    settingsByUri.clear();
    analyses.clear();
    reportedProblems.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  function settingsFor(uri: string): Promise<ServerSettings> {
    let settings = settingsByUri.get(uri);
    if (!settings) {
      const raw: Promise<unknown> = hasConfigurationCapability
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'rapport' }).catch(() => pushedSettings)
        : Promise.resolve(pushedSettings);
      settings = raw.then((value) => {
        const { settings: result, problems } = readSettings(value ?? {});
        for (const problem of problems) {
          if (reportedProblems.has(problem)) continue;
          reportedProblems.add(problem);
          connection.console.warn(problem);
          void connection.window.showWarningMessage(`Rapport: ${problem}`);
        }
        return withConfigFile(uri, result);
      });
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** Lints a document with its settings; keeps the result for hover and code actions of that version. */
  async function analyse(document: TextDocument): Promise<{ findings: Finding[]; notices: Notice[]; status: StatusParams }> {
    const started = Date.now();
    const settings = await settingsFor(document.uri).catch(() => DEFAULT_SETTINGS);
    const text = document.getText();
    const base = { uri: document.uri, counts: { pushy: 0, impersonal: 0 }, elapsedMs: 0 };
    let status: StatusParams;
    let findings: Finding[] = [];
    let notices: Notice[] = [];
    let metrics: Metrics | undefined;
    const paused = notChecked(settings, text);
    if (paused) {
      status = { ...base, ...paused };
    } else {
      const steps = linterFor(settings).analyzeInSteps(text, {
        kind: kindFromLanguageId(document.languageId),
        rewrites: false,
        onRuleError: (rule, error) => {
          const key = `${rule}:${(error as Error)?.message}`;
          if (reportedRuleErrors.has(key)) return;
          reportedRuleErrors.add(key);
          connection.console.error(`Rule ${rule} failed on part of ${document.uri} and was skipped there: ${(error as Error)?.stack ?? error}`);
        },
      });
      // A time slice at a time, so hover, code actions and other documents are answered in between; a newer version cancels this one.
      let worked = 0;
      for (;;) {
        const sliceStart = Date.now();
        let step = steps.next();
        while (!step.done && Date.now() - sliceStart < SLICE_MS) step = steps.next();
        worked += Date.now() - sliceStart;
        if (step.done) {
          ({ findings, metrics, notices } = step.value);
          overBudget.delete(document.uri);
          break;
        }
        if (worked > DOCUMENT_BUDGET_MS) {
          overBudget.add(document.uri);
          const message = `Stopped: checking this file took more than ${DOCUMENT_BUDGET_MS / 1000} s of work, so Rapport gave up on this version. It tries again when you save.`;
          notices = [{ kind: 'partial', offset: 0, length: 0, message }];
          connection.console.warn(`${document.uri}: ${message}`);
          break;
        }
        await new Promise((done) => setImmediate(done));
        if (documents.get(document.uri) && documents.get(document.uri)!.version !== document.version) throw new Superseded();
      }
      status = metrics
        ? { ...base, state: 'ok', counts: metrics.counts, score: metrics.score, invitesReply: metrics.invitesReply, ...(notices.some((n) => n.kind === 'partial') ? { notes: noteSummary(notices.filter((n) => n.kind === 'partial')) } : {}) }
        : { ...base, state: 'paused', message: notices[0].message };
    }
    status.elapsedMs = Date.now() - started;
    analyses.set(document.uri, { version: document.version, findings, metrics, notices });
    return { findings, notices, status };
  }

  /** Findings around a range with their sentence rewrites (computed only for the paragraphs there, cached). */
  async function findingsWithRewrites(document: TextDocument, offset: number, length: number): Promise<Finding[]> {
    const settings = await settingsFor(document.uri).catch(() => DEFAULT_SETTINGS);
    const text = document.getText();
    if (notChecked(settings, text)) return [];
    return linterFor(settings).analyze(text, {
      kind: kindFromLanguageId(document.languageId),
      rewrites: { offset, length },
      within: { offset, length },
    }).findings.filter((f) => f.offset <= offset + length && offset <= f.offset + f.length);
  }

  async function findingsOf(document: TextDocument): Promise<Finding[]> {
    for (;;) {
      const current = documents.get(document.uri) ?? document;
      const known = analyses.get(current.uri);
      if (known && known.version === current.version) return known.findings;
      try {
        return (await analyse(current)).findings;
      } catch (error) {
        if (!(error instanceof Superseded)) throw error; // edited meanwhile: analyse the new version
      }
    }
  }

  async function validate(document: TextDocument): Promise<void> {
    const version = document.version;
    let analysis;
    try {
      analysis = await analyse(document);
    } catch (error) {
      if (error instanceof Superseded) return; // the newer version's own validation will publish
      throw error;
    }
    const { findings, notices, status } = analysis;
    // A newer edit arrived while we worked: its own validation will publish.
    if (documents.get(document.uri)?.version !== version) return;
    const diagnostics = [...findings.map((f) => toDiagnostic(f, document)), ...notices.map((n) => noticeDiagnostic(n, document))];
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) validate(current).catch((error) => connection.console.error(`Rapport could not check ${document.uri}: ${error?.stack ?? error}`));
      }, delay),
    );
  }

  function noticeDiagnostic(notice: Notice, document: TextDocument): Diagnostic {
    const directive = notice.kind === 'directive';
    return {
      range: rangeOf(document, notice.offset, notice.length),
      severity: directive ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: SOURCE,
      code: directive ? DIRECTIVE_CODE : NOTICE_CODE,
      message: notice.message,
    };
  }

  function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
    const range = rangeOf(document, finding.offset, finding.length);
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
      range,
      severity: finding.severity === 'error' ? DiagnosticSeverity.Error : finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: SOURCE,
      code: finding.rule,
      codeDescription: { href: options.docsUrl(ruleById(finding.rule) ? finding.rule : TEAM_CONFIGURATION) },
      message: finding.message,
      data,
    };
  }

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => {
    void settingsFor(document.uri).then((s) => {
      if (s.run === 'onType' && !overBudget.has(document.uri)) schedule(document, s.delay);
    });
  });
  documents.onDidSave(({ document }) => schedule(document, 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    overBudget.delete(document.uri);
    settingsByUri.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(position);
    const hits = (await findingsWithRewrites(document, offset, 0)).filter((f) => f.offset <= offset && offset <= f.offset + f.length);
    if (hits.length === 0) return null;
    const linter = linterFor(await settingsFor(document.uri).catch(() => DEFAULT_SETTINGS));
    return {
      contents: { kind: 'markdown', value: hits.map((f) => hoverMarkdown(f, options.docsUrl, linter.ruleById)).join('\n\n---\n\n') },
      range: rangeOf(document, hits[0].offset, hits[0].length),
    };
  });

  connection.onRequest('rapport/processId', () => options.processId ?? null);

  connection.onRequest(REPORT_REQUEST, async ({ uri }: { uri: string }) => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `Rapport has no open document ${uri}; open it first.`);
    await findingsOf(document);
    const { findings, metrics } = analyses.get(uri)!;
    if (!metrics) return { markdown: '# Rapport report\n\nRapport is not checking this file right now (see the status bar).' };
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    return { markdown: reportMarkdown(name, document.getText(), findings, metrics) };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...(await codeActions(document, params)));
    // Fix-all only when asked for by kind (on save, or "Fix all" in the source-action menu).
    if (only && wants(FIX_ALL_KIND)) {
      const fixAll = await rewriteAllEdit(document, false);
      if (fixAll) actions.push({ title: `Rapport: rewrite ${fixAll.count} flagged sentence${fixAll.count === 1 ? '' : 's'}`, kind: FIX_ALL_KIND, edit: fixAll.edit });
    }
    return actions;
  });

  /** Every safe sentence rewrite of a document as one versioned edit: one undo step. `preview` asks the editor to show it first. */
  async function rewriteAllEdit(document: TextDocument, preview: boolean): Promise<{ edit: WorkspaceEdit; count: number } | undefined> {
    const fixes = batchFixes(await findingsWithRewrites(document, 0, document.getText().length));
    if (fixes.length === 0) return undefined;
    const annotate = preview && hasChangeAnnotations;
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    const edits = fixes.map((s) => {
      const id = s.title;
      if (annotate) changeAnnotations[id] ??= { label: s.title, needsConfirmation: true, description: 'Rapport' };
      return { range: rangeOf(document, s.offset, s.length), newText: s.replacement, ...(annotate ? { annotationId: id } : {}) };
    });
    const edit: WorkspaceEdit = hasDocumentChanges
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }], ...(annotate ? { changeAnnotations } : {}) }
      : { changes: { [document.uri]: edits } };
    return { edit, count: fixes.length };
  }

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== APPLY_REWRITES_COMMAND) return undefined;
    const [uri, preview] = (args ?? []) as [string, boolean | undefined];
    const document = documents.get(uri);
    if (!document) return { applied: 0, message: `Rapport has no open document ${uri}.` };
    const fixAll = await rewriteAllEdit(document, preview !== false);
    if (!fixAll) return { applied: 0, message: 'Nothing to rewrite: no flagged sentence has a safe one-click rewrite.' };
    const result = await connection.workspace.applyEdit({ label: 'Rapport: rewrite flagged sentences', edit: fixAll.edit });
    return { applied: result.applied ? fixAll.count : 0, message: result.failureReason };
  });

  /**
   * Quick fixes from the diagnostics' data when it still matches the text. Clients that do not
   * echo `data`, or send a cursor or line instead of the diagnostic's range (Neovim 0.7), get the
   * findings recomputed from the current text at the requested range.
   */
  async function codeActions(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    // Fixes are computed for the paragraphs in view, from the current text, with sentence rewrites (no server
    // state). A diagnostic whose finding is not among them falls back on its data, if that still matches the
    // text; clients that send a cursor or line instead of the diagnostic's range (Neovim 0.7) get the findings there.
    const wanted = [params.range, ...ours.map((d) => d.range)].map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)]);
    const from = Math.min(...wanted.map(([a]) => a));
    const to = Math.max(...wanted.map(([, b]) => b));
    const current = await findingsWithRewrites(document, from, to - from);
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
      const diagnostic = toDiagnostic(finding, document);
      if (actions.some((a) => a.diagnostics?.some((d) => d.code === diagnostic.code && sameRange(d.range, diagnostic.range)))) continue;
      actions.push(...quickFixes(document, finding, diagnostic), ...extraActions(document, finding.rule, finding.text, diagnostic));
    }
    return actions;
  }

  /** A finding's fixes as quick fixes for its diagnostic. */
  function quickFixes(document: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
    return finding.suggestions.map((s) => quickFix(document.uri, s.title, rangeOf(document, s.offset, s.length), s.replacement, diagnostic, s.preferred));
  }

  /** Beyond the fixes: keep the phrase (in this document, or everywhere), or state the real deadline. */
  function extraActions(document: TextDocument, rule: string, text: string, diagnostic: Diagnostic): CodeAction[] {
    const phrase = text.replace(/\s+/g, ' ').trim();
    if (!phrase || /-->|\|/.test(phrase) || ruleById(rule)?.checkDocument) return [];
    const actions: CodeAction[] = [];
    const kind = kindFromLanguageId(document.languageId);
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
      const at = directivePosition(document.getText(), kind === 'markdown');
      actions.push({
        title: `Ignore “${phrase}” in this document`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: rangeOf(document, at, 0), newText: `<!-- rapport-ignore: ${phrase} -->\n` }] } },
      });
    }
    if (clientCommands.has(IGNORE_PHRASE_COMMAND)) {
      actions.push({ title: `Ignore “${phrase}” everywhere`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Ignore everywhere', command: IGNORE_PHRASE_COMMAND, arguments: [phrase] } });
    }
    if (rule === 'pushy.urgency' && clientCommands.has(INSERT_SNIPPET_COMMAND)) {
      actions.push({
        title: 'Give the real date and reason instead',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Insert deadline', command: INSERT_SNIPPET_COMMAND, arguments: [document.uri, diagnostic.range, DEADLINE_SNIPPET] },
      });
    }
    return actions;
  }

  documents.listen(connection);
  connection.listen();
}

/** Why a document is not checked (turned off, too large, binary), or undefined when it is. */
function notChecked(settings: ServerSettings, text: string): Pick<StatusParams, 'state' | 'message'> | undefined {
  if (!settings.enable) return { state: 'disabled', message: 'Rapport is turned off for this file (rapport.enable).' };
  if (settings.ignoredBy) return { state: 'disabled', message: `Not checked: the "ignore" list of ${decodeURIComponent(settings.ignoredBy.replace(/^file:\/\//, ''))} covers this file.` };
  if (text.length > settings.maxDocumentSize) {
    return {
      state: 'paused',
      message: `Paused: this file has ${text.length.toLocaleString('en')} characters, over rapport.maxDocumentSize (${settings.maxDocumentSize.toLocaleString('en')}).`,
    };
  }
  if (text.includes('\u0000')) return { state: 'paused', message: 'Paused: this looks like a binary file, not copy.' };
  return undefined;
}

/** What the status bar's tooltip says about parts checked in a simpler way: each kind of notice once, at most three. */
function noteSummary(notices: readonly Notice[]): string[] {
  const byKind = new Map<string, string>();
  for (const { message } of notices) {
    const kind = message.replace(/[\d,]+/g, '#');
    if (!byKind.has(kind)) byKind.set(kind, message);
  }
  return [...byKind.values()].slice(0, 3);
}

/** Thrown inside an analysis when a newer version of the document arrived: the work is dropped. */
class Superseded extends Error {}

function quickFix(uri: string, title: string, range: Range, newText: string, diagnostic: Diagnostic, preferred?: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred === true,
    edit: { changes: { [uri]: [{ range, newText }] } },
  };
}

function rangeOf(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Where an inline directive goes: the top of the document, after Markdown front matter. */
function directivePosition(text: string, markdown: boolean): number {
  if (!markdown) return 0;
  return frontMatterLength(text);
}
