/** The pure parts of `npm run new`: the plan from the fixture's content, and the one-line edits to existing files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../src/reader/content.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { addFrontmatterLine, setOrder } from '../../src/scaffold/edit.ts';
import { ScaffoldError } from '../../src/scaffold/error.ts';
import { applyUrlRefusal, gradeNamedLike, nameRefusal, plan, sharedAreas, type Request } from '../../src/scaffold/plan.ts';
import { fixture } from './check-fixture.ts';

const { content } = await readContent(fixture, await readSettings(fixture));
const texts = (file: string) => readFileSync(path.join(fixture, file), 'utf8');
const planned = (request: Request) => plan(request, content, texts, '2026-12-02');
const refused = (request: Request) => {
  try {
    planned(request);
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  return 'not refused';
};

test("a line goes just above the closing dashes of the frontmatter, in the file's own line endings", () => {
  assert.equal(addFrontmatterLine('x.mdx', '---\na: 1\n---\n\nBody\n---\n', 'b: 2'), '---\na: 1\nb: 2\n---\n\nBody\n---\n');
  assert.equal(addFrontmatterLine('x.mdx', '---\r\na: 1\r\n---\r\nBody', 'b: 2'), '---\r\na: 1\r\nb: 2\r\n---\r\nBody');
  assert.equal(addFrontmatterLine('x.mdx', '---\na: 1\n---', 'b: 2'), '---\na: 1\nb: 2\n---');
  assert.equal(addFrontmatterLine('x.mdx', '\uFEFF---\na: 1\n---\n', 'b: 2'), '\uFEFF---\na: 1\nb: 2\n---\n');
  assert.throws(() => addFrontmatterLine('x.mdx', 'a: 1\n', 'b: 2'), /has no frontmatter/);
});

test("a file the reader cannot split is refused in the reader's words, never edited below its fields", () => {
  // The closing line has a space after its dashes: a looser split would take the rule in the body for the end of the fields.
  const spaced = '---\na: 1\n--- \n\nBody\n\n---\n\nMore\n';
  const refusal = (edit: () => string) => {
    try {
      return `not refused: ${JSON.stringify(edit())}`;
    } catch (error) {
      return error instanceof ScaffoldError ? error.message : String(error);
    }
  };
  assert.equal(
    refusal(() => addFrontmatterLine('content/levels/x/senior.mdx', spaced, 'b: 2')),
    'content/levels/x/senior.mdx:3: has spaces after the three dashes that end the fields; delete them, so that the line is exactly ---. Nothing was changed; fix that first, then run npm run new again',
  );
  assert.equal(
    refusal(() => setOrder('content/levels/x/senior.mdx', '---\n---\norder: 1\n---\n', 2)),
    "content/levels/x/senior.mdx:2: is a line of three dashes with no fields above it, so everything below it would be published as the page's text; the fields end at the first line of three dashes after the opening one; remove this line, or write the fields above it. Nothing was changed; fix that first, then run npm run new again",
  );
});

test('only the number of the top-level order line changes, never a nested or body one', () => {
  assert.equal(setOrder('x.mdx', '---\nx:\n  order: 1\norder: 12 # rank\n---\norder: 12\n', 13), '---\nx:\n  order: 1\norder: 13 # rank\n---\norder: 12\n');
  assert.equal(setOrder('x.mdx', '---\r\nx: a\r\norder: 2\r\n---\r\n', 3), '---\r\nx: a\r\norder: 3\r\n---\r\n');
  assert.throws(() => setOrder('x.mdx', '---\na: 1\n---\norder: 2\n', 3), /has no order line/);
});

/** The fixture's pay table with one more grade: `between` g1 and g2, or `top` above g2. */
const withGrade = (where: 'between' | 'top') => {
  const [g1, g2] = content.pay!.grades;
  const extra = where === 'top' ? { ...g2!, id: 'g3', name: 'G3 · Staff' } : { ...g2!, id: 'g1b', name: 'G1b · Associate' };
  return { ...content, pay: { ...content.pay!, grades: where === 'top' ? [g1!, g2!, extra] : [g1!, extra, g2!] } };
};
/** The content with the fixture's levels made drafts. */
const withDrafts = (c: typeof content, ...ids: string[]) => ({ ...c, levels: c.levels.map((l) => (ids.includes(l.id) ? { ...l, data: { ...l.data, status: 'draft' as const } } : l)) });

