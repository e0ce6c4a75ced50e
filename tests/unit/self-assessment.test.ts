/**
 * The self-assessment: its view (every expectation the ladder's own text, the next level's or a
 * plain sentence saying there is none) and the Markdown and CSV the page downloads, the CSV read
 * back by a real CSV parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { buildHandbook } from '../../src/handbook/build.ts';
import type { Handbook, Level } from '../../src/handbook/model.ts';
import { levelPage } from '../../src/handbook/views/level.ts';
import { selfAssessmentPage, selfAssessmentRows } from '../../src/handbook/views/self-assessment.ts';
import { selfAssessmentClientWords } from '../../src/i18n/client-words.ts';
import { en } from '../../src/i18n/words/en.ts';
import { hasAnswers, readAnswers, rowKeys, selfAssessmentCsv, selfAssessmentCsvRows, selfAssessmentMarkdown, selfAssessmentRatings, type SelfAssessmentAnswers, type SelfAssessmentSheet } from '../../src/lib/self-assessment.ts';
import type { LevelData } from '../../src/schemas/level.ts';
import { input } from '../fixtures/handbook-input.ts';

/**
 * The fixture's backend ladder (junior, mid, senior; the draft above senior is left out) with
 * competencies that differ: junior has Design, which mid does not name, and items to reach mid.
 */
function handbook(): Handbook {
  const data = input();
  const set = (id: string, over: Partial<LevelData>) => Object.assign(data.levels.find((l) => l.id === id)!.data, over);
  set('backend-engineer/junior', {
    competencies: [
      { area: 'Delivery', expectation: 'Ships small changes with help.' },
      { area: 'Design', expectation: "Follows the team's designs." },
    ],
    toReachNext: ['Own a feature end to end.', '=Lead an incident review.'],
  });
  set('backend-engineer/mid', {
    competencies: [
      { area: 'Mentoring', expectation: 'Pairs with juniors.' },
      { area: 'Delivery', expectation: 'Ships features alone, "end to end".' },
    ],
    toReachNext: ['Set the direction of a service.'],
  });
  set('backend-engineer/senior', { competencies: [{ area: 'Delivery', expectation: 'Delivers multi-quarter projects.' }], toReachNext: ['Nothing above, so never shown.'] });
  return buildHandbook(data);
}

const h = handbook();
const level = (id: string): Level => h.levels.find((l) => l.id === id)!;

test('each competency row shows this level and the next level as the ladder words them, in the level’s order', () => {
  const junior = level('backend-engineer/junior');
  const mid = level('backend-engineer/mid');
  assert.equal(junior.next, mid);
  const rows = selfAssessmentRows(junior, h).filter((r) => r.theme === 'Competencies');
  assert.deepEqual(
    rows.map((r) => r.competency),
    junior.data.competencies.map((c) => c.area),
  );
  for (const [i, row] of rows.entries()) {
    assert.equal(row.thisLevel, junior.data.competencies[i]!.expectation, `${row.competency}: this level`);
  }
  assert.equal(rows[0]!.nextLevel, mid.data.competencies.find((c) => c.area === 'Delivery')!.expectation, 'the next level’s expectation for the same area, wherever it is in its list');
  assert.equal(rows[0]!.missing, false);
  assert.equal(rows[1]!.nextLevel, 'mid backend-engineer names no expectation for Design.', 'an area the next level does not name is said so, not made up');
  assert.equal(rows[1]!.missing, true);
  assert.ok(!rows.some((r) => r.nextLevel.includes('Pairs with juniors')), 'an area only the next level has is no row of this one');
});

test('the items to reach the next level are a second group: no expectation at this level, the next level’s title', () => {
  const junior = level('backend-engineer/junior');
  const page = selfAssessmentPage(junior, h);
  assert.deepEqual(
    page.groups.map((g) => g.theme),
    ['Competencies', 'To reach the next level'],
  );
  const items = page.groups[1]!.rows;
  assert.deepEqual(
    items.map((r) => [r.competency, r.thisLevel, r.nextLevel]),
    [
      ['Own a feature end to end.', '', 'mid backend-engineer'],
      ['=Lead an incident review.', '', 'mid backend-engineer'],
    ],
  );
  assert.deepEqual(page.next, { title: 'mid backend-engineer', shortTitle: 'mid', href: '/roles/backend-engineer/mid/' });
  assert.equal(page.topOfLadder, undefined);
  const all = page.groups.flatMap((g) => g.rows);
  assert.equal(new Set(all.map((r) => r.id)).size, all.length, 'control ids are unique in the page');
  assert.equal(new Set(all.map((r) => r.key)).size, all.length, 'answers are kept under a key of their own');
});

