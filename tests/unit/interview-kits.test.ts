/**
 * Interview kits from the ladder: anchors are the expectations of the levels around a level, word
 * for word, and follow an edited level; questions suit the level and fit the stage's minutes; the
 * CSV reads back through a CSV parser with its escaping; and the check names a protected subject,
 * an unknown area, a stage no question covers and a stage whose questions cannot fit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { buildHandbook, type HandbookInput } from '../../src/handbook/build.ts';
import { anchorsFor, kitFor, reservedMinutes } from '../../src/handbook/kits.ts';
import type { Handbook } from '../../src/handbook/model.ts';
import { kitCopy, kitCsv, kitCsvHeader, kitMarkdown } from '../../src/handbook/views/kit.ts';
import type { InterviewQuestionData } from '../../src/schemas/interview-question.ts';
import { input } from '../fixtures/handbook-input.ts';
import { checkWith, replace } from './check-fixture.ts';

const question = (id: string, over: Partial<InterviewQuestionData> = {}) => ({
  id,
  data: {
    question: `Tell me about ${id}.`,
    area: 'Delivery',
    kind: 'behavioral' as const,
    followUps: [`What happened next in ${id}?`],
    listenFor: [`Names the steps of ${id}.`],
    minutes: 15,
    grades: [],
    levels: [],
    example: false,
    status: 'published' as const,
    ...over,
  } satisfies InterviewQuestionData,
});

/** The fixture handbook with a stage that rates Delivery in `minutes`, and these questions. */
function handbook(questions: ReturnType<typeof question>[], edit: (i: HandbookInput) => HandbookInput = (i) => i, minutes = 45): Handbook {
  const base = input();
  return buildHandbook(
    edit({
      ...base,
      hiring: {
        ...base.hiring,
        interviewStages: [
          { name: 'Call', description: 'A call.', minutes: 30 },
          { name: 'Delivery talk', description: 'A talk.', minutes, areas: ['Delivery'] },
          { name: 'Decision', description: 'We decide.' },
        ],
      },
      interviewQuestions: questions,
    }),
  );
}

const levelIn = (h: Handbook, id: string) => h.levels.find((l) => l.id === id)!;
const expectation = (h: Handbook, id: string, area = 'Delivery') => levelIn(h, id).data.competencies.find((c) => c.area === area)!.expectation;

test("a level's anchors are the expectations of the level below (twice), its own and the next, word for word", () => {
  const h = handbook([]);
  const anchors = anchorsFor(levelIn(h, 'backend-engineer/mid'), 'Delivery', h.words);
  assert.deepEqual(
    anchors.map((a) => [a.point, a.level?.id, a.expectation]),
    [
      ['below', 'backend-engineer/junior', expectation(h, 'backend-engineer/junior')],
      ['not-yet', 'backend-engineer/junior', expectation(h, 'backend-engineer/junior')],
      ['meets', 'backend-engineer/mid', expectation(h, 'backend-engineer/mid')],
      ['exceeds', 'backend-engineer/senior', expectation(h, 'backend-engineer/senior')],
    ],
  );
  const words = kitCopy(kitFor(levelIn(h, 'backend-engineer/mid'), h), h).competencies[0]!.anchors.map(([, text]) => text);
  assert.ok(
    words.every((text, i) => text.endsWith(anchors[i]!.expectation!)),
    'the kit quotes them whole',
  );
});

test('an edit to a level changes the anchors of the kits around it, and nothing else has to change', () => {
  const edited = 'Ships a feature end to end with a rollback plan.';
  const h = handbook([question('a')], (i) => ({ ...i, levels: i.levels.map((l) => (l.id === 'backend-engineer/mid' ? { ...l, data: { ...l.data, competencies: [{ area: 'Delivery', expectation: edited }] } } : l)) }));
  const at = (level: string, point: string) => kitFor(levelIn(h, level), h).competencies[0]!.anchors.find((a) => a.point === point)!.expectation;
  assert.equal(at('backend-engineer/junior', 'exceeds'), edited);
  assert.equal(at('backend-engineer/mid', 'meets'), edited);
  assert.equal(at('backend-engineer/senior', 'not-yet'), edited);
  assert.equal(at('backend-engineer/senior', 'below'), edited);
});

