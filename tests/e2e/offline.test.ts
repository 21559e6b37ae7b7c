// The installable, offline reader (issue 5, item 5) under BASE_PATH=/news/: manifest and
// service worker, reading opened and saved articles with the network off, the offline
// indicator, and the "new version" prompt after a rebuild into the same folder.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { generateIllustrated } from '../../bench/lib/synthetic-images';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const BASE_PATH = '/news/';
const SITE_TITLE = 'The Offline Gazette';
const ARTICLES = 12;
const OFFLINE_NOTICE = 'You are offline.';
const FRESH_HEADLINE = 'A fresh story that only the second deployment carries';
/** An illustrated article (bench/lib/synthetic-images.ts) whose lead image is a local file, resized. */
const ILLUSTRATED = 'The harbour at dawn';

describe(`offline and installable, served under ${BASE_PATH}`, () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  const openPage = pagesPerTest(() => browser);

  const main = (page: Page) => page.getByRole('main');
  const rows = (page: Page) => main(page).locator('[data-article-row]');
  const rowTitle = (row: Locator) => row.getByRole('heading', { level: 2 }).getByRole('link');
  const headline = (page: Page) => page.getByRole('heading', { level: 1 });
  const offlineBadge = (row: Locator) => row.getByText('Available offline', { exact: true });

  async function newPage(): Promise<{ page: Page; context: BrowserContext }> {
    // Offline requests fail by design; the pages' script errors and HTTP errors still fail the test.
    const page = await openPage({}, (watch) => watch.allowFailedRequests());
    return { page, context: page.context() };
  }

  /** Opens the latest list and waits until the service worker controls it. */
  async function openControlled(page: Page): Promise<void> {
    await page.goto(site.at('/latest'));
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }

  async function rowInfo(page: Page, i: number): Promise<{ title: string; href: string }> {
    const link = rowTitle(rows(page).nth(i));
    return { title: (await link.innerText()).trim(), href: (await link.getAttribute('href'))! };
  }

  function rowFor(page: Page, title: string): Locator {
    return rows(page).filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  const articleDataCached = (page: Page, href: string) =>
    page.evaluate(
      async (slug) => (await caches.match(`/news/data/articles/${slug}.json`)) !== undefined,
      href.split('/').pop()!,
    );

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
    seedsDir = makeTmpDir('e2e-offline-seeds');
    generateCorpus({ count: ARTICLES, outDir: seedsDir, seed: 11 });
    await generateIllustrated(seedsDir);
    outDir = makeTmpDir('e2e-offline');
    await buildSite({ seedsDir, outDir, basePath: BASE_PATH, siteTitle: SITE_TITLE });
    site = await serveSite(outDir, BASE_PATH);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  it('is installable: a web app manifest with icons, and a service worker scoped to the base path', async () => {
    const { page } = await newPage();
    await openControlled(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${BASE_PATH}manifest.webmanifest`);
    const manifestUrl = new URL(manifestHref!, site.url).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: SITE_TITLE, start_url: BASE_PATH, scope: BASE_PATH, display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
      expect(icon, size).toBeTruthy();
      const response = await page.request.get(new URL(icon!.src, manifestUrl).href);
      expect(response.status(), icon!.src).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(site.url);
  });

  it('reads an article opened earlier with the network off, and says it is offline', async () => {
    const { page, context } = await newPage();
    await openControlled(page);
    const opened = await rowInfo(page, 1);
    const unopened = await rowInfo(page, 2);
    await rowTitle(rows(page).nth(1)).click();
    await expect.poll(() => headline(page).innerText()).toBe(opened.title);
    const paragraph = (await main(page).locator('.reader-text p').first().innerText()).trim();
    await page.goBack();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    expect(await main(page).getByText(OFFLINE_NOTICE).count()).toBe(0);

    await context.setOffline(true);
    await expect.poll(() => main(page).getByText(OFFLINE_NOTICE).count()).toBe(1);
    await expect.poll(() => offlineBadge(rowFor(page, opened.title)).count()).toBe(1);
    expect(await offlineBadge(rowFor(page, unopened.title)).count()).toBe(0);

    // A full page load, not a client-side step: the worker answers for the network.
    await page.goto(new URL(opened.href, site.url).href);
    await expect.poll(() => headline(page).innerText()).toBe(opened.title);
    await expect.poll(() => main(page).locator('.reader-text p').first().innerText()).toBe(paragraph);
    await expect.poll(() => main(page).getByText(OFFLINE_NOTICE).count()).toBe(1);

    // The list seen before comes back offline too.
    await page.goto(site.at('/latest'));
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    await context.setOffline(false);
    await expect.poll(() => main(page).getByText(OFFLINE_NOTICE).count()).toBe(0);
  });

  it('reads a saved article offline that was never opened', async () => {
    const { page, context } = await newPage();
    await openControlled(page);
    const saved = await rowInfo(page, 4);
    await rows(page).nth(4).locator('[data-action="save"]').click();
    await expect.poll(() => articleDataCached(page, saved.href)).toBe(true);

    await context.setOffline(true);
    await page.goto(site.at('/saved'));
    await expect.poll(() => headline(page).innerText()).toBe('Saved articles');
    await expect.poll(() => rows(page).count()).toBe(1);
    await expect.poll(() => offlineBadge(rows(page).nth(0)).count()).toBe(1);
    await rowTitle(rows(page).nth(0)).click();
    await expect.poll(() => headline(page).innerText()).toBe(saved.title);
    expect(await main(page).locator('.reader-text p').count()).toBeGreaterThan(0);

    // And straight to its address, as a bookmark would.
    await page.goto(new URL(saved.href, site.url).href);
    await expect.poll(() => headline(page).innerText()).toBe(saved.title);
    await context.setOffline(false);
  });

  it("shows a saved article's images offline, and lets it go when the article is unsaved", async () => {
    const { page, context } = await newPage();
    await openControlled(page);
    const row = rowFor(page, ILLUSTRATED);
    const href = (await rowTitle(row).getAttribute('href'))!;
    const keptImages = () =>
      page.evaluate(async () => (await (await caches.open('broadsheet-saved-images:/news/')).keys()).map((r) => r.url));
    await row.locator('[data-action="save"]').click();
    // One file for each of its two images (the lead and one in the body): the narrowest WebP.
    const narrowest = expect.stringMatching(/\/news\/images\/[0-9a-f]+-480\.webp$/);
    await expect.poll(keptImages).toEqual([narrowest, narrowest]);

    // Never opened online, so only what saving kept can show it.
    await context.setOffline(true);
    await page.goto(new URL(href, site.url).href);
    await expect.poll(() => headline(page).innerText()).toBe(ILLUSTRATED);
    const images = main(page).locator('figure img');
    await expect.poll(() => images.count()).toBe(2);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
        .toBeGreaterThan(0);
    }
    await context.setOffline(false);

    await main(page).locator('[data-action="save"]').first().click();
    await expect.poll(keptImages).toEqual([]);
  });

  it('offers a reload when a new deployment is built into the same folder', async () => {
    const { page } = await newPage();
    await openControlled(page);
    const prompt = page.getByText('A new version of this site is available.');
    const waitingWorker = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        return Boolean(registration?.waiting || registration?.installing);
      });
    // The same deployment is not news.
    expect(await waitingWorker()).toBe(false);
    await page.reload();
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    expect(await prompt.count()).toBe(0);

    writeFileSync(
      path.join(seedsDir, 'fresh.md'),
      `---\ntitle: ${FRESH_HEADLINE}\ndate: 2099-01-01\ntopics: [Science]\n---\n\nThis article arrives with the second build.\n`,
    );
    await buildSite({ seedsDir, outDir, basePath: BASE_PATH, siteTitle: SITE_TITLE });
    await page.reload();
    await expect.poll(() => prompt.isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: FRESH_HEADLINE }).count()).toBeGreaterThan(0);
    expect(await waitingWorker()).toBe(false);
  });
});
