// Tests generated from every rule's own examples and every entry of its phrase lists:
// flags must flag, clean must stay clean, and the preferred fix must clear what it fixes.
import * as assert from 'node:assert/strict';
import { lint, rules, type Severity } from '../../server/src/engine';
import { applySuggestion } from './helpers';

/** A readable test title for an example that may be a whole multi-paragraph document. */
const title = (text: string) => (text.length > 90 ? `${text.slice(0, 87).replace(/\s+/g, ' ')}…` : text.replace(/\s+/g, ' '));

const only = (id: string): Record<string, Severity> => Object.fromEntries(rules.map((r) => [r.id, r.id === id ? r.defaultSeverity : 'off']));

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    const options = { kind: 'markdown' as const, rules: only(rule.id) };
    const flagged = [...rule.examples.flags, ...(rule.lists ?? []).flatMap((list) => list.entries.map((e) => e.example))];

    for (const example of flagged) {
      it(`flags: ${title(example)}`, () => {
        const findings = lint(example, options);
        assert.ok(findings.length > 0, `expected ${rule.id} to flag “${example}”`);
        for (const f of findings) {
          assert.equal(f.rule, rule.id);
          assert.equal(example.slice(f.offset, f.offset + f.length), f.text);
          assert.ok(!f.message.includes('{phrase}'), 'message template filled');
        }
      });
    }

    for (const example of rule.examples.clean) {
      it(`stays clean: ${title(example)}`, () => {
        assert.deepEqual(lint(example, options).map((f) => f.text), []);
      });
    }

    it('every preferred fix clears its own finding and touches nothing else', () => {
      for (const example of flagged) {
        for (const finding of lint(example, options)) {
          const preferred = finding.suggestions.find((s) => s.preferred);
          if (!preferred) continue;
          const fixed = applySuggestion(example, preferred);
          assert.equal(fixed.slice(0, preferred.offset), example.slice(0, preferred.offset));
          assert.equal(fixed.slice(preferred.offset + preferred.replacement.length), example.slice(preferred.offset + preferred.length));
          const still = lint(fixed, options).filter((f) => f.offset === finding.offset && f.text === finding.text);
          assert.deepEqual(still, [], `fix “${preferred.title}” left “${finding.text}” in “${fixed}”`);
        }
      }
    });

    it('documents itself: message, why, principle and a before → after', () => {
      assert.match(rule.id, /^(pushy|impersonal)\.[a-z-]+$/);
      assert.ok(rule.id.startsWith(rule.category + '.'));
      assert.ok(rule.message.length > 20 && rule.why.length > 80);
      assert.ok(rule.example.before && rule.example.after);
      assert.ok(rule.examples.flags.length >= 3 && rule.examples.clean.length >= 3);
      // A document-level rule's before → after is an excerpt of a longer piece, not a whole document.
      if (rule.checkDocument) return;
      assert.ok(lint(rule.example.before, options).length > 0, 'the “before” is flagged');
      assert.deepEqual(lint(rule.example.after, options).map((f) => f.text), [], 'the “after” is clean');
    });
  });
}

describe('rewrites belong to the rules', () => {
  // A sentence rule either rewrites what it flags (its own hook) or marks its phrases as pressure, whose
  // clauses the rewriter can drop; a paragraph-level hint ("no reader") has no sentence to rewrite.
  for (const rule of rules.filter((r) => r.check && r.id !== 'impersonal.no-reader')) {
    it(`${rule.id} says how its sentences are rewritten`, () => {
      assert.ok(rule.rewrite || rule.pressure, `${rule.id} has neither a rewrite hook nor pressure: true`);
    });
  }
});