test('the top of a ladder says so in every next-level cell and once on the page, and lists nothing to reach', () => {
  const senior = level('backend-engineer/senior');
  assert.equal(senior.next, undefined, 'the draft level above senior is left out of the build');
  const page = selfAssessmentPage(senior, h);
  assert.equal(page.topOfLadder, 'senior backend-engineer is the top of this ladder.');
  assert.equal(page.next, undefined);
  assert.deepEqual(
    page.groups.map((g) => g.theme),
    ['Competencies'],
    'toReachNext of a top level is not shown, as on the level page',
  );
  assert.deepEqual(
    page.groups[0]!.rows.map((r) => [r.thisLevel, r.nextLevel, r.missing]),
    [['Delivers multi-quarter projects.', 'senior backend-engineer is the top of this ladder.', true]],
  );
});

test('the page: its head keeps it out of search and leads back to the level, which links it', () => {
  const junior = level('backend-engineer/junior');
  const page = selfAssessmentPage(junior, h);
  assert.equal(page.head.title, 'Self-assessment: junior backend-engineer');
  assert.equal(page.head.search, undefined, 'no search metadata: the page is kept out of the search index');
  assert.deepEqual(page.head.crumbs?.at(-1), { label: 'Self-assessment' });
  assert.equal(page.head.editPath, junior.filePath);
  assert.equal(page.levelId, 'backend-engineer/junior');
  assert.equal(page.fileName, 'self-assessment-backend-engineer-junior');
  assert.equal(page.levelHref, '/roles/backend-engineer/junior/');
  assert.equal(levelPage(junior, h).selfAssessmentHref, '/roles/backend-engineer/junior/self-assessment/');
  assert.deepEqual(
    page.ratings.map((r) => r.label),
    ['Not yet', 'Partly', 'Meets', 'Beyond'],
  );
});

test('two rows with the same words get keys of their own', () => {
  assert.deepEqual(
    rowKeys([
      { theme: 'Competencies', competency: 'Delivery' },
      { theme: 'To reach the next level', competency: 'Delivery' },
      { theme: 'Competencies', competency: 'Delivery' },
    ]),
    ['Competencies: Delivery', 'To reach the next level: Delivery', 'Competencies: Delivery (2)'],
  );
});

/** The files' words as the English page hands them to its module. */
const words = selfAssessmentClientWords(en, selfAssessmentRatings).file;

const sheet = (): SelfAssessmentSheet => ({ title: 'junior backend-engineer', rows: selfAssessmentRows(level('backend-engineer/junior'), h) });
const answersFor = (s: SelfAssessmentSheet): SelfAssessmentAnswers => ({
  [s.rows[0]!.key]: { rating: 'meets', evidence: 'Shipped the "billing" fix,\nthen the retry queue.' },
  [s.rows[3]!.key]: { rating: 'not-yet', evidence: '=HYPERLINK("http://evil.test")' },
  [s.rows[1]!.key]: { evidence: '  ' },
});

