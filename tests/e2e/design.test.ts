// The design pass at phone and desktop widths, on a generated 60-article build plus the seed: the
// header keeps to one row at 375 px, the filters open as a sheet there, the article's header and
// body share one column at 1280 px, Esc leaves the search box, and the section links keep their
// width when unread counts appear.
import { cpSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir as defaultSeeds } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

describe('the design at 375 and 1280 px', () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  const openPage = pagesPerTest(() => browser);

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-design-seeds');
    generateCorpus({ count: 60, outDir: seedsDir });
    cpSync(defaultSeeds, path.join(seedsDir, 'seed'), { recursive: true });
    outDir = makeTmpDir('e2e-design');
    await buildSite({ seedsDir, outDir });
    site = await serveSite(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  async function open(viewport: { width: number; height: number }, route = '/'): Promise<Page> {
    const page = await openPage({ viewport });
    await page.goto(site.at(route));
    await expect.poll(() => page.locator('[data-article-row], article h1').count()).toBeGreaterThan(0);
    return page;
  }

  /** Tops of the header's wordmark and each of its visible buttons and links, rounded. */
  const headerRowTops = (page: Page) =>
    page.evaluate(() => {
      const row = document.querySelector('header > div > div')!;
      return [...row.querySelectorAll('a, button')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { top: Math.round(box.top), bottom: Math.round(box.bottom), right: Math.round(box.right) };
        });
    });

  it('keeps the header to one row at 375 px, within the screen', async () => {
    const page = await open(PHONE);
    const items = await headerRowTops(page);
    expect(items.length).toBeGreaterThanOrEqual(6); // wordmark, search, three reading links, theme
    const middles = items.map((item) => (item.top + item.bottom) / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(12);
    expect(Math.max(...items.map((item) => item.right))).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('opens the filters as a sheet over the page at 375 px, with "Show N articles" to close it', async () => {
    const page = await open(PHONE, '/latest');
    await page.getByRole('button', { name: 'Show filters' }).click();
    const sheet = page.locator('[data-sheet]');
    const box = (await sheet.boundingBox())!;
    expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    const show = sheet.getByRole('button', { name: /^Show \d+ articles$/ });
    expect(await show.isVisible()).toBe(true);
    await show.click();
    expect(await sheet.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show filters' }).isVisible()).toBe(true);
  });

  it('gives the article header and body one column at 1280 px', async () => {
    const home = await open(DESKTOP);
    const href = (await home.locator('[data-article-row] h2 a').first().getAttribute('href'))!;
    const page = await open(DESKTOP, href);
    const widths = await page.evaluate(() => {
      const width = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().width);
      return { header: width('article header'), body: width('.reader-text') };
    });
    expect(widths.body).toBeGreaterThan(500);
    expect(Math.abs(widths.header - widths.body)).toBeLessThanOrEqual(2);
  });

  it('leaves the header search box with Esc', async () => {
    const page = await open(DESKTOP);
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.click();
    await page.keyboard.type('council');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
  });

  it('keeps each section link’s width when unread counts appear', async () => {
    const page = await open(DESKTOP);
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const widths = () => links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().width)));
    const before = await widths();
    await page.locator('[data-article-row] [data-action="read"]').first().click();
    await expect.poll(() => links.filter({ hasText: 'unread' }).count()).toBeGreaterThan(0);
    expect(await widths()).toEqual(before);
  });
});
