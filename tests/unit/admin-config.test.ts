/**
 * The browser editor's configuration (src/admin/): made from the schemas with nothing left out,
 * accepted by the editor's own published configuration schema, and refusing a field it cannot map
 * by its name; with translations in site.yaml, editing each translation beside its source.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import type { CmsConfig, Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { editorComponents, editorConfig, githubRepository, type EditorInputs } from '../../src/admin/config.ts';
import { fieldsOf, UnmappedField } from '../../src/admin/fields.ts';
import { adminPage, adminPolicy, sveltiaScript } from '../../src/admin/page.ts';
import { metaPolicy } from '../../src/integrations/csp.ts';
import { text } from '../../src/schemas/fields.ts';
import { fileKinds, toJsonSchema, type JsonSchema } from '../../src/schemas/json-schema.ts';
import { levelSchema } from '../../src/schemas/level.ts';
import { translationSchemaOf } from '../../src/schemas/translated.ts';
import { asEditorSaves } from './editor-format.ts';

const inputs: EditorInputs = {
  site: { company: { name: 'Acme' }, repository: 'https://github.com/acme/handbook', editUrl: 'https://github.com/acme/handbook/edit/trunk/{path}', browserEditorSaves: 'pull-requests' },
  zones: [
    { id: 'us', name: 'United States' },
    { id: 'uk', name: 'United Kingdom' },
  ],
  levels: [
    { id: 'backend-engineer/junior', title: 'Junior Backend Engineer' },
    { id: 'backend-engineer/senior', title: 'Senior Backend Engineer' },
  ],
};
const config = editorConfig(inputs);
const choices = { zones: inputs.zones, levels: inputs.levels, payTable: { collection: '_singletons', file: 'pay' } };

const fieldNamed = (fields: Field[], name: string) => fields.find((f) => f.name === name) as (Field & Record<string, unknown>) | undefined;
const collection = (name: string) => config.collections!.find((c) => 'name' in c && c.name === name) as { fields: Field[]; folder: string } & Record<string, unknown>;

async function sveltiaValidator() {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@sveltia/cms')), '..', 'schema', 'sveltia-cms.json');
  // Sveltia's schema documents itself with keywords of its own (markdownDescription) and formats Ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(JSON.parse(await readFile(file, 'utf8')) as object);
}

test("the generated configuration is valid by the editor's own published configuration schema, which does refuse a wrong one", async () => {
  const validate = await sveltiaValidator();
  assert.equal(validate(config), true, JSON.stringify(validate.errors?.slice(0, 5)));
  const wrong = structuredClone(config) as CmsConfig & { collections: Record<string, unknown>[] };
  wrong.collections[0]!['widgets'] = 'string';
  assert.equal(validate(wrong), false, 'a key the editor does not know is refused');
});

test("every field of every schema has a form field, at every depth, with the schema's description as its hint", () => {
  const missing: string[] = [];
  const compare = (schema: JsonSchema, fields: Field[], where: string) => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (property.not) continue; // a field that has moved (site.currency): nothing to edit
      const field = fieldNamed(fields, name);
      if (!field) {
        missing.push(`${where}.${name}`);
        continue;
      }
      if (property.description) assert.ok(String(field['hint']).startsWith(property.description), `${where}.${name} shows its description`);
      if (property.default !== undefined && typeof property.default !== 'object' && property.type !== 'boolean') {
        assert.ok(String(field['hint']).endsWith(`Left empty, it is ${String(property.default)}.`), `${where}.${name} says what it is when left empty`);
      }
      const items = property.items ?? property;
      if (items.properties && Array.isArray(field['fields'])) compare(items, field['fields'] as Field[], `${where}.${name}`);
    }
  };
  for (const kind of fileKinds) {
    const single = config.singletons?.find((s) => 'name' in s && s.name === kind.id);
    const fields = single && 'fields' in single ? single.fields : collection(kind.id).fields;
    compare(toJsonSchema(kind.schema), fields, kind.id);
  }
  assert.deepEqual(missing, []);
});

test('a field added to a schema appears in the configuration with its label, hint and widget', () => {
  const extended = levelSchema.extend({ mentorNotes: text('Who mentors people at this level, in a sentence.').optional() });
  const field = fieldNamed(fieldsOf(toJsonSchema(extended), choices), 'mentorNotes');
  assert.deepEqual(field, { name: 'mentorNotes', label: 'Mentor notes', hint: 'Who mentors people at this level, in a sentence.', required: false, widget: 'string' });
});

test('a field the editor cannot map fails with its name and where to add a mapping', () => {
  const cases: [z.ZodType, string][] = [
    [z.strictObject({ perks: z.record(z.string(), z.number()) }), 'perks'],
    [z.strictObject({ stage: z.strictObject({ minutes: z.union([z.number(), z.string()]) }) }), 'stage.minutes'],
    [z.strictObject({ grades: z.array(z.strictObject({ weights: z.map(z.string(), z.number()) })) }), 'grades.weights'],
  ];
  for (const [schema, name] of cases) {
    assert.throws(
      () => fieldsOf(toJsonSchema(schema), choices),
      (error: unknown) => error instanceof UnmappedField && error.field === name && error.message.includes(`no form field for ${name}`) && error.message.includes('src/schemas/fields.ts'),
      name,
    );
  }
});

test("references are picks of existing entries: a level's role, an opening's level, a grade and zones from the pay table", () => {
  const level = collection('levels');
  const role = fieldNamed(level.fields, 'role')!;
  assert.deepEqual([role['widget'], role['collection'], role['value_field']], ['relation', 'roles', '{{slug}}']);
  const levelOptions = inputs.levels.map((l) => ({ label: l.title, value: l.id }));
  assert.deepEqual(fieldNamed(collection('openings').fields, 'level'), { ...fieldNamed(collection('openings').fields, 'level'), widget: 'select', options: levelOptions });
  assert.deepEqual(fieldNamed(level.fields, 'grade'), {
    ...fieldNamed(level.fields, 'grade'),
    widget: 'relation',
    collection: '_singletons',
    file: 'pay',
    value_field: 'grades.*.id',
  });
  const faq = collection('faqs');
  assert.deepEqual(fieldNamed(faq.fields, 'levels'), { ...fieldNamed(faq.fields, 'levels'), widget: 'select', multiple: true, options: levelOptions });
  assert.deepEqual(fieldNamed(faq.fields, 'audience'), { ...fieldNamed(faq.fields, 'audience'), widget: 'select', multiple: true, options: ['candidate', 'hiring-manager', 'employee'] });
});

test('bands are a group per zone of the pay table, in its order, named as readers see them', () => {
  const pay = config.singletons!.find((s) => 'name' in s && s.name === 'pay') as { fields: Field[] };
  const grades = fieldNamed(pay.fields, 'grades')!;
  const bands = fieldNamed(grades['fields'] as Field[], 'bands')!;
  assert.deepEqual(
    (bands['fields'] as Field[]).map((f) => [f.name, f.label, (f as { required?: boolean }).required]),
    [
      ['us', 'United States', false],
      ['uk', 'United Kingdom', false],
    ],
  );
  const us = (bands['fields'] as Field[])[0] as { fields: Field[] };
  assert.deepEqual(
    us.fields.map((f) => [f.name, (f as { widget: string }).widget, (f as { value_type?: string }).value_type]),
    [
      ['min', 'number', 'int'],
      ['max', 'number', 'int'],
      ['midpoint', 'number', 'int'],
    ],
  );
});

test("defaults stay the schema's: no field but a checkbox is given one, so saving never writes a value nobody chose", () => {
  const withDefault: string[] = [];
  const walk = (fields: Field[], where: string) => {
    for (const field of fields as (Field & Record<string, unknown>)[]) {
      if ('default' in field) withDefault.push(`${where}.${field.name}:${field['widget']}`);
      if (Array.isArray(field['fields'])) walk(field['fields'] as Field[], `${where}.${field.name}`);
    }
  };
  for (const c of [...config.singletons!, ...config.collections!] as { name: string; fields: Field[] }[]) walk(c.fields, c.name);
  assert.ok(withDefault.length > 0);
  assert.deepEqual(
    withDefault.filter((f) => !f.endsWith(':boolean')),
    [],
  );
});

test('the editor saves to the repository and branch the site names, in pull requests unless the settings say commits', () => {
  assert.deepEqual(config.backend, { name: 'github', repo: 'acme/handbook', branch: 'trunk', auth_methods: ['token'] });
  assert.equal(config.publish_mode, 'editorial_workflow');
  assert.equal(editorConfig({ ...inputs, site: { ...inputs.site, browserEditorSaves: 'commits' } }).publish_mode, 'simple');
  assert.equal(githubRepository('https://github.com/acme/handbook.git'), 'acme/handbook');
  assert.equal(githubRepository('https://gitlab.com/acme/handbook'), undefined);
});

test("level files are stored in their role's folder and listed together, FAQs at any depth, bodies in raw Markdown first", () => {
  const levels = collection('levels');
  assert.equal(levels['path'], '{{role}}/{{slug}}');
  assert.equal(levels['nested'], undefined);
  assert.deepEqual(collection('faqs')['nested'], { subfolders: false });
  const body = fieldNamed(levels.fields, 'body')!;
  assert.deepEqual(body['modes'], ['raw', 'rich_text']);
  assert.equal(fieldNamed(collection('openings').fields, 'body')?.['required'], false, 'an opening needs no text of its own');
});

test('the pay components are offered with picks of existing levels, roles and zones, optional props marked', () => {
  const components = editorComponents(inputs);
  assert.deepEqual(
    components.map((c) => [c.name, c.props.map((p) => `${p.name}${p.required ? '' : '?'}:${(p.field as { collection?: string }).collection ?? (p.field as { widget: string }).widget}`)]),
    [
      ['LevelPay', ['level:select', 'zone?:_singletons']],
      ['RolePay', ['role:roles', 'zone?:_singletons']],
      ['PayZones', ['level?:select']],
    ],
  );
});

test('a file saved by the editor keeps its body and loses nothing the schema knows; keys it does not know move after', () => {
  const file = 'content/levels/backend-engineer/junior.mdx';
  const text = '---\ntitle: Junior\nrole: backend-engineer\nmystery: 1\nresponsibilities: [A, B]\n---\n\n## Body\n\nText.\n';
  assert.equal(asEditorSaves(config, file, text), '---\nrole: backend-engineer\ntitle: Junior\nresponsibilities:\n  - A\n  - B\nexample: false\nmystery: 1\n---\n\n## Body\n\nText.\n');
});

test("the page has a policy of its own that lets it reach GitHub and nothing else outside, and the editor's CDN addresses point at /admin/", async () => {
  const page = adminPage('Acme & Co');
  assert.match(page, /<meta name="robots" content="noindex, nofollow">/);
  assert.equal(metaPolicy(page), adminPolicy);
  assert.match(page, /<title>Edit the Acme &#38; Co handbook<\/title>/);
  const hosts = [...adminPolicy.matchAll(/https:\/\/[^\s;]+/g)].map((m) => new URL(m[0]).host);
  assert.deepEqual(
    hosts.filter((h) => !h.endsWith('github.com') && !h.endsWith('githubusercontent.com') && h !== 'www.githubstatus.com'),
    [],
  );
  const script = await sveltiaScript('/handbook/admin/');
  assert.doesNotMatch(script, /cdn\.jsdelivr\.net\/fontsource|unpkg\.com\/@sveltia\/cms`/);
  assert.match(script, /\/handbook\/admin\/fonts\/source-sans-3\.woff2/);
  // The language switcher's read of a language's validity, which a save leaves without one for a language the entry has no file in.
  assert.match(script, /Object\.values\([\w$]+\([\w$]+\)\[[\w$]+\]\?\?\{\}\)\.some\(\(\{valid:/);
});

// Translations (issue 26): site.yaml's translations make the editor edit each translation beside its source.

const translatedInputs: EditorInputs = { ...inputs, site: { ...inputs.site, locale: 'en-US', translations: [{ key: 'de', locale: 'de-DE', untranslated: 'notice' }] } };
const translatedConfig = editorConfig(translatedInputs);
const translatedCollection = (name: string) => translatedConfig.collections!.find((c) => 'name' in c && c.name === name) as { fields: Field[]; folder: string } & Record<string, unknown>;
const translatedSingleton = (name: string) => translatedConfig.singletons!.find((s) => 'name' in s && s.name === name) as { fields: Field[]; file: string } & Record<string, unknown>;

/** Every field's path (ad.intro, competencies.area) with what a function says of it, at every depth. */
function fieldPaths<T>(fields: Field[], of: (field: Field & Record<string, unknown>) => T, at = ''): [string, T][] {
  return (fields as (Field & Record<string, unknown>)[]).flatMap((field) => {
    const here = `${at}${field.name}`;
    const inner = Array.isArray(field['fields']) ? fieldPaths(field['fields'] as Field[], of, `${here}.`) : [];
    return [[here, of(field)] as [string, T], ...inner];
  });
}

