/**
 * The handbook pages in Chromium, checked against content/: every page type renders what the
 * content says and links where it should, and the small scripts work (every link resolving is the
 * links gate's, tests/e2e/gates/links.test.ts). The browser editor's files are in the build, under the base too, and no reader is led to them.
 * Reads the built site from ROLEBOOK_DIST (default dist) served under ROLEBOOK_BASE (default /).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { adminPolicy } from '../../src/admin/page.ts';
import { bandInZoneText, bandText } from '../../src/handbook/pay.ts';
import { en } from '../../src/i18n/words/en.ts';
import { metaPolicy } from '../../src/integrations/csp.ts';
import { adminFolder, editorPage, listFiles, listPages } from '../../src/lib/built-pages.ts';
import { paths } from '../../src/lib/url.ts';
import { openPage } from '../browser/browser.ts';
import { baseBuild, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { base, builtSiteUnderTest, dist } from './helpers/built-site.ts';

// The shared tab; builtSiteUnderTest closes the browser and the server (a tab already gone is fine).
after(async () => {
  await shared?.close().catch(() => {});
});
const built = builtSiteUnderTest();

let shared: Awaited<ReturnType<typeof openPage>> | undefined;

/**
 * Opens a page and, on close, fails on console errors, failed requests or requests to other hosts.
 * Pages without special options reuse one browser tab, which keeps the many content checks fast.
 */
async function visit(pathInSite: string, options: Parameters<typeof openPage>[2] = {}) {
  const reuse = Object.keys(options).length === 0;
  if (reuse) shared ??= await openPage(built.browser, built.site.origin);
  const opened = reuse ? shared! : await openPage(built.browser, built.site.origin, options);
  for (const list of Object.values(opened.problems)) list.length = 0;
  const response = await opened.page.goto(built.site.url(pathInSite));
  assert.equal(response?.status(), 200, `${pathInSite} answers 200`);
  return {
    page: opened.page,
    problems: opened.problems,
    close: async () => {
      assert.deepEqual(opened.problems.consoleErrors, [], `${pathInSite}: console errors`);
      // A reused tab aborts the previous page's late requests when it moves on; those are not failures.
      const failed = opened.problems.failedRequests.filter((r) => !(reuse && r.includes('ERR_ABORTED')));
      assert.deepEqual(failed, [], `${pathInSite}: failed requests`);
      assert.deepEqual(opened.problems.foreignRequests, [], `${pathInSite}: requests to other hosts`);
      if (!reuse) await opened.close();
    },
  };
}

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('home and role list', () => {
  test('the home page introduces the company and links every role', async () => {
    const { page, close } = await visit('');
    assert.match(text(await page.locator('h1').innerText()), new RegExp(built.h.site.company.name));
    for (const role of built.h.roles) {
      const link = page.locator(`main a[href="${base}${paths.role(role.id)}"]`);
      assert.ok((await link.count()) > 0, `home links ${role.id}`);
    }
    await close();
  });

  test('the roles page groups roles by family with level counts and pay ranges', async () => {
    const { page, close } = await visit(paths.roles());
    const headings = (await page.locator('main h2').allInnerTexts()).map(text);
    assert.deepEqual(
      headings,
      built.h.families.map((f) => f.family),
    );
    const body = text(await page.locator('main').innerText());
    for (const role of built.h.roles) {
      assert.ok(body.includes(role.data.title));
      if (role.payRange) assert.ok(body.includes(bandInZoneText(role.payRange, built.h)), `${role.id} pay range, with its zone`);
    }
    await close();
  });
});

