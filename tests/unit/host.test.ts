/** Settings derived from the host: shipped example addresses become the fork's own, the editor's own values win. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostDefaults, type HostEnv } from '../../src/reader/host.ts';
import { shippedSite, siteSchema, type SiteSettings } from '../../src/schemas/site.ts';

const shipped: SiteSettings = siteSchema.parse({
  company: { name: shippedSite.companyName, website: 'https://example.com', about: 'About.' },
  url: shippedSite.url,
  repository: shippedSite.repository,
  editUrl: shippedSite.editUrl,
});
const own: SiteSettings = { ...shipped, url: 'https://jobs.acme.example', repository: 'https://github.com/acme/handbook', editUrl: 'https://gitlab.acme.example/hr/handbook/-/edit/trunk/{path}' };

const push: HostEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme-hr/rolebook',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  ROLEBOOK_URL: 'https://acme-hr.github.io/rolebook/',
};
const addresses = (s: SiteSettings) => ({ url: s.url, repository: s.repository, editUrl: s.editUrl });

test("on GitHub Actions the shipped addresses become the fork's repository, edit link and Pages address", () => {
  assert.deepEqual(addresses(hostDefaults(shipped, push)), {
    url: 'https://acme-hr.github.io',
    repository: 'https://github.com/acme-hr/rolebook',
    editUrl: 'https://github.com/acme-hr/rolebook/edit/main/{path}',
  });
});

test('values the editor wrote always win', () => {
  assert.deepEqual(hostDefaults(own, push), own);
  const editedLinkOnly = { ...shipped, editUrl: 'https://github.com/acme/handbook/edit/live/{path}' };
  assert.equal(hostDefaults(editedLinkOnly, push).editUrl, 'https://github.com/acme/handbook/edit/live/{path}');
  assert.equal(hostDefaults(editedLinkOnly, push).repository, 'https://github.com/acme-hr/rolebook', 'the untouched field still follows the host');
});

test('a pull request links edits to the branch it targets, not to its merge ref', () => {
  const pr = { ...push, GITHUB_REF_NAME: '42/merge', GITHUB_BASE_REF: 'published' };
  assert.equal(hostDefaults(shipped, pr).editUrl, 'https://github.com/acme-hr/rolebook/edit/published/{path}');
});

test('a run for a tag keeps the shipped edit link (a tag cannot be edited) but still takes the repository', () => {
  const tag = { ...push, GITHUB_REF_NAME: 'v1.0', GITHUB_REF_TYPE: 'tag' };
  assert.equal(hostDefaults(shipped, tag).editUrl, shippedSite.editUrl);
  assert.equal(hostDefaults(shipped, tag).repository, 'https://github.com/acme-hr/rolebook');
});

test('GitHub Enterprise servers give their own address', () => {
  const ghes = { ...push, GITHUB_SERVER_URL: 'https://git.acme.example' };
  assert.equal(hostDefaults(shipped, ghes).repository, 'https://git.acme.example/acme-hr/rolebook');
});

test('off GitHub Actions nothing changes but the address given in ROLEBOOK_URL', () => {
  const { GITHUB_ACTIONS: _, ...local } = push;
  assert.deepEqual(addresses(hostDefaults(shipped, local)), { ...addresses(shipped), url: 'https://acme-hr.github.io' });
  assert.deepEqual(hostDefaults(shipped, {}), shipped);
});

test('a missing or unusable ROLEBOOK_URL leaves url as written', () => {
  for (const ROLEBOOK_URL of [undefined, '', 'not an address', 'ftp://files.acme.example']) {
    assert.equal(hostDefaults(shipped, { ...push, ROLEBOOK_URL }).url, shippedSite.url, String(ROLEBOOK_URL));
  }
});

test('a malformed GITHUB_REPOSITORY is not turned into a link', () => {
  assert.equal(hostDefaults(shipped, { ...push, GITHUB_REPOSITORY: 'acme-hr/rolebook/../x y' }).repository, shippedSite.repository);
});
