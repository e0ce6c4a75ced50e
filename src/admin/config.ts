/**
 * The browser editor's configuration (Sveltia CMS at /admin/), made from the same schemas that check
 * the content: the settings files are singletons, each collection a folder of MDX files with its
 * body in raw Markdown. Nothing in it is written by hand per field (src/admin/fields.ts).
 *
 * With translations (site.yaml), each kind of file a translation can translate is edited in every
 * language, side by side: the default language's file where it always was (content/levels/…), each
 * translation's at content/<key>/ with the same path, holding its translated fields only.
 */
import { languagesMade } from '../i18n/locales.ts';
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { contentComponents, type ComponentProp } from '../schemas/body.ts';
import { collectionSources, type CollectionName } from '../schemas/collections.ts';
import { fileKinds, toJsonSchema } from '../schemas/json-schema.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { translatedFromField, translationSchemaOf } from '../schemas/translated.ts';
import { fieldsOf, labelOf, picker, type Choices } from './fields.ts';

/** What the configuration reads from the handbook: its settings and the pay table's zones. */
/** Where the editor saves the pictures an editor uploads: content, as content/ is (scripts/lib/test-steps.ts). */
export const mediaFolder = 'public/images';

export interface EditorInputs {
  site: Pick<SiteSettings, 'repository' | 'editUrl' | 'browserEditorSaves'> & Partial<Pick<SiteSettings, 'locale' | 'translations'>> & { company: { name: string } };
  zones: { id: string; name: string }[];
  levels: { id: string; title: string }[];
}

/** The singletons' names, by the file kinds' ids (site, pay, hiring). */
const payTable = { collection: '_singletons', file: 'pay' };

/** How each collection's entries are named, stored and listed. */
const collectionLayout: Record<CollectionName, Partial<Collection> & { label: string; label_singular: string }> = {
  roles: { label: 'Roles', label_singular: 'Role', slug: '{{title}}' },
  // Levels live in their role's folder (content/levels/backend-engineer/senior.mdx) and are listed
  // together by title: a folder tree would open on an empty list.
  levels: { label: 'Levels', label_singular: 'Level', path: '{{role}}/{{slug}}', slug: '{{shortTitle}}', view_groups: [{ label: 'Role', field: 'role' }] },
  // FAQs are grouped in folders by topic, as deep as an editor likes.
  faqs: { label: 'FAQs', label_singular: 'FAQ', nested: { subfolders: false }, slug: '{{question}}' },
  careerPaths: { label: 'Career paths', label_singular: 'Career path', slug: '{{title}}' },
  openings: { label: 'Openings', label_singular: 'Opening', slug: '{{level}}', identifier_field: 'level' },
  // Filed in folders by competency area (content/interview-questions/system-design/…), as FAQs are by topic.
  interviewQuestions: { label: 'Interview questions', label_singular: 'Interview question', nested: { subfolders: false }, slug: '{{question}}', view_groups: [{ label: 'Area', field: 'area' }] },
};

/**
 * The page text, below the fields: raw Markdown first, as the rich-text mode rewrites Markdown it did
 * not touch. With translations (`defaultLocale`), each translation has its own, which it may leave
 * empty for now.
 */
const bodyField = (required: boolean, defaultLocale?: string): Field => ({
  name: 'body',
  label: 'Page text',
  widget: 'markdown',
  modes: ['raw', 'rich_text'],
  editor_components: Object.keys(contentComponents),
  hint: 'Markdown: headings with ##, lists with -, links as [text](address). <LevelPay level="backend-engineer/senior" /> and <RolePay role="backend-engineer" /> show pay from the pay table.',
  ...(required ? (defaultLocale ? { required: [defaultLocale] } : {}) : { required: false }),
  ...(defaultLocale ? { i18n: true } : {}),
});

/**
 * The editor's languages when site.yaml names translations: the default language first, by its
 * language code (en for en-US), then each translation by its key (de), which is its folder. The
 * default language's files stay where they are (omit_default_locale_from_file_path), so its code
 * names it in the editor only; a translation keyed by that same code leaves it the whole tag.
 */
function editorLocales(site: EditorInputs['site']): { defaultLocale: string; locales: string[] } | undefined {
  const tag = site.locale ?? 'en-US';
  const keys = languagesMade({ locale: tag, translations: site.translations ?? [] }).map((t) => t.key);
  if (!keys.length) return undefined;
  const defaultLocale = [new Intl.Locale(tag).language, tag.toLowerCase(), 'default'].find((code) => !keys.includes(code))!;
  return { defaultLocale, locales: [defaultLocale, ...keys] };
}

