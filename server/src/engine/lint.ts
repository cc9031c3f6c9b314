// lint(text, options) → Finding[]. Each prose block is analysed on its own and cached by its
// text, so re-linting after an edit only pays for the blocks that changed.
import type { DocumentKind, Finding, LintOptions, Severity, Suggestion } from './types';
import { parseBlocks, sentencesOf, type ProseBlock } from './parse/document';
import { rules } from './rules';
import { formatMessage, type RuleSuggestion } from './rules/rule';

/** A finding in block-text coordinates: what the cache keeps, independent of where the block sits. */
interface BlockFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  suggestions: RuleSuggestion[];
}

interface BlockResult {
  findings: BlockFinding[];
  /** Rules that threw on this block, with the error, so callers can report them once. */
  failures: Array<{ rule: string; error: unknown }>;
}

/** Bounded LRU cache of block results keyed by block text. Shared by every caller in the process. */
class BlockCache {
  private map = new Map<string, BlockResult>();
  constructor(private readonly capacity: number) {}
  get(key: string): BlockResult | undefined {
    const value = this.map.get(key);
    if (value) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: BlockResult): void {
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

const cache = new BlockCache(20_000);

function analyseBlock(text: string): BlockResult {
  const cached = cache.get(text);
  if (cached) return cached;
  const result: BlockResult = { findings: [], failures: [] };
  for (const sentence of sentencesOf(text)) {
    for (const rule of rules) {
      try {
        for (const report of rule.check(sentence)) {
          const phrase = sentence.text.slice(report.start, report.end);
          result.findings.push({
            rule: rule.id,
            start: sentence.start + report.start,
            end: sentence.start + report.end,
            message: report.message ?? formatMessage(rule.message, phrase),
            suggestions: (report.suggestions ?? []).map((s) => ({ ...s, start: sentence.start + s.start, end: sentence.start + s.end })),
          });
        }
      } catch (error) {
        if (!result.failures.some((f) => f.rule === rule.id)) result.failures.push({ rule: rule.id, error });
      }
    }
  }
  cache.set(text, result);
  return result;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  const kind: DocumentKind = options.kind ?? 'plaintext';
  const findings: Finding[] = [];
  const ignored = new Set((options.ignoredPhrases ?? []).map((p) => p.toLowerCase().trim()));
  for (const block of parseBlocks(text, kind)) {
    const result = analyseBlock(block.text);
    for (const failure of result.failures) options.onRuleError?.(failure.rule, failure.error);
    for (const raw of result.findings) {
      const finding = toFinding(raw, block, text, options.rules);
      if (finding && !ignored.has(finding.text.toLowerCase().trim())) findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.offset - b.offset || a.length - b.length);
}

function toFinding(raw: BlockFinding, block: ProseBlock, document: string, overrides: Record<string, Severity> | undefined): Finding | undefined {
  const rule = rules.find((r) => r.id === raw.rule)!;
  const severity = overrides?.[rule.id] ?? rule.defaultSeverity;
  if (severity === 'off') return undefined;
  const { offset, length } = block.toDocument(raw.start, raw.end);
  const suggestions: Suggestion[] = [];
  for (const s of raw.suggestions) {
    // A fix may only replace text that is a verbatim copy of the document: never markup, entities or line breaks.
    if (!block.isVerbatim(s.start, s.end, document)) continue;
    const range = block.toDocument(s.start, s.end);
    suggestions.push({ title: s.title, replacement: s.replacement, offset: range.offset, length: range.length, ...(s.preferred ? { preferred: true } : {}) });
  }
  if (suggestions.length && !suggestions.some((s) => s.preferred)) suggestions[0].preferred = true;
  return {
    rule: rule.id,
    category: rule.category,
    severity,
    message: raw.message,
    offset,
    length,
    text: document.slice(offset, offset + length),
    suggestions,
  };
}
