// Full-text search in Chromium against built sites, under the pages' own CSP:
// the seed (plus generated articles, so queries have something to tell apart), and a BBC
// build when the corpus is beside the repo (else the same generated articles) for filters.
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import type { Article } from '../../src/model/article';
import { dataPaths, type FacetPostings, type FacetValue, type Manifest, type SummaryChunk } from '../../src/model/data';
import { decodeAscending } from '../../src/model/compactInts';
import { expectNoAxeViolations } from '../harness/axe';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { bbcCorpusDir, hasBbcCorpus } from '../harness/shared';
import { pagesPerTest } from '../harness/test-pages';
import { SEED_HEADLINE } from './lib/seed-facts';
import { serveSite, type ServedSite } from '../harness/serve-site';

const GENERATED_COUNT = 300;
const useBbc = hasBbcCorpus() && !process.env.BROADSHEET_E2E_GENERATED;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Site {
  outDir: string;
  served: ServedSite;
  data: <T>(relative: string) => T;
}

async function openSite(seeds: string, label: string, args: string[] = []): Promise<Site> {
  const outDir = makeTmpDir(`e2e-search-${label}`);
  await buildSite({ seedsDir: seeds, outDir, args });
  const served = await serveSite(outDir, '/');
  const data = <T>(relative: string): T => JSON.parse(readFileSync(path.join(outDir, 'data', relative), 'utf8')) as T;
  return { outDir, served, data };
}

/** The results region's headline links, as article slugs. */
async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('region', { name: 'Search results' })
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.slice(href.lastIndexOf('/') + 1));
}

/** N from the "N results for …" line, once the search has answered. */
async function resultCount(page: Page): Promise<number | null> {
  const line = page.getByText(/^[\d,]+ results? for “/);
  if ((await line.count()) === 0) return null;
  return Number(/^([\d,]+)/.exec(await line.first().innerText())![1]!.replace(/,/g, ''));
}

/** N from the "N articles match your filters" line of a search with no words. */
async function filterMatchCount(page: Page): Promise<number | null> {
  const line = page.getByText(/^[\d,]+ articles? match(es)? your filters$/);
  if ((await line.count()) === 0) return null;
  return Number(/^([\d,]+)/.exec(await line.first().innerText())![1]!.replace(/,/g, ''));
}

/** Each article's place in the site's newest-first list (the list pages' order). */
function listPositions(site: Site): Map<string, number> {
  const positions = new Map<string, number>();
  const { chunkCount } = site.data<Manifest>(dataPaths.manifest());
  for (let index = 0; index < chunkCount; index++) {
    for (const item of site.data<SummaryChunk>(dataPaths.chunk(index)).items) positions.set(item.slug, positions.size);
  }
  return positions;
}

