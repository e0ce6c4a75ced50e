/** The read model over synthetic content, and its invariants over the real content/ folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHandbook, type HandbookInput } from '../../src/handbook/build.ts';
import { loadContent } from '../../src/integrity/load-content.ts';
import type { LevelData } from '../../src/schemas/level.ts';
import type { RoleData } from '../../src/schemas/role.ts';

const stewardship = { owner: 'People Team', lastReviewed: '2026-11-20', status: 'published' as const };
const site = { company: { name: 'Acme', website: 'https://acme.test', about: 'We make things.' }, url: 'https://h.acme.test', base: '/', locale: 'en-US', currency: 'USD', brandColor: '#2456a6' };

const role = (id: string, title: string, over: Partial<RoleData> = {}) => ({
  id,
  data: {
    title,
    family: 'Engineering',
    summary: `${title} summary.`,
    otherTitles: [],
    responsibilities: ['a', 'b', 'c'],
    requirements: ['a', 'b', 'c'],
    niceToHaves: [],
    skills: [{ group: 'Languages', items: ['Go', 'C#'] }],
    softSkills: [],
    tools: [],
    ...stewardship,
    ...over,
  } satisfies RoleData,
});

const level = (roleId: string, slug: string, order: number, min: number, max: number, over: Partial<LevelData> = {}) => ({
  id: `${roleId}/${slug}`,
  data: {
    role: { collection: 'roles', id: roleId },
    title: `${slug} ${roleId}`,
    shortTitle: slug,
    order,
    track: 'ic' as const,
    summary: 's',
    scope: 's',
    responsibilities: ['x', 'y', 'z'],
    requirements: ['x', 'y'],
    niceToHaves: [],
    competencies: [{ area: 'Delivery', expectation: `${slug} delivers` }],
    experience: { minYears: order },
    salary: { min, max, period: 'year' as const, region: 'US', effective: '2026-01-01', source: 'test' },
    ...stewardship,
    ...over,
  } satisfies LevelData,
});

const input = (): HandbookInput => ({
  site,
  roles: [role('backend-engineer', 'Backend Engineer'), role('engineering-manager', 'Engineering Manager', { family: 'Engineering Management', skills: [{ group: 'People', items: ['Coaching'] }] }), role('draft-role', 'Draft', { status: 'draft' })],
  levels: [
    level('backend-engineer', 'senior', 3, 95000, 130000, { requirements: ['Production Go services', 'y'] }),
    level('backend-engineer', 'junior', 1, 50000, 72000),
    level('backend-engineer', 'mid', 2, 68000, 98000),
    level('backend-engineer', 'hidden', 4, 1, 2, { status: 'draft' }),
    level('engineering-manager', 'manager', 1, 140000, 175000, { track: 'management' }),
    level('draft-role', 'x', 1, 1, 2),
  ],
  faqs: [
    { id: 'general/degree', data: { question: 'Degree?', audience: ['candidate'], topic: 'Getting started', roles: [{ collection: 'roles', id: 'backend-engineer' }], levels: [], order: 2, status: 'published' } },
    { id: 'pay/degree', data: { question: 'Pay degree?', audience: ['candidate', 'employee'], topic: 'Pay', roles: [], levels: [{ collection: 'levels', id: 'backend-engineer/senior' }], order: 1, status: 'published' } },
    { id: 'pay/draft', data: { question: 'Draft?', audience: ['employee'], topic: 'Pay', roles: [], levels: [], order: 1, status: 'draft' } },
  ],
  careerPaths: [
    {
      id: 'management',
      data: {
        title: 'Management',
        summary: 's',
        track: 'management',
        steps: [
          { from: 'backend-engineer/senior', to: 'engineering-manager', kind: 'track-switch', changes: ['c'] },
          { from: 'backend-engineer/junior', to: 'backend-engineer/mid', kind: 'promotion', changes: ['c'] },
        ],
        ...stewardship,
      },
    },
  ],
});

test('drafts are dropped everywhere', () => {
  const h = buildHandbook(input());
  assert.deepEqual(h.roles.map((r) => r.id), ['backend-engineer', 'engineering-manager']);
  assert.ok(!h.levelsById.has('backend-engineer/hidden'));
  assert.ok(!h.levelsById.has('draft-role/x'));
  assert.ok(!h.faqs.some((f) => f.id === 'pay/draft'));
});

test('levels are ordered, linked to their neighbours and diffed', () => {
  const h = buildHandbook(input());
  const be = h.rolesById.get('backend-engineer')!;
  assert.deepEqual(be.levels.map((l) => l.slug), ['junior', 'mid', 'senior']);
  const mid = h.levelsById.get('backend-engineer/mid')!;
  assert.equal(mid.previous?.slug, 'junior');
  assert.equal(mid.next?.slug, 'senior');
  assert.equal(mid.diffFromPrevious?.salary.minDelta, 18000);
  assert.equal(be.levels[0]!.previous, undefined);
  assert.deepEqual(be.pairs.map((p) => p.slug), ['junior-vs-mid', 'junior-vs-senior', 'mid-vs-senior']);
  assert.deepEqual(be.payRange, { min: 50000, max: 130000, currency: 'USD', period: 'year' });
  assert.equal(h.rolesById.get('engineering-manager')!.track, 'management');
});

test('FAQs get unique anchors and attach to their roles and levels', () => {
  const h = buildHandbook(input());
  assert.deepEqual(h.faqs.map((f) => f.anchor).sort(), ['faq-general-degree', 'faq-pay-degree']);
  assert.deepEqual(h.rolesById.get('backend-engineer')!.faqs.map((f) => f.id), ['general/degree']);
  assert.deepEqual(h.levelsById.get('backend-engineer/senior')!.faqs.map((f) => f.id), ['pay/degree']);
  assert.deepEqual(h.faqsByTopic.map((t) => t.topic), ['Pay', 'Getting started']);
  assert.deepEqual(h.faqsByAudience.map((a) => [a.audience, a.faqs.length]), [['candidate', 2], ['employee', 1]]);
});

test('the career graph has every role and level, ladder edges and path edges', () => {
  const h = buildHandbook(input());
  assert.equal(h.graph.nodes.length, 2 + 4);
  const edge = (from: string, to: string) => h.graph.edges.find((e) => e.from === from && e.to === to);
  assert.equal(edge('role:backend-engineer', 'level:backend-engineer/junior')?.kind, 'ladder');
  assert.equal(edge('level:backend-engineer/senior', 'role:engineering-manager')?.kind, 'track-switch');
  // A path step along the ladder upgrades the ladder edge instead of doubling it.
  const promo = h.graph.edges.filter((e) => e.from === 'level:backend-engineer/junior' && e.to === 'level:backend-engineer/mid');
  assert.equal(promo.length, 1);
  assert.equal(promo[0]!.kind, 'promotion');
  assert.deepEqual(promo[0]!.paths.map((p) => p.id), ['management']);
  const be = h.rolesById.get('backend-engineer')!;
  assert.deepEqual(be.leadsTo.map((t) => t.to.id), ['engineering-manager']);
  assert.deepEqual(h.rolesById.get('engineering-manager')!.comesFrom.map((t) => t.from.id), ['backend-engineer/senior']);
});

test('the skills index links skills to roles and to levels that name them', () => {
  const h = buildHandbook(input());
  assert.deepEqual(h.skills.map((s) => s.slug), ['c-sharp', 'coaching', 'go']);
  const go = h.skillsBySlug.get('go')!;
  assert.deepEqual(go.roles.map((r) => r.id), ['backend-engineer']);
  assert.deepEqual(go.levels.map((l) => l.id), ['backend-engineer/senior']);
});

test('the real content builds into a consistent model', async () => {
  const { content } = await loadContent(process.cwd());
  assert.ok(content.site, 'content/site.yaml is valid');
  const h = buildHandbook({
    site: content.site,
    roles: content.roles.map((e) => ({ id: e.id, data: e.data, filePath: e.file })),
    levels: content.levels.map((e) => ({ id: e.id, data: e.data, filePath: e.file })),
    faqs: content.faqs.map((e) => ({ id: e.id, data: e.data, filePath: e.file })),
    careerPaths: content.careerPaths.map((e) => ({ id: e.id, data: e.data, filePath: e.file })),
  });
  assert.ok(h.roles.length > 0);
  const anchors = h.faqs.map((f) => f.anchor);
  assert.equal(new Set(anchors).size, anchors.length, 'FAQ anchors are unique');
  for (const role of h.roles) {
    for (const l of role.levels) assert.equal(l.role, role);
    const slugs = role.levels.map((l) => l.slug);
    assert.equal(new Set(slugs).size, slugs.length, `${role.id} level slugs are unique`);
    assert.ok(!slugs.includes('compare'), `${role.id}: a level named "compare" would clash with the comparison page`);
  }
  const ids = new Set(h.graph.nodes.map((n) => n.id));
  for (const e of h.graph.edges) assert.ok(ids.has(e.from) && ids.has(e.to));
  for (const s of h.skills) assert.match(s.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
