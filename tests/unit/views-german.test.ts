/**
 * A German read model's views (issue 26): built from the same fixture with a German locale, every
 * label, heading and sentence the views compose comes from the German catalogue, every link points
 * to a page under /de/, dates and amounts are written as German writes them, and the job ad's title
 * names every gender. Also: the English and German catalogues have the same keys, all the way down.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHandbook } from '../../src/handbook/build.ts';
import type { Handbook } from '../../src/handbook/model.ts';
import { allDownloads, downloadAt } from '../../src/handbook/downloads.ts';
import { adPage } from '../../src/handbook/views/ad.ts';
import { careerPathPage } from '../../src/handbook/views/career.ts';
import { pairPage } from '../../src/handbook/views/compare.ts';
import { kitCopy, kitCsvHeader, kitMarkdown } from '../../src/handbook/views/kit.ts';
import { kitFor } from '../../src/handbook/kits.ts';
import { levelPage } from '../../src/handbook/views/level.ts';
import { jobPosting, jobsPage, openingPage, openingsAtom } from '../../src/handbook/views/opening.ts';
import { roleCard } from '../../src/handbook/views/role.ts';
import { selfAssessmentPage } from '../../src/handbook/views/self-assessment.ts';
import { footerLinks, shell } from '../../src/handbook/views/shell.ts';
import { openingAd } from '../../src/handbook/ads.ts';
import { localesOf } from '../../src/i18n/locales.ts';
import { de } from '../../src/i18n/words/de.ts';
import { en } from '../../src/i18n/words/en.ts';
import { input, site } from '../fixtures/handbook-input.ts';

const german = localesOf({ locale: 'en-US', translations: [{ key: 'de', locale: 'de-DE', untranslated: 'notice' }] })[1]!;
const h: Handbook = buildHandbook({ ...input(), locale: german });
const level = (id: string) => h.levels.find((l) => l.id === id)!;
const opening = (id: string) => h.openings.find((o) => o.id === id)!;
/** Intl writes a space before € and inside 85.000 € as a no-break space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('the German model takes the German catalogue and links under /de/', () => {
  assert.equal(h.locale.prefix, 'de/');
  assert.equal(h.words, de);
  assert.equal(h.url('roles/'), '/de/roles/');
});

test('a level page: German labels, German dates and amounts, links to German pages', () => {
  const view = levelPage(level('backend-engineer/mid'), h);
  assert.equal(view.position, 'Fachlaufbahn, Stufe 2 von 3');
  assert.equal(plain(view.step.band), '68.000 $ – 98.000 $ pro Jahr');
  assert.equal(view.step.years, '2+ Jahre');
  assert.match(plain(view.payNote), /^United States\. Gültig ab 1\. Januar 2026\. Quelle: test survey\. Der Balken zeigt/);
  assert.match(plain(view.head.description), /Gehaltsband 68\.000 \$ – 98\.000 \$ pro Jahr; 2\+ Jahre Berufserfahrung\.$/);
  assert.deepEqual(view.head.crumbs?.[0], { label: 'Rollen', href: 'roles/' }, 'crumbs give the path: Breadcrumbs adds the page’s prefix');
  assert.equal(view.roleHref, '/de/roles/backend-engineer/');
  assert.equal(view.adHref, '/de/roles/backend-engineer/mid/job-ad/');
  assert.equal(view.pairBelowHref, '/de/roles/backend-engineer/compare/junior-vs-mid/');
  assert.equal(view.grade.href, '/de/job-architecture/#grade-g2');
  assert.deepEqual(view.previous, { href: '/de/roles/backend-engineer/junior/', text: 'junior backend-engineer' });
  assert.equal(view.review.lastReviewedText, '20. November 2026');
  assert.equal(view.ladder.tracks[0]!.name, 'Fachlaufbahn');
  assert.equal(roleCard(level('backend-engineer/mid').role, h).levelCount, '3 Stufen');
});

test('the job ad: German headings and sentences, the title with (m/w/d), its files under /de/', () => {
  const senior = level('backend-engineer/senior');
  const page = adPage(senior, h);
  assert.equal(page.copy.title, 'senior backend-engineer (m/w/d)');
  assert.equal(page.head.title, 'Stellenanzeige: senior backend-engineer (m/w/d)');
  assert.deepEqual(
    page.copy.sections.map((s) => s.heading),
    ['Über uns', 'Über die Stelle', 'Deine Aufgaben', 'Das bringst du mit', 'Das bieten wir dir', 'Gehalt', 'Arbeitsort und Arbeitszeiten', 'So bewirbst du dich', 'So läuft der Bewerbungsprozess ab', 'Chancengleichheit'],
  );
  const section = (key: string) => page.copy.sections.find((s) => s.key === key)!;
  assert.deepEqual(section('bring').paragraphs, [de.ad.experience(3)]);
  assert.deepEqual(section('where').paragraphs, ['Remote. Du kannst von überall in diesem Land aus arbeiten: Vereinigte Staaten.']);
  assert.equal(plain(section('pay').paragraphs[0]!), 'United States: 95.000 $ – 130.000 $ pro Jahr.');
  assert.equal(page.copy.sourceUrl, 'https://h.acme.test/de/roles/backend-engineer/senior/');
  assert.deepEqual(page.files, {
    txt: '/de/roles/backend-engineer/senior/job-ad.txt',
    md: '/de/roles/backend-engineer/senior/job-ad.md',
    html: '/de/roles/backend-engineer/senior/job-ad.html',
    json: '/de/roles/backend-engineer/senior/job-ad.json',
  });
  assert.equal(page.levelHref, '/de/roles/backend-engineer/senior/');
});

test('the ad files are written under de/, where the page links them, and say what the page says', () => {
  const files = [...allDownloads(h, '/')];
  assert.ok(files.length > 0 && files.every((f) => f.path.startsWith('de/roles/')), 'every file under the prefix');
  const md = downloadAt(h, '/', 'de/roles/backend-engineer/senior/job-ad.md');
  assert.ok(md);
  assert.match(md.text, /^# senior backend-engineer \(m\/w\/d\)\n/);
  assert.match(md.text, /\n## Deine Aufgaben\n/);
  assert.match(md.text, /\nStufen und Erwartungen: <https:\/\/h\.acme\.test\/de\/roles\/backend-engineer\/senior\/>\n$/);
  assert.equal(downloadAt(h, '/', 'roles/backend-engineer/senior/job-ad.md'), undefined, 'no German file outside de/');
  const json = JSON.parse(downloadAt(h, '/', 'de/roles/backend-engineer/senior/job-ad.json')!.text) as { title: string; sections: { heading: string }[] };
  assert.equal(json.title, 'senior backend-engineer (m/w/d)');
  assert.equal(json.sections[0]!.heading, 'Über uns');
});

test('an opening: German facts, dates and notices; its JobPosting and the feeds carry the (m/w/d) title', () => {
  const o = opening('remote-payments');
  const view = openingPage(o, h);
  assert.equal(view.head.title, 'Senior Backend Engineer, Payments (m/w/d)');
  assert.equal(view.copy.title, 'Senior Backend Engineer, Payments (m/w/d)');
  assert.deepEqual(
    view.facts.map((f) => f.label),
    ['Stufe', 'Anstellung', 'Arbeitsort', 'Gehalt, United States', 'Gehalt, Europe', 'Veröffentlicht', 'Bewerbungsschluss', 'Kennziffer'],
  );
  assert.equal(view.facts[0]!.href, '/de/roles/backend-engineer/senior/');
  assert.equal(view.facts[1]!.value, 'Teilzeit');
  assert.equal(view.facts[2]!.value, 'Remote: Vereinigte Staaten und Deutschland');
  assert.equal(view.facts.find((f) => f.label === 'Bewerbungsschluss')!.value, '2. Dezember 2026');
  assert.equal(view.apply?.label, 'Per E-Mail bewerben: jobs@acme.test');
  const ld = jobPosting(o, openingAd(o, h), h);
  assert.equal(ld.title, 'Senior Backend Engineer, Payments (m/w/d)');
  assert.match(String(ld.description), /<h2>Deine Aufgaben<\/h2>/);
  assert.deepEqual(ld['applicantLocationRequirements'], [
    { '@type': 'Country', name: 'Vereinigte Staaten' },
    { '@type': 'Country', name: 'Deutschland' },
  ]);
  const closed = openingPage(opening('berlin-senior'), h);
  assert.equal(closed.closedNotice, 'Die Bewerbungsfrist für diese Stelle ist am 1. Dezember 2026 abgelaufen; Bewerbungen sind nicht mehr möglich.');
  const jobs = jobsPage(h);
  assert.equal(jobs.head.title, 'Stellen');
  assert.deepEqual(
    jobs.items.map((i) => [i.title, i.href]),
    [['Senior Backend Engineer, Payments (m/w/d)', '/de/jobs/remote-payments/']],
  );
  assert.deepEqual(jobs.feeds, { atom: '/de/jobs/feed.xml', json: '/de/jobs/index.json' });
  const atom = openingsAtom(h);
  assert.match(atom, /<title>Stellen bei Acme<\/title>/);
  assert.match(atom, /<id>https:\/\/h\.acme\.test\/de\/jobs\/<\/id>/);
  assert.match(atom, /<title>Senior Backend Engineer, Payments \(m\/w\/d\)<\/title>/);
  assert.match(atom, /Bewerbungsschluss 2026-12-02, Bewerbung unter mailto:jobs@acme\.test<\/summary>/);
});

test('comparison, career path and self-assessment: German words, /de/ links', () => {
  const be = level('backend-engineer/mid').role;
  const pair = pairPage(be.pairs.find((p) => p.slug === 'mid-vs-senior')!, h);
  assert.equal(pair.head.title, 'Backend Engineer: mid vs. senior');
  assert.equal(pair.compareHref, '/de/roles/backend-engineer/compare/');
  assert.deepEqual(pair.rows.find((r) => r.label === 'Erfahrung')?.cells, ['2+ Jahre', '3+ Jahre']);
  assert.equal(plain((pair.rows.find((r) => r.label === 'Gehalt')!.cells[1] as { note: string }).note), '(+27.000 $ am unteren, +32.000 $ am oberen Ende)');
  assert.deepEqual(pair.chooser.steps[0], { href: '/de/roles/backend-engineer/compare/junior-vs-mid/', text: 'junior → mid', current: false });

  const path = careerPathPage(h.careerPaths[0]!, h);
  assert.equal(path.track, 'Führungslaufbahn');
  assert.equal(path.steps[0]!.kind, 'Laufbahnwechsel');
  assert.equal(path.steps[0]!.from.href, '/de/roles/backend-engineer/senior/');
  assert.ok(path.graph.nodes.every((n) => n.href.startsWith('/de/roles/')));
  assert.equal(path.graph.title, 'Management: die Schritte nach Gehaltsstufe');

  const sheet = selfAssessmentPage(level('backend-engineer/junior'), h);
  assert.equal(sheet.head.title, 'Selbsteinschätzung: junior backend-engineer');
  assert.equal(sheet.levelId, 'de/backend-engineer/junior', 'answers kept apart from the English page’s');
  assert.equal(sheet.fileName, 'selbsteinschaetzung-backend-engineer-junior');
  assert.deepEqual(
    sheet.groups.map((g) => [g.kind, g.theme]),
    [['competencies', 'Competencies']],
    'a row’s theme is the key its answer is kept under; the page names it in its language',
  );
  assert.deepEqual(
    sheet.ratings.map((r) => [r.value, r.label]),
    [
      ['not-yet', 'Noch nicht'],
      ['partly', 'Teilweise'],
      ['meets', 'Erfüllt'],
      ['beyond', 'Darüber hinaus'],
    ],
  );
  const rows = sheet.groups[0]!.rows;
  assert.equal(rows.find((r) => r.competency === 'Delivery')!.nextLevel, 'mid delivers');
});

test('the interview kit in German: headings, scale and the CSV header', () => {
  const copy = kitCopy(kitFor(level('backend-engineer/mid'), h), h);
  assert.equal(copy.title, 'Interviewleitfaden: mid backend-engineer');
  assert.equal(copy.rules, de.kitRules);
  assert.match(kitMarkdown(copy), /\n## Bevor Sie beginnen\n/);
  assert.deepEqual(kitCsvHeader(h.words), ['Runde', 'Kriterium', 'Frage', 'Nachfragen', 'Worauf achten', '1 Darunter', '2 Noch nicht', '3 Erfüllt', '4 Übertrifft']);
});

test('the shell in German: its words and links under /de/; the default language’s is unchanged', () => {
  const s = shell({ ...site }, '2026-12-02', german);
  assert.deepEqual(
    s.nav.map((n) => [n.label, n.href]),
    [
      ['Rollen', '/de/roles/'],
      ['Stufen & Gehalt', '/de/job-architecture/'],
      ['Karrierewege', '/de/career-paths/'],
      ['Fähigkeiten', '/de/skills/'],
      ['FAQ', '/de/faq/'],
    ],
  );
  assert.deepEqual(s.built, { iso: '2026-12-02', text: '2. Dezember 2026' });
  assert.equal(s.home, '/de/');
  assert.deepEqual(footerLinks(site, { forCandidates: true }, german), [{ href: '/de/jobs/', text: 'Stellen' }]);
  assert.equal(shell({ ...site }, '2026-12-02').nav[0]!.label, 'Roles');
});

/** Every key of a catalogue, as a path, with the kind of value it holds: text, a function making text, a list or a group. */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'function') return [`${at}: function`];
  if (typeof value === 'string') return [`${at}: text`];
  if (Array.isArray(value)) return [`${at}: list`, ...value.flatMap((item, i) => shape(item, `${at}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], at ? `${at}.${key}` : key));
  return [`${at}: ${typeof value}`];
}

test('the English and German catalogues have the same keys, all the way down, each holding the same kind of value', () => {
  assert.deepEqual(shape(de), shape(en));
  assert.ok(shape(en).length > 200, 'the walk reached the leaves');
});
