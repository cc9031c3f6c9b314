// Analysis scheduling: each open document is checked after the writer pauses, in time slices so
// hover, code actions and other documents are answered in between, within a budget per version.
// Results are kept per version for hover, code actions and the report.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindFromLanguageId, lintersByConfig, type Finding, type Linter, type Metrics, type Notice } from '../engine';
import type { Configuration } from './configuration';
import { noticeDiagnostic, toDiagnostic } from './diagnostics';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';
import type { ServerSettings } from './settings';

/** Configurations kept at once, each with its linter's caches. */
const MAX_LINTERS = 8;
/** How long one slice of analysis may hold the server before hover, code actions and other documents get a turn. */
const SLICE_MS = 20;
/** Work on one version of a document beyond which Rapport stops and says so; it tries again when the file is saved. */
const DOCUMENT_BUDGET_MS = 20_000;

export interface Analysis {
  readonly version: number;
  readonly findings: Finding[];
  readonly metrics?: Metrics;
  readonly notices: Notice[];
}

export interface Analyses {
  /** Check a document after `delay` ms (a newer call for the same document replaces this one). */
  schedule(document: TextDocument, delay: number): void;
  /** The document changed: checked again after the writer's delay, unless it ran over its budget (then on save). */
  changed(document: TextDocument): void;
  /** The analysis of the document's current version, made now if need be. */
  current(document: TextDocument): Promise<Analysis>;
  /** Findings around a range with their sentence rewrites (computed only for the paragraphs there, cached). */
  withRewrites(document: TextDocument, offset: number, length: number): Promise<Finding[]>;
  /** The linter for a document's settings (it also knows the team's own rules). */
  linterFor(document: TextDocument): Promise<Linter>;
  /** Forget every result and check every open document again (settings or a configuration file changed). */
  recheckAll(): void;
  /** A document closed: drop what is kept for it and clear its diagnostics. */
  closed(uri: string): void;
}

export function createAnalyses(connection: Connection, documents: TextDocuments<TextDocument>, configuration: Configuration, docsUrl: (ruleId: string) => string): Analyses {
  const analyses = new Map<string, Analysis>();
  /** One linter per distinct configuration (a multi-root workspace can hold several), each with its own caches. */
  const linterOf: (settings: ServerSettings) => Linter = lintersByConfig(MAX_LINTERS);
  /** Documents whose analysis ran over DOCUMENT_BUDGET_MS: checked again on save, not on every keystroke. */
  const overBudget = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reportedRuleErrors = new Set<string>();

  /** Lints a document with its settings; keeps the result for hover and code actions of that version. */
  async function analyse(document: TextDocument): Promise<{ analysis: Analysis; status: StatusParams }> {
    const started = Date.now();
    const settings = await configuration.settingsFor(document.uri);
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
      const steps = linterOf(settings).analyzeInSteps(text, {
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
        await new Promise((done) => setTimeout(done, 0));
        if (documents.get(document.uri) && documents.get(document.uri)!.version !== document.version) throw new Superseded();
      }
      status = metrics
        ? { ...base, state: 'ok', counts: metrics.counts, score: metrics.score, invitesReply: metrics.invitesReply, ...(notices.some((n) => n.kind === 'partial') ? { notes: noteSummary(notices.filter((n) => n.kind === 'partial')) } : {}) }
        : { ...base, state: 'paused', message: notices[0].message };
    }
    status.elapsedMs = Date.now() - started;
    const analysis = { version: document.version, findings, metrics, notices };
    analyses.set(document.uri, analysis);
    return { analysis, status };
  }

  async function validate(document: TextDocument): Promise<void> {
    const version = document.version;
    let result;
    try {
      result = await analyse(document);
    } catch (error) {
      if (error instanceof Superseded) return; // the newer version's own validation will publish
      throw error;
    }
    const { analysis, status } = result;
    // A newer edit arrived while we worked: its own validation will publish.
    if (documents.get(document.uri)?.version !== version) return;
    const diagnostics = [...analysis.findings.map((f) => toDiagnostic(f, document, docsUrl)), ...analysis.notices.map((n) => noticeDiagnostic(n, document))];
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

  return {
    schedule,
    changed(document) {
      void configuration.settingsFor(document.uri).then((s) => {
        if (s.run === 'onType' && !overBudget.has(document.uri)) schedule(document, s.delay);
      });
    },
    async current(document) {
      for (;;) {
        const current = documents.get(document.uri) ?? document;
        const known = analyses.get(current.uri);
        if (known && known.version === current.version) return known;
        try {
          return (await analyse(current)).analysis;
        } catch (error) {
          if (!(error instanceof Superseded)) throw error; // edited meanwhile: analyse the new version
        }
      }
    },
    async withRewrites(document, offset, length) {
      const settings = await configuration.settingsFor(document.uri);
      const text = document.getText();
      if (notChecked(settings, text)) return [];
      return linterOf(settings)
        .analyze(text, { kind: kindFromLanguageId(document.languageId), rewrites: { offset, length }, within: { offset, length } })
        .findings.filter((f) => f.offset <= offset + length && offset <= f.offset + f.length);
    },
    async linterFor(document) {
      return linterOf(await configuration.settingsFor(document.uri));
    },
    recheckAll() {
      analyses.clear();
      for (const document of documents.all()) schedule(document, 0);
    },
    closed(uri) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      analyses.delete(uri);
      overBudget.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  };
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
