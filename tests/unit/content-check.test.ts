/**
 * Every schema field rule and integrity rule, each shown failing on a small edit of a valid
 * fixture handbook, with the exact line an editor would read. The unedited fixture is the passing case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWith, fixture, replace, type Edit } from './check-fixture.ts';

const role = 'content/roles/data-engineer.mdx';
const junior = 'content/levels/data-engineer/junior.mdx';
const senior = 'content/levels/data-engineer/senior.mdx';
const faq = 'content/faqs/pay/bands.mdx';
const careerPath = 'content/career-paths/ic.mdx';
const pay = 'content/pay.yaml';
const site = 'content/site.yaml';
const opening = 'content/openings/senior-data-berlin.mdx';

test('the valid fixture handbook has no problems', async () => {
  assert.deepEqual(await checkWith(), []);
});

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  // Frontmatter and schema rules
  {
    name: 'a misspelled field is an error that suggests the right name',
    edits: { [role]: replace('responsibilities:', 'responsibilites:') },
    expected: [`error: ${role}: responsibilities is missing; add it: what people in this role do, at every level, one per line.`, `error: ${role}:6: responsibilites is not a field this file can have; did you mean responsibilities? Rename it, or its content is ignored.`],
  },
  {
    name: 'a missing required field names the field and what belongs in it',
    edits: { [junior]: replace(/^summary: .*\n/m, '') },
    expected: [`error: ${junior}: summary is missing; add it: one sentence on what sets this level apart from the one below.`],
  },
  {
    name: 'an empty text field is reported as empty',
    edits: { [role]: replace('family: Engineering', 'family: ""') },
    expected: [`error: ${role}:3: family is empty; the family the role belongs to, such as Engineering. Roles are grouped by it.`],
  },
  {
    name: 'a list with too few items says how many it needs',
    edits: { [junior]: replace('  - Three.\n', '') },
    expected: [`error: ${junior}:8: responsibilities needs at least 3 items; what people at this level do, one per line. Say what is new at this level.`],
  },
  {
    name: 'text where a number belongs shows the value and the expected form',
    edits: { [pay]: replace('europe: { min: 40000,', 'europe: { min: "40,000",') },
    expected: [`error: ${pay}:20: grade g1 (G1 · Entry), bands.europe.min (40,000) must be a number without currency signs or commas, such as 95000; write 40000.`],
  },
  {
    name: 'a value outside a fixed list names the allowed values',
    edits: { [junior]: replace('order: 1', 'order: 1\ntrack: manager') },
    expected: [`error: ${junior}:6: track is "manager"; use one of: ic, management; ic for individual contributors, management for people managers.`],
  },
  {
    name: 'an impossible date is rejected even though YAML would roll it over',
    edits: { [role]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2026-02-30') },
    expected: [`error: ${role}:18: lastReviewed (2026-02-30) is not a real date in the form YYYY-MM-DD; the date someone last checked this page against reality, as YYYY-MM-DD.`],
  },
  {
    name: 'a date in another format is rejected',
    edits: { [pay]: replace('effective: 2026-01-01', 'effective: 01/02/2026') },
    expected: [`error: ${pay}:2: effective (01/02/2026) is not a real date in the form YYYY-MM-DD; the date these bands took effect, as YYYY-MM-DD.`],
  },
  {
    name: 'a band whose max is below its min names both figures and the fix',
    edits: { [pay]: replace('europe: { min: 40000, max: 50000 }', 'europe: { min: 40000, max: 30000 }') },
    expected: [`error: ${pay}:20: grade g1 (G1 · Entry), bands.europe.max (30000) is below min (40000); make max the top of the band.`],
  },
  {
    name: 'maximum years below minimum years',
    edits: { [senior]: replace('minYears: 4', 'minYears: 4\n  maxYears: 2') },
    expected: [`error: ${senior}:20: experience.maxYears is below minYears; typical upper end; leave out for "or more".`],
  },
  {
    name: 'an FAQ question must end with a question mark',
    edits: { [faq]: replace('How are bands set?', 'How are bands set') },
    expected: [`error: ${faq}:2: question (How are bands set) must end with a question mark; the question as a reader would ask it, ending with a question mark.`],
  },
  {
    name: 'broken YAML points at the line and explains the usual cause',
    edits: { [faq]: replace('topic: Pay', 'topic: Pay: bands') },
    expected: [`error: ${faq}:4: has a colon followed by a space inside the value of "topic"; put the whole value in double quotes, such as topic: "Pay: bands".`],
  },
  {
    name: 'a file without frontmatter',
    edits: { [faq]: 'Just an answer.\n' },
    expected: [`error: ${faq}:1: has no frontmatter; start the file with a line of three dashes (---), the fields, and another line of three dashes.`],
  },
  // File layout rules
  {
    name: 'a file name that cannot become a web address',
    edits: { 'content/faqs/pay/Bands Two.mdx': (t) => t, [faq]: null },
    expected: [`error: content/faqs/pay/Bands Two.mdx: has "Bands Two" in its path, which cannot become a web address; rename it to "bands-two" (lowercase letters, digits and hyphens).`],
  },
  {
    name: 'a file name with letters outside ASCII is renamed as npm run new would name it',
    edits: { 'content/faqs/pay/Entwickler für Zahlungen.mdx': (t) => t, [faq]: null },
    expected: [`error: content/faqs/pay/Entwickler für Zahlungen.mdx: has "Entwickler für Zahlungen" in its path, which cannot become a web address; rename it to "entwickler-fur-zahlungen" (lowercase letters, digits and hyphens).`],
  },
  {
    name: 'a level outside a role folder',
    edits: { 'content/levels/lead.mdx': (t) => t },
    expected: [`error: content/levels/lead.mdx: is in the wrong folder; move it into a folder named after its role, such as content/levels/backend-engineer/lead.mdx.`],
  },
  {
    name: 'a non-MDX file is reported, not silently ignored',
    edits: { 'content/roles/notes.md': '# notes\n' },
    expected: [`warning: content/roles/notes.md: is not read: only .mdx files are content here; rename it to notes.mdx if it is meant to be a page, or move it out of content/roles/.`],
  },
  // Site settings
  {
    name: 'site settings: a brand colour too light for text is kept for the header and darkened for text, with a warning',
    edits: { [site]: replace('"#2456a6"', '"#88aaff"') },
    expected: [
      `warning: ${site}:8: brandColor (#88aaff) has a contrast of 1.93:1 on the light grey panels (#e9edf1), below the 4.5:1 text needs, so links, buttons and other text use the darker shade #4b68b7 (4.50:1) instead; the header keeps #88aaff; nothing to do if that shade suits you; to choose the shade yourself, write a darker brandColor, such as #4b68b7.`,
    ],
  },
  {
    name: 'site settings: a URL without its scheme',
    edits: { [site]: replace('url: https://handbook.fixture.example', 'url: handbook.fixture.example') },
    expected: [`error: ${site}:5: url (handbook.fixture.example) must be a full web address starting with https://; write https://handbook.fixture.example.`],
  },
  {
    name: 'site settings: a missing file',
    edits: { [site]: null },
    expected: [`error: ${site}: is missing; restore it from your repository's history, or create it with at least company (name, website, about) and url: the editing guide in the README lists every field.`],
  },
  // Integrity rules
  {
    name: 'a level pointing to a role that does not exist suggests the closest one',
    edits: { [senior]: replace('role: data-engineer', 'role: data-enginer') },
    expected: [`error: ${senior}:2: role points to "data-enginer", which does not exist; did you mean data-engineer?`],
  },
  {
    name: 'a level whose role disagrees with its folder',
    edits: {
      'content/roles/ml-engineer.mdx': (await readFile(path.join(fixture, role), 'utf8')).replace('Data Engineer', 'ML Engineer'),
      [senior]: replace('role: data-engineer', 'role: ml-engineer'),
    },
    expected: [
      `error: ${senior}:2: role is "ml-engineer" but the file is in the folder content/levels/data-engineer/; move the file to content/levels/ml-engineer/ or set role to data-engineer.`,
      `error: content/roles/ml-engineer.mdx: has no levels; add at least one level as content/levels/ml-engineer/<level>.mdx with role: ml-engineer.`,
    ],
  },
  {
    name: 'an FAQ pointing to a missing level',
    edits: { [faq]: replace('data-engineer/senior', 'data-engineer/staff') },
    expected: [`error: ${faq}:6: item 1 of levels points to "data-engineer/staff", which does not exist; did you mean data-engineer/senior?`],
  },
  {
    name: 'a role without levels',
    edits: {
      [opening]: null,
      [junior]: null,
      [senior]: null,
      [faq]: replace('levels: [data-engineer/senior]', 'levels: []'),
      [careerPath]: replace(/steps:[\s\S]*?changes: \[Bigger problems\.\]/, 'steps:\n  - from: data-engineer\n    to: data-engineer\n    kind: lateral\n    changes: [None.]'),
    },
    expected: [
      `error: ${careerPath}:7: step 1, to is the same as from (data-engineer); a step must lead somewhere else; change to, or delete the step.`,
      `error: ${role}: has no levels; add at least one level as content/levels/data-engineer/<level>.mdx with role: data-engineer.`,
    ],
  },
  {
    name: 'two levels of a role with the same order',
    edits: { [senior]: replace('order: 2', 'order: 1') },
    expected: [`error: ${junior}:5: order (1) is also used by ${senior}; give each level of data-engineer its own order number.`, `error: ${senior}:5: order (1) is also used by ${junior}; give each level of data-engineer its own order number.`],
  },
  {
    name: 'a more senior level with the same grade as the one under it',
    edits: { [opening]: null, [senior]: replace('grade: g2', 'grade: g1') },
    expected: [
      `error: ${careerPath}:8: step 1, kind goes from data-engineer/junior (g1) to data-engineer/senior (g1), which is not a higher grade; a promotion moves to a higher grade: make it a lateral move, or correct the grades.`,
      `error: ${senior}:20: grade (g1) is the same grade as Junior (g1, in ${junior}), the level under it; give a more senior level a higher grade in content/pay.yaml, or correct the level order.`,
    ],
  },
  {
    name: 'a level naming a grade that does not exist',
    edits: { [senior]: replace('grade: g2', 'grade: g3') },
    expected: [`error: ${senior}:20: grade points to "g3", which does not exist; did you mean g1?`],
  },
  {
    name: 'a level paid outside its grade without a reason',
    edits: { [senior]: replace('grade: g2', 'grade: g2\npayException:\n  bands:\n    europe: { min: 60000, max: 80000 }') },
    expected: [`error: ${senior}:21: payException.reason is missing; add it: why this level is paid outside its grade's band, as a compensation analyst would read it.`],
  },
  {
    name: 'a pay exception for a zone that does not exist',
    edits: { [senior]: replace('grade: g2', 'grade: g2\npayException:\n  reason: Scarce skills.\n  bands:\n    eu: { min: 60000, max: 80000 }') },
    expected: [`error: ${senior}:24: payException.bands.eu is a band for the zone "eu", which content/pay.yaml does not have; delete it if the zone is gone, or use one of: europe (Europe), uk (United Kingdom).`],
  },
  {
    name: 'a grade whose band does not rise above the grade below it',
    edits: { [pay]: replace('europe: { min: 55000, max: 70000 }', 'europe: { min: 38000, max: 70000 }') },
    expected: [`error: ${pay}:26: grade g2 (G2 · Senior), bands.europe (38000–70000) does not rise above g1 (40000–50000); a higher grade must start and end higher than the grade below it in every zone.`],
  },
  {
    name: 'adjacent bands that overlap more than maxOverlap allows',
    edits: { [pay]: replace('europe: { min: 55000, max: 70000 }', 'europe: { min: 42000, max: 70000 }') },
    expected: [`error: ${pay}:26: grade g2 (G2 · Senior), bands.europe overlaps 80% of the g1 band below it, more than the 50% maxOverlap allows; raise min above 45000, or allow more overlap with maxOverlap.`],
  },
  {
    name: 'a grade without a band for one of the zones',
    edits: { [pay]: replace('      uk: { min: 48000, max: 60000 }\n', '') },
    expected: [`error: ${pay}:25: grade g2 (G2 · Senior), bands has no band for the zone uk (United Kingdom); add uk: { min: …, max: … } in GBP.`],
  },
  {
    name: 'a zone just added, with no band yet: one message at the zone, not one per grade',
    edits: { [pay]: replace('zones:\n', 'zones:\n  - id: canada\n    name: Canada\n    currency: CAD\n    countries: [CA]\n') },
    expected: [`error: ${pay}:7: zone canada (Canada) has no band in any grade; add canada: { min: …, max: … } in CAD under bands: in each of them.`],
  },
  {
    name: 'a zone with an unknown currency and a country code that is no country',
    edits: { [pay]: (t) => replace('currency: GBP', 'currency: XYZ')(replace('countries: [GB]', 'countries: [UK]')(t)) },
    expected: [`error: ${pay}:13: zone uk (United Kingdom), currency (XYZ) is not an ISO 4217 currency code; use one such as USD, EUR or GBP.`, `error: ${pay}:14: zone uk (United Kingdom), item 1 of countries (UK) is not a two-letter country code; write GB for United Kingdom.`],
  },
  {
    name: 'a default zone that is not one of the zones',
    edits: { [pay]: replace('defaultZone: europe', 'defaultZone: eurpe') },
    expected: [`error: ${pay}:4: defaultZone (eurpe) is not one of the zones; use one of: europe (Europe), uk (United Kingdom).`],
  },
  {
    name: 'a missing pay table',
    edits: { [pay]: null },
    expected: [`error: ${pay}: is missing; restore it from your repository's history: it holds the grades, pay zones and bands every level refers to.`],
  },
  {
    name: 'the old site currency names where it went',
    edits: { [site]: replace('locale: en-GB', 'locale: en-GB\ncurrency: EUR') },
    expected: [`error: ${site}:8: currency (EUR) is set in content/pay.yaml now: each pay zone has its own currency; moved: currencies belong to the pay zones in content/pay.yaml. Delete this line.`],
  },
  {
    name: 'a promotion that does not go up a grade',
    edits: { [opening]: null, [senior]: replace('grade: g2', 'grade: g1'), [junior]: replace('order: 1', 'order: 3') },
    expected: [
      `error: ${careerPath}:8: step 1, kind goes from data-engineer/junior (g1) to data-engineer/senior (g1), which is not a higher grade; a promotion moves to a higher grade: make it a lateral move, or correct the grades.`,
      `error: ${junior}:20: grade (g1) is the same grade as Senior (g1, in ${senior}), the level under it; give a more senior level a higher grade in content/pay.yaml, or correct the level order.`,
      `warning: ${junior}: changesFromPrevious is missing; add a list of what changes from Senior to Junior.`,
      `warning: ${senior}: toReachNext is missing; add a list of what it takes to reach Junior.`,
    ],
  },
  {
    name: 'a lateral move that changes grade, and a track switch that changes grade without a reason',
    edits: { [careerPath]: replace('    kind: promotion\n', '    kind: lateral\n') },
    expected: [`error: ${careerPath}:8: step 1, kind is a lateral move from g1 to g2, a different grade; a move up a grade is a promotion: change kind to promotion.`],
  },
  {
    name: 'an ad that leaves out a role-wide point that does not exist',
    edits: { [senior]: replace('grade: g2', 'grade: g2\nad:\n  omit: [Write SQL]') },
    expected: [`error: ${senior}:22: item 1 of ad.omit ("Write SQL") is not how any of the role's responsibilities, requirements or nice-to-haves starts; copy the opening words of the point to leave out from ${role}.`],
  },
  {
    name: 'a typed pay figure in prose is a warning that names the component to use',
    edits: { [role]: replace('A short guide.', 'A short guide. Seniors earn €55,000 to €70,000.') },
    expected: [`warning: ${role}:21: types the amount "€55,000 to €70,000", which will not follow the pay table when it changes; write <LevelPay level="…" /> or <RolePay role="…" /> so the figure comes from content/pay.yaml.`],
  },
  {
    name: 'pay components with a level, role or zone that does not exist',
    edits: { [role]: replace('A short guide.', 'A short guide. Seniors earn <LevelPay level="data-engineer/senor" />, and everyone <RolePay role="data-engineer" zone="us" />.') },
    expected: [
      `error: ${role}:21: has <LevelPay level="data-engineer/senor">, which does not exist; did you mean data-engineer/senior?`,
      // A zone is a place: "us" is one letter from "uk", and a guess would publish one country's pay under another's name.
      `error: ${role}:21: shows pay in the zone "us", but content/pay.yaml has no zone of that name; delete zone="us" to show the default zone, Europe, or write one of the zones content/pay.yaml has: europe (Europe), uk (United Kingdom).`,
    ],
  },
  {
    name: 'a pay figure on a published page from a draft level would be missing on the site; on a draft page it is fine',
    edits: {
      [opening]: null,
      [faq]: replace('levels: [data-engineer/senior]', 'levels: []'),
      [careerPath]: (text) => text.replace(/\n---\n/, '\nstatus: draft\n---\n'),
      [senior]: (text) => text.replace(/\n---\n/, '\nstatus: draft\n---\n').replace(/\n*$/, '\n\nPaid <LevelPay level="data-engineer/senior" />.\n'),
      [role]: replace('A short guide.', 'Seniors earn <LevelPay level="data-engineer/senior" />.'),
    },
    expected: [`error: ${role}:21: has <LevelPay level="data-engineer/senior">, which is a draft, so the figure would be missing on the site; publish data-engineer/senior (status: published), or name a published level.`],
  },
  {
    // The fixture is checked on 2026-12-01, beside its settings: by the machine's clock this
    // opening may have closed, but every rule judges the one day the check read.
    name: "an opening still open on the check's day has its ad judged, and is not called closed",
    edits: { [opening]: (text) => replace('validThrough: 2027-06-30', 'validThrough: 2026-12-02')(text).replace('city: Berlin\n      country: DE', 'city: Tokyo\n      country: JP') },
    expected: [
      `error: ${opening}:6: hiring.offices opens the job ad to JP, where no pay zone gives it a range; the rule rangeOnEveryAd in content/hiring.yaml asks every ad to show a pay range where it is open: add those countries to a zone in content/pay.yaml, or narrow the ad's countries.`,
    ],
  },
  {
    name: "a review dated after the check's day has not happened; an opening closed by that day is unlinked",
    edits: { [opening]: replace('validThrough: 2027-06-30', 'validThrough: 2026-11-30'), [role]: replace(/lastReviewed: .*/, 'lastReviewed: 2026-12-02') },
    expected: [
      `error: ${role}:18: lastReviewed (2026-12-02) is in the future; use the date the page was actually checked, today at the latest.`,
      `warning: ${opening}:11: validThrough (2026-11-30) has passed, so the opening is closed: its page /jobs/senior-data-berlin/ is still published, but nothing links to it any more (the jobs list, the feeds and search leave it out); if you are still hiring, set validThrough to the new closing day and the jobs list links it again; if not, delete the file (or set status: draft) once the post is filled.`,
    ],
  },
  {
    name: 'a level named like a page the role already has',
    edits: {
      [opening]: null,
      'content/levels/data-engineer/compare.mdx': await readFile(path.join(fixture, senior), 'utf8'),
      [senior]: null,
      [faq]: replace('levels: [data-engineer/senior]', 'levels: []'),
      [careerPath]: replace('to: data-engineer/senior', 'to: data-engineer/compare'),
    },
    expected: [`error: content/levels/data-engineer/compare.mdx: is named "compare", which the site already uses for the page /roles/data-engineer/compare/; rename the file, for example to compare-level.mdx.`],
  },
  {
    name: 'a level above the first that does not say what changes gets a warning',
    edits: { [senior]: replace('changesFromPrevious: [More scope.]\n', '') },
    expected: [`warning: ${senior}: changesFromPrevious is missing; add a list of what changes from Junior to Senior.`],
  },
  {
    name: 'a level under another that does not say how to reach it gets a warning (npm run new leaves a published level as it is)',
    edits: { [junior]: replace('toReachNext: [Grow.]\n', '') },
    expected: [`warning: ${junior}: toReachNext is missing; add a list of what it takes to reach Senior.`],
  },
  {
    name: 'a published role whose levels are all drafts would have no level on the site',
    edits: {
      [opening]: null,
      [faq]: replace('levels: [data-engineer/senior]', 'levels: []'),
      [careerPath]: (text) => text.replace(/\n---\n/, '\nstatus: draft\n---\n'),
      [junior]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2026-03-01\nstatus: draft'),
      [senior]: (text) => text.replace(/\n---\n/, '\nstatus: draft\n---\n'),
      [role]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2026-03-01\nstatus: published'),
    },
    expected: [`error: ${role}:19: status is published, but every level of the role is a draft (${junior}, ${senior}), so the role's page would show no level; publish at least one of them (status: published), or keep the role a draft (status: draft) too.`],
  },
  {
    name: 'a career-path step to a page that does not exist',
    edits: { [careerPath]: replace('to: data-engineer/senior', 'to: data-engineer/seniorr') },
    expected: [`error: ${careerPath}:7: step 1, to points to "data-engineer/seniorr", which does not exist; did you mean data-engineer/senior?`],
  },
  {
    name: 'a career-path step that repeats another',
    edits: { [careerPath]: replace('    changes: [Bigger problems.]\n', '    changes: [Bigger problems.]\n  - from: data-engineer/junior\n    to: data-engineer/senior\n    kind: promotion\n    changes: [Again.]\n') },
    expected: [`error: ${careerPath}:10: step 2 repeats the step data-engineer/junior -> data-engineer/senior; delete the repeated step or merge its changes into the first one.`],
  },
  {
    name: 'a leftover template placeholder',
    edits: { [role]: replace('A short guide.', 'Join [Company] today.') },
    expected: [`error: ${role}:21: contains a template placeholder, "[Company]"; replace it with the real text before publishing.`],
  },
  {
    name: 'a Markdown link is not mistaken for a placeholder',
    edits: { [role]: replace('A short guide.', 'See [Company](https://fixture.example).') },
    expected: [],
  },
  {
    name: 'MDX that does not compile is reported with its line',
    edits: { [role]: replace('A short guide.', 'A short guide.\n\nPay is <50k for juniors.') },
    expected: [`error: ${role}:23: has text that cannot be published: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); in MDX, write < as &lt; and { as \\{, and close every tag you open.`],
  },
  // Openings
  {
    name: 'an opening for a level that does not exist suggests the closest one',
    edits: { [opening]: replace('level: data-engineer/senior', 'level: data-engineer/senoir') },
    expected: [`error: ${opening}:2: level points to "data-engineer/senoir", which does not exist; did you mean data-engineer/senior?`],
  },
  {
    name: 'an opening that closes before it is posted',
    edits: { [opening]: replace('validThrough: 2027-06-30', 'validThrough: 2026-10-31') },
    expected: [`error: ${opening}:11: validThrough (2026-10-31) is before datePosted (2026-11-01); an opening closes on or after the day it is posted: correct either date.`],
  },
  {
    name: 'an opening in a country that does not exist',
    edits: { [opening]: replace('country: DE', 'country: XX') },
    expected: [`error: ${opening}:8: office "Berlin", country (XX) is not a two-letter country code; use ISO 3166 codes such as US, DE or GB.`],
  },
  {
    name: 'an opening with an employment type job search does not know',
    edits: { [opening]: replace('employmentType: FULL_TIME', 'employmentType: FULLTIME') },
    expected: [`error: ${opening}:9: employmentType is "FULLTIME"; use one of: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER; write FULL_TIME.`],
  },
  {
    name: 'an opening whose apply address is neither https: nor mailto:',
    edits: { [opening]: replace('applyUrl: https://', 'applyUrl: http://') },
    expected: [`error: ${opening}:12: applyUrl (http://jobs.fixture.example/senior-da...) is neither an https: address nor a mailto: address; link the application form (https://jobs.example.com/123) or an inbox (mailto:jobs@example.com).`],
  },
  {
    name: "an opening paying outside its level's band",
    edits: { [opening]: replace('max: 68000', 'max: 72000') },
    expected: [`error: ${opening}:14: pay (56000–72000 EUR) is outside the Senior Data Engineer band in Europe (55000–70000); offer a range within the band, or change the band in content/pay.yaml.`],
  },
  {
    name: 'an opening paying in a zone that does not exist',
    edits: { [opening]: replace('zone: europe', 'zone: eu') },
    expected: [`error: ${opening}:15: pay.zone points to "eu", which is not a zone of content/pay.yaml; delete pay: to show the level's band, or name one of the zones, with a range in its currency: europe (Europe), uk (United Kingdom).`],
  },
  {
    name: 'an opening whose own range has its max below its min',
    edits: { [opening]: replace('min: 56000\n  max: 68000', 'min: 69000\n  max: 60000') },
    expected: [`error: ${opening}:17: pay.max (60000) is below min (69000); make max the top of the range.`],
  },
  {
    name: 'an on-site opening without an office',
    edits: { [opening]: replace('  workMode: hybrid\n  offices:\n    - city: Berlin\n      country: DE', '  workMode: on-site') },
    expected: [`error: ${opening}:4: hiring.offices is missing for this on-site opening, so job search cannot say where it is; add it under hiring:, such as offices: [{ city: Berlin, country: DE }].`],
  },
  {
    name: 'a shipped example opening is a warning until it is replaced',
    edits: { [opening]: replace('owner: Fixture Team', 'example: true\nowner: Fixture Team') },
    expected: [`warning: ${opening}:18: is an example opening: replace it with a real vacancy or delete the file.`],
  },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual((await checkWith(edits)).sort(), expected.sort());
  });
}

test('job-ad jargon is an error that says what to write instead', async () => {
  const lines = await checkWith({ [role]: replace('A short guide.', 'We want a rockstar.\n\nHe/she will own the data.') });
  assert.deepEqual(
    lines.sort(),
    [
      `error: ${role}:21: uses "rockstar", which puts candidates off; name the skill you need, such as "experienced backend engineer".`,
      `error: ${role}:23: uses "He/she", which puts candidates off; use "they", or address the reader as "you".`,
      `warning: ${role}:23: uses "He", which may read as exclusive; consider "They" or "It".`,
      `warning: ${role}:23: uses "she", which may read as exclusive; consider "they" or "it".`,
    ].sort(),
  );
});

test('gendered wording outside the jargon list is a warning with an alternative', async () => {
  const lines = await checkWith({ [role]: replace('A short guide.', 'Ask the guys in the data team.') });
  assert.deepEqual(lines, [`warning: ${role}:21: uses "guys", which may read as exclusive; consider "people" or "persons" or "folks".`]);
});

test('a jargon term in quotation marks is mentioned, not used, and passes', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', 'Avoid titles such as "ninja" in postings.') }), []);
});
