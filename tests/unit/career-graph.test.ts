/**
 * Each career path's graph, read from files: rows by grade, one column per role, steps in plain
 * words. The fixture handbook with its career-path files: three paths, a manager and an architect
 * at the senior grade, so there are track switches both ways and a lateral move.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handbook } from '../../src/handbook/model.ts';
import { careerPathPage, careerPathsPage } from '../../src/handbook/views/career.ts';
import { checkHandbook } from '../../src/integrity/index.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { fixtureWithCareerPaths, readHandbook } from '../fixtures/read-handbook.ts';
import { fixtureToday } from './check-fixture.ts';

let h: Handbook;
let fixture: Awaited<ReturnType<typeof fixtureWithCareerPaths>>;

before(async () => {
  fixture = await fixtureWithCareerPaths();
  // What the graphs draw is content the check accepts without a word.
  assert.deepEqual((await checkHandbook(fixture.dir, await readSettings(fixture.dir, {}, fixtureToday))).problems, []);
  h = await readHandbook(fixture.dir, fixtureToday);
});
after(() => fixture?.remove());

const graph = (id: string) => careerPathPage(h.careerPaths.find((p) => p.id === id)!, h).graph;
const levelAt = (href: string) => h.levels.find((l) => href.endsWith(`/roles/${l.role.id}/${l.slug}/`))!;
const inWords = (g: ReturnType<typeof graph>) => g.list.map(({ grade, steps }) => [grade, steps.map((s) => `${s.kind}: ${s.from ? `${s.from.text} to ` : ''}${s.to.text}`)]);

test('the index draws no graph: a card per path and a link to the job architecture', () => {
  const page = careerPathsPage(h);
  assert.equal('graph' in page, false);
  assert.deepEqual(
    page.cards.map((c) => [c.href, c.track, c.steps]),
    [
      ['/career-paths/ic/', 'Individual contributor track', '1 step'],
      ['/career-paths/management/', 'Management track', '2 steps'],
      ['/career-paths/lateral-moves/', 'Lateral track', '1 step'],
    ],
  );
  assert.equal(page.jobArchitecture, '/job-architecture/');
});

test('every path: a higher grade is higher up, equal grades share a row, each role has one column', () => {
  assert.equal(h.careerPaths.length, 3);
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
    assert.ok(
      g.list.every(({ steps }) => steps.every((s) => s.from?.href !== s.to.href)),
      `${path.id}: no step from a place to itself`,
    );
    const ranks = g.list.map(({ grade }) => h.pay.grades.find((x) => x.name === grade)!.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      `${path.id}: the list runs from the highest grade down`,
    );
  }
});

test('the management path: individual contributors first, management apart, steps in plain words with their reason', () => {
  const g = graph('management');
  assert.deepEqual(
    g.columns.map((c) => c.label),
    ['Data Engineer', 'Data Manager'],
    'the IC column before the management one',
  );
  assert.deepEqual(
    g.groups.map((x) => x.label),
    ['Individual contributor', 'Management'],
  );
  assert.equal(g.dividers.length, 1);
  assert.deepEqual(
    g.nodes.map((n) => n.name),
    ['Junior Data Engineer', 'Senior Data Engineer', 'Data Manager'],
  );
  assert.deepEqual(inWords(g), [
    ['G2 · Senior', ['Entry level: Data Manager', 'Promotion: Junior to Senior Data Engineer', 'Track switch: Junior Data Engineer to Data Manager', 'Track switch: Data Manager to Senior Data Engineer']],
    ['G1 · Entry', ['Entry level: Junior Data Engineer']],
  ]);
  const reasons = g.list
    .flatMap(({ steps }) => steps)
    .filter((s) => s.kind === 'Track switch')
    .map((s) => s.reason);
  assert.deepEqual(reasons, ['A manager answers for a whole team, which is the scope of the senior grade.', undefined]);
});

test('the lateral path: a lateral move keeps its row, drawn level without a slope', () => {
  const g = graph('lateral-moves');
  assert.deepEqual(inWords(g), [
    ['G2 · Senior', ['Entry level: Data Architect', 'Promotion: Junior to Senior Data Engineer', 'Lateral move: Senior Data Engineer to Data Architect']],
    ['G1 · Entry', ['Entry level: Junior Data Engineer']],
  ]);
  const laterals = g.edges.filter((x) => x.kind === 'lateral');
  assert.equal(laterals.length, 1);
  for (const e of laterals) {
    const ys = [...e.d.matchAll(/^M[\d.]+ ([\d.]+)|V([\d.]+)/g)].map((m) => Number(m[1] ?? m[2]));
    assert.equal(ys[0], ys.at(-1), `${e.d} ends at the height it starts`);
    assert.ok(!e.d.includes('C'), 'no slope');
  }
});
