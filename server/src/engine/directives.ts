// Inline directives: a writer silences Rapport for part of a document without a config file.
//   <!-- rapport-disable [rule …] -->  …  <!-- rapport-enable [rule …] -->   (Markdown and HTML)
//   <!-- rapport-disable-next-line [rule …] -->   <!-- rapport-disable-line [rule …] -->
// In plain text the same words follow `#` or `//` at the start of a line (`# rapport-disable-next-line`),
// or `// rapport-disable-line` at the end of one. No rule named means every rule. A directive naming a rule
// that does not exist is reported, so a typo never silently disables nothing.
import type { DocumentKind, Notice } from './types';
import { lineAt, lineStarts } from './lines';

export interface Directives {
  /** Whether a finding of `rule` at `offset` is silenced. */
  silences(rule: string, offset: number): boolean;
  /** Directives that name an unknown rule. */
  problems: Notice[];
}

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  kind: Kind;
  /** Rule ids, or empty for every rule. */
  rules: string[];
  offset: number;
  length: number;
}

/** More than any document needs; a generated file full of them is read up to here, so checking stays cheap. */
const MAX_DIRECTIVES = 1_000;
const NONE: Directives = { silences: () => false, problems: [] };
const HTML_DIRECTIVE = /<!--\s*rapport-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const TEXT_DIRECTIVE = /(?:^[ \t]*(?:#|\/\/)|[ \t]\/\/)[ \t]*rapport-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/gm;

export function readDirectives(text: string, kind: DocumentKind, knownRule: (id: string) => boolean): Directives {
  // Cheap first: most documents hold no directive at all.
  if (!text.includes('rapport-')) return NONE;
  const directives: Directive[] = [];
  const problems: Notice[] = [];
  for (const m of text.matchAll(kind === 'plaintext' ? TEXT_DIRECTIVE : HTML_DIRECTIVE)) {
    if (directives.length >= MAX_DIRECTIVES) break;
    const rules = m[2].replace(/--$/, '').split(/[\s,]+/).filter(Boolean);
    for (const id of rules) {
      if (!knownRule(id)) problems.push({ kind: 'directive', offset: m.index!, length: m[0].length, message: `Unknown rule “${id}” in rapport-${m[1]}: it silences nothing. Run “rapport rules” for the list.` });
    }
    const known = rules.filter(knownRule);
    // Naming only unknown rules silences nothing (never everything).
    if (rules.length && !known.length) continue;
    directives.push({ kind: m[1] as Kind, rules: known, offset: m.index!, length: m[0].length });
  }
  if (directives.length === 0) return { ...NONE, problems };
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] : text.length + 1);
  /** Silenced stretches: [start, end) and the rules (empty: all). */
  const spans: Array<{ start: number; end: number; rules: string[] }> = [];
  const open = new Map<string, number>(); // rule ('' for all) → where its disable began
  for (const d of directives) {
    const line = lineOf(d.offset);
    if (d.kind === 'disable-line') spans.push({ start: starts[line], end: lineEnd(line), rules: d.rules });
    else if (d.kind === 'disable-next-line' && line + 1 < starts.length) spans.push({ start: starts[line + 1], end: lineEnd(line + 1), rules: d.rules });
    else if (d.kind === 'disable') {
      for (const rule of d.rules.length ? d.rules : ['']) if (!open.has(rule)) open.set(rule, d.offset);
    } else if (d.kind === 'enable') {
      for (const rule of d.rules.length ? d.rules : [...open.keys()]) {
        const start = open.get(rule);
        if (start === undefined) continue;
        spans.push({ start, end: d.offset, rules: rule ? [rule] : [] });
        open.delete(rule);
      }
    }
  }
  for (const [rule, start] of open) spans.push({ start, end: text.length + 1, rules: rule ? [rule] : [] });
  return {
    silences: (rule, offset) => spans.some((s) => s.start <= offset && offset < s.end && (s.rules.length === 0 || s.rules.includes(rule))),
    problems,
  };
}
