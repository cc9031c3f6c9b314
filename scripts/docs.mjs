// `npm run docs`: writes the rule catalogue (from the rules' own metadata) to docs/rules.md and its
// summary table into README.md between the rules:start and rules:end markers, the settings and
// .rapport.json schemas, and the profiles table. test/unit/readme.test.ts fails when any is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const catalogue = execFileSync(process.execPath, ['server/out/cli.js', 'rules', '--format', 'markdown'], { cwd: root, encoding: 'utf8' });
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'rules.md'), catalogue);
const table = execFileSync(process.execPath, ['server/out/cli.js', 'rules', '--format', 'markdown-table'], { cwd: root, encoding: 'utf8' });
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = readme.replace(/(<!-- rules:start[^>]*-->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${table}$2`);
writeFileSync(readmePath, updated);
console.log(updated === readme ? 'README.md rules table already up to date' : 'README.md rules table updated');

// The settings schema lists every rule with its default, so VS Code completes and validates rapport.rules.
const manifestPath = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const rulesJson = JSON.parse(execFileSync(process.execPath, ['server/out/cli.js', 'rules', '--format', 'json'], { cwd: root, encoding: 'utf8' }));
manifest.contributes.configuration.properties['rapport.rules'].properties = Object.fromEntries(
  rulesJson.map((r) => [r.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], default: r.defaultSeverity, description: r.title }]),
);
// The channel setting offers every built-in profile, described from its data.
const channelProfiles = JSON.parse(execFileSync(process.execPath, ['server/out/cli.js', 'channels', '--format', 'json'], { cwd: root, encoding: 'utf8' })).channels;
manifest.contributes.configuration.properties['rapport.channel'] = {
  type: 'string',
  enum: ['', ...Object.keys(channelProfiles)],
  enumDescriptions: ['Not set: the front matter or .rapport.json decides.', ...Object.values(channelProfiles).map((c) => c.description)],
  default: '',
  scope: 'resource',
  markdownDescription: 'The medium this copy is for, which tunes the rules (an SMS is not a landing page). A `rapport: { channel: sms }` key in a document\'s front matter wins over this setting; this setting wins over `.rapport.json`.',
};
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

// The .rapport.json schema, from the same rule list: VS Code validates and completes every key
// (contributes.jsonValidation); `$schema` points other editors at it.
const schemaPath = join(root, 'server', 'schema', 'rapport.schema.json');
const profiles = JSON.parse(execFileSync(process.execPath, ['server/out/cli.js', 'channels', '--format', 'json'], { cwd: root, encoding: 'utf8' }));
const channel = { enum: Object.keys(profiles.channels), description: Object.entries(profiles.channels).map(([n, c]) => `${n}: ${c.description}`).join(' ') };
const rulesSchema = (description) => ({ description, type: 'object', properties: Object.fromEntries(rulesJson.map((r) => [r.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], default: r.defaultSeverity, description: r.title }])), additionalProperties: { type: 'string', enum: ['off', 'info', 'warning', 'error'] } });
const globs = (description) => ({ description, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] });
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Rapport configuration (.rapport.json)',
  description: 'A team’s Rapport settings, found by walking up from each file. VS Code settings override them per workspace and folder.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: { description: Object.entries(profiles.presets).map(([n, p]) => `${n}: ${p.description}`).join(' '), oneOf: [{ enum: Object.keys(profiles.presets) }, { type: 'array', items: { enum: Object.keys(profiles.presets) } }] },
    channel,
    rules: rulesSchema('Severity per rule: off, info, warning or error. Your own phrase rules are keyed by their id.'),
    ignoredPhrases: { description: 'Phrases your team keeps, never flagged (case-insensitive).', type: 'array', items: { type: 'string', minLength: 1 } },
    phrases: {
      description: 'Your own phrase rules, without code: each behaves like a built-in rule (hover, quick fix).',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['phrases', 'category'],
        properties: {
          phrases: { description: 'The phrases; `*` alone stands for any one word, at the end of a word for any ending.', type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, minItems: 1 },
          category: { enum: ['pushy', 'impersonal'] },
          message: { description: 'Shown on hover; {phrase} is replaced by what was found.', type: 'string' },
          replacements: { description: 'Plainer alternatives, best first: each becomes a quick fix.', type: 'array', items: { type: 'string' } },
          id: { description: 'A stable id for "rules" and inline directives (default custom.<category>.<n>).', type: 'string', pattern: '^[\\w.-]+$' },
          severity: { enum: ['info', 'warning', 'error'], default: 'warning' },
        },
      },
    },
    ignore: globs('Files not checked, as globs relative to this file ("legal/**").'),
    overrides: {
      description: 'Settings for some files only, by glob relative to this file; later entries win.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: { files: globs('The files this entry applies to ("sms/**/*.txt").'), channel, rules: rulesSchema('Severity per rule for these files.'), ignoredPhrases: { type: 'array', items: { type: 'string', minLength: 1 } } },
      },
    },
  },
};
mkdirSync(dirname(schemaPath), { recursive: true });
writeFileSync(schemaPath, JSON.stringify(schema, null, 2) + '\n');

// The presets and channel profiles, documented from their data.
const profilesTable = execFileSync(process.execPath, ['server/out/cli.js', 'channels', '--format', 'markdown'], { cwd: root, encoding: 'utf8' });
const withProfiles = readFileSync(readmePath, 'utf8').replace(/(<!-- profiles:start[^>]*-->\n)[\s\S]*?(<!-- profiles:end -->)/, `$1${profilesTable}$2`);
writeFileSync(readmePath, withProfiles);
