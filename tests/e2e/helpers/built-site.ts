/**
 * The built site under test (ROLEBOOK_DIST under ROLEBOOK_BASE), served on loopback, with a
 * browser and the read model of the content it was built from. Call inside a describe (or at the
 * top of a file) and read the fields in tests, once before() has run.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../browser/browser.ts';
import { serveSite, type ServedSite } from '../../../scripts/lib/serve.ts';
import type { Handbook } from '../../../src/handbook/model.ts';
import { readHandbook } from '../../fixtures/read-handbook.ts';

export const dist = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');
export const base = process.env['ROLEBOOK_BASE'] ?? '/';

export function builtSiteUnderTest(): { browser: Browser; site: ServedSite; h: Handbook } {
  const state = {} as { browser: Browser; site: ServedSite; h: Handbook };
  before(async () => {
    assert.ok(existsSync(path.join(dist, 'index.html')), `${dist} has no index.html: build the site first`);
    state.h = await readHandbook(process.cwd());
    state.browser = await launchBrowser();
    state.site = await serveSite({ dir: dist, base });
  });
  after(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
