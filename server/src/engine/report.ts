// The short reader-focus report: what the VS Code status bar opens, and what `rapport lint`
// summarises. Pure Markdown from an analysis; no editor APIs.
import type { Finding } from './types';
import type { Metrics } from './metrics';
import { lineIndex } from './lines';
import { ruleById } from './rules';

export function reportMarkdown(name: string, text: string, findings: readonly Finding[], metrics: Metrics): string {
  const at = lineIndex(text);
  const share = metrics.readerShare === null ? '—' : `${Math.round(metrics.readerShare * 100)}%`;
  const out = [
    `# Rapport report — ${name}`,
    '',
    `**Reader focus: ${metrics.score} / 100** · ${metrics.counts.pushy} pushy · ${metrics.counts.impersonal} impersonal`,
    '',
    '| | |',
    '|---|---|',
    `| Words | ${metrics.words} |`,
    `| “You / your” | ${metrics.reader} |`,
    `| “We / our / us” | ${metrics.writer} |`,
    `| Reader’s share of those | ${share} |`,
    `| Asks the reader something or invites a reply | ${metrics.invitesReply ? 'yes' : 'no'} |`,
    '',
  ];
  const byRule = Object.entries(metrics.byRule).sort((a, b) => b[1] - a[1]);
  if (byRule.length) {
    out.push('## What to look at first', '');
    for (const [id, count] of byRule) {
      const rule = ruleById(id);
      const examples = [...new Set(findings.filter((f) => f.rule === id).map((f) => `“${f.text.replace(/\s+/g, ' ').slice(0, 40)}” (line ${at(f.offset).line})`))].slice(0, 3);
      out.push(`- **${count} × ${rule?.title ?? id}** (\`${id}\`): ${examples.join(', ')}`);
    }
    out.push('');
  } else {
    out.push('Nothing pushy or impersonal found: this reads like a person talking to a person.', '');
  }
  const silent = metrics.paragraphs.filter((p) => p.words >= 25 && !p.speaksToReader);
  if (silent.length) {
    out.push('## Paragraphs that never speak to the reader', '');
    for (const p of silent.slice(0, 8)) out.push(`- Line ${at(p.offset).line}: “${text.slice(p.offset, p.offset + 60).replace(/\s+/g, ' ').trim()}…”`);
    out.push('');
  }
  if (!metrics.invitesReply && metrics.words >= 60) {
    out.push('## No invitation to reply', '', 'The piece never asks the reader anything. One real question, or a plain “just hit reply”, turns readers into people who talk back.', '');
  }
  out.push(
    '---',
    '',
    '*How the score works:* half comes from clean copy (pushy findings count double, per 100 words), 35% from speaking to the reader more than about yourself (“you” against “we”), and 15% from inviting a reply (short pieces under 60 words get this part free).',
  );
  return out.join('\n');
}
