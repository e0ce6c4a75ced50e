/** View models: what each page kind shows, computed once from the read model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/words/en.ts';
import { buildHandbook } from '../../src/handbook/build.ts';
import type { Handbook } from '../../src/handbook/model.ts';
import { careerPathPage, careerPathsPage } from '../../src/handbook/views/career.ts';
import { chooser, comparePage, pairPage } from '../../src/handbook/views/compare.ts';
import { faqPage } from '../../src/handbook/views/faq.ts';
import { nodeName } from '../../src/handbook/views/graph.ts';
import { families, homePage } from '../../src/handbook/views/home.ts';
import { levelAd, openingAd } from '../../src/handbook/ads.ts';
import { adJson, adPage } from '../../src/handbook/views/ad.ts';
import { levelPage } from '../../src/handbook/views/level.ts';
import { jobArchitecturePage } from '../../src/handbook/views/job-architecture.ts';
import { jobPosting, jobsPage, openingPage, openingsAtom, openingsJson } from '../../src/handbook/views/opening.ts';
import { adHtml } from '../../src/lib/ad-copy.ts';
import { rolePage } from '../../src/handbook/views/role.ts';
import { footerLinks } from '../../src/handbook/views/shell.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { skillPage, skillsPage } from '../../src/handbook/views/skills.ts';
import { draftNotice } from '../../src/handbook/views/common.ts';
import { input } from '../fixtures/handbook-input.ts';

const h: Handbook = buildHandbook(input());
const role = (id: string) => h.roles.find((r) => r.id === id)!;
const level = (id: string) => h.levels.find((l) => l.id === id)!;

test('the level page says where the level sits and links its neighbours and the pair below', () => {
  const view = levelPage(level('backend-engineer/mid'), h);
  assert.equal(view.position, 'Individual contributor, level 2 of 3');
  assert.equal(view.step.band, '$68,000 – $98,000 per year');
  assert.equal(view.pairBelowHref, '/roles/backend-engineer/compare/junior-vs-mid/');
  assert.deepEqual(view.previous, { href: '/roles/backend-engineer/junior/', text: 'junior backend-engineer' });
  assert.match(view.payNote, /^United States\. Effective January 1, 2026\. Source: test survey\./);
  assert.deepEqual(
    view.zones,
    [
      { name: 'United States', band: '$68,000 – $98,000 per year' },
      { name: 'Europe', band: '€52,000 – €70,000 per year' },
    ],
    'every zone, the default first',
  );
  assert.equal(view.grade.name, 'G2');
  assert.match(view.head.description, /Pay band \$68,000 – \$98,000 per year; 2\+ years of experience\.$/);
  const first = levelPage(level('backend-engineer/junior'), h);
  assert.equal(first.pairBelowHref, undefined);
  assert.equal(first.previous, undefined);
});

test('one pay scale per role: the ladder and every level page draw bars on the same axis', () => {
  const be = role('backend-engineer');
  const page = rolePage(be, h);
  const senior = levelPage(level('backend-engineer/senior'), h);
  assert.equal(senior.ladder, page.ladder, 'computed once per role');
  // Bands from $50,000 to $130,000: the axis rounds outwards to a step of $20,000.
  assert.equal(page.ladder.low, '$40K');
  assert.equal(page.ladder.high, '$140K');
  const bars = be.levels.map((l) => page.ladder.steps.get(l)!.bar);
  assert.ok(
    bars.every((b, i) => i === 0 || b.x > bars[i - 1]!.x),
    'bands rise along the scale',
  );
});

test('the role page words moves between roles and builds its table of contents around the guide', () => {
  const be = rolePage(role('backend-engineer'), h);
  assert.deepEqual(
    be.leadsTo.map((m) => [m.from.text, m.to.text, m.kind, m.path.text]),
    [['senior backend-engineer', 'Engineering Manager', 'track switch', 'Management']],
  );
  assert.deepEqual(
    be.tocAfter.map((l) => l.href),
    ['#sec-responsibilities', '#sec-requirements', '#sec-skills', '#sec-leads', '#sec-faq'],
  );
  assert.equal(be.card.levelCount, '3 levels');
  assert.equal(be.card.pay, '$50,000 – $130,000 per year (United States)', 'the zone named: "$" alone could be any dollar');
  assert.equal(rolePage(role('engineering-manager'), h).compareHref, undefined, 'one level: nothing to compare');
});

test('comparisons: every level in columns, a page per step showing only what changes, the chooser reaches any two levels', () => {
  const be = role('backend-engineer');
  const all = comparePage(be, h);
  assert.deepEqual(
    all.columns.map((c) => [c.text, c.id]),
    [
      ['junior', 'level-junior'],
      ['mid', 'level-mid'],
      ['senior', 'level-senior'],
    ],
  );
  assert.deepEqual(
    all.rows.map((r) => r.label),
    ['Summary', 'Scope', 'Responsibilities', 'Delivery', 'Experience', 'Grade', 'Pay'],
  );
  assert.deepEqual(all.rows.at(-1)!.cells[0], ['United States: $50,000 – $72,000 per year', 'Europe: €40,000 – €55,000 per year']);
  const pair = be.pairs.find((p) => p.slug === 'mid-vs-senior')!;
  const view = pairPage(pair, h);
  assert.ok(!view.rows.some((r) => r.label === 'Summary'), 'unchanged rows are left out');
  assert.deepEqual(view.rows.find((r) => r.label === 'Pay')!.cells[1], { text: 'United States: $95,000 – $130,000 per year', note: '(+$27,000 at the bottom, +$32,000 at the top)' });
  assert.deepEqual(view.rows.find((r) => r.label === 'Grade')!.cells, ['G2', 'G3']);
  const c = chooser(be, h, pair);
  assert.deepEqual(
    c.steps.map((l) => [l.text, l.current]),
    [
      ['junior → mid', false],
      ['mid → senior', true],
    ],
  );
  assert.equal(c.sideBySide, '/roles/backend-engineer/compare/', 'levels further apart: the side-by-side table');
  assert.equal(all.chooser.sideBySide, undefined, 'the table itself links no table');
});

test("an ad takes the hiring defaults, a level's overrides on top, and shows the pay of the zones it is open to", () => {
  const senior = level('backend-engineer/senior');
  const view = adPage(senior, h);
  assert.deepEqual(view.copy.sections.find((s) => s.key === 'pay')!.paragraphs, ['United States: $95,000 – $130,000 per year.'], 'remote from the US only: the US band');
  assert.equal(view.files.json, '/roles/backend-engineer/senior/job-ad.json');
  const inBerlin = levelAd({ ...senior, data: { ...senior.data, hiring: { workMode: 'hybrid', offices: [{ city: 'Berlin', country: 'DE' }] } } }, h);
  assert.deepEqual(
    inBerlin.bands.map((b) => b.zone.id),
    ['eu'],
  );
  assert.deepEqual(inBerlin.copy.sections.find((s) => s.key === 'where')!.paragraphs, ['Hybrid: part of the week at our office in Berlin, Germany, the rest wherever suits you.']);
  assert.deepEqual(inBerlin.copy.sections.find((s) => s.key === 'offer')!.items, ['Health cover.'], 'what the level does not override stays');
  const json = adJson(senior, levelAd(senior, h), h);
  assert.deepEqual(json.pay, [{ zone: 'us', zoneName: 'United States', currency: 'USD', min: 95000, max: 130000, period: 'year' }]);
});

test('career graphs: one per path, its steps and the ladders they touch, in rows by grade and in words', () => {
  const all = careerPathsPage(h);
  assert.equal('graph' in all, false, 'the index draws no graph of every role');
  assert.equal(all.jobArchitecture, '/job-architecture/');
  assert.deepEqual(
    all.cards.map((c) => [c.title, c.track, c.steps]),
    [['Management', 'Management track', '2 steps']],
  );
  const path = careerPathPage(h.careerPaths[0]!, h);
  const g = path.graph;
  // Only levels are boxes: both ladders in full, no box for a role.
  assert.deepEqual(
    g.nodes.map((n) => n.href),
    [...role('backend-engineer').levels, ...role('engineering-manager').levels].map((l) => `/roles/${l.role.id}/${l.slug}/`),
  );
  const rank = new Map(h.levels.map((l) => [`/roles/${l.role.id}/${l.slug}/`, l.grade.rank]));
  for (const a of g.nodes) for (const b of g.nodes) if (rank.get(a.href)! > rank.get(b.href)!) assert.ok(a.y < b.y, `${a.name} above ${b.name}`);
  assert.deepEqual(
    g.groups.map((x) => x.label),
    ['Individual contributor', 'Management'],
  );
  assert.equal(g.dividers.length, 1);
  assert.deepEqual(
    g.nodes.filter((n) => !n.onPath).map((n) => n.main),
    [],
    'every level here is on the path or its ladder ends',
  );
  const words = g.list.map(({ grade, steps }) => [grade, steps.map((s) => `${s.kind}: ${s.from ? `${s.from.text} to ` : ''}${s.to.text}${s.reason ? ` (${s.reason})` : ''}`)]);
  const name = (id: string) => h.levels.find((l) => l.id === id)!.grade.name;
  assert.deepEqual(words, [
    [name('engineering-manager/manager'), ['Entry level: manager engineering-manager', 'Track switch: senior backend-engineer to Engineering Manager (Managers answer for a team.)']],
    [name('backend-engineer/senior'), ['Promotion: mid to senior backend-engineer']],
    [name('backend-engineer/mid'), ['Promotion: junior to mid backend-engineer']],
    [name('backend-engineer/junior'), ['Entry level: junior backend-engineer']],
  ]);
  assert.deepEqual(
    path.steps.map((s) => s.kind),
    ['Track switch', 'Promotion'],
  );
  assert.equal(path.steps[0]!.reason, 'Managers answer for a team.');
});

test("a box's link is named with the words the box shows, its short title first where the full title lacks them (WCAG 2.5.3)", () => {
  assert.equal(nodeName('Senior', 'Senior Backend Engineer'), 'Senior Backend Engineer');
  assert.equal(nodeName('Manager', 'Engineering Manager'), 'Engineering Manager');
  const base = input();
  const levels = base.levels.map((l) => (l.id === 'backend-engineer/mid' ? { ...l, data: { ...l.data, title: 'Backend Engineer', shortTitle: 'Mid-level' } } : l));
  const hb = buildHandbook({ ...base, levels });
  const g = careerPathPage(hb.careerPaths[0]!, hb).graph;
  assert.deepEqual(
    g.nodes.filter((n) => n.href.startsWith('/roles/backend-engineer/')).map((n) => [n.main, n.name]),
    [
      ['junior', 'junior backend-engineer'],
      ['Mid-level', 'Mid-level, Backend Engineer'],
      ['senior', 'senior backend-engineer'],
    ],
  );
});

/** The test handbook and `count` more roles of four levels each, at the same grades and between them, in two families. */
function withOtherRoles(count: number) {
  const base = input();
  const roles = [...base.roles];
  const levels = [...base.levels];
  for (let i = 1; i <= count; i++) {
    const id = `other-${i}`;
    roles.push({ ...base.roles[0]!, id, data: { ...base.roles[0]!.data, title: `Other ${i}`, family: i % 2 ? 'Engineering' : 'Other' } });
    for (const [slug, grade, order] of [
      ['a', 'g1', 1],
      ['b', 'g2', 2],
      ['c', 'g3', 3],
      ['d', 'g4', 4],
    ] as const) {
      levels.push({ ...base.levels[1]!, id: `${id}/${slug}`, data: { ...base.levels[1]!.data, role: { collection: 'roles', id }, title: `${slug} ${id}`, shortTitle: slug, order, grade, track: i % 3 ? 'ic' : 'management' } });
    }
  }
  return buildHandbook({ ...base, roles, levels });
}

