/**
 * publicImage and readImage (src/schemas/body.ts): every way found to write an image address that
 * reads one way to the check and another to a browser, Vite or a host, and what each comes to.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicImage, readImage } from '../../src/schemas/body.ts';

test('a path from public/ is its own normalised path, each name percent-encoded once', () => {
  const cases: [string, string][] = [
    ['/images/team.png', '/images/team.png'],
    ['/team.png', '/team.png'],
    ['/Images/Team.PNG', '/Images/Team.PNG'], // capitals are kept: public/ is looked up exactly
    ['/images/team photo.png', '/images/team%20photo.png'],
    ['/images/team%20photo.png', '/images/team%20photo.png'],
    ['/images/te%61m.png', '/images/team.png'],
    ['/équipe.png', '/%C3%A9quipe.png'],
    ['/%C3%A9quipe.png', '/%C3%A9quipe.png'],
    [' /team.png ', '/team.png'], // browsers drop spaces around an address
    ['/te\tam.png', '/team.png'], // and tabs and line breaks inside it
    ['/a&b.png', '/a%26b.png'],
  ];
  for (const [src, path] of cases) assert.deepEqual(publicImage(src), { path }, src);
});

test('an image from another address, or not from an address at all, is remote', () => {
  for (const src of [
    'https://example.org/team.png',
    'HTTP://example.org/team.png',
    '//example.org/team.png',
    '\\\\example.org\\team.png',
    '/\\example.org/team.png',
    '\\/example.org/team.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'file:///etc/passwd',
    '%2F%2Fexample.org/team.png', // decoded, a second reader would see another host
    '/%2Fexample.org/team.png',
    '／／example.org/team.png', // fullwidth solidi fold to //
  ])
    assert.deepEqual(publicImage(src), { problem: 'remote' }, src);
});

test('a query or a fragment after the file name is refused, encoded or not', () => {
  for (const src of ['/team.png?raw', '/team.png?url', '/team.png#x', '#x', '/team.png%3Fraw', '/team.png%23x', '/team.png？raw']) assert.deepEqual(publicImage(src), { problem: 'query' }, src);
});

test('a path that goes up with "..", however it is spelt, climbs', () => {
  for (const src of [
    '../../../../../../proc/self/environ?raw',
    '../team.png',
    '/../team.png',
    '/images/../team.png', // stays inside public/, and is still refused (see readImage)
    '/images/../../team.png',
    '/%2e%2e/team.png',
    '/%2E%2E/team.png',
    '/.%2e/team.png',
    '/images/..%2fteam.png',
    '/images/..%5cteam.png',
    '/images\\..\\team.png',
    '/．．/team.png', // fullwidth full stops fold to ..
    '/‥/team.png', // the two-dot leader folds to ..
    '/images/..',
  ])
    assert.deepEqual(publicImage(src), { problem: 'climbs' }, src);
});

test('anything else that is not a path from public/ is not-a-path', () => {
  for (const src of [
    'team.png',
    './team.png',
    'images/team.png',
    '/./team.png',
    '/images//team.png',
    '/images\\team.png',
    '/images%2Fteam.png',
    '/images/',
    '/',
    '',
    '/100%.png', // a % that starts no character
    '/%252e%252e/team.png', // encoded twice: a name still holding a % is refused
    '/team%00.png',
    '/team%0a.png',
    'C:\\Users\\anna\\team.png',
    '%E0%A4%A.png',
    '/%C0%AE%C0%AE/team.png', // an overlong UTF-8 dot is no character at all
  ])
    assert.deepEqual(publicImage(src), { problem: 'not-a-path' }, src);
});

test('readImage names the path meant, where it stays inside public/, for the fix', () => {
  const cases: [string, ReturnType<typeof readImage>][] = [
    ['/images/team.png', { path: '/images/team.png' }],
    ['team.png', { path: '/team.png', problem: 'not-a-path' }],
    ['./images/team.png', { path: '/images/team.png', problem: 'not-a-path' }],
    ['/images\\team.png', { path: '/images/team.png', problem: 'not-a-path' }],
    ['/images//team.png', { path: '/images/team.png', problem: 'not-a-path' }],
    ['/team.png?raw', { path: '/team.png', problem: 'query' }],
    ['/images/../team.png?raw', { path: '/team.png', problem: 'climbs' }],
    ['../team.png', { problem: 'climbs' }],
    ['/．．/team.png', { problem: 'climbs' }],
    ['https://example.org/team.png', { problem: 'remote' }],
    ['/images/', { problem: 'not-a-path' }],
  ];
  for (const [src, expected] of cases) assert.deepEqual(readImage(src), expected, src);
});
