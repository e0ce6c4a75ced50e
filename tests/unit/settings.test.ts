/** content/site.yaml forgives the spellings an editor types, and says what to write otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkWith, replace } from './check-fixture.ts';

const site = { company: { name: 'Acme', website: 'https://acme.example', about: 'Acme makes anvils.' }, url: 'https://acme.example' };

test('base accepts /handbook, handbook and /handbook/ alike, and / for the root', () => {
  for (const base of ['/handbook', 'handbook', '/handbook/', ' handbook/ ']) assert.equal(siteSchema.parse({ ...site, base }).base, '/handbook/', base);
  assert.equal(siteSchema.parse({ ...site, base: '/' }).base, '/');
  assert.equal(siteSchema.parse(site).base, '/');
  assert.equal(siteSchema.parse({ ...site, base: 'docs/handbook' }).base, '/docs/handbook/');
});

test('a base with spaces or doubled slashes is an error naming the line and what to write', async () => {
  for (const base of ['/hand book/', '//handbook', 'https://acme.example/handbook']) {
    assert.deepEqual(await checkWith({ 'content/site.yaml': replace('base: /', `base: "${base}"`) }), [
      'error: content/site.yaml:6: base is not a folder name (letters, digits, dots and hyphens, no spaces); the folder the handbook lives in on that address: / for the root, or a folder such as /handbook/ (handbook and /handbook work too). The GitHub Pages workflow sets it for you.',
    ], base);
  }
});

const shippedValues = {
  'content/site.yaml': (text: string) =>
    replace('name: Fixture Co', 'name: Northwind Labs')(text)
      .replace('url: https://handbook.fixture.example', 'url: https://handbook.example.com')
      .replace('locale: en-GB\n', 'locale: en-GB\nrepository: https://github.com/rolebook/rolebook\neditUrl: https://github.com/rolebook/rolebook/edit/main/{path}\n'),
};
const shippedWarnings = {
  name: 'warning: content/site.yaml:2: company.name is still the example company "Northwind Labs"; write your company\'s name after name:, such as name: Acme Ltd.',
  url: 'warning: content/site.yaml:5: url (https://handbook.example.com) is still the example address; write the address your handbook is published at, such as url: https://handbook.acme.com; on GitHub the publishing workflow fills in your GitHub Pages address by itself.',
  repository: 'warning: content/site.yaml:8: repository (https://github.com/rolebook/rolebook) is still the example repository; write the address of your own copy on GitHub, such as repository: https://github.com/acme/handbook, or delete the line to show no "fork this handbook" link; on GitHub the publishing workflow fills in your repository by itself.',
  editUrl: "warning: content/site.yaml:9: editUrl still points to the example repository's files; write your repository's edit address ending in {path}, such as editUrl: https://github.com/acme/handbook/edit/main/{path}, or delete the line to show no edit links; on GitHub the publishing workflow fills in your repository's edit address by itself.",
};

test('each shipped example value left in site.yaml is a warning on its line saying what to write', async () => {
  assert.deepEqual(await checkWith(shippedValues), Object.values(shippedWarnings));
});

test('on GitHub Actions the addresses the workflow fills in are not reported, the company name still is', async () => {
  const github = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme-hr/rolebook', GITHUB_REF_NAME: 'main' };
  assert.deepEqual(await checkWith(shippedValues, github), [shippedWarnings.name, shippedWarnings.url], 'without a Pages address, url stays the example');
  assert.deepEqual(await checkWith(shippedValues, { ...github, ROLEBOOK_URL: 'https://acme-hr.github.io/rolebook/' }), [shippedWarnings.name]);
});
