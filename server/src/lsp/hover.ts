// Hover text for a finding: what was found, why it pushes readers away, the principle behind
// it, a before → after, and the suggested fix. Markdown, as VS Code and Neovim render it.
import { isSentenceRewrite, principle, ruleById, type Finding, type Rule } from '../engine';

/** The README section on .rapport.json, where a team's own rules are explained. */
export const TEAM_CONFIGURATION = 'team-configuration-rapportjson';

/** Where a rule is documented: the catalogue for built-in rules, the README's team section for a team's own. */
export function docsLinks(readmeUrl: string, catalogueUrl: string): (id: string) => string {
  return (id) => (id === TEAM_CONFIGURATION ? `${readmeUrl}#${id}` : `${catalogueUrl}#${id}`);
}

/** `ruleOf` is the document's linter's lookup: it also knows the team's own phrase rules. */
export function hoverMarkdown(finding: Finding, docsUrl: (ruleId: string) => string, ruleOf: (id: string) => Rule | undefined = ruleById): string {
  const rule = ruleOf(finding.rule);
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
    `> → ${rule.example.after || '(the team lists no replacement: say it plainly)'}`,
  ];
  if (preferred && isSentenceRewrite(preferred)) {
    const after = preferred.replacement.replace(/\s+/g, ' ').trim();
    lines.push('', '**One click (Ctrl+. / ⌘.) rewrites the sentence:**', '', after ? `> ${after}` : '> (removes it: it is only pressure)');
  } else if (preferred) {
    lines.push('', `**Quick fix (Ctrl+. / ⌘.):** ${preferred.title}`);
  }
  // The team's own rules are documented where they are configured.
  lines.push('', ruleById(rule.id) ? `[About this rule](${docsUrl(rule.id)})` : `[Your team's phrases (.rapport.json)](${docsUrl(TEAM_CONFIGURATION)})`);
  return lines.join('\n');
}
