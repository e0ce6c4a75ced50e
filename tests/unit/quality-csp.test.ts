/** The CSP gate's static checks and the _headers writer (src/integrations/csp.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminPage, adminPolicy } from '../../src/admin/page.ts';
import { cspDirectives, metaPolicy, parsePolicy, scriptSources, styleSources, unionPolicies, writeHeadersFile } from '../../src/integrations/csp.ts';
import { readHead } from '../../src/lib/built-pages.ts';
import { checkEditorPolicy, checkHeaders, checkPage, checkPolicy } from '../quality/csp.ts';

const good = [...cspDirectives, `script-src ${scriptSources.join(' ')} 'sha256-AAAA'`, `style-src ${styleSources.join(' ')} 'sha256-BBBB'`].join('; ');
const pageWith = (policy: string, body = '<p>hi</p>', head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><script src="/theme.js"></script><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">${head}</head><body>${body}<script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"@type":"Thing"}</script></body></html>`;

test('a page with the policy, external scripts only and JSON-LD data passes', () => {
  assert.deepEqual(checkPage(pageWith(good)), []);
});

test('each way of weakening or bypassing the policy is reported', () => {
  assert.match(checkPage('<html><head></head><body></body></html>').join('\n'), /no Content-Security-Policy <meta>/);
  assert.match(checkPage(pageWith(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).join('\n'), /script-src must not allow 'unsafe-inline'/);
  assert.match(checkPage(pageWith(good.replace("object-src 'none'", 'object-src *'))).join('\n'), /object-src allows \*/);
  assert.match(checkPage(pageWith(good.replace("default-src 'self'; ", ''))).join('\n'), /default-src is missing/);
  assert.match(checkPage(pageWith(good, '<script>alert(1)</script>')).join('\n'), /inline <script>/);
  assert.match(checkPage(pageWith(good, '<p style="color:red">x</p>')).join('\n'), /style attributes are blocked/);
  assert.match(checkPage(pageWith(good, '<button onclick="go()">x</button>')).join('\n'), /inline event handlers are blocked/);
});

test('checkPolicy accepts the configured policy and Astro hashes', () => {
  assert.deepEqual(checkPolicy(parsePolicy(good)), []);
});

test("writeHeadersFile unions the pages' policies and adds frame-ancestors; checkHeaders accepts it and catches a weaker one", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-csp-'));
  try {
    const other = good.replace("'sha256-AAAA'", "'sha256-CCCC'");
    await writeFile(path.join(dir, 'index.html'), pageWith(good));
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a/index.html'), pageWith(other));
    await writeHeadersFile(dir);
    const text = await readFile(path.join(dir, '_headers'), 'utf8');
    assert.match(text, /^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/);
    for (const hash of ['AAAA', 'CCCC']) assert.match(text, new RegExp(`script-src [^;]*'sha256-${hash}'`));
    const pages = [parsePolicy(metaPolicy(pageWith(good))!), parsePolicy(metaPolicy(pageWith(other))!)];
    assert.deepEqual(checkHeaders(text, pages), []);
    assert.match(checkHeaders(text.replace(" 'sha256-CCCC'", ''), pages).join('\n'), /_headers script-src lacks 'sha256-CCCC'/);
    assert.match(checkHeaders(text.replace(" frame-ancestors 'none'", ''), pages).join('\n'), /frame-ancestors must be 'none'/);
    assert.match(checkHeaders('', pages).join('\n'), /no "\/\*" block/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the editor's page passes its own check and fails a reader's; a reader's fails the editor's", () => {
  assert.deepEqual(checkPage(adminPage('Acme'), checkEditorPolicy), []);
  assert.match(checkPage(adminPage('Acme')).join('\n'), /connect-src allows https:\/\/api\.github\.com/);
  assert.match(checkPage(pageWith(good), checkEditorPolicy).join('\n'), /script-src allows 'wasm-unsafe-eval'/);
  const weaker = (from: string, to: string) => checkEditorPolicy(parsePolicy(adminPolicy.replace(from, to))).join('\n');
  assert.match(weaker('https://api.github.com', 'https://api.github.com https://evil.example'), /connect-src allows https:\/\/evil\.example/);
  assert.match(weaker("script-src 'self'", "script-src 'self' 'unsafe-inline'"), /script-src must not allow 'unsafe-inline'/);
  assert.match(weaker("img-src 'self'", "img-src 'self' 'unsafe-inline'"), /img-src allows 'unsafe-inline'/);
  assert.match(weaker(' https://api.github.com', ''), /connect-src lacks https:\/\/api\.github\.com/);
});

test("the union keeps what each page needs: 'unsafe-inline' beside hashes would be ignored, 'none' beside sources is", () => {
  const union = unionPolicies([parsePolicy(good), parsePolicy(adminPolicy)]);
  assert.deepEqual(union.get('style-src'), ["'self'", "'unsafe-inline'"]);
  assert.deepEqual(union.get('script-src'), [...scriptSources, "'sha256-AAAA'"]);
  assert.deepEqual(union.get('form-action'), ["'self'"]);
  assert.ok(union.get('connect-src')!.includes('https://api.github.com'));
});

test("_headers is the union with the editor's policy, so the editor can reach GitHub under it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-csp-'));
  try {
    await writeFile(path.join(dir, 'index.html'), pageWith(good));
    await mkdir(path.join(dir, 'admin'));
    await writeFile(path.join(dir, 'admin/index.html'), adminPage('Acme'));
    assert.equal((await writeHeadersFile(dir)).pages, 2);
    const text = await readFile(path.join(dir, '_headers'), 'utf8');
    assert.match(text, /connect-src [^;]*https:\/\/api\.github\.com/);
    const pages = [parsePolicy(good), parsePolicy(adminPolicy)];
    assert.deepEqual(checkHeaders(text, pages), []);
    assert.match(checkHeaders(text, [parsePolicy(good)]).join('\n'), /_headers connect-src allows https:\/\/api\.github\.com, which no page's policy does/);
    assert.match(checkHeaders(text.replace(' https://api.github.com', ''), pages).join('\n'), /_headers connect-src lacks https:\/\/api\.github\.com, which a page needs/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the _headers writer reads a page only up to the end of its head, in whole characters', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-csp-'));
  try {
    const file = path.join(dir, 'index.html');
    const page = pageWith(good, `<p>${'body '.repeat(10_000)}</p>`, '<meta name="description" content="Führung – öffentlich">');
    await writeFile(file, page);
    const head = page.slice(0, page.indexOf('</head>') + '</head>'.length);
    for (const chunk of [7, 64, 8192]) {
      const read = await readHead(file, chunk);
      assert.ok(read.startsWith(head), `chunks of ${chunk} bytes: the whole head, no broken characters`);
      assert.ok(read.length < head.length + chunk, `chunks of ${chunk} bytes: stops after the head`);
      assert.equal(metaPolicy(read), good);
    }
    await writeFile(file, '<p>no head at all</p>');
    assert.equal(await readHead(file, 7), '<p>no head at all</p>');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
