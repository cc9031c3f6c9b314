// The second-opinion model (server/src/engine/model): its shipped weights, what it reports and where.
import * as assert from 'node:assert/strict';
import model from '../../server/src/engine/data/second-opinion.json';
import { lint, ruleById } from '../../server/src/engine';
import { categoryScores, MIN_WORDS, read, readTogether, secondOpinion } from '../../server/src/engine/model/second-opinion';
import { features, tokens } from '../../server/src/engine/model/features';

describe('second opinion', () => {
  it('ships a trained model whose classes are rules, with thresholds in (0, 1)', () => {
    assert.equal(model.classes[0], 'fine');
    for (const id of model.classes.slice(1)) assert.ok(ruleById(id), id);
    for (const t of Object.values(model.thresholds)) assert.ok(t > 0 && t < 1, String(t));
    assert.ok(Object.keys(model.weights).length > 1000, 'weights');
  });
  it('speaks only where the rules are silent, names a tactic, and covers words of the sentence', () => {
    const text = 'Somewhere tonight an old man is sitting alone in the cold, and you could have been the one who called him.';
    const opinions = secondOpinion(text, new Set());
    for (const o of opinions) {
      assert.ok(ruleById(o.rule), o.rule);
      assert.equal(ruleById(o.rule)!.category, o.category);
      assert.ok(o.start >= 0 && o.end <= text.length && o.start < o.end);
      assert.ok(o.confidence >= model.thresholds[o.category]);
    }
    assert.deepEqual(secondOpinion(text, new Set(['pushy', 'impersonal'])), []);
  });
  it('leaves short sentences and quoted copy alone', () => {
    assert.deepEqual(secondOpinion('Still deciding? No rush.', new Set()), []);
    assert.ok(tokens('Still deciding? No rush.').length < MIN_WORDS);
    const quoted = '“Your competitors are already ahead, so what are you waiting for?” is a line we never send.';
    assert.ok(secondOpinion(quoted, new Set()).every((o) => o.start > quoted.indexOf('”')));
  });
  it('reports its findings through the tactic’s rule, with the rule’s principle', () => {
    const text = 'Every unprotected laptop is an open door, and yours could be the one that brings the whole company down.';
    for (const f of lint(text).filter((x) => x.message.includes('Second opinion'))) {
      assert.ok(ruleById(f.rule)?.principle, f.rule);
      assert.equal(text.slice(f.offset, f.offset + f.length), f.text);
    }
  });
  it('reads the same features for training and at run time', () => {
    const text = 'FREE delivery!! Don’t wait: 3 left at £20.';
    const names = features(text);
    assert.ok(names.includes('<caps>') && names.includes('<bangs>') && names.includes("don't") && names.includes('<money>'));
    assert.ok(names.includes('<s> free'));
  });

  it('scores a sentence as the shipped weights say, feature by feature (the fast scoring loop against the training features)', () => {
    const weights = model.weights as Record<string, number[]>;
    const reference = (text: string) => {
      const scores = model.bias.map((b) => b / 1000);
      for (const name of features(text)) {
        const row = weights[name];
        if (row) for (let j = 0; j < row.length; j += 2) scores[row[j]] += row[j + 1] / 1000;
      }
      const max = Math.max(...scores);
      const e = scores.map((x) => Math.exp(x - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const out = { pushy: 0, impersonal: 0 };
      model.classes.forEach((c, k) => {
        if (c !== 'fine') out[c.split('.')[0] as 'pushy' | 'impersonal'] += e[k] / sum;
      });
      return out;
    };
    for (const text of [
      'Hurry!! Only 3 LEFT — grab yours before they are gone, seriously.',
      'We value your continued custom and remain committed to synergistic excellence.',
      'Thanks for coming to the open day; the slides are attached if you want them.',
      'DON’T MISS OUT: every day you wait costs you another £200!',
      'Kettlebells go back on the rack after use, please.',
    ]) {
      const fast = categoryScores(text);
      const slow = reference(text);
      assert.ok(Math.abs(fast.pushy - slow.pushy) < 1e-9 && Math.abs(fast.impersonal - slow.impersonal) < 1e-9, `${text}: ${JSON.stringify(fast)} vs ${JSON.stringify(slow)}`);
    }
  });
  it('reads two sentences together from their own readings as it reads them joined (the pair reading reuses them)', () => {
    const pairs: Array<[string, string]> = [
      ['Three dairies in your valley switched last month.', 'What’s holding you back?'],
      ['Hurry!! Only 3 LEFT!!', 'Grab yours before they are gone!!'],
      ['Smart money is already in.', 'Are you?'],
      ['…', 'We value your continued custom.'],
      ['Thanks for coming.', '—'],
      ['Our £40 plan suits 3 people.', 'DON’T MISS OUT, seriously.'],
    ];
    for (const [a, b] of pairs) {
      const joined = read(`${a} ${b}`);
      const together = readTogether(a, read(a), b, read(b));
      assert.deepEqual(together.words, joined.words, a);
      joined.raw.forEach((value, k) => assert.ok(Math.abs(value - together.raw[k]) < 1e-9, `${a} ${b}: class ${k}`));
    }
  });
  it('leaves words the sentence talks about to the rules, as they do ("Our style guide bans …")', () => {
    assert.deepEqual(lint('Our style guide bans please do not hesitate and we value your custom.', { kind: 'plaintext' }).map((f) => f.rule), []);
    assert.deepEqual(lint('Don’t Let Us Down, the closing song, brought the whole Lyceum to its feet on opening night.', { kind: 'plaintext' }).map((f) => f.rule), []);
  });
});
