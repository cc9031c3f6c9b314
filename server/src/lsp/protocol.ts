// Rapport's own LSP messages, shared by the server and the VS Code client (no imports, so the
// client bundle stays free of the engine).

/** Server → client notification after each analysis: what the status bar shows. */
export const STATUS_NOTIFICATION = 'rapport/status';
export interface StatusParams {
  uri: string;
  state: 'ok' | 'paused' | 'disabled';
  message?: string;
  counts: { pushy: number; impersonal: number };
  /** Reader-focus score 0–100 (absent while paused or disabled). */
  score?: number;
  invitesReply?: boolean;
  /** Parts checked in a simpler way than usual (a run-on line, hostile nesting), and why. */
  notes?: string[];
  elapsedMs: number;
}

/** Client → server request behind the status bar's report: `{ uri }` → `{ markdown }`. */
export const REPORT_REQUEST = 'rapport/report';

/** Server command: apply every safe sentence rewrite in a document as one edit. Arguments: uri, preview?. */
export const APPLY_REWRITES_COMMAND = 'rapport.applyRewrites';

/** Client commands the VS Code extension runs for the server's code actions (listed in initializationOptions.clientCommands). */
export const IGNORE_PHRASE_COMMAND = 'rapport.ignorePhrase';
export const INSERT_SNIPPET_COMMAND = 'rapport.insertSnippet';

/** Client → server notification (VS Code for the web): the workspace's .rapport.json files, `{ files: [{ uri, text }] }`, all of them each time. */
export const CONFIG_FILES_NOTIFICATION = 'rapport/configFiles';