/** Slugs newest first as the lists order them: by date (undated last), then by place in the list. */
function newestFirst(site: Site, slugs: readonly string[]): string[] {
  const positions = listPositions(site);
  const key = (slug: string) => ({
    date: site.data<Article>(dataPaths.article(slug)).date ?? '',
    position: positions.get(slug)!,
  });
  return [...slugs]
    .map((slug) => ({ slug, ...key(slug) }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.position - b.position)
    .map((entry) => entry.slug);
}

describe('search', () => {
  let browser: Browser;
  let seedSite: Site;
  let filterSite: Site;
  let workDir: string;
  // Each test fails on script errors or failed requests of its own pages (CSP violations among them).
  const freshPage = pagesPerTest(() => browser);

  /** A fresh context's page at `appPath`; `indexFiles` collects the search-index files it requests, from the first. */
  async function openPage(
    site: Site,
    appPath: string,
    options: BrowserContextOptions = {},
    indexFiles?: string[],
  ): Promise<Page> {
    const page = await freshPage(options);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (indexFiles && pathname.startsWith('/search-index/')) indexFiles.push(pathname.slice('/search-index/'.length));
    });
    await page.goto(site.served.at(appPath));
    return page;
  }

  const searchBox = (page: Page) => page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  const pageBox = (page: Page) => page.getByRole('search', { name: 'Search articles' }).getByRole('searchbox');
  const appUrl = (page: Page) => {
    const url = new URL(page.url());
    return `${url.pathname}${url.search}`;
  };

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    // The seed beside generated articles: one build for the seed's searches and, without BBC, the filters.
    workDir = makeTmpDir('e2e-search-seeds');
    generateCorpus({ count: GENERATED_COUNT, outDir: workDir, seed: 7 });
    for (const file of readdirSync(seedsDir)) copyFileSync(path.join(seedsDir, file), path.join(workDir, file));
    seedSite = await openSite(workDir, 'seed');
    filterSite = useBbc ? await openSite(bbcCorpusDir, 'bbc') : seedSite;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const site of new Set([seedSite, filterSite])) {
      await site?.served.close();
      if (site) rmSync(site.outDir, { recursive: true, force: true });
    }
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('finds the seed by a word from deep in its body, shows its opening, and opens the article', async () => {
    const page = await openPage(seedSite, '/');
    // Until the app has hydrated a slash does nothing; the reader would press it again.
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return searchBox(page).evaluate((input) => input === document.activeElement);
      })
      .toBe(true);
    await page.keyboard.type('Bondi');
    await page.keyboard.press('Enter');
    await expect.poll(() => appUrl(page)).toBe('/search?q=Bondi');
    await expect.poll(() => resultCount(page)).toBe(1);
    const result = page.getByRole('region', { name: 'Search results' }).getByRole('article').first();
    // "Bondi" is the body's last word: the snippet is cut from the opening the index keeps (marks
    // for words there are checked with the phrase below).
    await expect
      .poll(() => result.locator('p').allInnerTexts())
      .toContainEqual(expect.stringMatching(/^Mexico comes first/));
    expect(await result.locator('mark').count()).toBe(0);
    await result.getByRole('link', { name: SEED_HEADLINE }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(SEED_HEADLINE);
    expect(appUrl(page)).toMatch(/^\/articles\/[a-z0-9-]+$/);
  });

  it('pages through every hit once, best first or newest first in list order', async () => {
    const word = 'government';
    const loadAll = async (page: Page): Promise<string[]> => {
      await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
      const total = (await resultCount(page))!;
      // The total can be known before the first page's rows (and the button after them) are drawn.
      await expect.poll(async () => (await resultSlugs(page)).length).toBe(Math.min(total, 10));
      const more = page.getByRole('button', { name: 'More results' });
      while ((await more.count()) > 0) {
        const shown = (await resultSlugs(page)).length;
        await more.click();
        await expect.poll(async () => (await resultSlugs(page)).length).toBeGreaterThan(shown);
      }
      await expect.poll(async () => (await resultSlugs(page)).length).toBe(total);
      return resultSlugs(page);
    };
    const best = await loadAll(await openPage(seedSite, `/search?q=${word}`));
    const newest = await loadAll(await openPage(seedSite, `/search?q=${word}&sort=newest`));
    // Several pages of results, from postings spread over the index's buckets.
    expect(best.length).toBeGreaterThan(25);
    expect(new Set(best).size).toBe(best.length);
    expect([...newest].sort()).toEqual([...best].sort());
    expect(newest).toEqual(newestFirst(seedSite, best));
    expect(newest).not.toEqual(best);
  });

  it('fetches only the index files a query needs: one bucket per word, positions only for a phrase', async () => {
    const indexFiles: string[] = [];
    const page = await openPage(seedSite, '/search?q=bondi', {}, indexFiles);
    await expect.poll(() => resultCount(page)).toBe(1);
    // The word's bucket, then the record file holding its one result's row.
    expect(indexFiles.filter((f) => f !== 'meta.json')).toEqual([
      expect.stringMatching(/^w\/\d+\.json$/),
      expect.stringMatching(/^r\/\d+\.json$/),
    ]);

    indexFiles.length = 0;
    await pageBox(page).fill('"sovereign decision"');
    await pageBox(page).press('Enter');
    await expect.poll(() => resultCount(page)).toBe(1);
    // Two words: at most two buckets of postings and two of positions (fewer when they share one).
    const kinds = indexFiles.map((f) => f.split('/')[0]);
    expect(kinds.filter((k) => k === 'w').length).toBeGreaterThan(0);
    expect(kinds.filter((k) => k === 'p').length).toBeGreaterThan(0);
    expect(kinds.filter((k) => k === 'w' || k === 'p').length).toBeLessThanOrEqual(4);
    // Its one result is the article the first search found: that search read its record file.
    expect(kinds.filter((k) => k === 'r')).toEqual([]);
    expect(kinds.filter((k) => !['w', 'p', 'r'].includes(k!))).toEqual([]);
  });

  it('matches a quoted phrase only with its words in order', async () => {
    const page = await openPage(seedSite, '/search?q=%22sovereign+decision%22');
    await expect.poll(() => resultCount(page)).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: SEED_HEADLINE }).count()).toBe(1);
    const marks = await page.getByRole('region', { name: 'Search results' }).locator('p mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['sovereign', 'decision']));

    await pageBox(page).fill('"decision sovereign"');
    await pageBox(page).press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'No results for “"decision sovereign"”' }).count())
      .toBe(1);
  });

  it('leaves out articles with an excluded word', async () => {
    const page = await openPage(seedSite, '/search?q=mexico');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(1);
    const withSeed = (await resultCount(page))!;
    // The count comes with the search; the rows follow once their articles have loaded.
    await expect.poll(async () => (await resultSlugs(page)).length).toBe(Math.min(withSeed, 10));
    const seedSlug = (await resultSlugs(page)).find(
      (slug) => seedSite.data<Article>(dataPaths.article(slug)).title === SEED_HEADLINE,
    );
    expect(seedSlug, 'the seed is among the results for mexico').toBeDefined();

    await pageBox(page).fill('mexico -sheinbaum');
    await pageBox(page).press('Enter');
    await expect.poll(() => resultCount(page)).toBe(withSeed - 1);
    // Until the new rows have loaded, the last search's rows stay on screen.
    const shown = async () => {
      const slugs = await resultSlugs(page);
      return slugs.length === Math.min(withSeed - 1, 10) && !slugs.includes(seedSlug!);
    };
    await expect.poll(shown, { message: 'a full page of results without the seed' }).toBe(true);
    const slugs = await resultSlugs(page);
    for (const slug of slugs)
      expect(JSON.stringify(seedSite.data<Article>(dataPaths.article(slug)).body)).not.toMatch(/sheinbaum/i);
  });

  it('shows the designed no-results state, with a way back to all results', async () => {
    const page = await openPage(seedSite, '/search?q=qwxzvvk&sections=sport');
    await expect.poll(() => page.getByRole('heading', { name: /^No results for “qwxzvvk”/ }).count()).toBe(1);
    await expect.poll(() => page.getByText('Check the spelling, or try fewer or more general words.').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('region', { name: 'Or browse a section' }).getByRole('link').count())
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'search without any filters' }).click();
    await expect.poll(() => appUrl(page)).toBe('/search?q=qwxzvvk');
    await expectNoAxeViolations(page, '/search with no results');
  });

  it(`combines a search with a section facet on a ${useBbc ? 'BBC' : 'generated'} build, and a reload restores it`, async () => {
    const manifest = filterSite.data<Manifest>(dataPaths.manifest());
    // A word from a headline in the largest section, so the search meets the section.
    const section: FacetValue = manifest.sections[0]!;
    const postings = filterSite.data<FacetPostings>(dataPaths.facet('sections', section.slug));
    const word = postings.first
      .flatMap((summary) => summary.title.split(/[^A-Za-z]+/))
      .filter((w) => w.length >= 6)
      .sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!
      .toLowerCase();

    const page = await openPage(filterSite, `/search?q=${word}`);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const unfiltered = (await resultCount(page))!;
    await page.getByRole('complementary', { name: 'Filter articles' }).hover();
    const checkbox = page
      .getByRole('group', { name: 'Sections' })
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(section.name)}( [\\d,]+ articles)?$`) });
    // The count beside the section (shown once the reader reaches for the panel) is the number of results ticking it will give.
    await expect
      .poll(() => checkbox.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.innerText ?? ''))
      .toMatch(/\d\s*articles?\s*$/);
    const label = await checkbox.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.innerText ?? '');
    const promised = Number(/([\d,]+)\s*articles?\s*$/.exec(label.replace(/\s+/g, ' '))![1]!.replace(/,/g, ''));
    expect(promised).toBeGreaterThan(0);
    expect(promised).toBeLessThanOrEqual(unfiltered);

    await checkbox.click();
    await expect.poll(() => appUrl(page)).toBe(`/search?q=${word}&sections=${section.slug}`);
    await expect.poll(() => resultCount(page)).toBe(promised);
    // The count can paint before the result rows have loaded their records.
    await expect.poll(async () => (await resultSlugs(page)).length).toBe(Math.min(promised, 10));
    const slugs = await resultSlugs(page);
    for (const slug of slugs) {
      expect(filterSite.data<Article>(dataPaths.article(slug)).sections.map((s) => s.slug)).toContain(section.slug);
    }

    // Every hit, for the newest-first order to be checked against: load the rest of the pages.
    const more = page.getByRole('button', { name: 'More results' });
    while ((await more.count()) > 0) {
      const shown = (await resultSlugs(page)).length;
      await more.click();
      await expect.poll(async () => (await resultSlugs(page)).length).toBeGreaterThan(shown);
    }
    const everyHit = await resultSlugs(page);
    expect(everyHit).toHaveLength(promised);
    const expectedNewest = newestFirst(filterSite, everyHit).slice(0, 10);

    // An undated corpus (BBC) names the list's own order "File order", never "Newest first".
    const listOrder = filterSite.data<Manifest>(dataPaths.manifest()).dated ? 'Newest first' : 'File order';

    /** Switches the open list's sort in place (no reload) and reads it once it has settled. */
    async function switchSort(label: string, url: string): Promise<string[]> {
      await page.getByRole('link', { name: label }).click();
      await expect.poll(() => appUrl(page)).toBe(url);
      await expect.poll(() => page.getByRole('link', { name: label }).getAttribute('aria-current')).toBe('true');
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      await expect.poll(async () => (await resultSlugs(page)).length).toBe(slugs.length);
      return resultSlugs(page);
    }

    const newest = await switchSort(listOrder, `/search?q=${word}&sections=${section.slug}&sort=newest`);
    expect(newest).toEqual(expectedNewest);

    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(() => resultCount(page)).toBe(promised);
    await expect.poll(() => resultSlugs(page)).toEqual(newest);
    expect(await checkbox.isChecked()).toBe(true);
    expect(await pageBox(page).inputValue()).toBe(word);
    expect(await page.getByRole('link', { name: listOrder }).getAttribute('aria-current')).toBe('true');
    await expectNoAxeViolations(page, '/search with a query, a section and newest first');

    // And back, in place: the best-match order the list opened with.
    expect(await switchSort('Best match', `/search?q=${word}&sections=${section.slug}`)).toEqual(slugs);
  });

  it(`answers a search with only section filters from the list data, without the search index, on a ${useBbc ? 'BBC' : 'generated'} build`, async () => {
    const manifest = filterSite.data<Manifest>(dataPaths.manifest());
    const [first, second] = manifest.sections;
    const sections = [first!, second!];
    // OR within a kind: the union of both sections' articles, in list order.
    const ordinals = [
      ...new Set(
        sections.flatMap((section) =>
          decodeAscending(filterSite.data<FacetPostings>(dataPaths.facet('sections', section.slug)).ids),
        ),
      ),
    ].sort((a, b) => a - b);
    const bySlot = [...listPositions(filterSite).keys()];

    const indexRequests: string[] = [];
    const page = await openPage(
      filterSite,
      `/search?sections=${sections.map((s) => s.slug).join(',')}`,
      {},
      indexRequests,
    );
    await expect.poll(() => filterMatchCount(page)).toBe(ordinals.length);
    await expect.poll(() => resultSlugs(page)).toEqual(ordinals.slice(0, 10).map((o) => bySlot[o]));
    if (ordinals.length > 10) {
      await page.getByRole('button', { name: 'More results' }).click();
      await expect.poll(() => resultSlugs(page)).toEqual(ordinals.slice(0, 20).map((o) => bySlot[o]));
    }
    // Reaching for the panel counts the other kinds' values from postings too.
    await page.getByRole('complementary', { name: 'Filter articles' }).hover();
    await page.waitForLoadState('networkidle');
    expect(indexRequests).toEqual([]);

    // Sources are known only to the search index: asking for them loads it.
    await page.getByRole('button', { name: 'Show sources' }).click();
    await expect.poll(() => indexRequests.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('button', { name: /sources/ }).count()).toBe(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the empty and filled search page (${colorScheme})`, async () => {
      const page = await openPage(seedSite, '/search', { colorScheme });
      await expect.poll(() => page.getByRole('heading', { name: 'Search every article' }).count()).toBe(1);
      await expectNoAxeViolations(page, `/search empty (${colorScheme})`);
      await pageBox(page).fill('mexico');
      await pageBox(page).press('Enter');
      await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
      await page.getByRole('complementary', { name: 'Filter articles' }).hover();
      await expectNoAxeViolations(page, `/search?q=mexico (${colorScheme})`);
    });
  }

  it('prerenders the empty search page, and the header form searches without JavaScript', async () => {
    const page = await openPage(seedSite, '/', { javaScriptEnabled: false });
    await searchBox(page).fill('Bondi');
    await searchBox(page).press('Enter');
    await expect.poll(() => appUrl(page)).toBe('/search?q=Bondi');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Search' }).count()).toBe(1);
  });
});
