/**
 * A level's self-assessment in Chromium, against the built site (ROLEBOOK_DIST under
 * ROLEBOOK_BASE) and content/: answers kept in this browser and restored, downloads made in the
 * page (CSV and Markdown, each the same as the pure builders make from the read model) with no
 * request at all, clearing, the complete sheet without JavaScript, print, the dark theme, and how
 * it is linked and kept out of search.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import type { Level } from '../../src/handbook/model.ts';
import { selfAssessmentPage } from '../../src/handbook/views/self-assessment.ts';
import { selfAssessmentClientWords } from '../../src/i18n/client-words.ts';
import { en } from '../../src/i18n/words/en.ts';
import { selfAssessmentCsv, selfAssessmentMarkdown, selfAssessmentRatings, type SelfAssessmentAnswers, type SelfAssessmentSheet } from '../../src/lib/self-assessment.ts';
import { paths } from '../../src/lib/url.ts';
import { sitemapPaths } from '../../scripts/lib/built-site.ts';
import { openPage } from '../browser/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { axeScripts, crawlPage } from '../quality/crawl.ts';
import { base, builtSiteUnderTest, dist } from './helpers/built-site.ts';

const built = builtSiteUnderTest();
/** The files' words as the English page hands them to its module. */
const words = selfAssessmentClientWords(en, selfAssessmentRatings).file;
const wait = { timeout: 10_000 };

/** A level with a level above it, several competencies and items to reach the next level. */
const subject = (): Level => {
  const level = built.h.levels.find((l) => l.next && (l.data.toReachNext?.length ?? 0) > 0 && l.data.competencies.length > 1);
  assert.ok(level, 'content/ has a level with a next level and items to reach it');
  return level;
};
const pathOf = (level: Level) => paths.selfAssessment(level.role.id, level.slug);
const sheetOf = (level: Level): SelfAssessmentSheet => ({ title: level.data.title, rows: selfAssessmentPage(level, built.h).groups.flatMap((g) => g.rows) });

/** A fresh page recording every request it makes, from its first. */
async function open(level: Level, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(built.browser, built.site.origin, options);
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  const response = await opened.page.goto(built.site.url(pathOf(level)));
  assert.equal(response?.status(), 200);
  return { ...opened, requests };
}

const tools = (page: Page) => page.locator('[data-self-assessment-tools]');
const rating = (page: Page, competency: string, label: string) => page.getByRole('group', { name: `Your rating for ${competency}`, exact: true }).getByRole('radio', { name: label, exact: true });
const evidence = (page: Page, competency: string) => page.getByRole('textbox', { name: `Evidence for ${competency}`, exact: true });

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', wait), page.getByRole('button', { name: button, exact: true }).click(wait)]);
  const file = await download.path();
  return { download, text: await readFile(file, 'utf8') };
}

