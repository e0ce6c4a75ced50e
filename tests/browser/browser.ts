/**
 * Debian's Chromium driven by playwright-core. Tools that download their own browser cannot work
 * here, so the executable is the system one; the flags keep it from calling home. playwright-core
 * is one of the browser tools, installed apart (tests/package.json).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Debian's Chromium, or where CHROMIUM_PATH says. */
export function chromiumPath(): string {
  const executablePath = candidates.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: install the Debian package "chromium" (apt-get install chromium).');
  return executablePath;
}

/**
 * The Chromium features Playwright turns off at every launch (its chromiumSwitches), with one more.
 * Chromium keeps only the last --disable-features it is given, so a test's list must hold
 * Playwright's too, and Playwright has no option to add to its own (microsoft/playwright#36658):
 * tests/e2e/chromium.test.ts compares this with what Playwright passes, and names any it lacks.
 * The one more is RenderDocument, which builds a new document host in the browser process for
 * every navigation: a test's Chromium visits hundreds of pages in one tab, and without it the crawl
 * took a sixth less CPU time (216 and 184 core-seconds against 224 and 232), pages.test.ts an
 * eighth. Pages render the same: Playwright itself once turned it off (microsoft/playwright#37715),
 * until #41303.
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
const disabledFeatures = `--disable-features=${[...playwrightDisabledFeatures, 'RenderDocument'].join(',')}`;

/**
 * A test's Chromium runs JavaScript without V8's optimising compilers (--max-opt=1: the interpreter
 * and Sparkplug only). A page under test lives for a fraction of a second, too short for optimised
 * code to repay its compiling, which V8 does on other threads and redoes for every new page: axe's
 * run on a crawled page cost 0.85 core-seconds with them and 0.6 without, in the same time or less.
 * What the page does is the same either way. Benchmarks time what readers get (`timed: true`): their
 * Chromium's compilers, and its RenderDocument.
 *
 * extraArgs: further Chromium flags, such as a DevTools port for Lighthouse.
 */
export async function launchBrowser({ extraArgs = [] as string[], timed = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', ...(timed ? [] : ['--js-flags=--max-opt=1', disabledFeatures]), ...extraArgs],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to anywhere but the site's own origin. */
  foreignRequests: string[];
}

/** A fresh page that records console errors, failed requests and requests leaving the site. */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Every wait on these pages is bounded, also those that name no timeout of their own: an action or
  // a wait for an element 15 s, a navigation 30 s (the site is served from this machine).
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  return { page, problems, close: () => context.close() };
}

/** Runs fn on a fresh page (see openPage) and closes it however fn ends. */
export async function withPage<T>(browser: Browser, origin: string, fn: (page: Page, problems: PageProblems) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const { page, problems, close } = await openPage(browser, origin, options);
  try {
    return await fn(page, problems);
  } finally {
    await close();
  }
}