/** The paths of the properties a JSON schema allows, at every depth (objects in lists by the list's path). */
function schemaPaths(schema: JsonSchema, at = ''): string[] {
  const object = schema.items ?? schema;
  return Object.entries(object.properties ?? {}).flatMap(([name, property]) => [`${at}${name}`, ...schemaPaths(property, `${at}${name}.`)]);
}

test('without translations the configuration is as it always was: no languages, no locale folders, no field edited per language', () => {
  const json = JSON.stringify(config);
  for (const word of ['i18n', '{{locale}}', 'translatedFrom']) assert.ok(!json.includes(word), `no ${word}`);
  assert.deepEqual(editorConfig({ ...inputs, site: { ...inputs.site, locale: 'en-US', translations: [] } }), config);
  assert.deepEqual(editorConfig({ ...inputs, site: { ...inputs.site, locale: 'de-DE' } }), config);
  assert.equal(collection('levels').folder, 'content/levels');
  assert.equal(fieldNamed(collection('levels').fields, 'title')?.['required'], undefined);
});

test("with translations the editor has the default language and each translation's key, the default's files where they were and a translation's in content/<key>/", async () => {
  assert.deepEqual(translatedConfig.i18n, { structure: 'multiple_folders', locales: ['en', 'de'], default_locale: 'en', initial_locales: 'default', omit_default_locale_from_file_path: true });
  const validate = await sveltiaValidator();
  assert.equal(validate(translatedConfig), true, JSON.stringify(validate.errors?.slice(0, 5)));
  for (const name of ['roles', 'levels', 'faqs', 'careerPaths', 'openings']) {
    const c = translatedCollection(name);
    assert.equal(c.folder, collection(name).folder.replace('content/', 'content/{{locale}}/'), name);
    assert.equal(c['i18n'], true, name);
  }
  // Interview questions are not translated: nothing in them is marked translated().
  const questions = translatedCollection('interviewQuestions');
  assert.equal(questions.folder, 'content/interview-questions');
  assert.equal(questions['i18n'], undefined);
  assert.deepEqual(questions, collection('interviewQuestions'));
  // The settings files each have words to translate (the company's text, the pay table's names) beside what they share.
  for (const name of ['hiring', 'site', 'pay']) assert.deepEqual([translatedSingleton(name).file, translatedSingleton(name)['i18n']], [`content/{{locale}}/${name}.yaml`, true], name);
  // A translation keyed by the default's own language leaves the default its whole tag.
  const british = editorConfig({ ...inputs, site: { ...inputs.site, locale: 'en-US', translations: [{ key: 'en', locale: 'en-GB', untranslated: 'notice' }] } });
  assert.deepEqual([british.i18n?.locales, british.i18n?.default_locale], [['en-us', 'en'], 'en-us']);
});