test("a career graph is drawn from its own path's ladders only: 50 more roles, at the same grades and between them, change nothing in it", () => {
  const drawn = (hb: Handbook) => hb.careerPaths.map((p) => careerPathPage(p, hb).graph);
  const big = withOtherRoles(50);
  assert.equal(big.roles.length, 52);
  assert.deepEqual(drawn(big), drawn(h), 'the same boxes, arrows, rows, size and words');
});

test('a level page names a few peers, its own family first, and counts the rest for the job architecture', () => {
  const small = levelPage(level('backend-engineer/mid'), h);
  const g2 = h.levels.filter((l) => l.data.grade === 'g2' && l.id !== 'backend-engineer/mid');
  assert.deepEqual(
    small.grade.peers.map((p) => p.href),
    g2.map((l) => `/roles/${l.role.id}/${l.slug}/`),
    'all of them while they are few',
  );
  assert.equal(small.grade.morePeers, 0);

  const big = withOtherRoles(50);
  const mid = big.levels.find((l) => l.id === 'backend-engineer/mid')!;
  const view = levelPage(mid, big);
  const peers = big.levels.filter((l) => l.data.grade === 'g2' && l !== mid);
  assert.equal(view.grade.peers.length, 6);
  assert.equal(view.grade.morePeers, peers.length - 6);
  const family = (href: string) => big.levels.find((l) => `/roles/${l.role.id}/${l.slug}/` === href)!.role.data.family;
  assert.ok(
    view.grade.peers.every((p) => family(p.href) === mid.role.data.family),
    'the same family before any other',
  );
  assert.equal(view.grade.href, '/job-architecture/#grade-g2');
});

