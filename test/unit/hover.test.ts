// Every rule's hover tells the writer what was found (the exact phrase), why it feels pushy or
// impersonal, the principle behind it, and a before → after.
import * as assert from 'node:assert/strict';
import { lint, principle, rules, type Severity } from '../../server/src/engine';
import { hoverMarkdown } from '../../server/src/lsp/hover';

describe('hover text', () => {
  for (const rule of rules) {
    it(`${rule.id}: phrase, why, principle, before → after`, () => {
      const overrides: Record<string, Severity> = Object.fromEntries(rules.map((r) => [r.id, r.id === rule.id ? 'warning' : 'off']));
      const [finding] = lint(rule.examples.flags[0], { kind: 'markdown', rules: overrides });
      assert.ok(finding, 'the first example flags');
      const hover = hoverMarkdown(finding, (id) => `file:///README.md#${id}`);
      assert.ok(hover.includes(`**“${finding.text.replace(/\s+/g, ' ').trim()}”**`), 'quotes the exact phrase');
      assert.match(hover, new RegExp(`Why it feels ${rule.category} to a reader:`));
      assert.ok(hover.includes(rule.why));
      assert.ok(hover.includes(`**Principle — ${principle(rule.principle).title}.**`));
      assert.ok(hover.includes(`> ${rule.example.before}`) && hover.includes(`> → ${rule.example.after}`));
      assert.ok(hover.includes(`(file:///README.md#${rule.id})`));
    });
  }
});