describe('role pages', () => {
  test('each role page shows its guide, ladder with pay bands, skills and questions', async () => {
    for (const role of built.h.roles) {
      const { page, close } = await visit(paths.role(role.id));
      assert.equal(text(await page.locator('h1').innerText()), role.data.title);
      const main = text(await page.locator('main').innerText());
      assert.ok(main.includes(role.data.summary), `${role.id} summary`);
      for (const r of role.data.responsibilities) assert.ok(main.includes(text(r)), `${role.id} responsibility ${r}`);
      const ladder = page.locator('.ladder');
      for (const level of role.levels) {
        assert.equal(await ladder.locator(`a[href="${base}${paths.level(role.id, level.slug)}"]`).count(), 1, `${role.id} ladder links ${level.slug}`);
        assert.ok(main.includes(bandText(level.band, built.h)), `${level.id} band text`);
      }
      assert.equal(await ladder.locator('svg.paybar').count(), role.levels.length, 'one pay bar per level');
      for (const group of role.skillGroups) {
        for (const skill of group.skills) {
          assert.ok((await page.locator(`a.chip[href="${base}${paths.skill(skill.slug)}"]`).count()) > 0, `${role.id} chip ${skill.name}`);
        }
      }
      for (const faq of role.faqs) assert.ok(main.includes(text(faq.data.question)), `${role.id} FAQ ${faq.id}`);
      await close();
    }
  });
});

describe('level pages', () => {
  test('each level page shows its band, scope, competencies, changes and neighbours', async () => {
    for (const level of built.h.levels) {
      const d = level.data;
      const { page, close } = await visit(paths.level(level.role.id, level.slug));
      assert.equal(text(await page.locator('h1').innerText()), d.title);
      const main = text(await page.locator('main').innerText());
      for (const band of level.pay) assert.ok(main.includes(`${band.zone.name} ${bandText(band, built.h)}`), `${level.id} band in ${band.zone.name}`);
      assert.ok(main.includes(level.grade.name), `${level.id} grade`);
      assert.ok(main.includes(text(d.scope)), `${level.id} scope`);
      for (const c of d.competencies) assert.ok(main.includes(text(c.expectation)), `${level.id} competency ${c.area}`);
      if (level.previous) {
        assert.ok(main.includes(`What changes from ${level.previous.data.shortTitle}`), `${level.id} changes heading`);
        for (const c of d.changesFromPrevious ?? []) assert.ok(main.includes(text(c)), `${level.id} change ${c}`);
        assert.equal(await page.locator(`a[rel=prev][href="${base}${paths.level(level.role.id, level.previous.slug)}"]`).count(), 1);
      }
      if (level.next) {
        assert.equal(await page.locator(`a[rel=next][href="${base}${paths.level(level.role.id, level.next.slug)}"]`).count(), 1);
        for (const c of d.toReachNext ?? []) assert.ok(main.includes(text(c)), `${level.id} to reach next ${c}`);
      }
      assert.equal(await page.locator(`a[href="${base}${paths.ad(level.role.id, level.slug)}"]`).count(), 1, 'links its job ad');
      await close();
    }
  });
});

