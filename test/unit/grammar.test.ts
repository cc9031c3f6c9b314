// Grammar guard: Harper (harper.js, Harper's WASM build) must find nothing in a rewrite that it
// did not already find in the original sentence.
import * as assert from 'node:assert/strict';
import { lint, rules } from '../../server/src/engine';
import { applySuggestion } from './helpers';
import { join } from 'node:path';
import { listBatches, readBatch } from '../eval/batches';
import { readOwnSet } from '../eval/score';

const OWN_SET = join(__dirname, '../../../test/fixtures/labelled-sentences.tsv');
const BATCHES = join(__dirname, '../../../test/eval/batches');

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

  /**
   * Harper's lints on `after` that `before` did not have; a spelling or typo lint on a word the original already
   * had is not new (Harper passes over capitalised words, so a word moved from the start of the sentence can draw one).
   */
  const originals = new Map<string, string[]>();
  async function added(before: string, after: string): Promise<string[]> {
    const kinds = (lints: HarperLint[]) => lints.map((l) => `${l.lint_kind()}: ${l.message()}`);
    // The original is linted once, however many rewrites it has.
    let old = originals.get(before);
    if (!old) originals.set(before, (old = kinds(await linter.lint(before))));
    const lower = before.toLowerCase();
    return (await linter.lint(after))
      .filter((l) => !(['Spelling', 'Typo', 'WordChoice'].includes(l.lint_kind()) && lower.includes(l.get_problem_text().toLowerCase())))
      // Harper reads "need step-free access" as "need [a] step": a known misreading of the compound, not an error.
      .filter((l) => !(/determiner/.test(l.message()) && /\bneed step-free\b/i.test(after)))
      // …and "specialists in studio management" as "in [a] studio": the same misreading of a compound field.
      .filter((l) => !(/determiner/.test(l.message()) && /\bspecialists in \w+ management\b/i.test(after)))
      // …and "focuses on chelonian welfare" as a compound noun "focuses": a misreading of the verb before "on".
      .filter((l) => !(/phrasal verb rather than a compound noun/.test(l.message()) && /\bfocuses on\b/i.test(after)))
      // …and "may refuse service" as the noun "refuse" (rubbish), wanting "to refuse".
      .filter((l) => !(/complete the infinitive/.test(l.message()) && /\bmay refuse\b/i.test(after)))
      .map((l) => `${l.lint_kind()}: ${l.message()}`)
      .filter((k) => !old.includes(k));
  }

  async function problemsIn(texts: readonly string[]): Promise<{ checked: number; problems: string[] }> {
    const problems: string[] = [];
    let checked = 0;
    for (const text of texts) {
      const seen = new Set<string>();
      for (const s of lint(text, { kind: 'plaintext' }).flatMap((f) => f.suggestions).filter((s) => s.kind === 'sentence')) {
        const fixed = applySuggestion(text, s);
        if (seen.has(fixed)) continue;
        seen.add(fixed);
        const found = await added(text, fixed);
        if (found.length) problems.push(`“${text}” → “${fixed}”: ${found.join('; ')}`);
        checked++;
      }
    }
    return { checked, problems };
  }

  it('no rewrite of a rule example adds a Harper lint the original did not have', async () => {
    const examples = [...new Set(rules.flatMap((r) => [...r.examples.flags, ...(r.lists ?? []).flatMap((l) => l.entries.map((e) => e.example))]))];
    const { checked, problems } = await problemsIn(examples);
    assert.ok(checked > 100, `${checked} rewrites checked`);
    assert.deepEqual(problems, []);
  });

  // One test per ten batches: every evaluation set is checked, and no single test runs for minutes.
  const sets: Array<{ name: string; texts: () => string[] }> = [{ name: 'the own set', texts: () => readOwnSet(OWN_SET).map((row) => row.text) }];
  const batches = listBatches(BATCHES);
  for (let i = 0; i < batches.length; i += 10) {
    const group = batches.slice(i, i + 10);
    sets.push({ name: `batches ${group[0].split('/').pop()}…${group[group.length - 1].split('/').pop()}`, texts: () => group.flatMap((dir) => readBatch(dir).sentences.map((s) => s.text)) });
  }
  for (const set of sets) {
    it(`no rewrite of an evaluation sentence adds a Harper lint: ${set.name}`, async () => {
      const { checked, problems } = await problemsIn([...new Set(set.texts())]);
      assert.ok(checked > 30, `${checked} rewrites checked`);
      assert.deepEqual(problems, []);
    });
  }
});
