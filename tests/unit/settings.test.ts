/** content/site.yaml forgives the spellings an editor types, and says what to write otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkWith, fixture, replace } from './check-fixture.ts';

const site = { company: { name: 'Acme', website: 'https://acme.example', about: 'Acme makes anvils.' }, url: 'https://acme.example' };

test('base accepts /handbook, handbook and /handbook/ alike, and / for the root', () => {
  for (const base of ['/handbook', 'handbook', '/handbook/', ' handbook/ ']) assert.equal(siteSchema.parse({ ...site, base }).base, '/handbook/', base);
  assert.equal(siteSchema.parse({ ...site, base: '/' }).base, '/');
  assert.equal(siteSchema.parse(site).base, '/');
  assert.equal(siteSchema.parse({ ...site, base: 'docs/handbook' }).base, '/docs/handbook/');
});

test('a base with spaces or doubled slashes is an error naming the line and what to write', async () => {
  for (const base of ['/hand book/', '//handbook', 'https://acme.example/handbook']) {
    assert.deepEqual(
      await checkWith({ 'content/site.yaml': replace('base: /', `base: "${base}"`) }),
      [
        `error: content/site.yaml:6: base (${base}) is not a folder name (letters, digits, dots and hyphens, no spaces); the folder the handbook lives in on that address: / for the root, or a folder such as /handbook/ (handbook and /handbook work too). The GitHub Pages workflow sets it for you.`,
      ],
      base,
    );
  }
});

const shippedValues = {
  'content/site.yaml': (text: string) =>
    replace(
      'name: Fixture Co',
      'name: Northwind Labs',
    )(text)
      .replace('url: https://handbook.fixture.example', 'url: https://handbook.example.com')
      .replace('locale: en-GB\n', 'locale: en-GB\nrepository: https://github.com/rolebook/rolebook\neditUrl: https://github.com/rolebook/rolebook/edit/main/{path}\n'),
};
const shippedWarnings = {
  name: 'warning: content/site.yaml:2: company.name is still the example company "Northwind Labs"; write your company\'s name after name:, such as name: Acme Ltd.',
  url: 'warning: content/site.yaml:5: url (https://handbook.example.com) is still the example address; write the address your handbook is published at, such as url: https://handbook.acme.com; on GitHub the publishing workflow fills in your GitHub Pages address by itself.',
  repository:
    'warning: content/site.yaml:8: repository (https://github.com/rolebook/rolebook) is still the example repository; write the address of your own copy on GitHub, such as repository: https://github.com/acme/handbook, or delete the line to show no "fork this handbook" link; on GitHub the publishing workflow fills in your repository by itself.',
  editUrl:
    "warning: content/site.yaml:9: editUrl still points to the example repository's files; write your repository's edit address ending in {path}, such as editUrl: https://github.com/acme/handbook/edit/main/{path}, or delete the line to show no edit links; on GitHub the publishing workflow fills in your repository's edit address by itself.",
};

test('each shipped example value left in site.yaml is a warning on its line saying what to write', async () => {
  assert.deepEqual(await checkWith(shippedValues), Object.values(shippedWarnings));
});

test('on GitHub Actions the addresses the workflow fills in are not reported, the company name still is', async () => {
  const github = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme-hr/rolebook', GITHUB_REF_NAME: 'main' };
  assert.deepEqual(await checkWith(shippedValues, github), [shippedWarnings.name, shippedWarnings.url], 'without a Pages address, url stays the example');
  assert.deepEqual(await checkWith(shippedValues, { ...github, ROLEBOOK_URL: 'https://acme-hr.github.io/rolebook/' }), [shippedWarnings.name]);
});

test('the example company named in hiring.yaml, a role guide or the about text is a warning on its line; comments and example files are not', async () => {
  const lines = await checkWith({
    'content/hiring.yaml': (text) => replace('  Fixture Co is an equal-opportunity employer.', '  Northwind Labs is an equal-opportunity employer.')(text).replace('people@fixture.example', 'people@northwind.example').replace(/^/, '# Northwind Labs in a comment is fine.\n'),
    'content/roles/data-engineer.mdx': (text) => `${text}\nAt northwind labs, data engineers sit with the planners.\n`,
    'content/site.yaml': replace('about: Fixture Co exists', 'about: Northwind Labs exists'),
    'content/openings/senior-data-berlin.mdx': (text) => `${replace(/^---\n/, '---\nexample: true\n')(text)}\nNorthwind Labs is an example here.\n`,
  });
  const roleLine = (await readFile(path.join(fixture, 'content/roles/data-engineer.mdx'), 'utf8')).split('\n').length + 1;
  assert.deepEqual(lines, [
    'warning: content/hiring.yaml:16: still names the example company: "Northwind Labs"; write your company\'s name here.',
    'warning: content/hiring.yaml:20: still names the example company: "people@northwind.example"; write your own contact address here.',
    `warning: content/roles/data-engineer.mdx:${roleLine}: still names the example company: "northwind labs"; write your company's name here.`,
    'warning: content/site.yaml:4: company.about still describes the example company "Northwind Labs"; write two or three sentences about your own company.',
    'warning: content/openings/senior-data-berlin.mdx:2: is an example opening: replace it with a real vacancy or delete the file.',
  ]);
});
