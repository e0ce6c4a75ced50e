/** The page shell's data: made once per build and day, the same object for every page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shell } from '../../src/handbook/views/shell.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { site } from '../fixtures/handbook-input.ts';

test('every page gets the same shell until the settings or the day change', () => {
  const s = { ...site } as Parameters<typeof shell>[0];
  const a = shell(s, '2026-12-02');
  assert.equal(shell(s, '2026-12-02'), a, 'one object for every page of a build');
  assert.deepEqual(a.built, { iso: '2026-12-02', text: 'December 2, 2026' });
  assert.deepEqual(
    a.nav.map((n) => [n.section, n.href]),
    [
      ['roles', '/roles/'],
      ['grades', '/job-architecture/'],
      ['career-paths', '/career-paths/'],
      ['skills', '/skills/'],
      ['faq', '/faq/'],
    ],
  );
  assert.notEqual(shell(s, '2026-12-03'), a, 'a new day');
  assert.equal(shell({ ...s, locale: 'de-DE' }, '2026-12-03').built.text, '3. Dezember 2026', 'new settings');
});

test('dates format the same with the formatter kept per locale', () => {
  assert.equal(formatDate('2026-11-01', 'en-US'), 'November 1, 2026');
  assert.equal(formatDate('2026-02-28', 'en-GB'), '28 February 2026');
  assert.equal(formatDate('2026-11-01', 'en-US'), 'November 1, 2026');
});