/** content/levels → content/{{locale}}/levels: where each language's copy is, the default's with no locale folder. */
const inLocaleFolder = (path: string) => path.replace(/^content\//, 'content/{{locale}}/');

/**
 * The fingerprint a translation starts with (src/schemas/translated.ts): kept as it is on every
 * save, and shown nowhere, as the check gives its value and the default language has none.
 */
const translatedFrom: Field = { name: translatedFromField, label: 'Translated from', widget: 'hidden', i18n: true };

/** Whether a translation can translate files of this schema: it has a field marked translated(). */
const isTranslatable = (schema: z.ZodType) => translationSchemaOf(schema) !== undefined;

/** owner/name of a GitHub repository address, if it is one. */
export function githubRepository(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The branch the edit links point at (…/edit/<branch>/{path}); the repository's default otherwise. */
const branchOf = (editUrl: string | undefined) => (editUrl && /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/([^/]+)\//.exec(editUrl)?.[1]) || undefined;

export function editorConfig({ site, zones, levels }: EditorInputs): CmsConfig {
  const languages = editorLocales(site);
  const choices: Choices = { zones, levels, payTable };
  /** With translations, the default language's code for a kind of file a translation can translate. */
  const translatedIn = (schema: z.ZodType) => (languages && isTranslatable(schema) ? languages.defaultLocale : undefined);
  /** The fields of a kind of file; of one translated, each saying whether it is, the fingerprint first. */
  const fieldsFor = (schema: z.ZodType) => {
    const defaultLocale = translatedIn(schema);
    return defaultLocale ? [translatedFrom, ...fieldsOf(toJsonSchema(schema), { ...choices, translating: { defaultLocale } })] : fieldsOf(toJsonSchema(schema), choices);
  };
  /** Where a kind of file lives: of one translated, each language's copy, edited side by side. */
  const placed = (schema: z.ZodType, path: string) => (translatedIn(schema) ? { path: inLocaleFolder(path), i18n: true } : { path });
  const branch = branchOf(site.editUrl);
  const singletons = fileKinds.filter((k) => !(k.id in collectionSources));
  const collections = fileKinds.filter((k): k is typeof k & { id: CollectionName } => k.id in collectionSources);
  return {
    load_config_file: false,
    app_title: `${site.company.name} handbook`,
    backend: {
      name: 'github',
      // A fork whose site.yaml does not name its repository yet can still edit a local copy.
      repo: githubRepository(site.repository) ?? 'owner/handbook',
      ...(branch ? { branch } : {}),
      auth_methods: ['token'],
    },
    publish_mode: site.browserEditorSaves === 'commits' ? 'simple' : 'editorial_workflow',
    media_folder: mediaFolder,
    public_folder: '/images',
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    // A translation is begun on purpose, file by file ("Enable" in the editor's language switcher):
    // a new file starts in the default language only, so no empty translation is saved beside it.
    ...(languages
      ? {
          i18n: {
            structure: 'multiple_folders',
            locales: languages.locales,
            default_locale: languages.defaultLocale,
            initial_locales: 'default',
            omit_default_locale_from_file_path: true,
          },
        }
      : {}),
    singletons: singletons.map((kind) => {
      const { path, ...i18n } = placed(kind.schema, kind.file);
      return { name: kind.id, label: kind.label, file: path, ...i18n, fields: fieldsFor(kind.schema) };
    }),
    collections: collections.map((kind) => {
      const { base, schema } = collectionSources[kind.id];
      const layout = collectionLayout[kind.id];
      const fields = fieldsFor(schema);
      const named = fields.find((f) => 'name' in f && toJsonSchema(schema).properties?.[f.name]?.['x-editor']?.names);
      const { path, ...i18n } = placed(schema, base);
      return {
        name: kind.id,
        folder: path,
        ...i18n,
        extension: 'mdx',
        format: 'yaml-frontmatter',
        ...(named ? { identifier_field: named.name } : {}),
        ...layout,
        fields: [...fields, bodyField(kind.id !== 'openings', translatedIn(schema))],
      } as Collection;
    }),
  };
}

/** A component a page's text may hold, as the editor's start script (src/admin/start.js) registers it. */
export interface EditorComponent {
  name: string;
  label: string;
  props: { name: string; required: boolean; field: Field }[];
}

const componentLabels: Record<keyof typeof contentComponents, string> = {
  LevelPay: 'Pay of a level',
  RolePay: 'Pay of a role',
  PayZones: 'Pay zones',
};

/** The pay components (src/schemas/body.ts), each prop a pick of an existing role, level or zone. */
export function editorComponents({ zones, levels }: Pick<EditorInputs, 'zones' | 'levels'>): EditorComponent[] {
  const choices: Choices = { zones, levels, payTable };
  return Object.entries(contentComponents).map(([name, props]) => ({
    name,
    label: componentLabels[name as keyof typeof contentComponents],
    props: Object.entries(props as Record<string, ComponentProp>).map(([prop, kind]) => {
      const required = !kind.endsWith('?');
      const picks = `${kind.replace('?', '')}s` as 'levels' | 'roles' | 'zones';
      return { name: prop, required, field: { name: prop, label: labelOf(prop), ...(required ? {} : { required: false }), ...picker(picks, choices, false) } as Field };
    }),
  }));
}
