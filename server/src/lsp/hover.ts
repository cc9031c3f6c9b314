// Hover text for a finding: what was found, why it pushes readers away, the principle behind
// it, a before → after, and the suggested fix. Markdown, as VS Code and Neovim render it.
import { isSentenceRewrite, principle, ruleById, type Finding } from '../engine';

export function hoverMarkdown(finding: Finding, docsUrl: (ruleId: string) => string): string {
  const rule = ruleById(finding.rule);
  if (!rule) return finding.message;
  const p = principle(rule.principle);
  const kind = rule.category === 'pushy' ? 'pushy' : 'impersonal';
  const preferred = finding.suggestions.find((s) => s.preferred);
  const lines = [
    `**“${finding.text.replace(/\s+/g, ' ').trim()}”** — ${kind} · Rapport \`${rule.id}\``,
    '',
    `**Why it feels ${kind} to a reader:** ${rule.why}`,
    '',
    `**Principle — ${p.title}.** ${p.text}`,
    '',
    '**Before → after**',
    '',
    `> ${rule.example.before}`,
    '>',
    `> → ${rule.example.after}`,
  ];
  if (preferred && isSentenceRewrite(preferred)) {
    const after = preferred.replacement.replace(/\s+/g, ' ').trim();
    lines.push('', '**One click (Ctrl+. / ⌘.) rewrites the sentence:**', '', after ? `> ${after}` : '> (removes it: it is only pressure)');
  } else if (preferred) {
    lines.push('', `**Quick fix (Ctrl+. / ⌘.):** ${preferred.title}`);
  }
  lines.push('', `[About this rule](${docsUrl(rule.id)})`);
  return lines.join('\n');
}