test('a level between two takes the next order, moves the levels above up by one, and a grade between theirs', () => {
  const result = plan({ kind: 'level', name: 'data-engineer/mid', after: 'junior' }, withGrade('between'), texts, '2026-12-02');
  assert.equal(result.summary, 'Mid Data Engineer (short title Mid): order 2 on the ic ladder, above Junior and below Senior, grade g1b (G1b · Associate), one above Junior (g1), the level below it, as no grade and no level of another role is named Mid.');
  assert.deepEqual(
    result.update.map((u) => [u.file, u.change]),
    [['content/levels/data-engineer/senior.mdx', 'order 2 → 3']],
  );
  // Between two levels, it says both what changes and how to reach the next.
  assert.match(result.create[0]!.text, /^changesFromPrevious:\n {2}- "TODO: what changes from Junior to Mid\."\ntoReachNext:\n {2}- "TODO: what it takes to reach Senior\."$/m);
});

test('a new top level takes the grade named like it; the old top, published, gets no TODO but a reminder', () => {
  const result = plan({ kind: 'level', name: 'data-engineer/staff' }, withGrade('top'), texts, '2026-12-02');
  assert.equal(result.summary, 'Staff Data Engineer (short title Staff): order 3 on the ic ladder, above Senior, grade g3 (G3 · Staff), named like the level.');
  // A TODO written into a published file would be on the site at once, and an error.
  assert.deepEqual(result.update, []);
  assert.deepEqual(result.reminders, ['content/levels/data-engineer/senior.mdx is published, so npm run new added no TODO to it: before you publish Staff, give it toReachNext, what it takes to reach Staff']);
  assert.doesNotMatch(result.create[0]!.text, /toReachNext/);
});

test('a draft old top gains toReachNext in one line, and a draft old first level changesFromPrevious', () => {
  const senior = 'content/levels/data-engineer/senior.mdx';
  const top = plan({ kind: 'level', name: 'data-engineer/staff' }, withDrafts(withGrade('top'), 'data-engineer/senior'), texts, '2026-12-02');
  assert.deepEqual(
    top.update.map((u) => [u.file, u.change]),
    [[senior, 'added toReachNext (a TODO line)']],
  );
  assert.equal(top.update[0]!.text, texts(senior).replace(/\n---\n/, '\ntoReachNext: ["TODO: what it takes to reach Staff."]\n---\n'));
  assert.deepEqual(top.reminders, []);

  const junior = 'content/levels/data-engineer/junior.mdx';
  const g0 = { ...content.pay!.grades[0]!, id: 'g0', name: 'G0 · Trainee' };
  const lower = { ...content, pay: { ...content.pay!, grades: [g0, ...content.pay!.grades] } };
  const bottom = plan({ kind: 'level', name: 'data-engineer/trainee', before: 'junior' }, withDrafts(lower, 'data-engineer/junior'), texts, '2026-12-02');
  assert.equal(bottom.summary, 'Trainee Data Engineer (short title Trainee): order 1 on the ic ladder, below Junior, grade g0 (G0 · Trainee), named like the level.');
  assert.deepEqual(
    bottom.update.map((u) => [u.file, u.change]),
    [
      [junior, 'order 1 → 2, added changesFromPrevious (a TODO line)'],
      ['content/levels/data-engineer/senior.mdx', 'order 2 → 3'],
    ],
  );
  assert.match(bottom.update[0]!.text, /^changesFromPrevious: \["TODO: what changes from Trainee to Junior\."\]$/m);
});

test('every new file is a draft: the published site leaves it out until the editor publishes it', () => {
  const files = [planned({ kind: 'role', name: 'platform-engineer' }), planned({ kind: 'level', name: 'data-engineer/lead', track: 'management' }), planned({ kind: 'faq', name: 'pay/raises' }), planned({ kind: 'opening', name: 'data-paris', level: 'data-engineer/junior' })].map(
    (p) => p.create[0]!.text,
  );
  for (const text of files) assert.match(text, /\nstatus: draft\n---\n/);
});

test('a grade that does not rise along the ladder, or no grade left, is refused', () => {
  assert.equal(refused({ kind: 'level', name: 'data-engineer/mid', after: 'junior' }), 'content/pay.yaml has no grade between g1 and g2, the grades of Junior and Senior around it; add a grade to content/pay.yaml, or place the level elsewhere with --after or --before');
  assert.equal(refused({ kind: 'level', name: 'data-engineer/mid', after: 'junior', grade: 'g2' }), 'grade g2 is not below g2, the grade of Senior above it; choose a grade between with --grade, or place the level elsewhere with --after or --before');
  assert.equal(refused({ kind: 'level', name: 'data-engineer/staff' }), 'Senior (g2) already has the top grade of content/pay.yaml, so nothing above it can pay more; add a grade to content/pay.yaml, or place the level lower with --after or --before');
  assert.equal(refused({ kind: 'level', name: 'data-engineer/staff', grade: 'g1' }), 'grade g1 is not above g2, the grade of Senior below it; a more senior level needs a higher grade: choose one above g2 with --grade');
});

