// Keeps README.md true: its rule section is exactly what the rules say about themselves.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHANNELS, profilesMarkdown, rules, rulesMarkdown, rulesTableMarkdown } from '../../server/src/engine';

describe('README', () => {
  it('documents every rule in docs/rules.md exactly as the rules describe themselves, and the README links each (run `npm run docs` to update)', () => {
    assert.equal(readFileSync(resolve(__dirname, '../../../docs/rules.md'), 'utf8'), rulesMarkdown() + '\n');
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const section = /<!-- rules:start[^>]*-->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    assert.ok(section, 'README has the rules markers');
    assert.equal(section[1], rulesTableMarkdown((id) => `docs/rules.md#${id}`) + '\n');
  });

  it('declares every rule in the rapport.rules setting with its default (run `npm run docs` to update)', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));
    const declared = manifest.contributes.configuration.properties['rapport.rules'].properties;
    assert.deepEqual(Object.keys(declared), rules.map((r) => r.id));
    for (const r of rules) assert.equal(declared[r.id].default, r.defaultSeverity);
  });

  it('ships a .rapport.json schema with every rule, and VS Code validates config files with it (run `npm run docs` to update)', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));
    const [validation] = manifest.contributes.jsonValidation;
    assert.deepEqual(validation.fileMatch, ['.rapport.json', '.rapport.jsonc']);
    const schema = JSON.parse(readFileSync(resolve(__dirname, '../../..', validation.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties), rules.map((r) => r.id));
    assert.deepEqual(Object.keys(schema.properties).slice(1), ['extends', 'channel', 'rules', 'ignoredPhrases', 'phrases', 'ignore', 'overrides']);
    assert.deepEqual(schema.properties.channel.enum, Object.keys(CHANNELS));
  });

  it('documents the presets and channel profiles from their data (run `npm run docs` to update)', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const section = /<!-- profiles:start[^>]*-->\n([\s\S]*?)<!-- profiles:end -->/.exec(readme);
    assert.ok(section, 'README has the profiles markers');
    assert.equal(section[1], profilesMarkdown());
  });
});