describe('comparison', () => {
  test('the matrix has a column per level and rows for scope, competencies, experience and pay', async () => {
    for (const role of built.h.roles.filter((r) => r.levels.length > 1)) {
      const { page, close } = await visit(paths.compare(role.id));
      const columns = (await page.locator('table.matrix thead th').allInnerTexts()).map(text);
      assert.deepEqual(
        columns,
        role.levels.map((l) => l.data.shortTitle),
      );
      const rows = (await page.locator('table.matrix tbody th').allInnerTexts()).map(text);
      const areas = [...new Set(role.levels.flatMap((l) => l.data.competencies.map((c) => c.area)))];
      for (const row of ['Scope', 'Responsibilities', ...areas, 'Experience', 'Pay']) assert.ok(rows.includes(row), `${role.id} row ${row}`);
      const table = text(await page.locator('table.matrix').innerText());
      for (const l of role.levels) for (const band of l.pay) assert.ok(table.includes(bandText(band, built.h)), `${l.id} in ${band.zone.name}`);
      await close();
    }
  });

  test('levels further apart are read step by step or side by side, with no page per pair and no JavaScript', async () => {
    const role = built.h.roles.find((r) => r.levels.length > 2)!;
    const [a, b] = [role.levels[0]!, role.levels[1]!];
    const { page, close } = await visit(paths.comparePair(role.id, a.slug, b.slug), { javaScriptEnabled: false });
    assert.equal(await page.locator(`.chooser a[aria-current="page"]`).count(), 1, 'the step shown is marked');
    await Promise.all([page.waitForURL(`**/${paths.compare(role.id)}`, { timeout: 15_000 }), page.locator('.chooser a', { hasText: 'see every level side by side' }).click()]);
    for (const l of role.levels) assert.equal(text(await page.locator(`table.matrix thead th#level-${l.slug}`).innerText()), l.data.shortTitle, `column for ${l.id}, with an anchor`);
    await close();
    const files = (await listPages(dist)).filter((f) => f.startsWith(`roles/${role.id}/compare/`) && f !== `roles/${role.id}/compare/index.html`);
    assert.equal(files.length, role.pairs.length, 'a page per step');
    assert.ok(files.length < (role.levels.length * (role.levels.length - 1)) / 2, 'fewer than one per pair');
  });

  test('without JavaScript every adjacent pair is one link away and its diff is pre-rendered', async () => {
    const role = built.h.roles.find((r) => r.levels.length > 1)!;
    const { page, close } = await visit(paths.compare(role.id), { javaScriptEnabled: false });
    for (const level of role.levels.filter((l) => l.previous)) {
      const href = `${base}${paths.comparePair(role.id, level.previous!.slug, level.slug)}`;
      assert.ok((await page.locator(`.chooser a[href="${href}"]`).count()) > 0, `links ${href}`);
    }
    await close();
    const level = role.levels[1]!;
    const pair = await visit(paths.comparePair(role.id, level.previous!.slug, level.slug), { javaScriptEnabled: false });
    const body = text(await pair.page.locator('main').innerText());
    for (const c of level.data.changesFromPrevious ?? []) assert.ok(body.includes(text(c)), `pair page lists change ${c}`);
    const scopeChanged = text(level.previous!.data.scope) !== text(level.data.scope);
    assert.equal(body.includes(text(level.data.scope)), scopeChanged, 'scope shown only when it changes');
    await pair.close();
  });
});

