/**
 * Openings on the built site: JobPosting markup on open openings and nowhere else, every property
 * Google asks for, each marked-up value shown on the page (read in Chromium); and, on a copy of
 * the project with one opening's closing date moved into the past, that opening closed: a notice,
 * noindex, no markup, out of the sitemap, the feeds, the jobs list and the search index.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { en } from '../../src/i18n/words/en.ts';
import { listPages, urlPathOf } from '../../src/lib/built-pages.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatMoney } from '../../src/lib/money.ts';
import { localesOf } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/url.ts';
import { openPage } from '../browser/browser.ts';
import { base, builtSiteUnderTest, dist } from './helpers/built-site.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

type Json = Record<string, unknown>;
const jsonLdBlocks = (html: string): Json[] => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Json);
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('JobPosting on the built site', () => {
  const built = builtSiteUnderTest();

  test('every JSON-LD block parses, and JobPosting is on each open opening and nowhere else', async () => {
    const found: string[] = [];
    const translated = new Set<string>();
    for (const file of await listPages(dist)) {
      const html = await readFile(path.join(dist, file), 'utf8');
      if (!html.includes('class="notice untranslated"')) translated.add(urlPathOf(file, base));
      for (const block of jsonLdBlocks(html)) {
        if (block['@type'] === 'JobPosting') found.push(urlPathOf(file, base));
      }
    }
    const open = built.h.openings.filter((o) => o.open);
    assert.ok(open.length >= 2, 'the shipped examples are open');
    // In every language an open opening is translated into, and nowhere it is shown untranslated.
    const prefixes = [
      '',
      ...localesOf(built.h.site)
        .slice(1)
        .map((l) => l.prefix),
    ];
    const expected = open.flatMap((o) => prefixes.map((prefix) => `${base}${prefix}${paths.opening(o.id)}`)).filter((p) => translated.has(p));
    assert.deepEqual(found.sort(), expected.sort());
    assert.ok(found.some((p) => p !== `${base}${paths.opening(open[0]!.id)}` && p.includes('/de/')) || !built.h.site.translations.length, 'a translated opening carries its own');
  });

  test('each open opening marks up every property, and the page shows every marked-up value', async () => {
    const regions = new Intl.DisplayNames([built.h.site.locale], { type: 'region' });
    const { page, close } = await openPage(built.browser, built.site.origin);
    for (const opening of built.h.openings.filter((o) => o.open)) {
      await page.goto(built.site.url(paths.opening(opening.id)));
      const [ld] = jsonLdBlocks(await page.content());
      assert.ok(ld, `${opening.id} has markup`);
      const remote = 'jobLocationType' in ld;
      const required = ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'baseSalary', 'employmentType', 'identifier', 'directApply', ...(remote ? ['jobLocationType', 'applicantLocationRequirements'] : ['jobLocation'])];
      for (const key of required) assert.ok(key in ld, `${opening.id}: ${key}`);

      const shown = text(await page.locator('main').innerText());
      const visible = (value: string, what: string) => assert.ok(shown.includes(text(value)), `${opening.id}: ${what} "${value}" is on the page`);
      visible(ld['title'] as string, 'title');
      // The description is the ad as the page shows it: every paragraph and point of it.
      for (const piece of (ld['description'] as string)
        .split(/<[^>]+>/)
        .map((s) => s.trim())
        .filter(Boolean))
        visible(
          piece.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))),
          'description',
        );
      visible(formatDate(ld['datePosted'] as string, built.h.site.locale), 'datePosted');
      visible(formatDate(ld['validThrough'] as string, built.h.site.locale), 'validThrough');
      visible(en.employmentTypeNames[ld['employmentType'] as keyof typeof en.employmentTypeNames], 'employmentType');
      const org = ld['hiringOrganization'] as Json;
      visible(org['name'] as string, 'hiringOrganization.name');
      assert.ok((await page.locator(`main a[href="${org['sameAs'] as string}"]`).count()) > 0, `${opening.id}: hiringOrganization.sameAs is a link on the page`);
      if (org['logo']) assert.ok((await page.locator(`img[src$="${new URL(org['logo'] as string).pathname}"]`).count()) > 0, 'logo shown');
      if (remote) {
        assert.equal(ld['jobLocationType'], 'TELECOMMUTE');
        visible('Remote', 'jobLocationType');
        for (const country of ld['applicantLocationRequirements'] as Json[]) visible(country['name'] as string, 'applicantLocationRequirements');
      } else {
        for (const place of ld['jobLocation'] as Json[]) {
          const address = place['address'] as Json;
          visible(address['addressLocality'] as string, 'addressLocality');
          visible(regions.of(address['addressCountry'] as string)!, 'addressCountry');
        }
      }
      const salary = ld['baseSalary'] as Json;
      const value = salary['value'] as Json;
      const money = { locale: built.h.site.locale, currency: salary['currency'] as string };
      visible(`${formatMoney(value['minValue'] as number, money)} – ${formatMoney(value['maxValue'] as number, money)} per ${(value['unitText'] as string).toLowerCase()}`, 'baseSalary');
      const identifier = ld['identifier'] as Json;
      visible(identifier['name'] as string, 'identifier.name');
      visible(identifier['value'] as string, 'identifier.value');
      assert.equal(ld['directApply'], opening.data.directApply);
      assert.equal(await page.locator(`main a[href="${opening.data.applyUrl}"]`).count(), 1, `${opening.id}: the apply address directApply speaks of is a link`);
    }
    await close();
  });
});

describe('an opening past its closing date', () => {
  let project: ProjectCopy;
  const closed = 'backend-engineer-berlin';
  const stillOpen = 'senior-backend-engineer-payments';
  const read = (file: string) => readFile(path.join(project.dir, 'dist', file), 'utf8');

  before(async () => {
    project = await copyProject();
    const file = `content/openings/${closed}.mdx`;
    const source = await project.read(file);
    const edited = source.replace(/^datePosted: .*$/m, 'datePosted: 2026-11-01').replace(/^validThrough: .*$/m, 'validThrough: 2026-11-02');
    assert.notEqual(edited, source);
    await project.write(file, edited);
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project.dir, encoding: 'utf8', timeout: 300_000 });
    assert.equal(build.status, 0, build.stderr);
  });
  after(() => project?.remove());

  test('says it is closed, is noindex, has no markup and is not indexed for search', async () => {
    const html = await read(`jobs/${closed}/index.html`);
    assert.match(text(html.replace(/<[^>]+>/g, ' ')), /Closed\. This opening closed on November 2, 2026 and no longer takes applications\./);
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(html, /<link rel="canonical"/);
    assert.deepEqual(jsonLdBlocks(html), []);
    assert.doesNotMatch(html, /data-pagefind-body/);
    const open = await read(`jobs/${stillOpen}/index.html`);
    assert.equal(jsonLdBlocks(open).length, 1, 'the other opening keeps its markup');
    assert.match(open, /data-pagefind-body/);
  });

  test('leaves the sitemap, the feeds and the jobs list', async () => {
    const sitemap = await read('sitemap-0.xml');
    assert.ok(!sitemap.includes(`/jobs/${closed}/`), 'not in the sitemap');
    assert.ok(sitemap.includes(`/jobs/${stillOpen}/`), 'the open one is');
    for (const feed of ['jobs/feed.xml', 'jobs/index.json', 'jobs/index.html']) {
      const body = await read(feed);
      assert.ok(!body.includes(closed), `not in ${feed}`);
      assert.ok(body.includes(stillOpen), `the open one is in ${feed}`);
    }
    const json = JSON.parse(await read('jobs/index.json')) as { openings: { id: string }[] };
    assert.deepEqual(
      json.openings.map((o) => o.id),
      [stillOpen],
    );
  });
});