test('the CSV: the header, one row per row of the sheet with its rating and evidence, read back as written', () => {
  const s = sheet();
  const file = selfAssessmentCsv(s, answersFor(s), words);
  assert.ok(file.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheets read UTF-8');
  assert.ok(file.endsWith('\r\n') && !/[^\r]\n(?=")/.test(file), 'rows end with CRLF');
  const parsed = parse(file, { bom: true }) as string[][];
  assert.deepEqual(parsed[0], ['Theme', 'Competency', 'This level', 'Next level', 'Rating', 'Evidence']);
  assert.deepEqual(parsed[0], [...words.csvHeader]);
  const expected = [
    ['Competencies', 'Delivery', 'Ships small changes with help.', 'Ships features alone, "end to end".', 'Meets', 'Shipped the "billing" fix,\nthen the retry queue.'],
    ['Competencies', 'Design', "Follows the team's designs.", 'mid backend-engineer names no expectation for Design.', '', '  '],
    ['To reach the next level', 'Own a feature end to end.', '', 'mid backend-engineer', '', ''],
    // A cell that would run as a formula is read back with the apostrophe that defuses it.
    ['To reach the next level', "'=Lead an incident review.", '', 'mid backend-engineer', 'Not yet', '\'=HYPERLINK("http://evil.test")'],
  ];
  assert.deepEqual(parsed.slice(1), expected);
  // Without the escaping, the rows are the sheet's own words.
  assert.deepEqual(
    selfAssessmentCsvRows(s, answersFor(s), words).map((r) => r.map((c) => c.replace(/^'(?==)/, ''))),
    parsed.slice(1).map((r) => r.map((c) => c.replace(/^'(?==)/, ''))),
  );
});

test('the Markdown: the level’s title, the rating points, then each row with both expectations, its rating and evidence', () => {
  const s = sheet();
  const md = selfAssessmentMarkdown(s, answersFor(s), words);
  assert.equal(
    md,
    [
      '# Self-assessment: junior backend-engineer',
      '',
      'Rating points:',
      '',
      ...selfAssessmentRatings.map((r) => `- **${r.label}**: ${r.meaning}`),
      '',
      '## Competencies',
      '',
      '### Delivery',
      '',
      '- **This level:** Ships small changes with help.',
      '- **Next level:** Ships features alone, "end to end".',
      '- **Rating:** Meets',
      '',
      '**Evidence:**',
      '',
      'Shipped the "billing" fix,',
      'then the retry queue.',
      '',
      '### Design',
      '',
      "- **This level:** Follows the team's designs.",
      '- **Next level:** mid backend-engineer names no expectation for Design.',
      '- **Rating:** Not rated',
      '',
      '**Evidence:**',
      '',
      '_None written._',
      '',
      '## To reach the next level',
      '',
      '### Own a feature end to end.',
      '',
      '- **Next level:** mid backend-engineer',
      '- **Rating:** Not rated',
      '',
      '**Evidence:**',
      '',
      '_None written._',
      '',
      '### =Lead an incident review.',
      '',
      '- **Next level:** mid backend-engineer',
      '- **Rating:** Not yet',
      '',
      '**Evidence:**',
      '',
      '=HYPERLINK("http://evil.test")',
      '',
    ].join('\n'),
  );
});

test('handbook text is escaped in the Markdown, so it reads as words; the reader’s evidence is kept as they wrote it', () => {
  const md = selfAssessmentMarkdown({ title: 'A *bold* level', rows: [{ key: 'k', theme: 'Competencies', competency: '# Not a heading', thisLevel: 'Uses [links] and\nline breaks', nextLevel: 'x' }] }, { k: { rating: 'beyond', evidence: '- a list\r\n- **of mine**' } }, words);
  assert.match(md, /^# Self-assessment: A \\\*bold\\\* level$/m);
  assert.match(md, /^### \\# Not a heading$/m);
  assert.match(md, /^- \*\*This level:\*\* Uses \\\[links\\\] and line breaks$/m);
  assert.match(md, /^- \*\*Rating:\*\* Beyond$/m);
  assert.match(md, /\n- a list\n- \*\*of mine\*\*\n$/);
});

test('answers kept in the browser are read back with only what a page can show; anything damaged reads as none', () => {
  const kept = JSON.stringify({ a: { rating: 'meets', evidence: 'x' }, b: { rating: 'excellent' }, c: { evidence: 42 }, d: { evidence: '   ' }, e: 'meets', f: { rating: 'partly' } });
  assert.deepEqual(readAnswers(kept), { a: { rating: 'meets', evidence: 'x' }, f: { rating: 'partly' } });
  for (const damaged of [null, '', '{', '[1,2]', 'null', '"text"', '42']) assert.deepEqual(readAnswers(damaged), {}, `${damaged}`);
  assert.equal(hasAnswers({}), false);
  assert.equal(hasAnswers({ a: { evidence: ' ' } }), false);
  assert.equal(hasAnswers({ a: { rating: 'not-yet' } }), true);
});