describe('career paths', () => {
  test('the index has a card per path and a link to the job architecture, and no graph of every role', async () => {
    const { page, close } = await visit(paths.careerPaths());
    assert.equal(await page.locator('svg.graph-svg').count(), 0, 'no drawing of every role');
    for (const p of built.h.careerPaths) assert.equal(await page.locator(`main .card a[href="${base}${paths.careerPath(p.id)}"]`).count(), 1, p.id);
    assert.equal(await page.locator(`main a[href="${base}${paths.jobArchitecture()}"]`).count(), 1, 'links the job architecture');
    await close();
  });

  test('each path draws its steps and the ladders they touch: up is a higher grade, moves within a grade are level', async () => {
    for (const p of built.h.careerPaths) {
      const { page, close } = await visit(paths.careerPath(p.id));
      const svg = page.locator('svg.graph-svg');
      assert.ok((await svg.locator('title').textContent())?.length, `${p.id}: the graph has a title`);
      assert.ok((await svg.locator('desc').textContent())?.length, `${p.id}: the graph has a description`);
      assert.match(text(await page.locator('.graph-legend').innerText()), /Up = more senior grade/);
      const roles = new Set(p.steps.flatMap((s) => [s.from, s.to].map((x) => (x.kind === 'role' ? x : x.role))));
      const levels = [...roles].flatMap((r) => r.levels);
      assert.equal(await svg.locator('a').count(), levels.length, `${p.id}: a box for every level of the ladders it touches, nothing else`);
      const middles = new Map<number, number[]>();
      for (const level of levels) {
        const box = await svg.locator(`a[href="${base}${paths.level(level.role.id, level.slug)}"] rect`).boundingBox();
        assert.ok(box, `${p.id}: box for ${level.id}`);
        // The middle, as a box's outline (and so its bounds) is thicker on the path than off it.
        middles.set(level.grade.rank, [...(middles.get(level.grade.rank) ?? []), Math.round(box.y + box.height / 2)]);
      }
      const ranks = [...middles.keys()].sort((a, b) => a - b);
      for (const rank of ranks) assert.equal(new Set(middles.get(rank)).size, 1, `${p.id}: one row for grade rank ${rank}`);
      for (let i = 1; i < ranks.length; i++) assert.ok(middles.get(ranks[i]!)![0]! < middles.get(ranks[i - 1]!)![0]!, `${p.id}: grade rank ${ranks[i]} above ${ranks[i - 1]}`);
      const ends = (kind: string) =>
        svg.locator(`path.edge-${kind}`).evaluateAll((els) =>
          els.map((el) => {
            const line = el as SVGPathElement;
            const [a, b] = [line.getPointAtLength(0), line.getPointAtLength(line.getTotalLength())];
            return { y0: Math.round(a.y), y1: Math.round(b.y) };
          }),
        );
      for (const e of await ends('lateral')) assert.equal(e.y1, e.y0, `${p.id}: a lateral move ends at the height it starts`);
      for (const e of await ends('promotion')) assert.ok(e.y1 < e.y0, `${p.id}: a promotion goes up`);
      await close();
    }
  });

  test('the list says every step in plain words, by grade from the top, with no step from a place to itself', async () => {
    for (const p of built.h.careerPaths) {
      const { page, close } = await visit(paths.careerPath(p.id));
      const list = text(await page.locator('.graph-text').innerText());
      for (const step of p.steps) {
        const sameRole = step.from.kind === 'level' && step.to.kind === 'level' && step.from.role === step.to.role;
        const from = sameRole && step.from.kind === 'level' ? step.from.data.shortTitle : step.from.data.title;
        const words = `${en.stepKindNames[step.kind]}: ${from} to ${step.to.data.title}`;
        assert.ok(list.includes(words), `${p.id}: "${words}"`);
        if (step.reason) assert.ok(list.includes(text(step.reason)), `${p.id}: the reason for ${step.from.id} → ${step.to.id}`);
      }
      assert.ok(!/\(first level\)|lateral move: /.test(list), `${p.id}: no leftovers of the old wording`);
      const grades = (await page.locator('.graph-list-name').allInnerTexts()).map((g) => built.h.pay.grades.find((x) => x.name === text(g))!.rank);
      assert.deepEqual(
        grades,
        [...grades].sort((a, b) => b - a),
        `${p.id}: highest grade first`,
      );
      const items = await page.locator('.graph-list-grade li').evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))));
      for (const hrefs of items) assert.ok(hrefs.length < 2 || hrefs[0] !== hrefs[1], `${p.id}: no self-loop`);
      // Following a box goes to its level page.
      const first = p.steps[0]!.from;
      const href = `${base}${first.kind === 'level' ? paths.level(first.role.id, first.slug) : paths.role(first.id)}`;
      await Promise.all([page.waitForURL(`**${href}`, { timeout: 15_000 }), page.locator(`svg.graph-svg a[href="${href}"]`).first().click()]);
      await close();
    }
  });

  test('on a phone the steps are a list by grade, with no drawing to scroll sideways', async () => {
    for (const p of built.h.careerPaths) {
      const { page, close } = await visit(paths.careerPath(p.id), { viewport: { width: 375, height: 800 } });
      assert.equal(await page.locator('svg.graph-svg').isVisible(), false, `${p.id}: no drawing`);
      assert.ok(await page.locator('.graph-list-grade').first().isVisible(), `${p.id}: the list by grade`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${p.id}: no sideways scrolling`);
      await close();
    }
  });

  test('each path page lists its steps and what changes', async () => {
    for (const p of built.h.careerPaths) {
      const { page, close } = await visit(paths.careerPath(p.id));
      assert.equal(text(await page.locator('h1').innerText()), p.data.title);
      const main = text(await page.locator('main').innerText());
      for (const step of p.steps) for (const c of step.changes) assert.ok(main.includes(text(c)), `${p.id}: ${c}`);
      await close();
    }
  });
});

describe('FAQ', () => {
  test('every question has its own anchor, grouped by topic, and a link to it opens the answer', async () => {
    const { page, close } = await visit(paths.faq());
    const topics = (await page.locator('main h2').allInnerTexts()).map(text);
    for (const group of built.h.faqsByTopic) assert.ok(topics.includes(group.topic), `topic ${group.topic}`);
    for (const faq of built.h.faqs) {
      assert.equal(await page.locator(`[id="${faq.anchor}"]`).count(), 1, `anchor ${faq.anchor}`);
      assert.equal(await page.locator(`details:has([id="${faq.anchor}"]) summary`).innerText().then(text), text(faq.data.question));
    }
    await close();
    const target = built.h.faqs.at(-1)!;
    // A fresh tab, so this is a real navigation to the fragment rather than a jump within the page.
    const linked = await visit(paths.faq(target.anchor), { viewport: { width: 1280, height: 900 } });
    assert.equal(await linked.page.locator(`details:has([id="${target.anchor}"])`).evaluate((d) => (d as HTMLDetailsElement).open), true, 'the linked question opens');
    await linked.close();
  });
});

describe('skills', () => {
  test('each skill page lists the roles asking for it and the levels naming it', async () => {
    const times = (hrefs: (string | null)[], href: string) => hrefs.filter((h) => h === href).length;
    const index = await visit(paths.skills());
    const listed = await index.page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const skill of built.h.skills) assert.equal(times(listed, `${base}${paths.skill(skill.slug)}`), 1, skill.slug);
    // About a hundred pages that differ only in what they say: each is fetched as served and read by
    // Chromium's own parser in the tab, without loading and drawing it (the crawl loads every page).
    for (const skill of built.h.skills) {
      const response = await fetch(built.site.url(paths.skill(skill.slug)));
      assert.equal(response.status, 200, skill.slug);
      const page = await index.page.evaluate(
        (html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return { h1: doc.querySelector('h1')?.textContent ?? '', hrefs: [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')) };
        },
        await response.text(),
      );
      assert.equal(text(page.h1), skill.name);
      for (const role of skill.roles) assert.equal(times(page.hrefs, `${base}${paths.role(role.id)}`), 1, `${skill.slug} lists ${role.id}`);
      for (const { level } of skill.mentions) assert.ok(times(page.hrefs, `${base}${paths.level(level.role.id, level.slug)}`) >= 1, `${skill.slug} lists ${level.id}`);
    }
    await index.close();
  });
});

describe('job ads', () => {
  const file = (level: (typeof built.h.levels)[number], format: 'txt' | 'md' | 'html' | 'json') => fetch(built.site.url(paths.adFile(level.role.id, level.slug, format)));

  test('every ad has each section, at most eight points a list and no point twice, and its files hold the same text', async () => {
    for (const level of built.h.levels) {
      const { page, close } = await visit(paths.ad(level.role.id, level.slug));
      const headings = await page.locator('article.job-ad h2').allInnerTexts();
      for (const heading of ['About us', 'About the role', 'What you will do', 'What you bring', 'What we offer', 'Pay', 'Location and working hours', 'How to apply', 'Interview process', 'Equal opportunity']) {
        assert.ok(headings.includes(heading), `${level.id}: ${heading}`);
      }
      const lists = await page.$$eval('article.job-ad section', (sections) => sections.map((section) => [...section.querySelectorAll('li')].map((li) => li.innerText)));
      for (const list of lists) {
        const items = list.map(text);
        assert.ok(items.length <= 8, `${level.id}: ${items.length} points in one list`);
        assert.equal(new Set(items).size, items.length, `${level.id}: a point repeated`);
      }
      assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0, `${level.id}: no JobPosting on a handbook page`);
      const article = text(await page.locator('article.job-ad').innerText());
      assert.ok(article.includes(text(built.h.site.company.about)), 'About us');
      const txt = await (await file(level, 'txt')).text();
      assert.equal(text(await page.locator('article.job-ad h1').innerText()), txt.split('\n')[0], `${level.id}: title`);
      // After the title and the company line, every line of the text file is on the page.
      for (const line of txt
        .split('\n')
        .slice(2)
        .filter((l) => l && !l.startsWith('Levels and expectations'))) {
        assert.ok(article.includes(text(line.replace(/^(- |\d+\. )/, ''))), `${level.id}: the page has "${line}"`);
      }
      const json = await (await file(level, 'json')).json();
      assert.equal(json.title, level.data.title);
      assert.equal(json.level, level.id);
      assert.deepEqual(json.pay.map((p: { min: number }) => p.min).sort(), json.pay.map((p: { zone: string }) => level.pay.find((b) => b.zone.id === p.zone)!.min).sort());
      await close();
    }
  });

  test('no role or level page carries JobPosting data', async () => {
    for (const path of [paths.role(built.h.roles[0]!.id), paths.level(built.h.levels[0]!.role.id, built.h.levels[0]!.slug)]) {
      const { page, close } = await visit(path);
      assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0, path);
      await close();
    }
  });

  test('copy puts the ad on the clipboard as plain text, as Markdown and as rich text', async () => {
    const level = built.h.levels.find((l) => l.previous) ?? built.h.levels[0]!;
    const [txt, md, html] = await Promise.all((['txt', 'md', 'html'] as const).map(async (f) => (await file(level, f)).text()));
    const { page, close } = await visit(paths.ad(level.role.id, level.slug), { permissions: ['clipboard-read', 'clipboard-write'] });
    // Each copy is awaited at its own button's status, so no read overlaps the write before it.
    const copy = async (name: string) => {
      await page.evaluate(() =>
        document.querySelectorAll('.copy-status').forEach((s) => {
          s.textContent = '';
        }),
      );
      const button = page.getByRole('button', { name });
      await button.click();
      await button.locator('xpath=following-sibling::*[contains(@class, "copy-status")]').filter({ hasText: 'Copied' }).waitFor({ timeout: 5000 });
    };
    await copy('Copy as plain text');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), txt);
    await copy('Copy as Markdown');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md);
    await copy('Copy as rich text');
    const flavours = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item!.types, html: await (await item!.getType('text/html')).text(), plain: await (await item!.getType('text/plain')).text() };
    });
    assert.ok(flavours.html.includes('<h2>What you will do</h2>'), 'headings survive as HTML');
    assert.ok(flavours.html.includes(html!.split('\n')[0]!), 'the HTML file is what is copied');
    assert.match(flavours.html, /<ul><li>/);
    assert.equal(flavours.plain, txt, 'editors without formatting get the plain text');
    await close();
  });
});

describe('site-wide', () => {
  test('robots.txt names the sitemap under the site address and base', async () => {
    const robots = await fetch(built.site.url('robots.txt'), { signal: AbortSignal.timeout(15_000) }).then((r) => r.text());
    const sitemap = new URL(`${base}sitemap-index.xml`, built.h.site.url).href;
    assert.ok(robots.includes(`Sitemap: ${sitemap}`), robots);
  });

  test('sentences that run on past a link keep the space on each side of it (textContent)', async () => {
    const level = built.h.levels[0]!;
    const sentences: [string, string, string][] = [
      [paths.ad(level.role.id, level.slug), '.job-ad-tools p', 'Ready to post. Copy it into your applicant-tracking system or job board, or download it as plain text, Markdown, HTML or JSON.'],
      [paths.search(), 'main p.muted', 'You can also browse all roles, the skills index or the questions and answers.'],
    ];
    for (const [where, selector, sentence] of sentences) {
      const { page, close } = await visit(where);
      assert.equal(
        text(
          await page
            .locator(selector)
            .first()
            .evaluate((p) => p.textContent ?? ''),
        ),
        sentence,
        where,
      );
      await close();
    }
  });

  test('the brand colour arrives as a stylesheet, not inline styles', async () => {
    const css = await fetch(built.site.url('brand.css'), { signal: AbortSignal.timeout(15_000) }).then((r) => r.text());
    assert.ok(css.includes(`--brand:${built.h.site.brandColor.toLowerCase()}`) || /--brand:#[0-9a-f]{6}/.test(css));
    for (const file of await htmlFiles()) {
      const html = await readFile(file, 'utf8');
      assert.doesNotMatch(html, /\sstyle="/, `${file} has a style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+="/, `${file} has an inline event handler`);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/, `${file} has an inline script`);
    }
  });

  test('the header navigation is one row at 320 and 375 px, each label on one line', async () => {
    for (const width of [320, 375]) {
      const opened = await openPage(built.browser, built.site.origin, { viewport: { width, height: 640 } });
      await opened.page.goto(built.site.url(''));
      const items = await opened.page.locator('.site-nav a').evaluateAll((links) => links.map((a) => ({ label: a.textContent, top: Math.round(a.getBoundingClientRect().top), lines: a.getClientRects().length })));
      await opened.close();
      const top = items[0]!.top;
      assert.deepEqual(
        items,
        ['Roles', 'Grades & pay', 'Career paths', 'Skills', 'FAQ'].map((label) => ({ label, top, lines: 1 })),
        `${width} px`,
      );
    }
  });
  // That no page scrolls sideways at 320 px is the browser crawl's (tests/e2e/gates/browser-crawl.test.ts), on every page.
});

