/** The editing guide's field reference lists every field of every kind of file, in plain words. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { fieldReference, fieldsOf, typeName, type Field } from '../../src/guide/field-reference.ts';
import { fileKinds } from '../../src/schemas/json-schema.ts';

/**
 * Every key of a zod schema, recursively, walked on zod's own structure rather than the JSON
 * schema the reference reads: a field the conversion dropped would show here and not there.
 */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return zodPaths(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodPipe) return zodPaths(schema.in as z.ZodType, prefix);
  if (schema instanceof z.ZodArray) return zodPaths(schema.element as z.ZodType, `${prefix}[]`);
  if (schema instanceof z.ZodRecord) return [`${prefix}.<name>`, ...zodPaths(schema.valueType as z.ZodType, `${prefix}.<name>`)];
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...zodPaths(value, path)];
  });
}

const reference = fieldReference();
const field = (kind: string, path: string): Field => {
  const found = reference.find((r) => r.id === kind)?.fields.find((f) => f.path === path);
  assert.ok(found, `${kind}: ${path}`);
  return found;
};

test('the reference covers exactly the fields of every schema, nested groups, lists and named entries included', () => {
  assert.deepEqual(
    reference.map((r) => r.id),
    fileKinds.map((k) => k.id),
  );
  for (const kind of fileKinds) {
    const listed = reference.find((r) => r.id === kind.id)!.fields.map((f) => f.path);
    assert.equal(new Set(listed).size, listed.length, `${kind.id}: no field twice`);
    assert.deepEqual(new Set(listed), new Set(zodPaths(kind.schema)), kind.id);
  }
  assert.ok(zodPaths(fileKinds.find((k) => k.id === 'pay')!.schema).includes('grades[].bands.<name>.midpoint'));
});

test('every field says what it is for: the text editors also see as a hint', () => {
  const silent = reference.flatMap((r) => r.fields.filter((f) => !f.description).map((f) => `${r.file}: ${f.path}`));
  assert.deepEqual(silent, []);
});

test('types, required fields and defaults are written in plain words', () => {
  assert.deepEqual(field('site', 'locale'), { path: 'locale', type: 'text', required: false, default: 'en-US', description: field('site', 'locale').description });
  assert.equal(field('site', 'company.website').type, 'web address');
  assert.equal(field('site', 'currency').type, 'not allowed');
  assert.deepEqual([field('pay', 'period').type, field('pay', 'period').default], ['one of: year, month, hour', 'year']);
  assert.deepEqual([field('pay', 'zones').type, field('pay', 'zones').required], ['list of entries (at least 1)', true]);
  assert.equal(field('pay', 'grades[].bands').type, 'named entries');
  assert.deepEqual([field('pay', 'grades[].bands.<name>.min').type, field('pay', 'grades[].bands.<name>.min').required], ['whole number', true]);
  assert.equal(field('pay', 'maxOverlap').type, 'number');
  assert.deepEqual([field('levels', 'responsibilities').type, field('levels', 'responsibilities').required], ['list of text (at least 3)', true]);
  assert.deepEqual([field('levels', 'niceToHaves').required, field('levels', 'niceToHaves').default], [false, 'none']);
  assert.equal(field('levels', 'experience').type, 'group of fields');
  assert.deepEqual([field('openings', 'directApply').type, field('openings', 'example').default], ['true or false', 'false']);
  assert.equal(field('openings', 'datePosted').type, 'date (YYYY-MM-DD)');
  assert.equal(field('faqs', 'audience').type, 'list, each one of: candidate, hiring-manager, employee (at least 1)');
  assert.equal(field('hiring', 'adChecks').default, undefined, "a group shows its fields' defaults, not its own");
  assert.equal(field('hiring', 'adChecks.maxSentenceWords').default, '35');
});

test('the walker reads any object schema: a field inside a list of lists, an unknown type', () => {
  assert.deepEqual(
    fieldsOf({ type: 'object', properties: { rows: { type: 'array', items: { type: 'array', items: { type: 'object', properties: { x: { description: 'X.' } }, required: ['x'] } } } } }).map((f) => [f.path, f.type, f.required]),
    [
      ['rows', 'list of list of entries', false],
      ['rows[][].x', 'any value', true],
    ],
  );
  assert.equal(typeName({ anyOf: [{ type: 'string' }, { type: 'number' }] }), 'text or number');
});