test('skills, FAQ and home views', () => {
  assert.deepEqual(
    skillsPage(h).groups.map((g) => [g.group, g.skills.map((s) => s.name)]),
    [
      ['Languages', ['C#', 'Go']],
      ['People', ['Coaching']],
    ],
  );
  const go = skillPage(h.skills.find((s) => s.slug === 'go')!, h);
  assert.equal(go.askedBy, 'Go appears in the skills of 1 role.');
  assert.deepEqual(
    go.mentions.map((m) => [m.link.text, m.lines]),
    [['senior backend-engineer', ['Production Go services']]],
  );
  assert.deepEqual(
    faqPage(h).audiences.map((a) => [a.heading, a.count]),
    [
      ['For candidates', 2],
      ['For employees', 1],
    ],
  );
  const home = homePage(h);
  assert.deepEqual(home.counts, { roles: 2, levels: 4, careerPaths: 1, faqs: 2, skills: 3, openings: 1 });
  assert.deepEqual(
    home.families.map((f) => f.id),
    ['family-engineering', 'family-engineering-management'],
  );
});

const opening = (id: string) => h.openings.find((o) => o.id === id)!;

test('openings are open through their validThrough day and closed after it; drafts and draft levels are left out', () => {
  assert.deepEqual(
    h.openings.map((o) => [o.id, o.open]),
    [
      ['remote-payments', true],
      ['berlin-senior', false],
    ],
  );
  assert.equal(opening('remote-payments').title, 'Senior Backend Engineer, Payments');
  assert.equal(opening('berlin-senior').title, 'senior backend-engineer', "the level's title when the opening has none");
});

