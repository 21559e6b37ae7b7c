// The first client-side navigation from a prerendered list to an article, as a reader on a slow
// phone would make it (Chromium's CPU throttled 4×): how long the app takes to paint the article
// once everything the navigation fetched has arrived, and the whole click-to-paint time.
import type { Browser } from 'playwright-core';
import { waitForHydration } from './paint-watch';
import { median, round } from './stats';

export interface NavigationRun {
  /** Click to the article's headline painted. */
  totalMs: number;
  /** From the last response the navigation fetched (data file, route chunk) to the paint. */
  afterDataMs: number;
  /** What the navigation fetched, by path: the article's data file, and any code it needed. */
  fetched: string[];
}

export interface NavigationTimings {
  from: string;
  cpuThrottling: number;
  medianAfterDataMs: number;
  medianTotalMs: number;
  runs: NavigationRun[];
}

const ROW_LINK =
  'section[aria-label="Articles"] [data-article-row] h2 a, section[aria-label="Articles"] [data-article-row] h3 a';

// Plain JavaScript run in the page (a string, so the TypeScript runner cannot add helpers to it).
// The clock starts at the click (capture phase); it stops one frame plus a task after the page's
// h1 first reads as the clicked headline, i.e. once that frame has been painted. Resource Timing
// gives when each response that started after the click finished, on the same clock.
const WATCH_SOURCE = `(title) => new Promise((resolve, reject) => {
  let t0 = null;
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('article not painted within 60 s')); }, 60000);
  const observer = new MutationObserver(() => {
    const h1 = document.querySelector('main h1');
    if (t0 === null || !h1 || h1.textContent.trim() !== title) return;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => setTimeout(() => {
      const painted = performance.now();
      const after = performance.getEntriesByType('resource').filter((e) => e.responseEnd >= t0);
      const lastResponse = Math.max(t0, ...after.map((e) => e.responseEnd));
      resolve({
        totalMs: painted - t0,
        afterDataMs: painted - lastResponse,
        fetched: after.map((e) => new URL(e.name).pathname),
      });
    }, 0));
  });
  window.addEventListener('click', () => { if (t0 === null) t0 = performance.now(); }, true);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;

/**
 * `listPath`: a prerendered list page (the latest list). Each run is a new browser context, so
 * every navigation is the first one of a visit.
 */
export async function measureNavigation(
  browser: Browser,
  at: (appPath: string) => string,
  listPath: string,
  { runs = 3, cpuThrottling = 4 } = {},
): Promise<NavigationTimings> {
  const results: NavigationRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    context.setDefaultTimeout(60_000);
    try {
      const page = await context.newPage();
      await page.goto(at(listPath), { waitUntil: 'networkidle' });
      // A different article each run where the list has several (each context has its own cache anyway).
      const link = page.locator(ROW_LINK).nth(i % (await page.locator(ROW_LINK).count()));
      await waitForHydration(page, ROW_LINK);
      const title = (await link.textContent())?.trim() ?? '';
      if (!title) throw new Error(`${listPath}: row ${i + 1} has no headline link`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
      await page.evaluate(`window.__benchNavigation = (${WATCH_SOURCE})(${JSON.stringify(title)}); 0`);
      await link.click();
      results.push((await page.evaluate('window.__benchNavigation')) as NavigationRun);
    } finally {
      await context.close();
    }
  }
  return {
    from: listPath,
    cpuThrottling,
    medianAfterDataMs: round(median(results.map((r) => r.afterDataMs)), 1),
    medianTotalMs: round(median(results.map((r) => r.totalMs)), 1),
    runs: results.map((r) => ({ ...r, totalMs: round(r.totalMs, 1), afterDataMs: round(r.afterDataMs, 1) })),
  };
}
