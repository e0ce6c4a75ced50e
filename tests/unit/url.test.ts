import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, joinBase, normaliseBase, paths, url } from '../../src/lib/url.ts';

test('joinBase works for the root and for a sub-folder', () => {
  assert.equal(joinBase('/', 'roles/'), '/roles/');
  assert.equal(joinBase('/', ''), '/');
  assert.equal(joinBase('/handbook/', 'roles/'), '/handbook/roles/');
  assert.equal(joinBase('/handbook', '/roles/'), '/handbook/roles/');
  assert.equal(joinBase('/handbook/', ''), '/handbook/');
  assert.equal(joinBase('handbook/', 'faq/#faq-x'), '/handbook/faq/#faq-x');
});

test('normaliseBase gives every spelling of a base one leading and one trailing slash', () => {
  for (const spelling of ['handbook', '/handbook', 'handbook/', '/handbook/', ' /handbook ']) assert.equal(normaliseBase(spelling), '/handbook/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('/'), '/');
});

test('url falls back to the root outside Astro', () => {
  assert.equal(url('skills/go/'), '/skills/go/');
  assert.equal(url(), '/');
});

test('absoluteUrl joins site, base and path', () => {
  assert.equal(absoluteUrl('roles/', 'https://handbook.example.com', '/handbook/'), 'https://handbook.example.com/handbook/roles/');
  assert.equal(absoluteUrl('', 'https://handbook.example.com/', '/'), 'https://handbook.example.com/');
});

test('paths name every route with a trailing slash or a file extension', () => {
  assert.equal(paths.level('backend-engineer', 'senior'), 'roles/backend-engineer/senior/');
  assert.equal(paths.comparePair('backend-engineer', 'mid', 'senior'), 'roles/backend-engineer/compare/mid-vs-senior/');
  assert.equal(paths.adFile('backend-engineer', 'senior', 'md'), 'roles/backend-engineer/senior/job-ad.md');
  assert.equal(paths.faq('faq-degree'), 'faq/#faq-degree');
  assert.equal(paths.skill('c-sharp'), 'skills/c-sharp/');
});