test("an opening's own range replaces its level's band in that zone, on the page and in the ad", () => {
  const view = openingPage(opening('remote-payments'), h);
  assert.deepEqual(view.copy.sections.find((s) => s.key === 'pay')!.paragraphs, ['United States: $100,000 – $120,000 per year.', 'Europe: €68,000 – €90,000 per year.']);
  assert.deepEqual(
    view.facts.filter((f) => f.label.startsWith('Pay')),
    [
      { label: 'Pay, United States', value: '$100,000 – $120,000 per year' },
      { label: 'Pay, Europe', value: '€68,000 – €90,000 per year' },
    ],
  );
  assert.equal(view.copy.title, 'Senior Backend Engineer, Payments');
  assert.deepEqual(view.copy.sections.find((s) => s.key === 'apply')!.paragraphs.slice(1), ['Apply at jobs@acme.test', 'Applications close on December 2, 2026.']);
  assert.deepEqual(view.apply, { label: 'Apply by email to jobs@acme.test', value: 'jobs@acme.test', href: 'mailto:jobs@acme.test' });
  assert.equal(view.head.noindex, false);
  assert.deepEqual(view.head.search, { type: 'opening', filters: { family: 'Engineering', role: 'Backend Engineer', level: 'senior', track: 'ic' }, restate: true });
});

