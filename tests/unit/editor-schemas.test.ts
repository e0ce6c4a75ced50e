/**
 * The JSON schemas behind editors' hints (src/schemas/json-schema.ts): written for every kind of
 * file, valid JSON Schema, accepting the fixture handbook and rejecting mistakes, and found where
 * the YAML files' first lines and .vscode/settings.json look for them. That they accept all of
 * Rolebook's example content is checked in tests/shipped/, as a fork's content is its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readFrontmatterFile, readYaml } from '../../src/reader/frontmatter.ts';
import { collectionNames } from '../../src/schemas/collections.ts';
import { fileKinds, schemaFile } from '../../src/schemas/json-schema.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { fixtureWithCareerPaths } from '../fixtures/read-handbook.ts';
import { fixture } from './check-fixture.ts';
import { errorsOf, modelineTarget, rejectedFiles, repo, writtenSchemas } from './editor-schema-check.ts';

const generated = writtenSchemas();

/** A fixture file's data (YAML or MDX frontmatter), read as the check reads it. */
async function dataOf(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(fixture, file), 'utf8');
  const read = file.endsWith('.yaml') ? readYaml(file, text) : readFrontmatterFile(file, text);
  assert.ok(read.ok, file);
  return read.value.data as Record<string, unknown>;
}

test('one schema per kind of file (the three settings files and every collection), each a valid JSON Schema', async () => {
  const { files, validators } = await generated;
  assert.deepEqual(
    fileKinds.map((k) => k.id),
    ['site', 'pay', 'hiring', ...collectionNames],
  );
  assert.deepEqual(
    files,
    fileKinds.map((k) => `.astro/schemas/${k.id}.schema.json`),
  );
  assert.equal(validators.size, fileKinds.length);
});

test('the fixture handbook, with its career-path files, validates against the schemas, file by file', async () => {
  const { validators } = await generated;
  const withCareers = await fixtureWithCareerPaths();
  try {
    assert.deepEqual(await rejectedFiles(withCareers.dir, validators), {});
  } finally {
    await withCareers.remove();
  }
});

test('a mistake in a value, a name or a list fails validation at that field', async () => {
  const { validators } = await generated;
  const [site, pay, level, opening] = await Promise.all(['content/site.yaml', 'content/pay.yaml', 'content/levels/data-engineer/senior.mdx', 'content/openings/senior-data-berlin.mdx'].map(dataOf));
  assert.deepEqual(errorsOf(validators.get('site')!, { ...site, brandColor: 'blue' }), ['/brandColor pattern']);
  assert.deepEqual(errorsOf(validators.get('site')!, { ...site, currency: 'EUR' }), ['/currency not']);
  assert.deepEqual(errorsOf(validators.get('pay')!, { ...pay, period: 'week' }), ['/period enum']);
  assert.deepEqual(errorsOf(validators.get('levels')!, { ...level, responsibilities: ['Only one'], titel: 'Senior' }), [' additionalProperties', '/responsibilities minItems']);
  assert.deepEqual(errorsOf(validators.get('openings')!, { ...opening, directApply: 'yes' }), ['/directApply type']);
});

test('what the check accepts in any letter case the schema accepts too', async () => {
  const { validators } = await generated;
  const site = { company: { name: 'Acme', website: 'https://acme.example', about: 'Acme makes anvils.', logo: '/Logo.SVG' }, url: 'https://acme.example', base: '/Handbook/' };
  assert.equal(siteSchema.safeParse(site).success, true);
  assert.deepEqual(errorsOf(validators.get('site')!, site), []);
});

test(".vscode/settings.json, and the fixture's YAML files that have the line, point at schemas the generator writes", async () => {
  const targets = new Map(fileKinds.map((k) => [k.file, schemaFile(k.id)]));
  const yamlFiles = [...targets.keys()].filter((f) => f.endsWith('.yaml'));
  const pointed: Record<string, string | undefined> = {};
  for (const file of yamlFiles) {
    const inFixture = path.relative(repo, path.join(fixture, file));
    const target = modelineTarget(inFixture, await readFile(path.join(repo, inFixture), 'utf8'));
    if (target) pointed[file] = target;
  }
  assert.deepEqual(pointed, { 'content/hiring.yaml': targets.get('content/hiring.yaml') });
  const settings = JSON.parse(await readFile(path.join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  const mapped = Object.entries(settings['yaml.schemas']).map(([schema, file]) => [file, path.normalize(schema)]);
  assert.deepEqual(
    mapped,
    yamlFiles.map((f) => [f, targets.get(f)]),
  );
});

test("npm install's step never fails: a broken schema is one line, exit code 0, and no schemas", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-postinstall-'));
  try {
    await cp(path.join(repo, 'src'), path.join(dir, 'src'), { recursive: true });
    await cp(path.join(repo, 'scripts/editor-schemas.ts'), path.join(dir, 'scripts/editor-schemas.ts'));
    await cp(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
    await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
    const run = () => promisify(execFile)(process.execPath, ['scripts/editor-schemas.ts'], { cwd: dir });
    assert.deepEqual(await run(), { stdout: 'Editor hints: wrote 9 JSON schemas to .astro/schemas/.\n', stderr: '' });
    await rm(path.join(dir, '.astro'), { recursive: true });
    await writeFile(path.join(dir, 'src/schemas/site.ts'), 'export const siteSchema = ;\n');
    const broken = await run();
    assert.match(broken.stdout, /^Editor hints were not written \(.+\); npm run dev writes them when it starts\.\n$/);
    assert.equal(broken.stderr, '');
    await assert.rejects(readdir(path.join(dir, '.astro')), { code: 'ENOENT' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.after(async () => rm((await generated).dir, { recursive: true, force: true }));