describe('answers in the browser', () => {
  test('are kept in this browser only, come back on reload, download as CSV and Markdown with no request, and clear', async () => {
    const level = subject();
    const [first, second] = level.data.competencies;
    const item = level.data.toReachNext![0]!;
    const { page, problems, requests, close } = await open(level);
    try {
      await tools(page).waitFor({ state: 'visible', ...wait });
      await page.waitForLoadState('networkidle', wait);

      await rating(page, first!.area, 'Meets').check(wait);
      await evidence(page, first!.area).fill('Led the "billing" migration,\nthen ran its on-call.', wait);
      await rating(page, second!.area, 'Not yet').check(wait);
      await evidence(page, item).fill('=1+1 mentoring sessions', wait);
      const key = `rolebook-self-assessment:${level.id}`;
      const kept = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}') as SelfAssessmentAnswers;
      assert.deepEqual(kept, {
        [`Competencies: ${first!.area}`]: { rating: 'meets', evidence: 'Led the "billing" migration,\nthen ran its on-call.' },
        [`Competencies: ${second!.area}`]: { rating: 'not-yet' },
        [`To reach the next level: ${item}`]: { evidence: '=1+1 mentoring sessions' },
      });

      await page.reload();
      await tools(page).waitFor({ state: 'visible', ...wait });
      assert.equal(await rating(page, first!.area, 'Meets').isChecked(), true, 'the first rating is back');
      assert.equal(await rating(page, second!.area, 'Not yet').isChecked(), true, 'the second rating is back');
      assert.equal(await page.locator('input[type="radio"]:checked').count(), 2, 'and no other');
      assert.equal(await evidence(page, first!.area).inputValue(), 'Led the "billing" migration,\nthen ran its on-call.');
      assert.equal(await evidence(page, item).inputValue(), '=1+1 mentoring sessions');
      assert.equal(await evidence(page, second!.area).inputValue(), '');
      await page.locator('[data-self-assessment-status]').filter({ hasText: 'Your answers from your last visit are back.' }).waitFor(wait);
      await page.waitForLoadState('networkidle', wait);
      const loaded = requests.length;

      const csv = await downloaded(page, 'Download as CSV');
      const slug = `self-assessment-${level.role.id}-${level.slug}`;
      assert.equal(csv.download.suggestedFilename(), `${slug}.csv`);
      const sheet = sheetOf(level);
      assert.equal(csv.text, selfAssessmentCsv(sheet, kept, words), 'the rows the page reads from itself are the read model’s');
      const rows = parse(csv.text, { bom: true }) as string[][];
      assert.deepEqual(rows[0], [...words.csvHeader]);
      const next = level.next!;
      const nextOf = (area: string) => next.data.competencies.find((c) => c.area === area)?.expectation ?? `${next.data.title} names no expectation for ${area}.`;
      const answered: Record<string, [string, string]> = { [first!.area]: ['Meets', 'Led the "billing" migration,\nthen ran its on-call.'], [second!.area]: ['Not yet', ''], [item]: ['', "'=1+1 mentoring sessions"] };
      assert.deepEqual(rows.slice(1), [
        ...level.data.competencies.map((c) => ['Competencies', c.area, c.expectation, nextOf(c.area), ...(answered[c.area] ?? ['', ''])]),
        ...level.data.toReachNext!.map((t) => ['To reach the next level', t, '', next.data.title, ...(answered[t] ?? ['', ''])]),
      ]);

      const md = await downloaded(page, 'Download as Markdown');
      assert.equal(md.download.suggestedFilename(), `${slug}.md`);
      assert.equal(md.text, selfAssessmentMarkdown(sheet, kept, words));
      assert.match(md.text, new RegExp(`^# Self-assessment: ${level.data.title}$`, 'm'));
      assert.match(md.text, /^- \*\*Rating:\*\* Meets\n\n\*\*Evidence:\*\*\n\nLed the "billing" migration,\nthen ran its on-call\.$/m);
      await page
        .locator('[data-self-assessment-status]')
        .filter({ hasText: `Downloaded ${slug}.md.` })
        .waitFor(wait);

      assert.deepEqual(requests.slice(loaded), [], 'the downloads make no request of any kind');
      assert.deepEqual(
        requests.filter((u) => !u.startsWith(built.site.origin)),
        [],
        'every request was to the site itself',
      );

      // Clearing asks first, then empties the page and what the browser kept.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Clear answers', exact: true }).click(wait);
      await page.locator('[data-self-assessment-status]').filter({ hasText: 'Answers cleared.' }).waitFor(wait);
      assert.equal(await page.locator('input[type="radio"]:checked').count(), 0);
      assert.equal(await evidence(page, first!.area).inputValue(), '');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null);
      await page.reload();
      await tools(page).waitFor({ state: 'visible', ...wait });
      assert.equal(await page.locator('input[type="radio"]:checked').count(), 0, 'nothing comes back after clearing');
      assert.deepEqual([...problems.consoleErrors, ...problems.failedRequests, ...problems.foreignRequests], []);
    } finally {
      await close();
    }
  });

  test('each level keeps its own answers', async () => {
    const level = subject();
    const other = level.next!;
    const { page, close } = await open(level);
    try {
      await tools(page).waitFor({ state: 'visible', ...wait });
      await evidence(page, level.data.competencies[0]!.area).fill('Only on this level.', wait);
      await page.goto(built.site.url(pathOf(other)));
      await tools(page).waitFor({ state: 'visible', ...wait });
      assert.equal(await evidence(page, other.data.competencies[0]!.area).inputValue(), '');
      await page.goBack();
      await tools(page).waitFor({ state: 'visible', ...wait });
      assert.equal(await evidence(page, level.data.competencies[0]!.area).inputValue(), 'Only on this level.');
    } finally {
      await close();
    }
  });
});