describe('the browser editor at /admin/', () => {
  const editorFiles = async (dir: string) => (await listFiles(path.join(dir, adminFolder))).map((f) => `${adminFolder}${f}`);

  test('the build has its files, and its page is kept from search engines by its own policy', async () => {
    const files = await editorFiles(dist);
    for (const file of ['index.html', 'editor.json', 'sveltia-cms.js', 'rolebook-editor.js', 'sveltia/package.json']) assert.ok(files.includes(`${adminFolder}${file}`), `${adminFolder}${file} is built`);
    assert.equal(files.filter((f) => /^admin\/fonts\/[\w-]+\.woff2$/.test(f)).length, 3, 'its three fonts are served from the site');
    const html = await readFile(path.join(dist, editorPage), 'utf8');
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    assert.equal(metaPolicy(html), adminPolicy);
    assert.doesNotMatch(html, /data-pagefind-body/);
  });

  test('no reader finds it: not in the sitemap, the search index or the job feeds', async () => {
    const listed = await sitemapPaths({ dir: dist, base });
    assert.ok(listed.length > 0);
    assert.deepEqual(
      listed.filter((p) => p.startsWith(adminFolder)),
      [],
    );
    // Each indexed page is a gzipped fragment that names its URL (pagefind_dcd, then JSON).
    const fragments = path.join(dist, 'pagefind/fragment');
    const urls: string[] = [];
    for (const name of await readdir(fragments)) {
      const text = gunzipSync(await readFile(path.join(fragments, name))).toString('utf8');
      urls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
    }
    assert.ok(urls.length > 10 && urls.every((u) => u.startsWith(base)), 'the fragments name the indexed pages');
    assert.deepEqual(
      urls.filter((u) => u.startsWith(`${base}${adminFolder}`)),
      [],
    );
    for (const feed of ['jobs/feed.xml', 'jobs/index.json']) assert.doesNotMatch(await readFile(path.join(dist, feed), 'utf8'), /\/admin\//, `${feed} does not mention the editor`);
  });

  test('under a base it is at /base/admin/, and the editor fetches its fonts from there', async () => {
    const site = baseBuild();
    assert.notEqual(site.base, '/', 'the base build must use a base other than /');
    const files = await editorFiles(site.dir);
    assert.ok(files.includes(editorPage), `${site.base}${adminFolder} has its page`);
    const script = await readFile(path.join(site.dir, adminFolder, 'sveltia-cms.js'), 'utf8');
    const fonts = files.filter((f) => f.startsWith(`${adminFolder}fonts/`));
    assert.equal(fonts.length, 3);
    for (const font of fonts) assert.ok(script.includes(`${site.base}${font}`), `sveltia-cms.js loads ${site.base}${font}`);
    assert.doesNotMatch(script, /cdn\.jsdelivr\.net\/fontsource/, 'no font from a CDN');
    assert.deepEqual(
      (await sitemapPaths(site)).filter((p) => p.startsWith(adminFolder)),
      [],
    );
  });
});

/** The built pages, as absolute file paths (listPages says what a page is). */
const htmlFiles = async () => (await listPages(dist)).map((f) => path.join(dist, f));