test("the links for editors follow site.yaml's editingLinks: by default on the handbook's pages, off the pages candidates read", () => {
  const repo = { repository: 'https://github.com/acme/handbook', editUrl: 'https://github.com/acme/handbook/edit/main/{path}' };
  const pages = {
    role: rolePage(role('backend-engineer'), h),
    ad: adPage(level('backend-engineer/senior'), h),
    opening: openingPage(opening('remote-payments'), h),
    jobs: jobsPage(h),
  };
  const footers = (editingLinks: 'everywhere' | 'except-jobs' | 'nowhere') => {
    const site = { ...h.site, ...repo, editingLinks };
    return Object.fromEntries(Object.entries(pages).map(([kind, page]) => [kind, footerLinks(site, page.head).map((link) => link.text)]));
  };
  const { editingLinks: _, ...unset } = h.site;
  assert.equal(siteSchema.parse(unset).editingLinks, 'except-jobs', 'the default, for a site.yaml without the line');
  const all = ['Jobs', 'Editing guide', 'Edit this page', 'Fork this handbook'];
  assert.deepEqual(footers('except-jobs'), { role: all, ad: ['Jobs'], opening: ['Jobs'], jobs: ['Jobs'] });
  assert.deepEqual(footers('everywhere'), { role: all, ad: all, opening: all, jobs: ['Jobs', 'Editing guide', 'Fork this handbook'] });
  assert.deepEqual(footers('nowhere'), { role: ['Jobs'], ad: ['Jobs'], opening: ['Jobs'], jobs: ['Jobs'] });
  assert.deepEqual(footerLinks({ ...h.site, ...repo, editingLinks: 'everywhere' }, pages.role.head).slice(1), [
    { href: '/handbook-guide/', text: 'Editing guide' },
    { href: 'https://github.com/acme/handbook/edit/main/content/roles/backend-engineer.mdx', text: 'Edit this page', edit: true },
    { href: 'https://github.com/acme/handbook', text: 'Fork this handbook' },
  ]);
  assert.deepEqual(
    footerLinks({ ...h.site, editingLinks: 'everywhere' }, pages.role.head).map((link) => link.text),
    ['Jobs', 'Editing guide'],
    'no editUrl or repository: neither link',
  );
  // "Suggest a change" beside the review date follows the same setting.
  const hb = (editingLinks: 'except-jobs' | 'nowhere') => buildHandbook({ ...input(), site: { ...h.site, ...repo, editingLinks } });
  const suggest = (handbook: Handbook) => [rolePage(handbook.roles.find((r) => r.id === 'backend-engineer')!, handbook).review.editHref, openingPage(handbook.openings.find((o) => o.id === 'remote-payments')!, handbook).review.editHref];
  assert.deepEqual(suggest(hb('except-jobs')), ['https://github.com/acme/handbook/edit/main/content/roles/backend-engineer.mdx', undefined]);
  assert.deepEqual(suggest(hb('nowhere')), [undefined, undefined]);
});

test('a closed opening says so, takes no applications, is noindex, unsearched and carries no markup', () => {
  const view = openingPage(opening('berlin-senior'), h);
  assert.equal(view.open, false);
  assert.equal(view.closedNotice, 'This opening closed on December 1, 2026 and no longer takes applications.');
  assert.equal(view.head.noindex, true);
  assert.equal(view.head.search, undefined);
  assert.equal(view.jsonLd, undefined);
  assert.equal(view.apply, undefined);
  assert.deepEqual(view.copy.sections.find((s) => s.key === 'apply')!.paragraphs, ['Send your CV.']);
  assert.deepEqual(
    view.facts.find((f) => f.label === 'Closed'),
    { label: 'Closed', value: 'December 1, 2026' },
  );
});

