/** The read model over synthetic content, and its invariants over the fixture handbook read from its files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHandbook } from '../../src/handbook/build.ts';
import type { Handbook } from '../../src/handbook/model.ts';
import { input } from '../fixtures/handbook-input.ts';
import { assertConsistent, fixtureWithCareerPaths, readHandbook } from '../fixtures/read-handbook.ts';
import { fixtureToday } from './check-fixture.ts';

const role_ = (h: Handbook, id: string) => h.roles.find((r) => r.id === id)!;
const level_ = (h: Handbook, id: string) => h.levels.find((l) => l.id === id)!;

test('drafts are dropped everywhere', () => {
  const h = buildHandbook(input());
  assert.deepEqual(
    h.roles.map((r) => r.id),
    ['backend-engineer', 'engineering-manager'],
  );
  assert.ok(!h.levels.some((l) => l.id === 'backend-engineer/hidden'));
  assert.ok(!h.levels.some((l) => l.id === 'draft-role/x'));
  assert.ok(!h.faqs.some((f) => f.id === 'pay/draft'));
});

test('levels are ordered, linked to their neighbours and paired', () => {
  const h = buildHandbook(input());
  const be = role_(h, 'backend-engineer');
  assert.deepEqual(
    be.levels.map((l) => l.slug),
    ['junior', 'mid', 'senior'],
  );
  const mid = level_(h, 'backend-engineer/mid');
  assert.equal(mid.previous?.slug, 'junior');
  assert.equal(mid.next?.slug, 'senior');
  assert.equal(be.pairs.find((p) => p.b === mid && p.a === mid.previous)?.diff.salary.minDelta, 18000);
  assert.equal(be.levels[0]!.previous, undefined);
  assert.deepEqual(
    be.pairs.map((p) => p.slug),
    ['junior-vs-mid', 'mid-vs-senior'],
    'neighbours only: a page per step, not per pair',
  );
  assert.deepEqual({ ...be.payRange, zone: be.payRange?.zone.id }, { zone: 'us', min: 50000, max: 130000 });
  assert.equal(role_(h, 'engineering-manager').track, 'management');
});

test("a role's pair pages grow with its levels: each step up a ladder, and the switch onto a second track", () => {
  const data = input();
  const lead = (slug: string, order: number, grade: string) => ({ ...data.levels[0]!, id: `backend-engineer/${slug}`, data: { ...data.levels[0]!.data, title: slug, shortTitle: slug, order, grade, track: 'management' as const } });
  const be = role_(buildHandbook({ ...data, levels: [...data.levels, lead('lead', 1, 'g3'), lead('head', 2, 'g4')] }), 'backend-engineer');
  assert.deepEqual(
    be.pairs.map((p) => p.slug),
    ['junior-vs-mid', 'mid-vs-senior', 'lead-vs-head', 'senior-vs-lead'],
    'the management ladder starts from the ic level of its grade',
  );
  const extra = Array.from({ length: 9 }, (_, k) => k + 4).map((i) => ({ ...data.levels[0]!, id: `backend-engineer/l${i}`, data: { ...data.levels[0]!.data, title: `l${i}`, shortTitle: `l${i}`, order: i } }));
  assert.equal(role_(buildHandbook({ ...input(), levels: [...input().levels, ...extra] }), 'backend-engineer').pairs.length, 11, '12 levels, 11 pages (66 pairs)');
});

test('FAQs get unique anchors and attach to their roles and levels', () => {
  const h = buildHandbook(input());
  assert.deepEqual(h.faqs.map((f) => f.anchor).sort(), ['faq-general-degree', 'faq-pay-degree']);
  assert.deepEqual(
    role_(h, 'backend-engineer').faqs.map((f) => f.id),
    ['general/degree'],
  );
  assert.deepEqual(
    level_(h, 'backend-engineer/senior').faqs.map((f) => f.id),
    ['pay/degree'],
  );
  assert.deepEqual(
    h.faqsByTopic.map((t) => t.topic),
    ['Pay', 'Getting started'],
  );
  assert.deepEqual(
    h.faqsByAudience.map((a) => [a.audience, a.faqs.length]),
    [
      ['candidate', 2],
      ['employee', 1],
    ],
  );
});

test('career paths resolve their steps and attach moves between roles to both ends', () => {
  const h = buildHandbook(input());
  const [path] = h.careerPaths;
  assert.deepEqual(
    path!.steps.map((s) => [s.from.id, s.to.id, s.kind]),
    [
      ['backend-engineer/senior', 'engineering-manager', 'track-switch'],
      ['backend-engineer/junior', 'backend-engineer/mid', 'promotion'],
    ],
  );
  assert.equal(path!.steps[0]!.reason, 'Managers answer for a team.');
  assert.equal('reason' in path!.steps[1]!, false);
  assert.deepEqual(
    role_(h, 'backend-engineer').leadsTo.map((t) => t.to.id),
    ['engineering-manager'],
  );
  assert.deepEqual(
    role_(h, 'engineering-manager').comesFrom.map((t) => t.from.id),
    ['backend-engineer/senior'],
  );
});

test('the skills index links skills to roles and to levels that name them', () => {
  const h = buildHandbook(input());
  assert.deepEqual(
    h.skills.map((s) => s.slug),
    ['c-sharp', 'coaching', 'go'],
  );
  const go = h.skills.find((s) => s.slug === 'go')!;
  assert.deepEqual(
    go.roles.map((r) => r.id),
    ['backend-engineer'],
  );
  assert.deepEqual(
    go.mentions.map((m) => [m.level.id, m.lines]),
    [['backend-engineer/senior', ['Production Go services']]],
  );
});

test('a handbook read from its files builds into a consistent model', async () => {
  const fixture = await fixtureWithCareerPaths();
  try {
    const h = await readHandbook(fixture.dir, fixtureToday);
    assert.deepEqual(
      h.roles.map((r) => [r.id, r.levels.map((l) => l.slug)]),
      [
        ['data-architect', ['architect']],
        ['data-engineer', ['junior', 'senior']],
        ['data-manager', ['manager']],
      ],
    );
    assert.deepEqual(
      h.faqs.map((f) => f.anchor),
      ['faq-bands'],
    );
    assert.deepEqual(
      h.skills.map((s) => s.slug),
      ['coaching', 'postgresql'],
    );
    assertConsistent(h);
  } finally {
    await fixture.remove();
  }
});

test('each concept builder stands alone: roles, levels, pairs, FAQs and career paths', async () => {
  const { buildRoles, roleFamilies } = await import('../../src/handbook/roles.ts');
  const { attachLevels, ladderOf } = await import('../../src/handbook/levels.ts');
  const { buildPay } = await import('../../src/handbook/pay.ts');
  const { isAdjacent } = await import('../../src/handbook/pairs.ts');
  const { buildFaqs, faqTopics } = await import('../../src/handbook/faqs.ts');
  const { buildCareerPaths } = await import('../../src/handbook/career.ts');
  const { published } = await import('../../src/handbook/order.ts');
  // Which entries to show is buildHandbook's choice (drafts or not): the builders take what they are given.
  const data = input();
  const roles = buildRoles(data.roles.filter(published));
  assert.deepEqual(
    roleFamilies(roles).map((f) => [f.family, f.roles.map((r) => r.id)]),
    [
      ['Engineering', ['backend-engineer']],
      ['Engineering Management', ['engineering-manager']],
    ],
  );
  const pay = buildPay(data.pay);
  assert.deepEqual(
    pay.zones.map((z) => z.id),
    ['us', 'eu'],
    'the default zone comes first',
  );
  const levels = attachLevels(roles, data.levels.filter(published), pay);
  assert.deepEqual(
    levels.find((l) => l.id === 'backend-engineer/senior')!.pay.map((b) => [b.zone.id, b.min, b.max]),
    [
      ['us', 95000, 130000],
      ['eu', 68000, 90000],
    ],
  );
  assert.deepEqual(
    pay.grades[2]!.levels.map((l) => l.id),
    ['backend-engineer/senior'],
    'grades know their levels',
  );
  const be = roles[0]!;
  assert.deepEqual(
    be.pairs.filter(isAdjacent).map((p) => p.slug),
    ['junior-vs-mid', 'mid-vs-senior'],
  );
  assert.deepEqual(
    ladderOf(be.levels[1]!).map((l) => l.slug),
    ['junior', 'mid', 'senior'],
  );
  const faqs = buildFaqs(data.faqs.filter(published), roles, levels);
  assert.deepEqual(
    faqTopics(faqs).map((t) => [t.topic, t.slug]),
    [
      ['Pay', 'topic-pay'],
      ['Getting started', 'topic-getting-started'],
    ],
  );
  const withUnknown = [{ ...data.careerPaths[0]!, data: { ...data.careerPaths[0]!.data, steps: [...data.careerPaths[0]!.data.steps, { from: 'nobody', to: 'backend-engineer', kind: 'lateral' as const, changes: ['c'] }] } }];
  assert.equal(buildCareerPaths(withUnknown, roles, levels)[0]!.steps.length, 2, 'a step to an unknown place is left out (the check reports it)');
});

test('a level paid outside its grade keeps its reason, zone by zone', async () => {
  const { buildPay, levelBands } = await import('../../src/handbook/pay.ts');
  const pay = buildPay(input().pay);
  const data = input().levels[0]!.data;
  const bands = levelBands({ ...data, payException: { reason: 'Scarce skills', bands: { eu: { min: 75000, max: 95000 } } } }, pay.grades[2]!);
  assert.deepEqual(
    bands.map((b) => [b.zone.id, b.min, b.max, b.exception]),
    [
      ['us', 95000, 130000, undefined],
      ['eu', 75000, 95000, 'Scarce skills'],
    ],
  );
});

test('the sitemap knows a page that says noindex by its robots meta tag, and only by it', async () => {
  const { saysNoindex } = await import('../../src/integrations/sitemap.ts');
  assert.equal(saysNoindex('<head><meta name="robots" content="noindex"></head>'), true);
  assert.equal(saysNoindex('<head><meta name="robots" content="noindex, nofollow"></head>'), true);
  assert.equal(saysNoindex('<head><link rel="canonical" href="/x/"></head><p>noindex</p>'), false);
});

test('astro dev keeps drafts, each marked with the file whose status: draft keeps it off the published site', () => {
  const h = buildHandbook({ ...input(), drafts: true });
  const marked = (entries: readonly { id: string; draft?: string }[]) => entries.filter((e) => e.draft).map((e) => `${e.id}: ${e.draft}`);
  assert.deepEqual(marked(h.roles), ['draft-role: content/roles/draft-role.mdx']);
  // A level of a draft role is left out with its role, so its role's file is the one to change.
  assert.deepEqual(marked(h.levels), ['backend-engineer/hidden: content/levels/backend-engineer/hidden.mdx', 'draft-role/x: content/roles/draft-role.mdx']);
  assert.deepEqual(marked(h.faqs), ['pay/draft: content/faqs/pay/draft.mdx']);
  assert.deepEqual(marked(h.openings), ['for-a-draft-level: content/levels/backend-engineer/hidden.mdx', 'draft-opening: content/openings/draft-opening.mdx']);
  assert.deepEqual(
    role_(h, 'backend-engineer').levels.map((l) => l.slug),
    ['junior', 'mid', 'senior', 'hidden'],
    'a draft stands in its ladder, as it will once published',
  );

  const built = buildHandbook(input());
  assert.deepEqual(
    [...built.roles, ...built.levels, ...built.faqs, ...built.careerPaths, ...built.openings].filter((e) => 'draft' in e),
    [],
    'the build has no draft to mark',
  );
});
