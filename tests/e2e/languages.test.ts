/**
 * A handbook in two languages (issue 26), as built from the example content (English, with the
 * German translation in content/de/): each language's routes and `lang`, the switcher that keeps
 * the page, hreflang between real translations only, the notice on a page not yet translated
 * (its English text marked with its own lang), the sitemap, search per language, and a
 * right-to-left language's layout, built from a copy with an Arabic translation added.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkHandbook } from '../../src/integrity/index.ts';
import { listPages } from '../../src/lib/built-pages.ts';
import { paths } from '../../src/lib/url.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { openPage } from '../browser/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { base, builtSiteUnderTest, dist } from './helpers/built-site.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';
import { searchFromUrl, settledHits } from './helpers/search.ts';

const built = builtSiteUnderTest();
const read = (page: string) => readFile(path.join(dist, page, 'index.html'), 'utf8');
const attr = (html: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
const hreflangs = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => ({ lang: lang!, path: new URL(href!).pathname }));
const isFallback = (html: string) => html.includes('class="notice untranslated"');
/** The page's path as it is served, under the build's base. */
const served = (page: string) => `${base.replace(/\/?$/, '/')}${page}`;

let translated: { levels: string[]; untranslatedLevel: string; role: string };
before(async () => {
  const settings = await readSettings(process.cwd());
  const { content } = await checkHandbook(process.cwd(), settings);
  const german = content.translations.filter((t) => t.key === 'de');
  const levels = german.filter((t) => t.collection === 'levels').map((t) => t.id);
  const untranslatedLevel = content.levels.find((l) => !levels.includes(l.id) && l.data.status !== 'draft')!.id;
  translated = { levels, untranslatedLevel, role: german.find((t) => t.collection === 'roles')!.id };
  assert.ok(levels.length >= 2, 'the example has German levels');
});

test("each language's pages have its route, lang and dir; a German level shows its German text", async () => {
  for (const id of translated.levels) {
    const [role, level] = id.split('/') as [string, string];
    const english = await read(paths.level(role, level));
    const german = await read(`de/${paths.level(role, level)}`);
    assert.equal(attr(english, 'html', 'lang'), 'en-US');
    assert.equal(attr(german, 'html', 'lang'), 'de-DE');
    assert.equal(attr(german, 'html', 'dir'), 'ltr');
    assert.ok(!isFallback(german), `${id} is translated`);
  }
  const role = await read(`de/${paths.role(translated.role)}`);
  assert.match(role, /Backend-Entwickler/, 'the German role page names the German titles readers search for');
});

test('a page not yet translated shows the English page inside the German one, with a notice in German, and tells search engines of the English page only', async () => {
  const [role, level] = translated.untranslatedLevel.split('/') as [string, string];
  const html = await read(`de/${paths.level(role, level)}`);
  assert.equal(attr(html, 'html', 'lang'), 'de-DE', 'the page keeps its language');
  assert.match(html, /<p class="notice untranslated"[^>]*>Diese Seite ist noch nicht übersetzt und wird deshalb auf Englisch angezeigt\.<\/p>/);
  assert.match(html, /<div lang="en-US" dir="ltr">/, 'its English text is marked as English');
  assert.deepEqual(hreflangs(html), [], 'no hreflang on a fallback');
  assert.equal(new URL(attr(html, 'link rel="canonical"', 'href') ?? /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname, served(paths.level(role, level)));
  assert.doesNotMatch(html, /data-pagefind-body/, 'search leaves it out of the German index');
});

test('hreflang links only real translations, both ways', async () => {
  const pages = await listPages(dist);
  let linked = 0;
  for (const file of pages) {
    const html = await readFile(path.join(dist, file), 'utf8');
    for (const { path: target } of hreflangs(html)) {
      const inSite = target.slice(served('').length);
      const other = await read(inSite);
      assert.ok(!isFallback(other), `${file} names ${target}, a page not translated`);
      assert.ok(
        hreflangs(other).some((l) => l.path === served(file.replace(/index\.html$/, ''))),
        `${target} names ${file} back`,
      );
      linked++;
    }
  }
  assert.ok(linked > 0, 'some pages have alternates');
});

test('the sitemap lists each translated page with its alternates, and no page not yet translated', async () => {
  const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({ path: new URL(loc!).pathname, alternates: [...rest!.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]) }));
  const [role, level] = translated.levels[0]!.split('/') as [string, string];
  const german = urls.find((u) => u.path === served(`de/${paths.level(role, level)}`));
  assert.deepEqual(german?.alternates, ['en-US', 'de-DE']);
  const [r2, l2] = translated.untranslatedLevel.split('/') as [string, string];
  assert.equal(urls.filter((u) => u.path === served(`de/${paths.level(r2, l2)}`)).length, 0);
  assert.ok(
    urls.some((u) => u.path === served(paths.level(r2, l2))),
    'the English page is listed',
  );
});