test('the fields a translation gives are the ones its schema derives from translated(): edited in every language, required in the default one only; every other field is shared', () => {
  for (const kind of fileKinds) {
    const own = translationSchemaOf(kind.schema);
    const single = translatedConfig.singletons?.find((s) => 'name' in s && s.name === kind.id);
    const fields = single && 'fields' in single ? single.fields : translatedCollection(kind.id).fields;
    const perLanguage = fieldPaths(fields, (f) => f['i18n']);
    if (!own) {
      assert.deepEqual(
        perLanguage.filter(([, i18n]) => i18n !== undefined),
        [],
        `${kind.id}: not translated, as before`,
      );
      continue;
    }
    const edited = perLanguage.filter(([, i18n]) => i18n === true).map(([p]) => p);
    assert.deepEqual(edited.filter((p) => p !== 'translatedFrom' && p !== 'body').sort(), schemaPaths(toJsonSchema(own)).sort(), kind.id);
    assert.deepEqual(
      perLanguage.filter(([, i18n]) => i18n !== true && i18n !== false),
      [],
      `${kind.id}: every field says whether it is translated`,
    );
    const required = fieldPaths(fields, (f) => f['required']).filter(([p]) => edited.includes(p) && p !== 'translatedFrom');
    assert.deepEqual(
      required.filter(([, r]) => r !== false && !(Array.isArray(r) && r.join() === 'en')),
      [],
      `${kind.id}: a translated field is optional in a translation`,
    );
  }
  const level = translatedCollection('levels').fields;
  assert.deepEqual(
    ['role', 'title', 'order', 'competencies', 'experience', 'grade', 'hiring', 'body'].map((name) => [name, fieldNamed(level, name)?.['i18n'], fieldNamed(level, name)?.['required']]),
    [
      ['role', false, undefined],
      ['title', true, ['en']],
      ['order', false, undefined],
      ['competencies', true, ['en']],
      ['experience', false, undefined],
      ['grade', false, undefined],
      ['hiring', true, false],
      ['body', true, ['en']],
    ],
  );
  const stages = fieldNamed(fieldNamed(level, 'hiring')!['fields'] as Field[], 'interviewStages')!;
  assert.deepEqual(
    (stages['fields'] as (Field & Record<string, unknown>)[]).map((f) => [f.name, f['i18n']]),
    [
      ['name', true],
      ['description', true],
      ['minutes', false],
      ['areas', false],
    ],
  );
  assert.deepEqual((fieldNamed(level, 'responsibilities')!['field'] as Record<string, unknown>)['i18n'], true, 'the lines of a translated list are translated too');
  assert.equal(fieldNamed(translatedCollection('openings').fields, 'body')?.['required'], false);
});

