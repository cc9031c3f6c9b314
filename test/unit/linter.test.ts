// The engine as an object (issue #14): createLinter(config) owns its rules and caches, and a team's own
// phrases behave like the built-in ones.
import * as assert from 'node:assert/strict';
import { configForFile, createLinter, lint, validateConfig, toLinterConfig } from '../../server/src/engine';
import { WordPhrases } from '../../server/src/engine/rules/custom-phrases';

describe('createLinter', () => {
  const house = createLinter({
    phrases: [{ id: 'house.circle-back', phrases: ['circle back', 'touch * offline'], category: 'impersonal', message: '“{phrase}” is office talk. Say what you will do.', replacements: ['talk again'] }],
    rules: { 'pushy.urgency': 'off' },
  });

  it('runs the team’s phrases like built-in ones: message, quick fix, case kept, quotes left alone', () => {
    const [finding] = house.lint('Circle back with me next week.', { kind: 'plaintext' }).filter((f) => f.rule === 'house.circle-back');
    assert.equal(finding.text, 'Circle back');
    assert.equal(finding.category, 'impersonal');
    assert.equal(finding.message, '“Circle back” is office talk. Say what you will do.');
    assert.ok(finding.suggestions.some((s) => s.replacement === 'Talk again'));
    assert.equal(house.lint('Let’s touch base offline.', { kind: 'plaintext' }).filter((f) => f.rule === 'house.circle-back').length, 1);
    assert.equal(house.lint('Never write “circle back” in an email.', { kind: 'plaintext' }).filter((f) => f.rule === 'house.circle-back').length, 0);
  });

  it('keeps each linter’s configuration to itself', () => {
    const text = 'Act now and circle back later.';
    assert.ok(!house.lint(text).some((f) => f.rule === 'pushy.urgency'));
    assert.ok(lint(text).some((f) => f.rule === 'pushy.urgency'));
    assert.ok(!lint(text).some((f) => f.rule === 'house.circle-back'));
    assert.ok(house.ruleById('house.circle-back'));
    assert.equal(createLinter().ruleById('house.circle-back'), undefined);
  });

  it('gives the same result warm as cold, per linter', () => {
    const linter = createLinter();
    const text = 'Hurry, only 3 left!\n\nWe value your custom.';
    const first = linter.analyze(text, { kind: 'markdown' });
    assert.deepEqual(linter.analyze(text, { kind: 'markdown' }), first);
    assert.deepEqual(createLinter().analyze(text, { kind: 'markdown' }), first);
  });

  it('matches wildcard phrases in linear time: a pathological list on a long line finishes like an ordinary one', () => {
    const phrases = new WordPhrases(['* * * * * * * * * * x', 'a*a*a*a*a*a*a*a*b', 'aaaa*', ...Array.from({ length: 500 }, (_, i) => `word${i} *`)]);
    const line = 'a'.repeat(50_000) + ' ' + 'aaaa aaaa '.repeat(10_000);
    assert.equal(phrases.find(line).length, 20_001);
    assert.deepEqual(new WordPhrases(['get * now', 'leverag*']).find('Get yours now, leveraging it.'), [{ start: 0, end: 13 }, { start: 15, end: 25 }]);
    const linter = createLinter({ phrases: [{ phrases: ['* * * * * * * * * * x'], category: 'pushy' }] });
    assert.equal(linter.lint(line).filter((f) => f.rule.startsWith('custom.')).length, 0);
  });
});

describe('validateConfig: phrases', () => {
  it('keeps good entries, names the key of a bad one, and lets "rules" set a custom rule’s severity', () => {
    const { config, problems } = validateConfig(
      {
        phrases: [
          { phrases: ['synergy'], category: 'impersonal' },
          { phrases: ['x'], category: 'rude' },
          { phrases: [], category: 'pushy' },
          { phrases: ['limited drop'], category: 'pushy', id: 'house.drop', severity: 'error' },
        ],
        rules: { 'house.drop': 'info', 'custom.impersonal.1': 'off' },
        colour: 'blue',
      },
      '.rapport.json',
    );
    assert.deepEqual(config.phrases.map((p) => p.id), ['custom.impersonal.1', 'house.drop']);
    assert.deepEqual(config.rules, { 'house.drop': 'info', 'custom.impersonal.1': 'off' });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems.join('\n'), /unknown key "colour"/);
    assert.match(problems.join('\n'), /"phrases\[1\]"\.category must be "pushy" or "impersonal"/);
    const linter = createLinter(toLinterConfig(config));
    const found = linter.lint('A limited drop of synergy.');
    assert.deepEqual(found.filter((f) => f.rule.startsWith('house.') || f.rule.startsWith('custom.')).map((f) => [f.rule, f.severity]), [['house.drop', 'info']]);
  });
});