test('the language switcher leads to the same page in the other language, in Chromium', async () => {
  const { page, close } = await openPage(built.browser, built.site.origin);
  try {
    const [role, level] = translated.levels[0]!.split('/') as [string, string];
    await page.goto(built.site.url(paths.level(role, level)));
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL((u) => u.pathname === served(`de/${paths.level(role, level)}`));
    assert.equal(await page.locator('html').getAttribute('lang'), 'de-DE');
    await page.getByRole('navigation', { name: 'Sprachen' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL((u) => u.pathname === served(paths.level(role, level)));
  } finally {
    await close();
  }
});

test('search finds German pages in German, by German titles, and English pages in English', async () => {
  const { page, close } = await openPage(built.browser, built.site.origin);
  try {
    await page.goto(built.site.url(`de/search/?q=${encodeURIComponent('Backend-Entwickler')}`));
    const german = await settledHits(page, '[data-search-page]', 1);
    assert.ok(german.length > 0, 'German search finds the German alias');
    assert.ok(
      german.every((hit) => hit.path.startsWith('de/')),
      `every German hit is a German page: ${german.map((h) => h.path).join(', ')}`,
    );
    assert.ok(
      german.some((hit) => hit.path === `de/${paths.role(translated.role)}`),
      'the German role page is among them',
    );
    const english = await searchFromUrl(page, built.site.url, 'backend engineer');
    assert.ok(english.length > 0);
    assert.ok(
      english.every((hit) => !hit.path.startsWith('de/')),
      'no German page in English search',
    );
  } finally {
    await close();
  }
});

test("a German level's job ad is in German, with a title for every gender, in its page and its files", async () => {
  const [role, level] = translated.levels[0]!.split('/') as [string, string];
  const page = await read(`de/${paths.ad(role, level)}`);
  assert.match(page, /<h1[^>]*>[^<]*\(m\/w\/d\)<\/h1>/);
  assert.match(page, /<h2[^>]*>Deine Aufgaben<\/h2>/);
  const markdown = await readFile(path.join(dist, `de/${paths.adFile(role, level, 'md')}`), 'utf8');
  assert.match(markdown.split('\n')[0]!, /^# .*\(m\/w\/d\)$/);
  const english = await readFile(path.join(dist, paths.adFile(role, level, 'md')), 'utf8');
  assert.doesNotMatch(english.split('\n')[0]!, /m\/w\/d/, 'the English ad keeps its title');
});

test('an opening carries its JobPosting in each language it is translated into, and none where it is shown untranslated', async () => {
  const settings = await readSettings(process.cwd());
  const { content } = await checkHandbook(process.cwd(), settings);
  const germanOpenings = new Set(content.translations.filter((t) => t.key === 'de' && t.collection === 'openings').map((t) => t.id));
  const posting = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as { title?: string } | null;
  let checked = 0;
  for (const opening of content.openings) {
    const english = posting(await read(paths.opening(opening.id)));
    if (!english) continue; // a closed opening carries none in any language
    const german = posting(await read(`de/${paths.opening(opening.id)}`));
    if (germanOpenings.has(opening.id)) assert.match(german?.title ?? '', /\(m\/w\/d\)$/, `${opening.id}: the German posting's title`);
    else assert.equal(german, null, `${opening.id}: no posting on a page not yet translated`);
    checked++;
  }
  assert.ok(checked > 0);
});

describe('a right-to-left language', () => {
  let project: ProjectCopy;
  before(async () => {
    project = await copyProject();
    const site = await project.read('content/site.yaml');
    await project.write('content/site.yaml', site.replace(/^translations:\n/m, 'translations:\n  - key: ar\n    locale: ar-EG\n'));
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--silent'], { cwd: project.dir, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ROLEBOOK_BASE: '/' } });
    assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
  });
  after(() => project?.remove());

  test('its pages run right to left, with the English text they fall back to left to right, laid out that way in Chromium', async () => {
    const html = await readFile(project.file(`dist/ar/${paths.roles()}index.html`), 'utf8');
    assert.equal(attr(html, 'html', 'dir'), 'rtl');
    assert.equal(attr(html, 'html', 'lang'), 'ar-EG');
    const site = await serveSite({ dir: project.file('dist') });
    try {
      const { page, close } = await openPage(built.browser, site.origin);
      await page.goto(site.url(`ar/${paths.role(translated.role)}`));
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const fallback = document.querySelector('main div[lang]')!;
        return { brand: box('.brand').left, tools: box('.header-tools').left, page: getComputedStyle(document.body).direction, text: getComputedStyle(fallback).direction };
      });
      await close();
      assert.equal(layout.page, 'rtl');
      assert.equal(layout.text, 'ltr', 'the English text inside runs left to right');
      assert.ok(layout.brand > layout.tools, 'the header starts on the right: the brand is right of the tools');
    } finally {
      await site.close();
    }
  });
});
