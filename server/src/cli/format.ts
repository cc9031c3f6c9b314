// Output formats of `rapport lint`: text for people, JSON for scripts, SARIF for code-scanning UIs.
import { lineIndex, rules, type Finding, type Metrics, type Notice } from '../engine';

export interface FileReport {
  path: string;
  /** Absolute path on disk (absent for standard input), for --fix. */
  file?: string;
  text: string;
  findings: Finding[];
  metrics: Metrics;
  /** Parts checked in a simpler way than usual (a run-on line, hostile nesting), and why. */
  notices: Notice[];
}

/** The JSON shape documented in the README; columns and offsets in UTF-16 code units, lines and columns 1-based. */
export function toJson(reports: FileReport[]): Iterable<string> {
  const files = reports.map(({ path, text, findings, metrics, notices }) => {
    const at = lineIndex(text);
    return {
      path,
      findings: findings.map((f) => {
        const start = at(f.offset);
        const end = at(f.offset + f.length);
        return {
          rule: f.rule,
          category: f.category,
          severity: f.severity,
          message: f.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          offset: f.offset,
          length: f.length,
          text: f.text,
          // Best first; the one a one-click fix applies carries "preferred": true.
          suggestions: [...f.suggestions]
            .sort((a, b) => Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)))
            .map((s) => ({ title: s.title, replacement: s.replacement, offset: s.offset, length: s.length, ...(s.preferred ? { preferred: true } : {}) })),
        };
      }),
      metrics,
      notices: notices.map((n) => ({ ...at(n.offset), message: n.message })),
    };
  });
  return prettyJson({ files });
}

export function toText(reports: FileReport[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { path, text, findings, metrics, notices } of reports) {
    if (findings.length === 0 && notices.length === 0) continue;
    const at = lineIndex(text);
    lines.push(`${paint(4, path)}  ${paint(2, `reader focus ${metrics.score}/100${metrics.invitesReply || metrics.words < 60 ? '' : ', never invites a reply'}`)}`);
    for (const f of findings) {
      counts[f.severity]++;
      const { line, column } = at(f.offset);
      const severity = f.severity === 'error' ? paint(31, 'error') : f.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info');
      lines.push(`  ${`${line}:${column}`.padEnd(8)} ${severity.padEnd(color ? 16 : 7)} ${f.message}  ${paint(2, f.rule)}`);
      const preferred = f.suggestions.find((s) => s.preferred);
      if (preferred) lines.push(`  ${''.padEnd(8)} ${''.padEnd(7)} ${paint(2, `→ ${preferred.title}`)}`);
    }
    for (const notice of notices) {
      const { line, column } = at(notice.offset);
      lines.push(`  ${`${line}:${column}`.padEnd(8)} ${paint(2, 'note'.padEnd(7))} ${notice.message}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  lines.push(
    total === 0
      ? `${reports.length} file${reports.length === 1 ? '' : 's'} checked: nothing pushy or impersonal found.`
      : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info) in ${reports.length} file${reports.length === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}

/** SARIF 2.1.0, with UTF-16 columns as the editor counts them. */
export function toSarif(reports: FileReport[], version: string, docsUrl: (ruleId: string) => string): Iterable<string> {
  const level = { error: 'error', warning: 'warning', info: 'note' } as const;
  const results = reports.flatMap(({ path, text, findings }) => {
    const at = lineIndex(text);
    return findings.map((f) => {
      const start = at(f.offset);
      const end = at(f.offset + f.length);
      const region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: f.offset, charLength: f.length };
      return {
        ruleId: f.rule,
        level: level[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: path }, region } }],
        ...(f.suggestions.length
          ? {
              fixes: f.suggestions.map((s) => {
                const from = at(s.offset);
                const to = at(s.offset + s.length);
                return {
                  description: { text: s.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: path },
                      replacements: [
                        {
                          deletedRegion: { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, charOffset: s.offset, charLength: s.length },
                          insertedContent: { text: s.replacement },
                        },
                      ],
                    },
                  ],
                };
              }),
            }
          : {}),
      };
    });
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rapport',
            version,
            informationUri: docsUrl(''),
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.message.replace(/“\{phrase\}”\s*/g, '').trim() },
              fullDescription: { text: r.why },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: level[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // What was checked in a simpler way than usual (a run-on line, hostile nesting) is said, not hidden.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: reports.flatMap(({ path, text, notices }) => {
              const at = lineIndex(text);
              return notices.map((n) => {
                const { line, column } = at(n.offset);
                return { level: 'note', message: { text: n.message }, locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: { startLine: line, startColumn: column } } }] };
              });
            }),
          },
        ],
        results,
      },
    ],
  };
  return prettyJson(sarif);
}

/**
 * What JSON.stringify(value, null, 2) writes, in pieces of about 64 KB: a report of tens of thousands of
 * findings goes out as it is written instead of first becoming one string of hundreds of megabytes.
 */
export function* prettyJson(value: unknown): Generator<string> {
  let buffer = '';
  for (const piece of jsonPieces(value, '')) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

function* jsonPieces(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item = value[i];
      // As JSON.stringify does: an undefined or function element is written as null.
      yield* item === undefined || typeof item === 'function' ? ['null'] : jsonPieces(item, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) return yield '{}';
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      yield `${inner}${JSON.stringify(entries[i][0])}: `;
      yield* jsonPieces(entries[i][1], inner);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}}`;
  }
  // Numbers, strings, booleans, null, and objects with toJSON: JSON.stringify's own text, indented as it would be.
  yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}

/** A unified diff (as `diff -u` prints it) between two versions of one file, with 3 lines of context. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // Changed runs, found by walking both versions in step (fixes change lines in place, never reorder them).
  const runs: Array<{ a0: number; a1: number; b0: number; b1: number }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    let found = false;
    for (let span = 1; span <= a.length + b.length && !found; span++) {
      for (let da = 0; da <= span && !found; da++) {
        const x = i + da;
        const y = j + span - da;
        if (x < a.length && y < b.length && a[x] === b[y]) {
          runs.push({ a0: i, a1: x, b0: j, b1: y });
          i = x;
          j = y;
          found = true;
        }
      }
    }
    if (!found) break;
  }
  if (i < a.length || j < b.length) runs.push({ a0: i, a1: a.length, b0: j, b1: b.length });
  if (runs.length === 0) return '';
  // Runs whose context overlaps share one hunk.
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < runs.length) {
    let last = k;
    while (last + 1 < runs.length && runs[last + 1].a0 - runs[last].a1 <= 2 * context) last++;
    const from = Math.max(0, runs[k].a0 - context);
    const toA = Math.min(a.length, runs[last].a1 + context);
    const lines: string[] = [];
    let cursor = from;
    for (let r = k; r <= last; r++) {
      lines.push(...a.slice(cursor, runs[r].a0).map((l) => ' ' + l));
      lines.push(...a.slice(runs[r].a0, runs[r].a1).map((l) => '-' + l));
      lines.push(...b.slice(runs[r].b0, runs[r].b1).map((l) => '+' + l));
      cursor = runs[r].a1;
    }
    lines.push(...a.slice(cursor, toA).map((l) => ' ' + l));
    const fromB = from + (runs[k].b0 - runs[k].a0);
    const countA = lines.filter((l) => l[0] !== '+').length;
    const countB = lines.filter((l) => l[0] !== '-').length;
    out.push(`@@ -${from + 1},${countA} +${fromB + 1},${countB} @@`, ...lines);
    k = last + 1;
  }
  return out.join('\n');
}
