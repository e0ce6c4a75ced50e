/**
 * The JSON schemas behind editors' hints (src/schemas/json-schema.ts): written for every kind of
 * file, valid JSON Schema, accepting all the shipped content and rejecting mistakes, and found
 * where the YAML files' first lines and .vscode/settings.json look for them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import { readFrontmatterFile, readYaml } from '../../src/reader/frontmatter.ts';
import { collectionNames, collectionSources } from '../../src/schemas/collections.ts';
import { fileKinds, schemaFile, writeEditorSchemas } from '../../src/schemas/json-schema.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repo, 'tests/fixtures/handbook');

async function written(): Promise<{ dir: string; files: string[]; validators: Map<string, ValidateFunction> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-schemas-'));
  const files = await writeEditorSchemas(dir);
  // strict: a keyword Ajv does not know (a typo, a zod extension) is an error, not ignored.
  // Formats (uri, date) are hints for editors; what they allow is the check's to say.
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  for (const kind of fileKinds) {
    const schema = JSON.parse(await readFile(path.join(dir, schemaFile(kind.id)), 'utf8')) as object;
    validators.set(kind.id, ajv.compile(schema));
  }
  return { dir, files, validators };
}
const generated = written();

/** Every YAML and MDX file of a handbook, as the content check reads it, by kind. */
async function contentOf(root: string): Promise<{ kind: string; file: string; data: unknown }[]> {
  const out: { kind: string; file: string; data: unknown }[] = [];
  for (const kind of fileKinds.slice(0, 3)) {
    const read = readYaml(kind.file, await readFile(path.join(root, kind.file), 'utf8'));
    assert.ok(read.ok, kind.file);
    out.push({ kind: kind.id, file: kind.file, data: read.value.data });
  }
  for (const name of collectionNames) {
    const base = path.join(root, collectionSources[name].base);
    for (const file of (await readdir(base, { recursive: true })).filter((f) => f.endsWith('.mdx'))) {
      const read = readFrontmatterFile(file, await readFile(path.join(base, file), 'utf8'));
      assert.ok(read.ok, file);
      out.push({ kind: name, file: `${collectionSources[name].base}/${file}`, data: read.value.data });
    }
  }
  return out;
}

/** A repository file's data (YAML or MDX frontmatter), read as the check reads it. */
async function dataOf(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(repo, file), 'utf8');
  const read = file.endsWith('.yaml') ? readYaml(file, text) : readFrontmatterFile(file, text);
  assert.ok(read.ok, file);
  return read.value.data as Record<string, unknown>;
}

const errorsOf = (validate: ValidateFunction, data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`));

test('one schema per kind of file (the three settings files and every collection), each a valid JSON Schema', async () => {
  const { files, validators } = await generated;
  assert.deepEqual(fileKinds.map((k) => k.id), ['site', 'pay', 'hiring', ...collectionNames]);
  assert.deepEqual(files, fileKinds.map((k) => `.astro/schemas/${k.id}.schema.json`));
  assert.equal(validators.size, 8);
});

test('the shipped content and the fixture handbook validate against the schemas, file by file', async () => {
  const { validators } = await generated;
  for (const root of [repo, fixture]) {
    const content = await contentOf(root);
    assert.deepEqual(new Set(content.map((c) => c.kind)), new Set(fileKinds.map((k) => k.id)), `${root} has every kind of file`);
    for (const { kind, file, data } of content) assert.deepEqual(errorsOf(validators.get(kind)!, data), [], file);
  }
});

test('a mistake in a value, a name or a list fails validation at that field', async () => {
  const { validators } = await generated;
  const [site, pay, level, opening] = await Promise.all(
    ['content/site.yaml', 'content/pay.yaml', 'content/levels/backend-engineer/senior.mdx', 'content/openings/senior-backend-engineer-payments.mdx'].map(dataOf),
  );
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

test('every YAML file\'s first line and .vscode/settings.json point at schemas the generator writes', async () => {
  const targets = new Map(fileKinds.map((k) => [k.file, schemaFile(k.id)]));
  const yamlFiles = [...targets.keys()].filter((f) => f.endsWith('.yaml'));
  for (const file of [...yamlFiles, ...yamlFiles.map((f) => path.relative(repo, path.join(fixture, f)))]) {
    const text = await readFile(path.join(repo, file), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0]!);
    if (file.startsWith('tests/') && !modeline) continue;
    assert.ok(modeline, `${file} starts with the schema line`);
    const resolved = path.relative(repo, path.resolve(repo, path.dirname(file), modeline[1]!));
    assert.equal(resolved, targets.get(file.replace(/^tests\/fixtures\/handbook\//, '')), file);
  }
  const settings = JSON.parse(await readFile(path.join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  const mapped = Object.entries(settings['yaml.schemas']).map(([schema, file]) => [file, path.normalize(schema)]);
  assert.deepEqual(mapped, yamlFiles.map((f) => [f, targets.get(f)]));
});

test('npm install\'s step never fails: a broken schema is one line, exit code 0, and no schemas', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-postinstall-'));
  try {
    await cp(path.join(repo, 'src'), path.join(dir, 'src'), { recursive: true });
    await cp(path.join(repo, 'scripts/editor-schemas.ts'), path.join(dir, 'scripts/editor-schemas.ts'));
    await cp(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
    await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
    const run = () => promisify(execFile)(process.execPath, ['scripts/editor-schemas.ts'], { cwd: dir });
    assert.deepEqual(await run(), { stdout: 'Editor hints: wrote 8 JSON schemas to .astro/schemas/.\n', stderr: '' });
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