describe('the sheet', () => {
  test('without JavaScript, the whole form renders with every expectation, and the tools stay hidden', async () => {
    const level = subject();
    const { page, close } = await open(level, { javaScriptEnabled: false });
    try {
      const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      for (const c of level.data.competencies) {
        assert.ok(main.includes(squash(c.expectation)), `${c.area}: this level`);
        const next = level.next!.data.competencies.find((n) => n.area === c.area);
        if (next) assert.ok(main.includes(squash(next.expectation)), `${c.area}: next level`);
        assert.equal(await rating(page, c.area, 'Not yet').count(), 1, `${c.area}: a rating group named for it`);
        assert.equal(await evidence(page, c.area).count(), 1, `${c.area}: an evidence box named for it`);
      }
      for (const t of level.data.toReachNext!) assert.ok(main.includes(squash(t)), t);
      const rows = level.data.competencies.length + level.data.toReachNext!.length;
      assert.equal(await page.locator('fieldset').count(), rows, 'one rating group a row');
      assert.equal(await page.locator('fieldset > legend').count(), rows, 'each with a legend');
      assert.equal(await page.locator('input[type="radio"]').count(), rows * 4, 'four points each');
      assert.equal(await page.locator('textarea').count(), rows);
      for (const point of ['Not yet', 'Partly', 'Meets', 'Beyond']) assert.equal(await page.locator('.self-assessment-scale dt', { hasText: point }).count(), 1, `${point} is defined once`);
      assert.equal(await tools(page).isVisible(), false, 'no buttons that cannot work');
      assert.ok(main.includes('Print this page to fill it in by hand.'));
    } finally {
      await close();
    }
  });

  test('prints as a sheet: no header, navigation, footer or buttons, room to write, no wider than 170 mm', async () => {
    const level = subject();
    // 170 mm at 96 px to the inch: the line A4 leaves between its 20 mm margins.
    const { page, close } = await open(level, { viewport: { width: 643, height: 900 } });
    try {
      await tools(page).waitFor({ state: 'visible', ...wait });
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', 'nav', 'button', '[data-self-assessment-tools]']) {
        for (const el of await page.locator(hidden).all()) assert.equal(await el.isVisible(), false, `${hidden} is not printed`);
      }
      assert.ok((await page.locator('.self-assessment-row').count()) > 0);
      const sizes = await page.evaluate(() => ({
        boxes: [...document.querySelectorAll('textarea')].map((t) => t.getBoundingClientRect().height),
        rows: [...document.querySelectorAll('.self-assessment-row')].map((r) => getComputedStyle(r).breakInside),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      assert.ok(
        sizes.boxes.every((h) => h >= 100),
        `each evidence box has room to write (${sizes.boxes.join(', ')} px)`,
      );
      assert.ok(
        sizes.rows.every((b) => b === 'avoid'),
        'no row is split across pages',
      );
      assert.equal(sizes.overflow, 0, 'nothing is wider than 170 mm');
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', `${format}: a PDF`);
      }
    } finally {
      await close();
    }
  });

  test('the top of a ladder says so, plainly, and lists nothing to reach', async () => {
    const top = built.h.levels.find((l) => !l.next);
    assert.ok(top, 'content/ has a level at the top of its ladder');
    const { page, close } = await open(top, { javaScriptEnabled: false });
    try {
      const said = `${top.data.title} is the top of this ladder.`;
      assert.equal(await page.locator('[data-self-assessment-cell="next"]', { hasText: said }).count(), top.data.competencies.length);
      assert.equal(await page.locator('h2', { hasText: 'To reach the next level' }).count(), 0);
    } finally {
      await close();
    }
  });

  test('passes axe in the dark theme too', async () => {
    const site = await serveSite({ dir: dist, base, scripts: axeScripts });
    try {
      const report = await crawlPage(built.browser, site.origin, site.url(pathOf(subject())), { colorScheme: 'dark' });
      assert.deepEqual(report.problems, []);
    } finally {
      await site.close();
    }
  });
});

describe('how readers find it', () => {
  test('the level page links it; it is in the sitemap but not in the search index', async () => {
    const level = subject();
    const opened = await openPage(built.browser, built.site.origin);
    try {
      await opened.page.goto(built.site.url(paths.level(level.role.id, level.slug)));
      const link = opened.page.getByRole('link', { name: `Self-assessment for ${level.data.title}`, exact: true });
      assert.equal(await link.getAttribute('href'), `${base}${pathOf(level)}`);
    } finally {
      await opened.close();
    }
    assert.ok((await sitemapPaths({ dir: dist, base })).includes(pathOf(level)), 'a normal page of the handbook');
    const html = await readFile(path.join(dist, pathOf(level), 'index.html'), 'utf8');
    assert.doesNotMatch(html, /data-pagefind-body/, 'search leaves it out: it restates the level page');
    assert.doesNotMatch(html, /name="robots"/);
  });
});
