/**
 * Validates handbook files against the JSON schemas editors read (src/schemas/json-schema.ts), as
 * an editor would: for the fixture handbook in tests/unit/editor-schemas.test.ts, for Rolebook's
 * example content in tests/shipped/.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { readFrontmatterFile, readYaml } from '../../src/reader/frontmatter.ts';
import { collectionNames, collectionSources } from '../../src/schemas/collections.ts';
import { fileKinds, schemaFile, writeEditorSchemas } from '../../src/schemas/json-schema.ts';

export const repo = path.resolve(import.meta.dirname, '../..');

/** The schemas written into a temporary folder (`dir`, for the caller to remove), and a validator per kind of file. */
export async function writtenSchemas(): Promise<{ dir: string; files: string[]; validators: Map<string, ValidateFunction> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-schemas-'));
  const files = await writeEditorSchemas(dir);
  // strict: a keyword Ajv does not know (a typo, a zod extension) is an error, not ignored.
  // Formats (uri, date) are hints for editors; what they allow is the check's to say.
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });
  // The browser editor's hints (src/schemas/fields.ts, editorHint): an annotation, nothing to validate.
  ajv.addKeyword('x-editor');
  const validators = new Map<string, ValidateFunction>();
  for (const kind of fileKinds) {
    const schema = JSON.parse(await readFile(path.join(dir, schemaFile(kind.id)), 'utf8')) as object;
    validators.set(kind.id, ajv.compile(schema));
  }
  return { dir, files, validators };
}

/** Every YAML and MDX file of the handbook in `root`, as the content check reads it, by kind. */
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

/** Each file of the handbook in `root` that the schema of its kind rejects, with why; empty when all pass. */
export async function rejectedFiles(root: string, validators: Map<string, ValidateFunction>): Promise<Record<string, string[]>> {
  const content = await contentOf(root);
  assert.deepEqual(new Set(content.map((c) => c.kind)), new Set(fileKinds.map((k) => k.id)), `${root} has every kind of file`);
  const out: Record<string, string[]> = {};
  for (const { kind, file, data } of content) {
    const errors = errorsOf(validators.get(kind)!, data);
    if (errors.length) out[file] = errors;
  }
  return out;
}

export const errorsOf = (validate: ValidateFunction, data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`));

/** The schema a YAML file's first line (`# yaml-language-server: $schema=…`) points at, relative to the repository, or undefined without that line. */
export function modelineTarget(file: string, text: string): string | undefined {
  const modeline = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!);
  return modeline ? path.relative(repo, path.resolve(repo, path.dirname(file), modeline[1]!)) : undefined;
}
