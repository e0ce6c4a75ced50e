/**
 * The browser editor's configuration (Sveltia CMS at /admin/), made from the same schemas that check
 * the content: the settings files are singletons, each collection a folder of MDX files with its
 * body in raw Markdown. Nothing in it is written by hand per field (src/admin/fields.ts).
 */
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { contentComponents, type ComponentProp } from '../schemas/body.ts';
import { collectionSources, type CollectionName } from '../schemas/collections.ts';
import { fileKinds, toJsonSchema } from '../schemas/json-schema.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { fieldsOf, labelOf, picker, type Choices } from './fields.ts';

/** What the configuration reads from the handbook: its settings and the pay table's zones. */
export interface EditorInputs {
  site: Pick<SiteSettings, 'repository' | 'editUrl' | 'browserEditorSaves'> & { company: { name: string } };
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

/** The page text, below the fields: raw Markdown first, as the rich-text mode rewrites Markdown it did not touch. */
const bodyField = (required: boolean): Field => ({
  name: 'body',
  label: 'Page text',
  widget: 'markdown',
  modes: ['raw', 'rich_text'],
  editor_components: Object.keys(contentComponents),
  hint: 'Markdown: headings with ##, lists with -, links as [text](address). <LevelPay level="backend-engineer/senior" /> and <RolePay role="backend-engineer" /> show pay from the pay table.',
  ...(required ? {} : { required: false }),
});

/** owner/name of a GitHub repository address, if it is one. */
export function githubRepository(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The branch the edit links point at (…/edit/<branch>/{path}); the repository's default otherwise. */
const branchOf = (editUrl: string | undefined) => (editUrl && /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/([^/]+)\//.exec(editUrl)?.[1]) || undefined;

export function editorConfig({ site, zones, levels }: EditorInputs): CmsConfig {
  const choices: Choices = { zones, levels, payTable };
  const fieldsFor = (schema: Parameters<typeof toJsonSchema>[0]) => fieldsOf(toJsonSchema(schema), choices);
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
    media_folder: 'public/images',
    public_folder: '/images',
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    singletons: singletons.map((kind) => ({ name: kind.id, label: kind.label, file: kind.file, fields: fieldsFor(kind.schema) })),
    collections: collections.map((kind) => {
      const { base, schema } = collectionSources[kind.id];
      const layout = collectionLayout[kind.id];
      const fields = fieldsFor(schema);
      const named = fields.find((f) => 'name' in f && toJsonSchema(schema).properties?.[f.name]?.['x-editor']?.names);
      return {
        name: kind.id,
        folder: base,
        extension: 'mdx',
        format: 'yaml-frontmatter',
        ...(named ? { identifier_field: named.name } : {}),
        ...layout,
        fields: [...fields, bodyField(kind.id !== 'openings')],
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
