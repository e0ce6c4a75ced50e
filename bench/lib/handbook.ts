/**
 * A synthetic handbook in Rolebook's content format, and the same level bodies as plain pages for
 * the sites Rolebook is compared with. Pure: files come back as { path: text }, written elsewhere.
 */
import { areas, disciplines, ladder, levelBody, paragraph, pick, roleTitle, seededRandom, sentence, shortBody, slugOf, type Random } from './text.ts';

export interface HandbookOptions {
  /** Levels in all; roles get `levelsPerRole` each (the last role may get fewer). */
  levels: number;
  levelsPerRole?: number;
  faqsPerRole?: number;
  seed?: number;
  /** Words in each level body. */
  words?: number;
  /** Written as every file's lastReviewed: fixed, so the output does not change with the day. */
  reviewed?: string;
}

/** One level's page as the comparison sites publish it. */
export interface Page {
  role: string;
  level: string;
  title: string;
  summary: string;
  body: string;
}

export interface Handbook {
  /** Files under content/, by path relative to content/ (roles/, levels/, faqs/). */
  content: Record<string, string>;
  pages: Page[];
  roles: { id: string; title: string }[];
}

const yamlString = (s: string) => JSON.stringify(s);
const yamlList = (items: readonly string[], indent = '  ') => items.map((item) => `${indent}- ${yamlString(item)}`).join('\n');
const sentences = (random: Random, topic: string, n: number) => Array.from({ length: n }, () => sentence(random, topic));

const skillPool = [
  'SQL',
  'Git',
  'Docker',
  'Kubernetes',
  'Python',
  'TypeScript',
  'Go',
  'Java',
  'Terraform',
  'Figma',
  'Spark',
  'Kafka',
  'PostgreSQL',
  'Redis',
  'GraphQL',
  'REST',
  'Linux',
  'AWS',
  'Azure',
  'Google Cloud',
  'Observability',
  'Automated testing',
  'Code review',
  'Accessibility',
  'Statistics',
  'Data modeling',
];

/**
 * The competency areas of every generated level: four of the shipped Backend Engineer levels', for
 * which the shipped interview questions (copied into the generated handbook) suit every grade.
 */
export const competencyAreas = ['Technical depth', 'Delivery', 'System design', 'Collaboration'];

export function generateHandbook(options: HandbookOptions): Handbook {
  const { levels, levelsPerRole = ladder.length, faqsPerRole = 1, seed = 1, words = 1000, reviewed = '2026-06-01' } = options;
  if (levelsPerRole < 1 || levelsPerRole > ladder.length) throw new Error(`levelsPerRole must be 1 to ${ladder.length}`);
  const random = seededRandom(seed);
  const content: Record<string, string> = {};
  const pages: Page[] = [];
  const roles: Handbook['roles'] = [];
  const roleCount = Math.ceil(levels / levelsPerRole);

  for (let r = 0; r < roleCount; r++) {
    const title = roleTitle(r);
    const id = slugOf(title);
    const topic = `${areas[r % areas.length]}`;
    const discipline = disciplines[Math.floor(r / areas.length) % disciplines.length]!;
    roles.push({ id, title });
    const skills = Array.from(new Set(Array.from({ length: 6 }, () => pick(random, skillPool))));
    content[`roles/${id}.mdx`] = `---
title: ${yamlString(title)}
family: ${yamlString(discipline.split(' ').at(-1)!)}
summary: ${yamlString(sentence(random, topic))}
responsibilities:
${yamlList(sentences(random, topic, 5))}
requirements:
${yamlList(sentences(random, topic, 4))}
skills:
  - group: Core
    items: [${skills.map(yamlString).join(', ')}]
owner: People Team
lastReviewed: ${reviewed}
status: published
---

${shortBody(random, topic, 'What the role is')}
${shortBody(random, topic, 'What the work looks like')}`;

    const count = Math.min(levelsPerRole, levels - r * levelsPerRole);
    for (let l = 0; l < count; l++) {
      const step = ladder[l]!;
      const levelTitle = `${step.short} ${title}`;
      const summary = sentence(random, topic);
      const body = levelBody(random, topic, step.short, words);
      const last = l === count - 1;
      content[`levels/${id}/${step.id}.mdx`] = `---
role: ${id}
title: ${yamlString(levelTitle)}
shortTitle: ${yamlString(step.short)}
order: ${l + 1}
track: ic
summary: ${yamlString(summary)}
scope: ${yamlString(paragraph(random, topic, 3))}
responsibilities:
${yamlList(sentences(random, topic, 5))}
requirements:
${yamlList(sentences(random, topic, 3))}
competencies:
${competencyAreas.map((area) => `  - area: ${area}\n    expectation: ${yamlString(sentence(random, topic))}`).join('\n')}
experience:
  minYears: ${step.minYears}${'maxYears' in step ? `\n  maxYears: ${step.maxYears}` : ''}
grade: ${step.grade}
${l > 0 ? `changesFromPrevious:\n${yamlList(sentences(random, topic, 2))}\n` : ''}${last ? '' : `toReachNext:\n${yamlList(sentences(random, topic, 3))}\n`}owner: People Team
lastReviewed: ${reviewed}
status: published
---

${body}`;
      pages.push({ role: id, level: step.id, title: levelTitle, summary, body });
    }

    for (let f = 0; f < faqsPerRole; f++) {
      const question = `How does ${pick(random, ['planning', 'review', 'on-call', 'onboarding', 'promotion', 'testing'])} work for a ${title}${f ? ` in year ${f + 1}` : ''}?`;
      content[`faqs/roles/${id}-${f + 1}.mdx`] = `---
question: ${yamlString(question)}
audience: [candidate, employee]
topic: ${yamlString(topic)}
roles: [${id}]
order: ${f + 1}
lastReviewed: ${reviewed}
status: published
---

${shortBody(random, topic, 'In short')}`;
    }
  }
  return { content, pages, roles };
}