describe('inline directives', () => {
  const rulesOf = (text: string, kind: 'markdown' | 'plaintext' | 'html' = 'markdown') => lint(text, { kind }).map((f) => f.rule);
  it('disable … enable, for every rule or the ones named', () => {
    const text = 'Act now!\n\n<!-- rapport-disable -->\n\nAct now!\n\n<!-- rapport-enable -->\n\nAct now!\n';
    assert.equal(rulesOf(text).filter((r) => r === 'pushy.urgency').length, 2);
    const sentence = 'Act now! Your request has been received and will be processed.';
    const named = `${sentence}\n\n<!-- rapport-disable pushy.urgency -->\n\n${sentence}\n`;
    assert.equal(rulesOf(named).filter((r) => r === 'pushy.urgency').length, 1);
    assert.equal(rulesOf(named).filter((r) => r === 'impersonal.passive').length, 4);
  });
  it('disable-next-line and disable-line, in Markdown, HTML and plain text', () => {
    assert.deepEqual(rulesOf('<!-- rapport-disable-next-line -->\nAct now!\nAct now!\n').filter((r) => r === 'pushy.urgency').length, 1);
    assert.deepEqual(rulesOf('Act now! <!-- rapport-disable-line pushy.urgency -->\n'), []);
    assert.deepEqual(rulesOf('<p>Act now! <!-- rapport-disable-line --></p>', 'html'), []);
    assert.deepEqual(rulesOf('# rapport-disable-next-line\nAct now!\n', 'plaintext'), []);
    assert.deepEqual(rulesOf('Act now! // rapport-disable-line pushy.urgency\n', 'plaintext'), []);
  });
  it('reports a directive that names an unknown rule', () => {
    const { notices, findings } = createLinter().analyze('Act now! <!-- rapport-disable-line pushy.urgnecy -->\n', { kind: 'markdown' });
    assert.equal(notices.length, 1);
    assert.equal(notices[0].kind, 'directive');
    assert.match(notices[0].message, /Unknown rule “pushy\.urgnecy”/);
    assert.ok(findings.some((f) => f.rule === 'pushy.urgency'));
  });
});

describe('presets, channels and overrides', () => {
  const severityOf = (findings: Array<{ rule: string; severity: string }>, rule: string) => findings.find((f) => f.rule === rule)?.severity;
  const copy = 'Act now!! We are proud to announce our new office.\n';
  it('a preset sets the base, the team’s rules win over it', () => {
    assert.equal(severityOf(createLinter({ extends: ['rapport:strict'] }).lint(copy), 'pushy.urgency'), 'error');
    assert.equal(severityOf(createLinter({ extends: ['rapport:gentle'] }).lint(copy), 'pushy.urgency'), 'info');
    assert.equal(severityOf(createLinter({ extends: ['rapport:gentle'] }).lint(copy), 'pushy.exclamations'), undefined);
    assert.equal(severityOf(createLinter({ extends: ['rapport:strict'], rules: { 'pushy.urgency': 'info' } }).lint(copy), 'pushy.urgency'), 'info');
  });
  it('a channel comes from the call, the front matter or the linter, in that order', () => {
    const social = createLinter({ channel: 'social' });
    assert.equal(severityOf(social.lint(copy), 'pushy.exclamations'), 'info');
    assert.equal(severityOf(createLinter().lint(copy), 'pushy.exclamations'), 'warning');
    assert.equal(severityOf(createLinter().lint(`---\ntitle: x\nrapport: { channel: social }\n---\n\n${copy}`, { kind: 'markdown' }), 'pushy.exclamations'), 'info');
    assert.equal(severityOf(social.lint(copy, { channel: 'email' }), 'pushy.exclamations'), 'warning');
  });
  it('configForFile applies "ignore" and the matching "overrides" in order', () => {
    const { config, problems } = validateConfig({
      channel: 'email',
      ignore: ['legal/**'],
      overrides: [{ files: 'sms/**', channel: 'sms', rules: { 'pushy.urgency': 'error' } }, { files: ['sms/vip/*.txt'], rules: { 'pushy.urgency': 'off' } }],
    });
    assert.deepEqual(problems, []);
    assert.equal(configForFile(config, 'legal/terms.md'), undefined);
    assert.equal(configForFile(config, 'emails/a.md')!.channel, 'email');
    assert.deepEqual([configForFile(config, 'sms/a.txt')!.channel, configForFile(config, 'sms/a.txt')!.rules['pushy.urgency']], ['sms', 'error']);
    assert.equal(configForFile(config, 'sms/vip/b.txt')!.rules['pushy.urgency'], 'off');
    assert.match(validateConfig({ channel: 'fax', extends: 'rapport:loud' }).problems.join('\n'), /"extends" names "rapport:loud"[\s\S]*"channel" must be one of email, sms, push, social, landing, product/);
  });
});

describe('a rule the configuration turns off', () => {
  it('is never run', () => {
    const linter = createLinter({ rules: { 'custom.pushy.1': 'off' }, phrases: [{ phrases: ['act now'], category: 'pushy' }] });
    const rule = linter.ruleById('custom.pushy.1')! as { check: (...args: unknown[]) => unknown };
    let calls = 0;
    const check = rule.check;
    rule.check = (...args: unknown[]) => {
      calls++;
      return check(...args);
    };
    assert.ok(!linter.lint('Act now, friend.').some((f) => f.rule === 'custom.pushy.1'));
    assert.equal(calls, 0);
    const on = createLinter({ phrases: [{ phrases: ['act now'], category: 'pushy' }] });
    assert.ok(on.lint('Act now, friend.').some((f) => f.rule === 'custom.pushy.1'));
  });
});