test('where the ladder has no level below or above, or the level there names no such competency, the anchor says so instead of inventing one', () => {
  const h = handbook([], (i) => ({ ...i, levels: i.levels.map((l) => (l.id === 'backend-engineer/senior' ? { ...l, data: { ...l.data, competencies: [...l.data.competencies, { area: 'System design', expectation: 'Designs services.' }] } } : l)) }));
  const junior = anchorsFor(levelIn(h, 'backend-engineer/junior'), 'Delivery', h.words);
  assert.equal(junior[0]!.expectation, undefined);
  assert.match(junior[0]!.missing!, /first level of this ladder/);
  const senior = anchorsFor(levelIn(h, 'backend-engineer/senior'), 'System design', h.words);
  assert.match(senior[1]!.missing!, new RegExp(`${levelIn(h, 'backend-engineer/mid').data.title} names no expectation for System design`));
  // The draft level above senior is not on the published ladder.
  assert.match(senior[3]!.missing!, /top of this ladder/);
});

test("a kit asks questions that suit the level, one per competency first, within the stage's minutes less the reserved ones, none twice", () => {
  const h = handbook([
    question('long', { minutes: 25 }),
    question('short', { minutes: 10 }),
    question('medium', { minutes: 15 }),
    question('senior-only', { grades: ['g3'], minutes: 5 }),
    question('named', { levels: [{ collection: 'levels', id: 'backend-engineer/mid' }], minutes: 5 }),
  ]);
  for (const id of ['backend-engineer/junior', 'backend-engineer/mid', 'backend-engineer/senior']) {
    const stage = kitFor(levelIn(h, id), h).stages[1]!;
    const asked = stage.questions.map((q) => q.id);
    assert.ok(stage.questions.length >= 1, `${id} is asked about Delivery`);
    assert.ok(stage.questions.reduce((sum, q) => sum + q.data.minutes, 0) <= 45 - reservedMinutes, `${id}: ${asked.join(', ')} fit`);
    assert.equal(new Set(asked).size, asked.length);
    assert.equal(asked.includes('senior-only'), id === 'backend-engineer/senior');
    assert.equal(asked.includes('named'), id === 'backend-engineer/mid');
  }
  const first = kitFor(levelIn(h, 'backend-engineer/senior'), h).stages;
  assert.deepEqual(first[0]!.questions, [], 'a stage that rates nothing asks nothing');
  assert.equal(first[1]!.questions[0]!.id, 'senior-only', 'the question made for the level comes first');
});

test('a competency in focus with no suited question is uncovered, and the kit says which', () => {
  const h = handbook([question('senior-only', { grades: ['g3'] })]);
  assert.deepEqual(kitFor(levelIn(h, 'backend-engineer/junior'), h).stages[1]!.uncovered, ['Delivery']);
  assert.deepEqual(kitFor(levelIn(h, 'backend-engineer/senior'), h).stages[1]!.uncovered, []);
});

