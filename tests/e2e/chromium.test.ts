/**
 * The Chromium every browser test drives (tests/browser/browser.ts): Chromium keeps only the last
 * --disable-features it is given, so ours must hold every feature Playwright turns off. Both lists
 * are read from the browser itself, as chrome://version shows the features it runs with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, launchBrowser } from '../browser/browser.ts';

/** The features a running browser has turned off, as its own version page lists them. */
async function disabledFeatures(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto('chrome://version/?show-variations-cmd', { timeout: 30_000 });
    const variations = (await page.locator('#variations-cmd').textContent({ timeout: 15_000 })) ?? '';
    const features = /--disable-features="([^"]*)"/.exec(variations)?.[1];
    assert.ok(features, `chrome://version lists the features turned off: ${variations}`);
    return features.split(',');
  } finally {
    await page.close();
  }
}

test("the tests' Chromium turns off every feature Playwright turns off, and RenderDocument besides", async () => {
  const plain = await chromium.launch({ executablePath: chromiumPath(), timeout: 60_000, args: ['--no-sandbox', '--disable-gpu'] });
  const playwright = await disabledFeatures(plain).finally(() => plain.close());
  assert.ok(playwright.length > 5, `Playwright turns features off: ${playwright.join(', ')}`);

  const ours = await launchBrowser();
  const features = await disabledFeatures(ours).finally(() => ours.close());
  assert.deepEqual(
    playwright.filter((f) => !features.includes(f)),
    [],
    'Playwright now turns these off too: add them to playwrightDisabledFeatures in tests/browser/browser.ts',
  );
  assert.deepEqual(
    features.filter((f) => !playwright.includes(f)),
    ['RenderDocument'],
  );
});
