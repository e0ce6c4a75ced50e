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