test("a translation's fingerprint is kept on every save and shown nowhere; files with nothing to translate have none", () => {
  for (const name of ['roles', 'levels', 'faqs', 'careerPaths', 'openings']) assert.deepEqual(translatedCollection(name).fields[0], { name: 'translatedFrom', label: 'Translated from', widget: 'hidden', i18n: true }, name);
  for (const name of ['hiring', 'site', 'pay']) assert.equal(translatedSingleton(name).fields[0]?.name, 'translatedFrom', name);
  assert.ok(!JSON.stringify(translatedCollection('interviewQuestions')).includes('translatedFrom'));
});

test('a translation saved by the editor keeps its fingerprint first and its fields in order, fills in nothing it leaves out, and keeps a shared field written into it', () => {
  const file = 'content/de/levels/backend-engineer/senior.mdx';
  const text = '---\ntitle: Senior\norder: 3\ntranslatedFrom: 0a1b2c3d\ncompetencies:\n  - expectation: Viel.\n    area: Tiefe\n---\n\nText.\n';
  assert.equal(asEditorSaves(translatedConfig, file, text), '---\ntranslatedFrom: 0a1b2c3d\ntitle: Senior\norder: 3\ncompetencies:\n  - area: Tiefe\n    expectation: Viel.\n---\n\nText.\n');
  // The source is where it always was, with its checkboxes written out as before.
  const source = 'content/levels/backend-engineer/junior.mdx';
  const english = '---\ntitle: Junior\nrole: backend-engineer\nresponsibilities: [A, B]\n---\n\n## Body\n\nText.\n';
  assert.equal(asEditorSaves(translatedConfig, source, english), asEditorSaves(config, source, english));
  assert.equal(asEditorSaves(translatedConfig, 'content/de/hiring.yaml', 'benefits:\n  - Urlaub\ntranslatedFrom: 0a1b2c3d\n'), 'translatedFrom: 0a1b2c3d\nbenefits:\n  - Urlaub\n');
  assert.throws(() => asEditorSaves(config, file, text), /does not edit content\/de\//, 'without translations, content/de/ is no kind of file the editor edits');
  assert.throws(() => asEditorSaves(translatedConfig, 'content/de/interview-questions/x.mdx', text), /does not edit/);
});