test('the JobPosting markup carries every required and recommended property, from the view', () => {
  const o = opening('remote-payments');
  const view = openingPage(o, h);
  const ld = jobPosting(o, openingAd(o, h), h);
  const { sourceUrl: _, ...shown } = view.copy;
  assert.deepEqual(ld, {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Senior Backend Engineer, Payments',
    description: adHtml(shown, h.words),
    datePosted: '2026-11-01',
    validThrough: '2026-12-02',
    employmentType: 'PART_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Acme', sameAs: 'https://acme.test' },
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: [
      { '@type': 'Country', name: 'United States' },
      { '@type': 'Country', name: 'Germany' },
    ],
    baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 100000, maxValue: 120000, unitText: 'YEAR' } },
    identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'remote-payments' },
    directApply: false,
  });
  assert.deepEqual(JSON.parse(view.jsonLd!), ld, 'the page carries the same object');
  assert.ok(!view.jsonLd!.includes('<'), 'nothing in the JSON can close its <script>');

  const office = opening('berlin-senior');
  const withLogo = { ...h, site: { ...h.site, company: { ...h.site.company, logo: '/logo.svg' } } };
  const hybrid = jobPosting(office, openingAd(office, withLogo), withLogo);
  assert.deepEqual(hybrid.jobLocation, [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } }]);
  assert.equal(hybrid.jobLocationType, undefined);
  assert.deepEqual(hybrid.hiringOrganization, { '@type': 'Organization', name: 'Acme', sameAs: 'https://acme.test', logo: 'https://h.acme.test/logo.svg' });
  assert.deepEqual(hybrid.baseSalary, { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 68000, maxValue: 90000, unitText: 'YEAR' } });
});

test('the jobs page and the feeds list open openings only', () => {
  const page = jobsPage(h);
  assert.deepEqual(
    page.items.map((i) => [i.title, i.href, i.where]),
    [['Senior Backend Engineer, Payments', '/jobs/remote-payments/', 'Remote: United States and Germany']],
  );
  assert.deepEqual(page.feeds, { atom: '/jobs/feed.xml', json: '/jobs/index.json' });
  const json = openingsJson(h);
  assert.deepEqual(
    json.openings.map((o) => [o.id, o.url, o.level.id, o.validThrough, o.applyUrl]),
    [['remote-payments', 'https://h.acme.test/jobs/remote-payments/', 'backend-engineer/senior', '2026-12-02', 'mailto:jobs@acme.test']],
  );
  assert.deepEqual(
    json.openings[0]!.pay.map((p) => [p.zone, p.min, p.max]),
    [
      ['us', 100000, 120000],
      ['eu', 68000, 90000],
    ],
  );
  const atom = openingsAtom(h);
  assert.match(atom, /<entry>\s+<id>https:\/\/h\.acme\.test\/jobs\/remote-payments\/<\/id>/);
  assert.doesNotMatch(atom, /berlin-senior/);
  assert.match(atom, /<updated>2026-11-01T00:00:00Z<\/updated>/);
  const none = jobsPage({ ...h, openings: [] });
  assert.deepEqual(none.items, []);
});

