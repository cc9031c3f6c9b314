// Which fixes a batch may apply without a person reading each one (CLI --fix, the editor's fix-all):
// the preferred sentence rewrites, which passed the safety net (re-linted clean, nothing protected
// lost). Phrase-level fixes stay a choice for the writer. Never two edits over the same text.
import type { Finding, Suggestion } from './types';

export function isSentenceRewrite(s: Suggestion): boolean {
  return s.kind === 'sentence';
}

export function batchFixes(findings: readonly Finding[], text?: string): Suggestion[] {
  const chosen: Suggestion[] = [];
  for (const f of findings) {
    const s = f.suggestions.find((x) => x.preferred && isSentenceRewrite(x));
    if (!s) continue;
    const clash = chosen.findIndex((c) => s.offset < c.offset + c.length && c.offset < s.offset + s.length);
    if (clash < 0) chosen.push(s);
    else if (s.replacement === '' && chosen[clash].replacement === '') {
      // Two sentences side by side both removed: each removal takes the space between them, so they meet; one removal covers both.
      const c = chosen[clash];
      const start = Math.min(c.offset, s.offset);
      let end = Math.max(c.offset + c.length, s.offset + s.length);
      // (Where the run opens its line, the space after it goes too: "Hurry! Don't miss out! We open at 9." → "We open at 9.")
      if (text !== undefined && (start === 0 || text[start - 1] === '\n')) while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      chosen[clash] = { ...c, offset: start, length: end - start };
    }
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}

/** Applies fixes (non-overlapping) to a text, from the end so offsets stay valid. */
export function applyFixes(text: string, fixes: readonly Suggestion[]): string {
  let out = text;
  for (const s of [...fixes].sort((a, b) => b.offset - a.offset)) out = out.slice(0, s.offset) + s.replacement + out.slice(s.offset + s.length);
  return out;
}

/** Phrases a document asks Rapport to leave alone: `<!-- rapport-ignore: act now -->` (Markdown and HTML). */
export function inlineIgnoredPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const m of text.matchAll(/<!--\s*rapport-ignore:\s*([^>]*?)\s*-->/gi)) phrases.push(...m[1].split('|').map((p) => p.trim()).filter(Boolean));
  return phrases;
}
