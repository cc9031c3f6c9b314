// The rule catalogue as Markdown, made from each rule's own metadata. `rapport rules --format
// markdown` prints it, `npm run docs` puts it in README.md, and a test keeps the two equal.
import { rules } from './rules';
import { principle } from './principles';

export function rulesMarkdown(): string {
  const out: string[] = [];
  out.push('| Rule | What it catches | Default |', '|---|---|---|');
  for (const rule of rules) out.push(`| [\`${rule.id}\`](#${rule.id}) | ${rule.title} | ${rule.defaultSeverity}${rule.defaultOffFor?.length ? ` (off for ${rule.defaultOffFor.join(', ')})` : ''} |`);
  for (const rule of rules) {
    const p = principle(rule.principle);
    const quote = (s: string) => `“${s.replace(/\|/g, '\\|')}”`;
    out.push(
      '',
      `<a id="${rule.id}"></a>`,
      '',
      `### \`${rule.id}\` — ${rule.title}`,
      '',
      `*${rule.category}* · default **${rule.defaultSeverity}**${rule.defaultOffFor?.length ? ` (off for ${rule.defaultOffFor.join(', ')} unless you turn it on)` : ''} · principle: **${p.title}** — ${p.text}`,
      '',
      rule.why,
      '',
      `- Before: ${quote(rule.example.before)}`,
      `- After: ${quote(rule.example.after)}`,
      `- Flags: ${rule.examples.flags.map(quote).join(', ')}`,
      `- Stays clean: ${rule.examples.clean.map(quote).join(', ')}`,
    );
    if (rule.lists?.length) {
      const count = rule.lists.reduce((n, l) => n + l.entries.length, 0);
      out.push(`- Phrase list: ${count} entries in \`server/src/engine/data/\`, each with an example the tests run.`);
    }
  }
  return out.join('\n');
}