test('every page an entry makes is linked from an index, except a closed opening (the content check warns about that one)', () => {
  const linked = new Set([
    ...families(h).flatMap((f) => f.cards.flatMap((c) => [c.href, ...c.levels.map((l) => l.href)])),
    ...skillsPage(h).groups.flatMap((g) => g.skills.map((s) => s.href)),
    ...careerPathsPage(h).cards.map((c) => c.href),
    ...faqPage(h).topics.flatMap((t) => t.faqs.map((f) => `/faq/#${f.anchor}`)),
    ...jobsPage(h).items.map((i) => i.href),
  ]);
  const pages = [
    ...h.roles.map((r) => `/roles/${r.id}/`),
    ...h.levels.map((l) => `/roles/${l.role.id}/${l.slug}/`),
    ...h.skills.map((s) => `/skills/${s.slug}/`),
    ...h.careerPaths.map((p) => `/career-paths/${p.id}/`),
    ...h.faqs.map((f) => `/faq/#${f.anchor}`),
    ...h.openings.map((o) => `/jobs/${o.id}/`),
  ];
  assert.ok(
    h.openings.some((o) => !o.open),
    'the fixture has a closed opening',
  );
  assert.deepEqual(
    pages.filter((p) => !linked.has(p)),
    h.openings.filter((o) => !o.open).map((o) => `/jobs/${o.id}/`),
  );
});

test("in astro dev a draft's every page names the file that keeps it off the site, and published pages name none", () => {
  const dev = buildHandbook({ ...input(), drafts: true });
  const at = <T extends { id: string }>(list: readonly T[], id: string) => list.find((e) => e.id === id)!;
  const hidden = at(dev.levels, 'backend-engineer/hidden');
  const draftRole = at(dev.roles, 'draft-role');
  assert.equal(levelPage(hidden, dev).head.draft, 'content/levels/backend-engineer/hidden.mdx');
  assert.equal(adPage(hidden, dev).head.draft, 'content/levels/backend-engineer/hidden.mdx');
  assert.equal(pairPage(at(dev.roles, 'backend-engineer').pairs.find((p) => p.b === hidden)!, dev).head.draft, 'content/levels/backend-engineer/hidden.mdx');
  assert.equal(rolePage(draftRole, dev).head.draft, 'content/roles/draft-role.mdx');
  assert.equal(levelPage(at(dev.levels, 'draft-role/x'), dev).head.draft, 'content/roles/draft-role.mdx', 'a level of a draft role is published with its role');
  assert.equal(openingPage(at(dev.openings, 'draft-opening'), dev).head.draft, 'content/openings/draft-opening.mdx');
  for (const head of [rolePage(at(dev.roles, 'backend-engineer'), dev).head, levelPage(at(dev.levels, 'backend-engineer/senior'), dev).head, comparePage(at(dev.roles, 'backend-engineer'), dev).head]) {
    assert.equal('draft' in head, false, head.title);
  }
  assert.deepEqual(draftNotice('content/levels/backend-engineer/hidden.mdx', 'page', en), {
    lead: 'Draft: not on the published site.',
    text: 'Only npm run dev shows this page, as content/levels/backend-engineer/hidden.mdx says status: draft. To publish it, change that line to status: published.',
  });
  assert.equal(draftNotice('content/faqs/pay/draft.mdx', 'question', en).text, 'Only npm run dev shows this question, as content/faqs/pay/draft.mdx says status: draft. To publish it, change that line to status: published.');
});

test("grades and pay: a role with a level on each track at one grade shows both in that grade's row", () => {
  const base = input();
  const senior = base.levels[0]!;
  const both = buildHandbook({ ...base, levels: [...base.levels, { ...senior, id: 'backend-engineer/team-lead', data: { ...senior.data, title: 'Team Lead', shortTitle: 'Team lead', order: 1, track: 'management', grade: 'g3' } }] });
  const view = jobArchitecturePage(both, both.pay.zones[0]!);
  const column = view.groups.flatMap((g) => g.roles).findIndex((r) => r.text === 'Backend Engineer');
  const g3 = view.rows.find((r) => r.id === 'g3')!;
  assert.deepEqual(
    g3.cells[column]!.map((c) => [c.title, c.band]),
    [
      ['senior backend-engineer', '$95,000 – $130,000 per year'],
      ['Team Lead', '$95,000 – $130,000 per year'],
    ],
  );
  assert.deepEqual(
    view.rows.find((r) => r.id === 'g1')!.cells[column]!.map((c) => c.title),
    ['junior backend-engineer'],
  );
  assert.deepEqual(view.rows.find((r) => r.id === 'g4')!.cells[column], [], 'a grade the role has no published level at is empty');
});
