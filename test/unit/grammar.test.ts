// Grammar guard: Harper (harper.js, Harper's WASM build) must find nothing in a rewrite that it
// did not already find in the original sentence.
import * as assert from 'node:assert/strict';
import { lint, rules } from '../../server/src/engine';
import { applySuggestion } from './helpers';

interface HarperLint {
  lint_kind(): string;
  message(): string;
  get_problem_text(): string;
}
interface HarperLinter {
  setup(): Promise<void>;
  lint(text: string): Promise<HarperLint[]>;
}

describe('grammar guard (Harper)', function () {
  this.timeout(120000);
  let linter: HarperLinter;
  before(async () => {
    // harper.js is ESM-only; Node loads it with a dynamic import from this CommonJS bundle.
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    linter = new LocalLinter({ binary }) as unknown as HarperLinter;
    await linter.setup();
  });

  it('no rewrite adds a Harper lint the original did not have', async () => {
    const examples = [...new Set(rules.flatMap((r) => [...r.examples.flags, ...(r.lists ?? []).flatMap((l) => l.entries.map((e) => e.example))]))];
    const kinds = (lints: HarperLint[]) => lints.map((l) => `${l.lint_kind()}: ${l.message()}`);
    const problems: string[] = [];
    let checked = 0;
    for (const text of examples) {
      for (const s of lint(text, { kind: 'markdown' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence')) {
        const fixed = applySuggestion(text, s);
        const before = kinds(await linter.lint(text));
        const added = kinds(await linter.lint(fixed)).filter((k) => !before.includes(k));
        if (added.length) problems.push(`“${text}” → “${fixed}”: ${added.join('; ')}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} rewrites checked`);
    assert.deepEqual(problems, []);
  });
});
