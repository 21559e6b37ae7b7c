// Faults in the browser against a served build (issue 11): a data file that goes missing or
// comes back as an HTML page during in-app navigation, and stored text too long to lay out.

import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { watchPage, type PageWatch } from '../harness/page-watch';
import { serveSite, type ServedSite } from '../harness/serve-site';

const ARTICLES = 12;

describe('faults in the browser', () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const watches: PageWatch[] = [];

  async function newPage(): Promise<{ page: Page; watch: PageWatch }> {
    // A service worker would answer data requests itself, out of page.route's reach.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1000, height: 700 } });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    const watch = watchPage(page);
    watches.push(watch);
    return { page, watch };
  }

  const main = (page: Page) => page.getByRole('main');
  const rowLink = (page: Page, i: number): Locator =>
    main(page).locator('[data-article-row]').nth(i).getByRole('heading', { level: 2 }).getByRole('link');
  const headline = (page: Page) => page.getByRole('heading', { level: 1 });

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-faults-seeds');
    generateCorpus({ count: ARTICLES, outDir: seedsDir, seed: 11 });
    outDir = makeTmpDir('e2e-faults');
    await buildSite({ seedsDir, outDir });
    site = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await tearDown(browser, site, outDir, seedsDir);
  });

  const faults = {
    '404': (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    // A single-page host's fallback: its index.html, with status 200.
    html: (route: Route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>app</title>' }),
  };

  /** The title and data file pattern of list row `i`. */
  async function rowTarget(page: Page, i: number): Promise<{ title: string; dataFile: RegExp }> {
    const link = rowLink(page, i);
    const title = (await link.innerText()).trim();
    const slug = new URL((await link.getAttribute('href'))!, site.url).pathname.split('/').filter(Boolean).pop()!;
    return { title, dataFile: new RegExp(`/data/articles/${slug}\\.json$`) };
  }

  for (const [name, answer] of Object.entries(faults)) {
    it(`shows Try again, not "Page not found", when an article's data answers ${name} after a list click`, async () => {
      const { page, watch } = await newPage();
      await page.goto(site.at('/latest'));
      const first = await rowTarget(page, 3);
      watch.allow404(first.dataFile);
      await page.route(first.dataFile, answer);

      await rowLink(page, 3).click();
      await expect.poll(() => headline(page).innerText()).toBe('This article could not be loaded');
      expect(await page.getByText('Page not found').count()).toBe(0);
      expect(await main(page).getByRole('button', { name: 'Try again' }).count()).toBe(1);

      // The fault passes; the miss was not kept: back, the same link, the article.
      await page.unroute(first.dataFile);
      await page.goBack();
      await rowLink(page, 3).click();
      await expect.poll(() => headline(page).innerText()).toBe(first.title);

      // Try again recovers as well, on another article.
      await page.goBack();
      const second = await rowTarget(page, 4);
      watch.allow404(second.dataFile);
      await page.route(second.dataFile, answer);
      await rowLink(page, 4).click();
      await expect.poll(() => headline(page).innerText()).toBe('This article could not be loaded');
      await page.unroute(second.dataFile);
      await main(page).getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => headline(page).innerText()).toBe(second.title);
      expect(watch.problems).toEqual([]);
    });
  }

  it('keeps a 100,000-character stored title, dek, source and section inside the page on /saved and /history', async () => {
    const { page } = await newPage();
    const long = (letter: string) => letter.repeat(100_000);
    const article = {
      id: 'gone-0000001',
      slug: 'gone',
      title: long('T'),
      dek: long('D'),
      date: '2025-01-02',
      source: long('S'),
      readingMinutes: 3,
      sections: [{ slug: 'long', name: long('N'), confidence: 1 }],
    };
    const state = { read: {}, saved: [{ article, at: 1 }], history: [{ article, at: 1 }] };
    await page.addInitScript((stored) => localStorage.setItem('broadsheet-reader:/', stored), JSON.stringify(state));
    for (const path of ['/saved', '/history']) {
      await page.goto(site.at(path));
      await expect.poll(() => main(page).locator('[data-article-row]').count()).toBe(1);
      const widths = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scroll: root.scrollWidth, client: root.clientWidth };
      });
      expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
    }
  });
});
