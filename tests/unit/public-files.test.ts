/**
 * public/ is published as it is (src/integrity/rules/public-files.ts): a file where the site writes
 * one of its own, a link, or an SVG that is more than a picture (its cases: svg.test.ts) is an error. The list of what the site writes is src/lib/site-files.ts;
 * tests/e2e/gates/site-files.test.ts compares it with a real build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { clash, routeFile, siteFiles, writtenFiles } from '../../src/lib/site-files.ts';
import { checkWith, type Edit } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const body = (text: string) => (old: string) => `${old.slice(0, old.indexOf('---', 4) + 4)}\n${text}\n`;
const elsewhere = 'rename the file, or move it into a folder the site does not use, such as public/files/.';
const replaces = (file: string, thing: string) => `error: public/${file}: would replace ${thing}, which the site writes itself; ${elsewhere}`;
const inside = (file: string, folder: string, what: string) => `error: public/${file}: is inside ${folder}, a folder the site writes itself (${what}); ${elsewhere}`;
const link = (file: string) => `error: ${file}: is a link to another file or folder, which the handbook does not follow; replace the link with a copy of the file.`;

test("a route in src/pages/ writes its folder's index.html, or its own name less .ts", () => {
  assert.deepEqual(routeFile('index.astro'), { pattern: 'index.html', what: 'a page', page: true });
  assert.deepEqual(routeFile('404.astro'), { pattern: '404.html', what: 'the page shown for an address that does not exist', page: true });
  assert.deepEqual(routeFile('faq/index.astro'), { pattern: 'faq/index.html', what: 'a page', page: true });
  assert.deepEqual(routeFile('roles/[role]/[level]/index.astro'), { pattern: 'roles/*/*/index.html', what: 'a page', page: true, perEntry: true });
  assert.deepEqual(routeFile('site.js.ts'), { pattern: 'site.js', what: 'the script every page runs' });
  assert.deepEqual(routeFile('jobs/feed.xml.ts'), { pattern: 'jobs/feed.xml', what: 'the feed of job openings' });
  assert.deepEqual(routeFile('reports/summary.csv.ts'), { pattern: 'reports/summary.csv', what: 'a file the site makes' });
  assert.deepEqual(routeFile('reports/[team].csv.ts'), { pattern: 'reports/*.csv', what: 'a file the site makes', perEntry: true });
});

test('what the site writes includes every route of src/pages/ and what the integrations add', () => {
  const patterns = siteFiles().map((f) => f.pattern);
  for (const expected of ['index.html', '404.html', 'site.js', 'brand.css', 'robots.txt', 'jobs/feed.xml', 'jobs/index.json', 'roles/*/index.html', 'roles/*/*/index.html', 'search/index.html']) {
    assert.ok(patterns.includes(expected), expected);
  }
  for (const written of writtenFiles) assert.ok(patterns.includes(written.pattern), written.pattern);
  assert.deepEqual(
    writtenFiles.map((f) => f.pattern),
    ['_astro/**', '_scripts/**', 'pagefind/**', '_headers', 'sitemap-index.xml', 'sitemap-*.xml', 'search/vocabulary.json', 'admin/**', 'roles/*/*/job-ad.*', 'roles/*/*/interview-kit.*'],
  );
});