test('the CSV reads back through a CSV parser: a byte-order mark, the header, one row per question with its anchors, and formulas defused', () => {
  const h = handbook([question('formula', { question: '=HYPERLINK("http://x.test","click")', followUps: ['+1 and "quoted"', 'line two'], listenFor: ['@mention, with a comma'] })]);
  const copy = kitCopy(kitFor(levelIn(h, 'backend-engineer/mid'), h), h);
  const file = kitCsv(copy);
  assert.ok(file.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  assert.ok(file.includes('\r\n'));
  const rows = parse(file, { bom: true, relax_column_count: false }) as string[][];
  assert.deepEqual(rows[0], kitCsvHeader(h.words));
  assert.equal(rows.length, 2);
  const [stage, attribute, asked, followUps, listenFor, ...anchors] = rows[1]!;
  assert.equal(stage, copy.stages[1]!.heading);
  assert.equal(attribute, 'Delivery');
  assert.equal(asked, `'=HYPERLINK("http://x.test","click")`, 'a cell starting with = is prefixed so it never runs');
  assert.equal(followUps, `'+1 and "quoted"\nline two`);
  assert.equal(listenFor, "'@mention, with a comma");
  assert.deepEqual(
    anchors,
    copy.competencies[0]!.anchors.map(([, text]) => text),
  );
  assert.match(kitMarkdown(copy), /^# Interview kit: /);
});

const fixtureQuestion = (text: string, extra = '') => `---\nquestion: ${text}\narea: Technical depth\nkind: behavioral\nfollowUps:\n  - What did you change afterwards?\nlistenFor:\n  - Names the cause.\nminutes: 15\n${extra}---\n`;
const focusStage = (minutes: number) => replace(/ {2}- name: Technical conversation\n(.*\n)/, `  - name: Technical conversation\n$1    minutes: ${minutes}\n    areas:\n      - Technical depth\n`);

test('a question on a protected subject is an error that names the rule and the subject', async () => {
  const lines = await checkWith({ 'content/interview-questions/technical-depth/family.mdx': fixtureQuestion('Who looks after your children while you are on call?') });
  const found = lines.filter((l) => l.includes('family.mdx'));
  assert.equal(found.length, 1, lines.join('\n'));
  assert.match(found[0]!, /^error: content\/interview-questions\/technical-depth\/family\.mdx:2: question asks about family \("children"\), a protected subject: the rule on protected subjects/);
});

test('an unknown area or grade in a question is an error with the fix, and a coded word in the bank is reported as in ads', async () => {
  const lines = await checkWith({
    'content/interview-questions/x/typo.mdx': (t) => fixtureQuestion('Tell me about a system you made faster.', 'grades:\n  - g9\n').replace('area: Technical depth', 'area: Technical dept') + t,
    'content/interview-questions/x/coded.mdx': fixtureQuestion('Tell me about a time you were aggressive about a deadline.'),
  });
  assert.ok(
    lines.some((l) => /typo\.mdx:3: area is "Technical dept", which no level names under competencies.*did you mean Technical depth\?/.test(l)),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => /typo\.mdx:\d+: grades\[0\]|typo\.mdx:\d+: .*"g9", which is not a grade/.test(l)),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => /^warning: .*coded\.mdx:2: .*"aggressive", a masculine-coded word/.test(l)),
    lines.join('\n'),
  );
});

test("a stage's competency with no suited question is a warning at the level; questions that cannot fit the stage are an error", async () => {
  const uncovered = await checkWith({ 'content/hiring.yaml': focusStage(60), 'content/interview-questions/technical-depth/a-slow-query.mdx': null });
  assert.ok(
    uncovered.some((l) => /^warning: content\/levels\/data-engineer\/junior\.mdx:\d+: .*has no interview question on Technical depth that suits it/.test(l)),
    uncovered.join('\n'),
  );
  const tooLong = await checkWith({ 'content/hiring.yaml': focusStage(20), 'content/interview-questions/technical-depth/q.mdx': fixtureQuestion('Tell me about a slow query you fixed.') });
  assert.ok(
    tooLong.some((l) => /^error: content\/levels\/data-engineer\/junior\.mdx:\d+: needs 15 minutes for one question on each competency of the "Technical conversation" stage, which has 10 for questions/.test(l)),
    tooLong.join('\n'),
  );
  const fits = await checkWith({ 'content/hiring.yaml': focusStage(60), 'content/interview-questions/technical-depth/q.mdx': fixtureQuestion('Tell me about a slow query you fixed.') });
  assert.deepEqual(
    fits.filter((l) => /interview|minutes for one question/.test(l)),
    [],
  );
});