const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${yamlString(v)}`)
    .join('\n')}\n---\n\n`;

/**
 * The bare comparison site: Astro + MDX + pagefind, one page per level under a minimal layout,
 * and an index page listing them. Paths are relative to the site's root folder.
 */
/**
 * The site's package.json names bench/'s dependencies: Astro reads a project's dependencies to
 * decide which packages to bundle for rendering, and Starlight's fail when left out.
 */
const packageJson = (name: string, dependencies: Record<string, string>) => JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2);

export function bareSite(handbook: Handbook, dependencies: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': packageJson('bench-bare', dependencies),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()] });
`,
    'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body>
    <header><a href="/">Handbook</a> · <a href="/search/">Search</a></header>
    <main data-pagefind-body><h1>{title}</h1><slot /></main>
  </body>
</html>
`,
    'src/pages/index.astro': `---
import Page from '../layouts/Page.astro';
const pages = Object.values(import.meta.glob('./levels/**/*.mdx', { eager: true })) as { frontmatter: { title: string }; url: string }[];
---
<Page title="Levels"><ul>{pages.map((p) => <li><a href={p.url + '/'}>{p.frontmatter.title}</a></li>)}</ul></Page>
`,
    'src/pages/search.astro': `---
import Page from '../layouts/Page.astro';
---
<Page title="Search"><link href="/pagefind/pagefind-ui.css" rel="stylesheet" /><script is:inline src="/pagefind/pagefind-ui.js"></script><div id="search"></div><script is:inline>new PagefindUI({ element: '#search' });</script></Page>
`,
  };
  for (const page of handbook.pages) {
    files[`src/pages/levels/${page.role}/${page.level}.mdx`] = `${frontmatter({ layout: '../../../layouts/Page.astro', title: page.title, description: page.summary })}${page.body}`;
  }
  return files;
}

/** The Starlight comparison site: the same pages as docs, with a short hand-written sidebar. */
export function starlightSite(handbook: Handbook, dependencies: Record<string, string> = {}): Record<string, string> {
  const first = handbook.pages.slice(0, 5).map((p) => `{ label: ${JSON.stringify(p.title)}, slug: 'levels/${p.role}/${p.level}' }`);
  const files: Record<string, string> = {
    'package.json': packageJson('bench-starlight', dependencies),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Handbook', sidebar: [{ label: 'Levels', items: [${first.join(', ')}] }] })],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'src/content/docs/index.mdx': `${frontmatter({ title: 'Handbook', description: 'Every level of every role.' })}${handbook.roles
      .slice(0, 20)
      .map((r) => `- [${r.title}](/levels/${r.id}/junior/)`)
      .join('\n')}\n`,
  };
  for (const page of handbook.pages) {
    files[`src/content/docs/levels/${page.role}/${page.level}.mdx`] = `${frontmatter({ title: page.title, description: page.summary })}${page.body}`;
  }
  return files;
}
