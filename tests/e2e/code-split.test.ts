// A page's first load carries its own route's code and the shared app, never other pages' or the
// search engine's: the prerendered head preloads what the page runs (no waterfall), and the search
// engine arrives when the reader reaches for search, then works.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataPaths, type SummaryChunk } from '../../src/model/data';
import { routePaths } from '../../src/model/routes';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';
import { SEED_HEADLINE } from './lib/seed-facts';

describe('code split by route and feature (seed)', () => {
  let browser: Browser;
  let outDir: string;
  let site: ServedSite;
  let articlePath: string;
  const freshPage = pagesPerTest(() => browser);

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    outDir = makeTmpDir('e2e-code-split');
    await buildSite({ seedsDir, outDir });
    const chunk = JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.chunk(0)), 'utf8')) as SummaryChunk;
    articlePath = routePaths.article(chunk.items[0]!.slug);
    site = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir);
  });

  /** The scripts a prerendered page's HTML names: its entry, and the chunks it preloads. */
  function headScripts(appPath: string): string[] {
    const html = readFileSync(path.join(outDir, appPath, 'index.html'), 'utf8');
    return [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="(\/assets\/[^"]+\.js)"/g)].map(
      (match) => match[1]!,
    );
  }

  /** Chunks the page at `appPath` preloads that an article's page does not. */
  function onlyFor(appPath: string): string[] {
    const article = headScripts(articlePath);
    const own = headScripts(appPath).filter((script) => !article.includes(script));
    expect(own, `${appPath} preloads code of its own`).not.toEqual([]);
    return own;
  }

  async function open(appPath: string): Promise<{ page: Page; scripts: string[] }> {
    const page = await freshPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) scripts.push(pathname);
    });
    await page.goto(site.at(appPath), { waitUntil: 'networkidle' });
    return { page, scripts };
  }

  /** Until the app has hydrated a slash does nothing; the reader would press it again. */
  async function focusSearchBySlash(page: Page): Promise<void> {
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return box.evaluate((input) => input === document.activeElement);
      })
      .toBe(true);
  }

  it("an article's first load runs only scripts its prerendered head names, with no search engine or other page", async () => {
    const { page, scripts } = await open(articlePath);
    const named = headScripts(articlePath);
    // Everything the page ran was asked for by its HTML: no chunk waited on another to be discovered.
    expect(scripts.filter((script) => !named.includes(script))).toEqual([]);
    for (const other of [routePaths.search(), routePaths.home(), routePaths.saved(), routePaths.settings()]) {
      const theirs = onlyFor(other);
      expect(
        scripts.filter((script) => theirs.includes(script)),
        `code of ${other} on an article's first load`,
      ).toEqual([]);
    }
    // Hydrated: the page answers the keyboard.
    await focusSearchBySlash(page);
  });

  it('loads the search engine when the reader reaches for search, and the search works', async () => {
    const searchCode = onlyFor(routePaths.search());
    const { page, scripts } = await open(articlePath);
    const loadedSearchCode = () => scripts.filter((script) => searchCode.includes(script));
    expect(loadedSearchCode()).toEqual([]);
    // Focus alone starts the engine and the search page's own code loading: the reader is about to search.
    await focusSearchBySlash(page);
    await expect.poll(() => [...new Set(loadedSearchCode())].sort()).toEqual([...searchCode].sort());
    await page.keyboard.type('Bondi');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.getByRole('link', { name: SEED_HEADLINE }).count()).toBe(1);
  });

  it("starts the search page's code when the reader points at the search box, and no index file yet", async () => {
    const searchCode = onlyFor(routePaths.search());
    const { page, scripts } = await open(articlePath);
    const indexFiles: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/search-index/')) indexFiles.push(request.url());
    });
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').hover();
    await expect
      .poll(() => [...new Set(scripts.filter((script) => searchCode.includes(script)))].sort())
      .toEqual([...searchCode].sort());
    // Pointing is not searching: the index waits for focus.
    expect(indexFiles).toEqual([]);
  });

  it('prerenders the whole page, so a reader without JavaScript reads the article', async () => {
    const html = readFileSync(path.join(outDir, articlePath, 'index.html'), 'utf8');
    expect(html).toContain('<h1');
    expect(html).toContain(SEED_HEADLINE.replace(/'/g, '&#x27;'));
  });
});
