/**
 * JSON schemas of every file an editor writes, made from the zod schemas, so editors see each
 * field's description, its allowed values and mistakes as they type. One generator: `npm install`
 * runs it (scripts/editor-schemas.ts), and so does every start of Astro (src/integrations/settings.ts),
 * so a fresh clone has the hints before anything else runs and a changed schema reaches them at once.
 */
import { z } from 'astro/zod';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectionSources, hiringFile, payTableFile, siteSettingsFile, type CollectionName } from './collections.ts';
import type { EditorHint } from './fields.ts';
import { hiringSchema } from './hiring.ts';
import { payTableSchema } from './pay.ts';
import { siteSchema } from './site.ts';
import { isTranslatedField } from './translated.ts';

/** Where the schemas are written, from the project's root; .astro/ is not committed. */
const schemaDir = '.astro/schemas';

export interface FileKind {
  /** The schema file's name without .schema.json: site, pay, hiring or a collection's name. */
  id: string;
  /** The kind as an editor names it: "a role", "the pay table". */
  label: string;
  /** Where files of this kind live, placeholders in angle brackets. */
  file: string;
  schema: z.ZodType;
}

const collectionKinds: Record<CollectionName, { label: string; name: string }> = {
  roles: { label: 'A role', name: '<role>.mdx' },
  levels: { label: 'A level', name: '<role>/<level>.mdx' },
  faqs: { label: 'An FAQ', name: '<topic>/<question>.mdx' },
  careerPaths: { label: 'A career path', name: '<path>.mdx' },
  openings: { label: 'An opening', name: '<opening>.mdx' },
  interviewQuestions: { label: 'An interview question', name: '<area>/<question>.mdx' },
};

/** Every kind of file an editor writes, settings first, in the order a fork edits them. */
export const fileKinds: readonly FileKind[] = [
  { id: 'site', label: 'Site settings', file: siteSettingsFile, schema: siteSchema },
  { id: 'pay', label: 'The pay table', file: payTableFile, schema: payTableSchema },
  { id: 'hiring', label: 'How you hire', file: hiringFile, schema: hiringSchema },
  ...(Object.keys(collectionKinds) as CollectionName[]).map((id) => ({
    id,
    label: collectionKinds[id].label,
    file: `${collectionSources[id].base}/${collectionKinds[id].name}`,
    schema: collectionSources[id].schema,
  })),
];

/** The part of JSON Schema toJsonSchema writes and Rolebook reads back (the field reference, the browser editor). */
export interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  'x-editor'?: EditorHint;
}

/** The schema file of a kind, from the project's root. */
export const schemaFile = (id: string) => `${schemaDir}/${id}.schema.json`;

/**
 * What editors may write, not what the check makes of it (io: input): defaults are optional and
 * references are plain ids. Draft 7, as Red Hat's YAML extension reads no later draft reliably.
 * YAML reads 2026-03-01 as text, so a date is text in the form of a date. JSON Schema patterns
 * have no flags, so a case-insensitive pattern is left out rather than made stricter than the check:
 * the editor may miss a mistake `npm run check` reports (as with every refinement), never the reverse.
 * A field a translation translates says so in its x-editor hint (translated: true).
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
      if (def.checks?.some((check) => caseless(check._zod.def))) {
        delete jsonSchema.pattern;
        delete jsonSchema.allOf;
      }
      // The one mark that makes a translation's schema (translationSchemaOf) tells the browser
      // editor which fields a translation gives: x-editor.translated.
      if (isTranslatedField(zodSchema)) jsonSchema['x-editor'] = { ...(jsonSchema['x-editor'] as EditorHint | undefined), translated: true };
    },
  }) as JsonSchema;
}

const caseless = (check: object) => 'pattern' in check && check.pattern instanceof RegExp && check.pattern.flags.includes('i');

/** Writes every kind's schema under root/.astro/schemas/, returning the files written. */
export async function writeEditorSchemas(root: string): Promise<string[]> {
  await mkdir(path.join(root, schemaDir), { recursive: true });
  return Promise.all(
    fileKinds.map(async ({ id, schema }) => {
      const file = schemaFile(id);
      await writeFile(path.join(root, file), `${JSON.stringify(toJsonSchema(schema), null, 2)}\n`);
      return file;
    }),
  );
}
