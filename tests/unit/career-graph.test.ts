/** Each career path's graph over the real content/: rows by grade, one column per role, steps in plain words. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handbook } from '../../src/handbook/model.ts';
import { careerPathPage, careerPathsPage } from '../../src/handbook/views/career.ts';
import { realHandbook } from '../fixtures/real-handbook.ts';

let h: Handbook;

before(async () => {
  h = await realHandbook();
});

const graph = (id: string) => careerPathPage(h.careerPaths.find((p) => p.id === id)!, h).graph;
const levelAt = (href: string) => h.levels.find((l) => href.endsWith(`/roles/${l.role.id}/${l.slug}/`))!;

test('the index draws no graph: a card per path and a link to the job architecture', () => {
  const page = careerPathsPage(h);
  assert.equal('graph' in page, false);
  assert.equal(page.cards.length, h.careerPaths.length);
  assert.match(page.jobArchitecture, /job-architecture\/$/);
});

test('every path: a higher grade is higher up, equal grades share a row, each role has one column', () => {
  for (const path of h.careerPaths) {
    const g = graph(path.id);
    for (const a of g.nodes) {
      const la = levelAt(a.href);
      for (const b of g.nodes) {
        const lb = levelAt(b.href);
        if (la.grade.rank > lb.grade.rank) assert.ok(a.y < b.y, `${path.id}: ${la.id} above ${lb.id}`);
        if (la.grade.rank === lb.grade.rank) assert.equal(a.y, b.y, `${path.id}: ${la.id} level with ${lb.id}`);
        if (la.role === lb.role && a.width === b.width) assert.equal(a.x, b.x, `${path.id}: ${la.id} in one column with ${lb.id}`);
      }
    }
    // IC columns first, then management ones.
    const tracks = g.columns.map((c) => h.roles.find((r) => r.data.title === c.label)!.track);
    assert.deepEqual(tracks, [...tracks].sort((a, b) => (a === b ? 0 : a === 'ic' ? -1 : 1)), path.id);
    assert.ok(g.list.every(({ steps }) => steps.every((s) => s.from?.href !== s.to.href)), `${path.id}: no step from a place to itself`);
    const ranks = g.list.map(({ grade }) => h.pay.grades.find((x) => x.name === grade)!.rank);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), `${path.id}: the list runs from the highest grade down`);
  }
});

test('the management path: the ladders it touches, management apart, steps in plain words', () => {
  const g = graph('management');
  assert.deepEqual(g.groups.map((x) => x.label), ['Individual contributor', 'Management']);
  assert.equal(g.dividers.length, 1);
  const em = h.roles.find((r) => r.id === 'engineering-manager')!;
  for (const l of em.levels) assert.ok(g.nodes.some((n) => n.title === l.data.title), l.id);
  const words = g.list.flatMap(({ steps }) => steps.map((s) => `${s.kind}: ${s.from ? `${s.from.text} to ` : ''}${s.to.text}`));
  assert.ok(words.includes('Entry level: Junior Backend Engineer'));
  assert.ok(words.includes('Promotion: Senior to Lead Backend Engineer'));
  assert.ok(words.includes('Track switch: Lead Backend Engineer to Engineering Manager'));
  assert.ok(words.includes('Track switch: Engineering Manager to Staff Backend Engineer'));
  const reason = g.list.flatMap(({ steps }) => steps).find((s) => s.kind === 'Track switch' && s.from?.text === 'Lead Backend Engineer')!.reason;
  assert.match(reason ?? '', /scope of the staff grade/);
});

test('the individual contributor path: a lateral move keeps its row', () => {
  const g = graph('individual-contributor');
  const words = g.list.flatMap(({ steps }) => steps.map((s) => `${s.kind}: ${s.from ? `${s.from.text} to ` : ''}${s.to.text}`));
  assert.ok(words.includes('Lateral move: Staff Backend Engineer to Software Architect'));
  for (const e of g.edges.filter((x) => x.kind === 'lateral')) {
    const ys = [...e.d.matchAll(/^M[\d.]+ ([\d.]+)|V([\d.]+)/g)].map((m) => Number(m[1] ?? m[2]));
    assert.equal(ys[0], ys.at(-1), `${e.d} ends at the height it starts`);
    assert.ok(!e.d.includes('C'), 'no slope');
  }
});
