/** content/site.yaml: the settings every fork edits first. */
import { z } from 'astro/zod';
import { normaliseBase } from '../lib/url.ts';
import { isKnownLocale, ofKind, paragraph, text } from './fields.ts';
import { translated } from './translated.ts';

/**
 * What content/site.yaml ships with. A fork that still holds these has not been made its own: the
 * check warns, and the GitHub Pages workflow replaces the addresses with the fork's own.
 */
export const shippedSite = {
  companyName: 'Northwind Labs',
  /** The example company's mail domain, in hiring.yaml's contacts and the example openings. */
  mailDomain: 'northwind.example',
  url: 'https://handbook.example.com',
  repository: 'https://github.com/rolebook/rolebook',
  editUrl: 'https://github.com/rolebook/rolebook/edit/main/{path}',
} as const;

const localeTag = ofKind(
  'locale',
  z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'must be a language tag such as en-US or de-DE', abort: true })
    .refine(isKnownLocale, { message: 'is not a language (and region) that browsers and screen readers know', params: { fix: 'use a tag such as en-US, en-GB, de-DE or fr-FR' } }),
);

const httpUrl = (description: string) => ofKind('web address', z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' })).describe(description);

export const siteSchema = z
  .strictObject({
    company: z
      .strictObject({
        name: text('Your company name, shown in the header, titles and job ads.'),
        website: httpUrl('Your public website, for example https://example.com.'),
        logo: z
          .string()
          .regex(/^\/[^\s]+\.(svg|png|webp|jpg|jpeg)$/i, 'must be a path inside public/, such as /logo.svg')
          .optional()
          .describe('Path of your logo inside the public/ folder, such as /logo.svg. Leave out to show the name only.'),
        about: translated(paragraph('Two or three sentences about the company, used in job ads under "About us".')),
      })
      .describe('Your company: its name, website, logo and a few sentences about it.'),
    url: httpUrl('The address where the handbook is published, such as https://handbook.example.com.').refine((url) => !URL.canParse(url) || new URL(url).pathname === '/', {
      message: 'has a path after the domain',
      params: { fix: 'write only the address up to the domain here (https://example.com), and the folder in base (base: /handbook/)' },
    }),
    // Editors write /handbook, handbook or /handbook/ alike, as Astro accepts them all.
    base: z
      .string()
      .trim()
      .regex(/^\/?([a-z0-9._-]+\/)*[a-z0-9._-]*\/?$/i, 'is not a folder name (letters, digits, dots and hyphens, no spaces)')
      .default('/')
      .transform(normaliseBase)
      .describe('The folder the handbook lives in on that address: / for the root, or a folder such as /handbook/ (handbook and /handbook work too). The GitHub Pages workflow sets it for you.'),
    locale: localeTag
      .default('en-US')
      .describe(
        'Language and region of the handbook, such as en-US, en-GB or de-DE. Its content is in content/; it sets how dates and amounts are written (de-DE: 2. Dezember 2026, 85.000 €), the words around the content, and the language screen readers and search engines assume.',
      ),
    translations: z
      .array(
        z.strictObject({
          key: z
            .string()
            .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'must be a short lowercase language key such as de, fr or pt-br')
            .describe("The translation's short name, such as de: its folder (content/de/) and the start of its pages' addresses (/de/)."),
          locale: localeTag.describe('Language and region of this translation, such as de-DE: its words, dates and amounts, and which way its text runs.'),
          untranslated: z.enum(['notice', 'leave-out']).default('notice').describe('What a page not yet translated becomes in this language: notice shows the page in the default language with a notice saying so; leave-out makes no such page.'),
        }),
      )
      .default([])
      .describe('Other languages of the handbook, each with its key, language and what its untranslated pages become: - { key: de, locale: de-DE }. Its translations live in content/de/, with the same file names as the files they translate, and its pages at /de/….'),
    currency: z.never({ error: 'is set in content/pay.yaml now: each pay zone has its own currency' }).optional().describe('Moved: currencies belong to the pay zones in content/pay.yaml. Delete this line.'),
    repository: httpUrl('The repository this handbook is published from, linked as "fork this handbook".').optional(),
    editUrl: z
      .string()
      .regex(/^https?:\/\/\S*\{path\}\S*$/, 'must be a web address containing {path}, such as https://github.com/acme/handbook/edit/main/{path}')
      .optional()
      .describe('Address of the "edit this page" link; {path} is replaced by the file path, such as content/roles/backend-engineer.mdx.'),
    // Candidates reach job pages from job boards and have no use for links into the repository; a
    // company whose colleagues edit the handbook still wants them on the handbook's own pages.
    editingLinks: z
      .enum(['everywhere', 'except-jobs', 'nowhere'])
      .default('except-jobs')
      .describe(
        'Where pages show the links for the people who edit the handbook ("Editing guide", "Edit this page", "Suggest a change" and "Fork this handbook"): everywhere; except-jobs, on every page but those candidates read (the jobs list, each opening and each job ad); or nowhere. The guide stays at /handbook-guide/ whatever you choose.',
      ),
    browserEditorSaves: z
      .enum(['pull-requests', 'commits'])
      .default('pull-requests')
      .describe('How the browser editor at /admin/ saves to GitHub: pull-requests, where each change waits in a pull request until the check on it is green and someone merges it; or commits, straight onto the published branch.'),
    interviewKits: z
      .enum(['internal', 'public', 'off'])
      .default('internal')
      .describe(
        'Who sees the interview kits (questions, what to listen for, rating anchors): internal, the default, builds them as files apart from the site with npm run kits, and the site shows candidates only what is assessed and how; public puts them on the site too, where candidates can rehearse the answers; off makes no kits and no such pages.',
      ),
    brandColor: ofKind('colour', z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour such as #2456a6'))
      .default('#2456a6')
      .describe('Your brand colour as #rrggbb, for links, buttons and the header. The header shows it as written; where text is in it or on it and it is too light to read (contrast below 4.5:1), a darker shade of it is used, and npm run check says which.'),
  })
  .describe('The settings every fork edits first: the company, where the handbook is published and how it looks.');

export type SiteSettings = z.infer<typeof siteSchema>;
