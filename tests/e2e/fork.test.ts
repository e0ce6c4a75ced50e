/**
 * A whole fork, as an HR team makes one: another company in content/site.yaml with the base path
 * typed without its trailing slash, the EUR zone as the default and a German locale, a Data
 * Engineer role with two levels, an FAQ and an opening made with `npm run new` (drafts), every TODO
 * filled in and each published, the examples deleted, marketing's light orange as the brand colour,
 * then built. The new pages exist, every link resolves under the base, amounts are written the
 * German way, no sentence names a place beside another zone's pay figure, the company's name
 * reaches pages and exports, text is drawn in a darker shade of the orange that reads, and the
 * interview kits, which the company turned off, have no page, file or link.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../../src/lib/url.ts';
import { figureSentences, misplaced } from '../fixtures/pay-sentences.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { LIGHT_BACKGROUND, LIGHT_SURFACE } from '../../src/lib/brand.ts';
import { contrastRatio } from '../../src/lib/color.ts';
import { checkLinks, formatLinkProblem } from '../quality/links.ts';
import { fillTodos, sentencesAbout } from './helpers/fill-todos.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

const company = 'Gruber Logistik GmbH';
const origin = 'https://handbuch.gruber.example';
let project: ProjectCopy;
let check: ReturnType<typeof run>;

/** The fork's commands run as an editor's would: no GitHub Actions, no base from the environment, no terminal. */
function run(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_)/.test(name)));
  const result = spawnSync(process.execPath, args, { cwd: project.dir, encoding: 'utf8', env: { ...env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

async function edit(file: string, change: (text: string) => string) {
  const before = await project.read(file);
  const after = change(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  await project.write(file, after);
}

before(async () => {
  project = await copyProject();
  await edit('content/site.yaml', (text) =>
    text
      .replace(/name: Northwind Labs/, `name: ${company}`)
      .replace(/website: \S+/, 'website: https://gruber.example')
      .replace(/^ {2}about: .*$/m, '  about: Gruber Logistik plans freight routes for mid-sized hauliers from offices in Hamburg and Leipzig.')
      .replace(/^url: .*$/m, `url: ${origin}`)
      .replace(/^base: .*$/m, 'base: /handbook')
      .replace(/^locale: .*$/m, 'locale: de-DE')
      .replace(/^repository: .*$/m, 'repository: https://github.com/gruber-logistik/handbuch')
      .replace(/^editUrl: .*$/m, 'editUrl: https://github.com/gruber-logistik/handbuch/edit/main/{path}')
      .replace(/^brandColor: .*$/m, 'brandColor: "#f5a623"')
      // Gruber interviews its own way: no "how we interview" pages at all (interviewKits).
      .concat('interviewKits: off\n')
      // German is now the handbook's own language: the shipped German translation goes, as the guide says.
      .replace(/^translations:\n(?: {2}.*\n| {4}.*\n)*/m, ''),
  );
  await rm(project.file('content/de'), { recursive: true });
  await edit('content/pay.yaml', (text) => text.replace(/^defaultZone: us$/m, 'defaultZone: western-europe'));
  await edit('content/hiring.yaml', (text) => text.replaceAll('Northwind Labs', company).replaceAll('northwind.example', 'gruber.example'));
  for (const example of await readdir(project.file('content/openings'))) await rm(project.file(`content/openings/${example}`));

  run('scripts/new.ts', 'role', 'data-engineer', '--title', 'Data Engineer');
  run('scripts/new.ts', 'level', 'data-engineer/mid');
  run('scripts/new.ts', 'level', 'data-engineer/senior', '--grade', 'g4');
  run('scripts/new.ts', 'faq', 'role/what-does-a-data-engineer-do', '--question', 'What does a data engineer do?');
  run('scripts/new.ts', 'opening', 'data-engineer-hamburg', '--level', 'data-engineer/senior', '--apply-url', 'mailto:jobs@gruber.example');

  const sentences = sentencesAbout(
    [
      'batch pipelines',
      'streaming jobs',
      'the data warehouse',
      'data contracts',
      'ingestion from partner systems',
      'data quality checks',
      'cost reports for storage',
      'the orchestration platform',
      'schema migrations',
      'access controls on customer data',
      'backfills after incidents',
      'lineage documentation',
    ],
    'for the planning teams',
  );
  for (const file of ['content/roles/data-engineer.mdx', 'content/levels/data-engineer/mid.mdx', 'content/levels/data-engineer/senior.mdx', 'content/faqs/role/what-does-a-data-engineer-do.mdx', 'content/openings/data-engineer-hamburg.mdx']) {
    await edit(file, (text) => fillTodos(text, sentences, { group: 'Data platforms', skill: 'Apache Spark' }));
  }
  check = run('scripts/check.ts');
  run('scripts/build.ts');
});
after(() => project?.remove());

const dist = (file: string) => readFile(path.join(project.dir, 'dist', file), 'utf8');
/** Text as a reader sees it: tags dropped, the spaces Intl puts in amounts folded to plain ones. */
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f\s]+/g, ' ');

test('the filled-in fork, its examples replaced, passes the check with one warning: the brand colour, and the shade text uses instead', () => {
  assert.equal(
    check.stdout.trim().replace(/site\.yaml:\d+:/, 'site.yaml:<line>:'),
    [
      'content/site.yaml (1 warning)',
      '  warning content/site.yaml:<line>: brandColor (#f5a623) has a contrast of 1.72:1 on the light grey panels (#e9edf1), below the 4.5:1 text needs, so links, buttons and other text use the darker shade #946000 (4.53:1) instead; the header keeps #f5a623; nothing to do if that shade suits you; to choose the shade yourself, write a darker brandColor, such as #946000.',
      '',
      'Content check: 0 errors, 1 warning in 1 file.',
    ].join('\n'),
  );
});

test("the build's brand.css draws text in the darker shade, which reaches 4.5:1, and keeps the orange for the header", async () => {
  const css = await dist('brand.css');
  assert.equal(css, ':root{--brand:#946000;--brand-as-written:#f5a623;--brand-on-dark:#f5a623;--on-brand:#ffffff}\n');
  for (const background of [LIGHT_BACKGROUND, LIGHT_SURFACE]) assert.ok(contrastRatio('#946000', background) >= 4.5, background);
});

test('the new role, its levels, job ads, FAQ and opening are built under /handbook/', async () => {
  for (const file of [
    'roles/data-engineer/index.html',
    'roles/data-engineer/mid/index.html',
    'roles/data-engineer/senior/index.html',
    'roles/data-engineer/senior/job-ad/index.html',
    'roles/data-engineer/senior/job-ad.txt',
    'roles/data-engineer/compare/mid-vs-senior/index.html',
    'jobs/data-engineer-hamburg/index.html',
  ]) {
    assert.ok(await dist(file), file);
  }
  assert.match(words(await dist('faq/index.html')), /What does a data engineer do\?/);
  const sitemap = await dist('sitemap-0.xml');
  assert.ok(sitemap.includes(`<loc>${origin}/handbook/roles/data-engineer/senior/</loc>`), 'the sitemap lists the new level under the base');
  assert.doesNotMatch(sitemap, new RegExp(`<loc>${origin}/roles/`), 'no sitemap address forgets the base');
});

test('every internal link of the fork resolves under the base path', async () => {
  const report = await checkLinks({ dir: path.join(project.dir, 'dist'), base: '/handbook/' }, { siteOrigins: [origin] });
  assert.ok(report.pages > 100 && report.links > 1000, `the gate read the whole site (${report.pages} pages, ${report.links} links)`);
  assert.deepEqual(report.problems.map(formatLinkProblem), []);
});

test('amounts are written the German way, in euros first, and pages say they are German', async () => {
  const senior = words(await dist('roles/data-engineer/senior/index.html'));
  assert.match(senior, /85\.000 € – 110\.000 €/, 'the G4 band in the default zone, as de-DE writes it');
  assert.ok(senior.indexOf('85.000 €') < senior.indexOf('115.000 $'), 'the default zone (EUR) comes before the US band');
  assert.match(await dist('roles/data-engineer/senior/job-ad.txt'), /85\.000[\u00a0\u202f ]€/);
  assert.match(await dist('roles/data-engineer/index.html'), /<html lang="de-DE"/);
});

test('no built page names a place beside a pay figure of another zone, now that Western Europe is the default', async () => {
  const pages = (await readdir(path.join(project.dir, 'dist'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
  const sentences = [];
  for (const page of pages) {
    const file = path.join(page.parentPath, page.name);
    sentences.push(...figureSentences(path.relative(project.dir, file), await readFile(file, 'utf8'), ['United States', 'US', 'Western Europe', 'Europe', 'United Kingdom', 'UK']));
  }
  assert.ok(sentences.length > 20, `the pay sentences of the role guides and answers were read (${sentences.length})`);
  assert.deepEqual(misplaced(sentences), []);
});

test("the company's name reaches pages, job ads, exports and the opening's JobPosting data, and the example company is gone", async () => {
  for (const file of ['index.html', 'roles/data-engineer/senior/job-ad/index.html', 'roles/data-engineer/senior/job-ad.txt', 'roles/data-engineer/senior/job-ad.md', 'roles/data-engineer/senior/job-ad.json', 'jobs/feed.xml']) {
    assert.ok((await dist(file)).includes(company), `${file} names ${company}`);
  }
  const opening = await dist('jobs/data-engineer-hamburg/index.html');
  const posting = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(opening)?.[1] ?? '{}');
  assert.equal(posting.hiringOrganization?.name, company);
  assert.equal(posting.baseSalary?.currency, 'EUR');

  const files = (await readdir(path.join(project.dir, 'dist'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /\.(html|txt|md|json|xml)$/.test(e.name));
  const stale = [];
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    if (/Northwind/i.test(await readFile(full, 'utf8'))) stale.push(path.relative(project.dir, full));
  }
  assert.deepEqual(stale, [], 'no built file names the example company');
});

test('the interview kits, turned off: no "how we interview" page, no kit file and no link to them', async () => {
  const h = await readHandbook(project.dir);
  assert.equal(h.site.interviewKits, 'off');
  assert.ok(h.levels.length > 10, "every level is looked at, the examples' and the new role's");
  for (const level of h.levels) {
    assert.ok(!existsSync(path.join(project.dir, 'dist', paths.interviews(level.role.id, level.slug))), level.id);
    assert.ok(!existsSync(path.join(project.dir, 'dist', paths.kitFile(level.role.id, level.slug, 'csv'))), level.id);
    assert.doesNotMatch(await dist(`${paths.level(level.role.id, level.slug)}index.html`), /\/interviews\//, level.id);
  }
});