test("a level alone on its track is both its first and its top: no ladder fields, ordered after the role's highest", () => {
  const text = planned({ kind: 'level', name: 'data-engineer/trainee', track: 'management' }).create[0]!.text;
  assert.doesNotMatch(text, /changesFromPrevious|toReachNext/);
  assert.match(text, /^order: 3$/m);
  assert.match(text, /^track: management$/m);
  assert.match(text, /^shortTitle: Trainee$/m);
  assert.match(text, /^grade: g1$/m);
});

test('a first level of a new role takes the competency areas most roles share', () => {
  assert.deepEqual(sharedAreas(content), ['Technical depth']);
  assert.deepEqual(sharedAreas({ ...content, levels: [] }), ['Craft', 'Delivery', 'Collaboration']);
});

test('a question takes its topic, audience and a place at the end from its folder, and gains a question mark', () => {
  const { create, summary } = planned({ kind: 'faq', name: 'pay/how-are-bands-set' });
  assert.equal(create[0]!.file, 'content/faqs/pay/how-are-bands-set.mdx');
  assert.equal(summary, '"How are bands set?" under the topic Pay, for employee, order 110.');
  // A new folder: its name as the topic, candidates as the audience, first in the topic.
  assert.equal(planned({ kind: 'faq', name: 'hiring-process/interviews', question: 'How long are interviews' }).summary, '"How long are interviews?" under the topic Hiring Process, for candidate, order 10.');
});

test('an opening says where the job is when no setting does, with a TODO for the city', () => {
  const hybrid = { ...content, hiring: { ...content.hiring!, workMode: 'hybrid' as const } };
  delete (hybrid.hiring as { offices?: unknown }).offices;
  const text = plan({ kind: 'opening', name: 'data-berlin', level: 'data-engineer/junior' }, hybrid, texts, '2026-12-02').create[0]!.text;
  assert.match(text, /^hiring:\n {2}offices:\n {4}- city: "TODO: the city of the office\."\n {6}country: DE\n/m);
  assert.match(text, /^validThrough: 2027-01-31$/m);
  // The fixture's remote hiring already names countries: no hiring block.
  assert.doesNotMatch(planned({ kind: 'opening', name: 'data-berlin', level: 'data-engineer/junior' }).create[0]!.text, /^hiring:/m);
});

test('bad requests are refused with what to do', () => {
  const cases: [Request, string][] = [
    [{ kind: 'level', name: 'data-engineer/staff', after: 'seniro' }, 'there is no level of data-engineer named "seniro" (did you mean senior?); --after takes one of the role\'s levels'],
    [{ kind: 'level', name: 'data-engineer/staff', after: 'junior', before: 'senior' }, 'give either --after or --before, not both'],
    [{ kind: 'level', name: 'data-engineer/staff', track: 'manager' }, '"manager" is not a track; use ic or management'],
    [{ kind: 'level', name: 'data-engineer/compare-x/y' }, '"data-engineer/compare-x/y" is not a level: write it as <role>/<level>, such as data-engineer/senior'],
    [{ kind: 'faq', name: 'pay/How-Much' }, '"How-Much" cannot be part of the name of a question: use lowercase letters, digits and single hyphens, such as pay/how-are-bands-set'],
    [{ kind: 'faq', name: 'pay/x', audience: ['everyone'] }, '"everyone" is not an audience; use candidate, hiring-manager, employee'],
    [{ kind: 'opening', name: 'data-berlin' }, 'an opening needs the level it hires for: add --level <role>/<level>, such as --level data-engineer/senior'],
    [{ kind: 'opening', name: 'data-berlin', level: 'data-engineer/senior', type: 'FULLTIME' }, '"FULLTIME" is not an employment type; use one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER'],
    [{ kind: 'opening', name: 'data-berlin', level: 'data-engineer/senior', applyUrl: 'jobs.example.com' }, '"jobs.example.com" is neither an https: address nor a mailto: address; give the application form (https://…) or an inbox (mailto:jobs@example.com) with --apply-url'],
  ];
  for (const [request, message] of cases) assert.equal(refused(request), message);
});

