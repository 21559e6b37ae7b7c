// Search in Chromium against a built site whose search index fails for as long as the fault
// lasts: one steady error with "Try again" after a bounded retry, then results once it lifts.

import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { watchPage } from '../harness/page-watch';
import { serveSite, type ServedSite } from '../harness/serve-site';

/** Long enough for react-query's retries (1 s, then 2 s) to have shown a skeleton again, had they run. */
const WATCH_MS = 5000;

/** Notes what the results area shows after every change to the page, in `window.__shown`. */
function recordResultsArea(): void {
  const shown: string[] = [];
  (window as unknown as { __shown: string[] }).__shown = shown;
  const note = () => {
    const region = document.querySelector('section[aria-label="Search results"]');
    if (!region) return;
    const state = region.querySelector('[role="alert"]')
      ? 'error'
      : [...region.querySelectorAll('[role="status"]')].some((s) =>
            /Searching…|Still loading/.test(s.textContent ?? ''),
          )
        ? 'skeleton'
        : region.querySelector('article')
          ? 'results'
          : 'other';
    if (shown.at(-1) !== state) shown.push(state);
  };
  new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
}

const shownSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);

describe('search under a lasting fault', () => {
  let browser: Browser;
  let served: ServedSite;
  let outDir: string;

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    outDir = makeTmpDir('e2e-search-faults');
    await buildSite({ seedsDir, outDir });
    served = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, served, outDir);
  });

  it('shows one error that stays, with a bounded number of tries, and finds the seed after "Try again"', async () => {
    // No service worker: page.route sees only the page's own requests, not those a worker makes.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const watch = watchPage(page);
    const metaRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/search-index/meta.json') metaRequests.push(request.url());
    });
    const fail = (route: Route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
    await page.route('**/search-index/**', fail);

    await page.goto(served.at('/'));
    await page.evaluate(recordResultsArea);
    const searchBox = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
    // Until the app has hydrated a slash does nothing; the reader would press it again.
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return searchBox.evaluate((input) => input === document.activeElement);
      })
      .toBe(true);
    await page.keyboard.type('Bondi');
    await page.keyboard.press('Enter');

    const results = page.getByRole('region', { name: 'Search results' });
    const alert = results.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toContain('Search is unavailable');
    const requestsAtError = metaRequests.length;
    await page.waitForTimeout(WATCH_MS);
    // The error stayed: a skeleton before it, nothing after it, and no further tries meanwhile.
    const shown = await shownSoFar(page);
    expect(shown.slice(shown.indexOf('skeleton'))).toEqual(['skeleton', 'error']);
    expect(await alert.count()).toBe(1);
    expect(metaRequests).toHaveLength(requestsAtError);
    // The search's load and its one retry, plus at most the same for the load the focused box started.
    expect(metaRequests.length).toBeGreaterThanOrEqual(2);
    expect(metaRequests.length).toBeLessThanOrEqual(4);

    await page.unroute('**/search-index/**', fail);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => results.getByRole('article').count()).toBe(1);
    expect(await page.getByText(/^1 result for “Bondi”/).count()).toBe(1);
    expect(await alert.count()).toBe(0);
    expect(watch.problems.filter((problem) => !/HTTP 503 for .*\/search-index\//.test(problem))).toEqual([]);
    await context.close();
  });
});