test('clash: the same file, inside a folder the site fills, or named like a folder or file of the site', () => {
  const page = { pattern: 'roles/*/index.html', what: 'a page', page: true };
  const script = { pattern: 'site.js', what: 'the script every page runs' };
  const index = { pattern: 'pagefind/**', what: 'the search index' };
  assert.deepEqual(clash('site.js', script), { kind: 'same', at: 'site.js' });
  assert.deepEqual(clash('Site.JS', script), { kind: 'same', at: 'site.js' });
  assert.deepEqual(clash('site.js/x.png', script), { kind: 'file', at: 'site.js' });
  assert.deepEqual(clash('files/site.js', script), undefined);
  assert.deepEqual(clash('roles/team/index.html', page), { kind: 'same', at: 'roles/team/index.html' });
  assert.deepEqual(clash('Roles/Team/INDEX.html', page), { kind: 'same', at: 'roles/Team/index.html' });
  assert.deepEqual(clash('roles', page), { kind: 'folder', at: 'roles/' });
  // A name a route makes from content clashes only as the same file: no role is named photo.png.
  assert.deepEqual(clash('roles/photo.png', page), undefined);
  assert.deepEqual(clash('roles/team/photo.png', page), undefined);
  assert.deepEqual(clash('pagefind/x.js', index), { kind: 'inside', at: 'pagefind/' });
  assert.deepEqual(clash('pagefind', index), { kind: 'folder', at: 'pagefind/' });
  assert.deepEqual(clash('sitemap-0.xml', { pattern: 'sitemap-*.xml', what: '' }), { kind: 'same', at: 'sitemap-0.xml' });
  assert.deepEqual(clash('sitemap.xml', { pattern: 'sitemap-*.xml', what: '' }), undefined);
});

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  { name: 'the script every page runs', edits: { 'public/site.js': 'alert(1)' }, expected: [replaces('site.js', 'site.js (the script every page runs)')] },
  { name: 'the script every page runs, in other capitals', edits: { 'public/Site.JS': 'alert(1)' }, expected: [`error: public/Site.JS: would replace site.js (the script every page runs), which the site writes itself; ${elsewhere}`] },
  {
    name: 'the brand styles and the security headers',
    edits: { 'public/brand.css': 'body{}', 'public/_headers': '/*\n  X: y' },
    expected: [replaces('_headers', '_headers (the security settings sent with every page)'), replaces('brand.css', 'brand.css (the styles in the brand colour)')],
  },
  {
    name: 'files in the folders the site fills',
    edits: { 'public/pagefind/pagefind.js': 'x', 'public/_scripts/search.js': 'x', 'public/_astro/x.css': 'x' },
    expected: [inside('_astro/x.css', '_astro/', "the site's styles and scripts"), inside('_scripts/search.js', '_scripts/', "the site's search, copy, print and self-assessment scripts"), inside('pagefind/pagefind.js', 'pagefind/', 'the search index')],
  },
  {
    name: 'the sitemap, robots.txt and the search vocabulary',
    edits: { 'public/sitemap-index.xml': 'x', 'public/sitemap-0.xml': 'x', 'public/robots.txt': 'x', 'public/search/vocabulary.json': '{}' },
    expected: [
      replaces('robots.txt', 'robots.txt (what search engines may read)'),
      replaces('search/vocabulary.json', 'search/vocabulary.json (the words search corrects typing with)'),
      replaces('sitemap-0.xml', 'sitemap-0.xml (the sitemap search engines read)'),
      replaces('sitemap-index.xml', 'sitemap-index.xml (the sitemap search engines read)'),
    ],
  },
  {
    name: "the job feeds and a level's downloads",
    edits: { 'public/jobs/feed.xml': 'x', 'public/jobs/index.json': 'x', 'public/roles/data-engineer/senior/job-ad.md': 'x', 'public/roles/data-engineer/senior/interview-kit.csv': 'x' },
    expected: [
      replaces('jobs/feed.xml', 'jobs/feed.xml (the feed of job openings)'),
      replaces('jobs/index.json', 'jobs/index.json (the feed of job openings)'),
      replaces('roles/data-engineer/senior/interview-kit.csv', "roles/data-engineer/senior/interview-kit.csv (a level's interview kit download)"),
      replaces('roles/data-engineer/senior/job-ad.md', "roles/data-engineer/senior/job-ad.md (a level's job ad download)"),
    ],
  },
  {
    name: 'pages: the home page, the 404 page, a page of a role that exists and of one that does not',
    edits: { 'public/index.html': 'x', 'public/404.html': 'x', 'public/roles/data-engineer/index.html': 'x', 'public/roles/team/index.html': 'x', 'public/faq/index.html': 'x' },
    expected: [
      replaces('404.html', '404.html (the page shown for an address that does not exist)'),
      replaces('faq/index.html', 'the page /faq/'),
      replaces('index.html', 'the home page'),
      replaces('roles/data-engineer/index.html', 'the page /roles/data-engineer/'),
      replaces('roles/team/index.html', 'the page /roles/team/'),
    ],
  },
  {
    name: 'a file named like a folder of pages, and a folder named like a file of the site',
    edits: { 'public/jobs': 'x', 'public/site.js/logo.png': 'x' },
    expected: [
      `error: public/jobs: has the name of the folder jobs/, which the site writes itself (its pages); ${elsewhere}`,
      'error: public/site.js/logo.png: is in a folder named like site.js (the script every page runs), which the site writes itself; rename the folder public/site.js/.',
    ],
  },
  { name: "files beside the site's own are fine", edits: { 'public/files/site.txt': 'x', 'public/roles/photo.png': 'x', 'public/roles/data-engineer/team.png': 'x', 'public/sitemap.xml': 'x', 'public/images/team.png': 'x', 'public/CNAME': 'handbook.example.org' }, expected: [] },
  { name: 'a link to a file outside public/', edits: { 'public/secrets.txt': { linkTo: 'content/site.yaml' } }, expected: [link('public/secrets.txt')] },
  { name: 'an image in a folder of public/ that is a link is reported once, as the link', edits: { [senior]: body('![Team](/images/team.png)'), 'public/images': { linkTo: 'content' } }, expected: [link('public/images')] },
  { name: 'public/ itself a link', edits: { public: { linkTo: 'content' } }, expected: [link('public')] },
  {
    name: 'an SVG with a script, shown in a body or not',
    edits: { [senior]: body('![Chart](/images/chart.svg)'), 'public/images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(document.domain)</script>\n</svg>', 'public/Logo.SVG': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' },
    expected: [
      'error: public/Logo.SVG:1: has onload on <svg>, which runs code when the picture is shown or clicked; remove onload.',
      'error: public/images/chart.svg:2: has <script>, which runs code for anyone who opens the picture; remove it, or export the picture again from your drawing program as plain SVG (or as PNG).',
    ],
  },
  {
    name: 'an SVG that names another address, zipped',
    edits: { 'public/icons.svgz': gzipSync('<svg xmlns="http://www.w3.org/2000/svg">\n\n<use href="https://example.org/i.svg#a"/></svg>') },
    expected: ['error: public/icons.svgz:3: has href="https://example.org/i.svg#a" on <use>, which loads or opens another address; remove href, or point it at a part of the picture (#…).'],
  },
  {
    name: 'an SVG where the site writes a file of its own has both problems',
    edits: { 'public/404.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'public/pagefind/x.svg': '<svg><script/></svg>' },
    expected: [inside('pagefind/x.svg', 'pagefind/', 'the search index'), 'error: public/pagefind/x.svg:1: has <script>, which runs code for anyone who opens the picture; remove it, or export the picture again from your drawing program as plain SVG (or as PNG).'],
  },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}

test('scripts and web pages in public/ are refused; a Google site-verification file as Google gives it is not', async () => {
  const script = (file: string) => `error: public/${file}: is a script, which would be published at the handbook's address, where nothing of the handbook runs it; delete it: the handbook needs no scripts of its own in public/.`;
  const page = (file: string) => `error: public/${file}: is a web page, which would be published at the handbook's address and could run scripts there; delete it, and write the page as content instead (an FAQ, say); a Google site-verification file is fine as Google gives it.`;
  assert.deepEqual(
    await checkWith({
      'public/files/evil.html': '<script src="evil.js"></script>',
      'public/files/evil.js': 'alert(1)',
      'public/files/worker.MJS': 'x',
      'public/files/page.xhtml': '<html/>',
      'public/google0123456789abcdef.html': 'google-site-verification: google0123456789abcdef.html\n',
      'public/google0123456789abcdef0.html': 'google-site-verification: google0123456789abcdef0.html',
      'public/files/notes.txt': 'plain text',
    }),
    [page('files/evil.html'), script('files/evil.js'), page('files/page.xhtml'), script('files/worker.MJS'), page('google0123456789abcdef0.html')],
  );
});