test('a level takes the grade its namesakes in other roles have, when that grade fits its ladder, and the next grade up when not', () => {
  const [g1, g2] = content.pay!.grades;
  const senior = content.levels.find((l) => l.id === 'data-engineer/senior')!;
  const namesake = (grade: string) => ({ ...senior, id: 'analyst/staff', data: { ...senior.data, title: 'Staff Analyst', shortTitle: 'Staff', role: { ...senior.data.role, id: 'analyst' }, grade } });
  const withNamesake = (grade: string) => ({
    ...content,
    pay: { ...content.pay!, grades: [g1!, g2!, { ...g2!, id: 'g3', name: 'G3 · Lead' }, { ...g2!, id: 'g4', name: 'G4 · Principal' }] },
    levels: [...content.levels, namesake(grade)],
  });
  const staff: Request = { kind: 'level', name: 'data-engineer/staff' };
  assert.equal(plan(staff, withNamesake('g4'), texts, '2026-12-02').summary, 'Staff Data Engineer (short title Staff): order 3 on the ic ladder, above Senior, grade g4 (G4 · Principal), like Staff Analyst.');
  assert.equal(
    plan(staff, withNamesake('g1'), texts, '2026-12-02').summary,
    'Staff Data Engineer (short title Staff): order 3 on the ic ladder, above Senior, grade g3 (G3 · Lead), one above Senior (g2), the level below it, as the grade of Staff Analyst (g1) would not fit its place on the ladder.',
  );
});

test('a level with no namesake takes the grade named like it, "Mid" and "Junior" included, where that grade fits', () => {
  const grades = ['G1 · Entry', 'G2 · Intermediate', 'G3 · Senior', 'G4 · Staff Engineer', 'G5: Principal'].map((name, i) => ({ ...content.pay!.grades[0]!, id: `g${i + 1}`, name }));
  const named = (...names: string[]) => gradeNamedLike(names, grades)?.id;
  assert.deepEqual([named('intermediate'), named('Mid'), named('mid-level'), named('junior'), named('Senior'), named('staff-engineer'), named('principal'), named('lead'), named('g2')], ['g2', 'g2', 'g2', 'g1', 'g3', 'g4', 'g5', undefined, 'g2']);
  // A new role's first level: nothing below or above it, so the grade its name gives.
  const firstLevel = { ...content, pay: { ...content.pay!, grades }, roles: [...content.roles, { ...content.roles[0]!, id: 'analyst' }] };
  assert.equal(plan({ kind: 'level', name: 'analyst/intermediate' }, firstLevel, texts, '2026-12-02').summary, 'Intermediate Data Engineer (short title Intermediate): order 1 on the ic ladder, its first level, grade g2 (G2 · Intermediate), named like the level.');
  assert.equal(
    plan({ kind: 'level', name: 'analyst/apprentice' }, firstLevel, texts, '2026-12-02').summary,
    'Apprentice Data Engineer (short title Apprentice): order 1 on the ic ladder, its first level, grade g1 (G1 · Entry), the lowest grade, as no grade and no level of another role is named Apprentice.',
  );
  // Above Senior (g2 here) the grade named Senior would not rise: the next grade up, and why.
  const fixtureGrades = { ...content, pay: { ...content.pay!, grades: [...content.pay!.grades, { ...content.pay!.grades[1]!, id: 'g3', name: 'G3 · Lead' }] } };
  assert.equal(
    plan({ kind: 'level', name: 'data-engineer/senior-ii', shortTitle: 'Senior' }, fixtureGrades, texts, '2026-12-02').summary,
    'Senior Data Engineer (short title Senior): order 3 on the ic ladder, above Senior, grade g3 (G3 · Lead), one above Senior (g2), the level below it, as G2 · Senior, named like it, would not fit its place on the ladder.',
  );
});

test('a name that is taken or no file name, an empty option and a wrong application address are refused in the same words everywhere', () => {
  assert.equal(nameRefusal('level', 'data-engineer/senior', content), 'the level data-engineer/senior already exists (content/levels/data-engineer/senior.mdx); choose another name');
  assert.equal(nameRefusal('level', 'data-engineer/Senior II', content), '"Senior II" cannot be the name of a level: use lowercase letters, digits and single hyphens, such as senior');
  assert.equal(nameRefusal('faq', 'pay/bands', content), 'the question pay/bands already exists (content/faqs/pay/bands.mdx); choose another name');
  assert.equal(nameRefusal('role', 'data-engineer', content), 'the role data-engineer already exists (content/roles/data-engineer.mdx); choose another name, or add a level to it with npm run new -- level data-engineer/<level>');
  assert.equal(nameRefusal('opening', 'data-paris', content), undefined);
  assert.equal(refused({ kind: 'level', name: 'data-engineer/lead', track: 'management', title: ' ' }), '--title is empty; write a value, or leave --title out to take the suggestion');
  assert.equal(refused({ kind: 'level', name: 'data-engineer/lead', track: 'management', shortTitle: '' }), '--short-title is empty; write a value, or leave --short-title out to take the suggestion');
  assert.equal(applyUrlRefusal('https://jobs.example.com/1'), undefined);
  assert.equal(applyUrlRefusal('mailto:jobs@example.com'), undefined);
  assert.equal(applyUrlRefusal('jobs@example.com'), '"jobs@example.com" is neither an https: address nor a mailto: address; give the application form (https://…) or an inbox (mailto:jobs@example.com)');
});
