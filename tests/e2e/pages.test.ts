// Every link is a real page: numbered list pages work without JavaScript (rel prev/next, every
// article reachable from them), every entity page is prerendered, "Load more" keeps the URL in
// step, and a numbered page's first load carries only its own page.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENTITY_KINDS } from '../../src/model/article';
import { decodeAscending } from '../../src/model/compactInts';
import {
  CHUNK_SIZE,
  dataPaths,
  type FacetIds,
  type FacetPostings,
  type Manifest,
  type SummaryChunk,
} from '../../src/model/data';
import { generateCorpus } from '../../bench/generate';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

// Enough for a topic with more than one page of articles.
const GENERATED_COUNT = 200;

describe(`numbered pages and entity pages on ${GENERATED_COUNT} generated articles and the seed`, () => {
  let workDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let manifest: Manifest;
  const openPage = pagesPerTest(() => browser);

  const dataFile = <T>(relative: string): T =>
    JSON.parse(readFileSync(path.join(outDir, 'data', relative), 'utf8')) as T;
  /** Slug of the article at each ordinal, newest first, from the list chunks. */
  let slugs: string[];
  /** A topic with more than one page, and its ordinals. */
  let topic: { slug: string; ordinals: number[] };

  /** Article slugs the list in <main> links to, in order. */
  async function listedSlugs(page: Page): Promise<string[]> {
    const paths = await page
      .getByRole('main')
      .getByRole('article')
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    return paths.map((p) => p.slice(p.lastIndexOf('/') + 1));
  }

  /** The app paths of the page's rel="prev"/"next" links, in the body (`a`) or the head (`link`). */
  async function relLinks(page: Page, element: 'a' | 'link'): Promise<{ prev?: string; next?: string }> {
    return page.evaluate((tag) => {
      const out: Record<string, string> = {};
      for (const rel of ['prev', 'next']) {
        const el = document.querySelector<HTMLAnchorElement | HTMLLinkElement>(`${tag}[rel="${rel}"]`);
        if (el) out[rel] = new URL(el.href).pathname;
      }
      return out;
    }, element);
  }

  const noScript = () => openPage({ javaScriptEnabled: false });

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    workDir = makeTmpDir('e2e-pages-seeds');
    generateCorpus({ count: GENERATED_COUNT, outDir: workDir, seed: 42 });
    for (const file of readdirSync(seedsDir)) copyFileSync(path.join(seedsDir, file), path.join(workDir, file));
    outDir = makeTmpDir('e2e-pages');
    await buildSite({ seedsDir: workDir, outDir });
    manifest = dataFile<Manifest>(dataPaths.manifest());
    slugs = [];
    for (let i = 0; i < manifest.chunkCount; i++)
      slugs.push(...dataFile<SummaryChunk>(dataPaths.chunk(i)).items.map((a) => a.slug));
    const big =
      manifest.sections.find((s) => s.count > 2 * CHUNK_SIZE) ?? manifest.sections.find((s) => s.count > CHUNK_SIZE);
    expect(big, 'a section with more than one page').toBeDefined();
    topic = {
      slug: big!.slug,
      ordinals: decodeAscending(dataFile<FacetIds>(dataPaths.facetIds('sections', big!.slug)).ids),
    };
    site = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, workDir);
  });

  it('without JavaScript, /latest/page/2/ shows articles 31–60 in order with links to the pages either side', async () => {
    expect(slugs).toHaveLength(GENERATED_COUNT + 1);
    const page = await noScript();
    const response = await page.goto(site.at('/latest/page/2/'));
    expect(response?.status()).toBe(200);
    expect(await listedSlugs(page)).toEqual(slugs.slice(30, 60));
    expect(await relLinks(page, 'a')).toEqual({ prev: '/latest', next: '/latest/page/3' });
    expect(await relLinks(page, 'link')).toEqual({ prev: '/latest', next: '/latest/page/3' });
    await expect.poll(() => page.getByText(/Showing 31–60 of 201 articles/).count()).toBe(1);
    const latest = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /^Latest/ });
    expect(await latest.getAttribute('aria-current')).toBe('page');
  });

  it("without JavaScript, a topic's page 2 shows its articles 31–60 in order with links either side", async () => {
    const page = await noScript();
    const base = `/topics/${topic.slug}`;
    expect((await page.goto(site.at(`${base}/page/2/`)))?.status()).toBe(200);
    expect(await listedSlugs(page)).toEqual(topic.ordinals.slice(30, 60).map((o) => slugs[o]));
    const expected = { prev: base, ...(topic.ordinals.length > 60 && { next: `${base}/page/3` }) };
    expect(await relLinks(page, 'a')).toEqual(expected);
    expect(await relLinks(page, 'link')).toEqual(expected);
  });

  it('without JavaScript, following "Next page" from /latest reaches the last page, linking every article once', async () => {
    const page = await noScript();
    await page.goto(site.at('/latest'));
    const seen: string[] = [];
    const visited: string[] = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      seen.push(...(await listedSlugs(page)));
      const next = page.getByRole('link', { name: /Next page/ });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(visited).toEqual(['/latest', ...Array.from({ length: 6 }, (_, i) => `/latest/page/${i + 2}`)]);
    expect(seen).toEqual(slugs);
    expect(await relLinks(page, 'link')).toEqual({ prev: '/latest/page/6' });
  });

  it("sends the latest list's old addresses (/page/N) on to /latest/page/N, with and without JavaScript", async () => {
    // npm start's server redirects, as Netlify, Cloudflare Pages and the nginx recipe do.
    for (const [page, old] of [
      [await noScript(), '/page/2'],
      [await openPage(), '/page/2/'],
    ] as const) {
      const response = await page.goto(site.at(old));
      expect(response?.status(), old).toBe(200);
      expect(response?.request().redirectedFrom()?.url(), old).toBe(site.at(old));
      // Where the redirect lands; with JavaScript the app may then drop the trailing slash.
      expect(new URL(page.url()).pathname, old).toMatch(/^\/latest\/page\/2\/?$/);
      await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(30, 60));
    }
    // A host without redirects (GitHub Pages) serves the small page written in its place, which
    // sends the browser on by itself.
    const smallPage = readFileSync(path.join(outDir, 'page/3/index.html'), 'utf8');
    expect(smallPage.length).toBeLessThan(1000);
    for (const page of [await noScript(), await openPage()]) {
      await page.route(site.at('/page/3/'), (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: smallPage }),
      );
      await page.goto(site.at('/page/3/'));
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/latest\/page\/3\/?$/);
      await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(60, 90));
    }
  });

  it('has no /page/1 and no page past the last', async () => {
    for (const missing of [
      '/page/1/',
      '/page/8/',
      '/latest/page/1/',
      '/latest/page/8/',
      `/topics/${topic.slug}/page/1/`,
      `/topics/${topic.slug}/page/99/`,
    ]) {
      expect((await fetch(site.at(missing))).status, missing).toBe(404);
    }
  });

  it('answers every entity page, whatever its article count, with its name in the HTML', async () => {
    let checked = 0;
    for (const kind of ENTITY_KINDS) {
      const dir = path.join(outDir, 'data', 'facets', kind);
      for (const file of readdirSync(dir).filter((f) => !f.endsWith('.ids.json'))) {
        const postings = dataFile<FacetPostings>(`facets/${kind}/${file}`);
        const response = await fetch(site.at(`/${kind}/${postings.slug}/`));
        const html = await response.text();
        expect(response.status, `/${kind}/${postings.slug}/`).toBe(200);
        const name = postings.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#x27;');
        expect(html, `/${kind}/${postings.slug}/ names ${postings.name}`).toMatch(
          new RegExp(`<h1[^>]*>${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
        );
        checked++;
      }
    }
    // The seed's own people, one article each, among them.
    const sheinbaum = await fetch(site.at('/people/claudia-sheinbaum/'));
    expect(sheinbaum.status).toBe(200);
    expect(await sheinbaum.text()).toContain('>Claudia Sheinbaum</h1>');
    expect(checked).toBeGreaterThan(20);
  });

  it("carries only its own page in a numbered topic page's first load", async () => {
    const html = readFileSync(path.join(outDir, 'topics', topic.slug, 'page', '2', 'index.html'), 'utf8');
    const state = JSON.parse(/id="bs-state">(.*?)<\/script>/s.exec(html)![1]!) as {
      queries: { queryKey: unknown[]; state: { data: unknown } }[];
    };
    expect(state.queries.map((q) => q.queryKey[0]).sort()).toEqual(['facet', 'manifest']);
    const postings = state.queries.find((q) => q.queryKey[0] === 'facet')!.state.data as FacetPostings;
    expect(decodeAscending(postings.ids)).toEqual(topic.ordinals.slice(30, 60));
    expect(postings.first.map((a) => a.slug)).toEqual(topic.ordinals.slice(30, 60).map((o) => slugs[o]));
    expect(postings.count).toBe(topic.ordinals.length);
  });

  it('with JavaScript, a numbered topic page keeps its rows once the whole postings load, fetching no list chunk', async () => {
    const page = await openPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/chunks/')) chunks.push(request.url());
    });
    const postingsLoaded = page.waitForResponse((r) => r.url().endsWith(`/data/facets/sections/${topic.slug}.json`));
    await page.goto(site.at(`/topics/${topic.slug}/page/2/`));
    await postingsLoaded;
    const expected = topic.ordinals.slice(30, 60).map((o) => slugs[o]);
    await expect.poll(() => listedSlugs(page)).toEqual(expected);
    await page.waitForLoadState('networkidle');
    expect(await listedSlugs(page)).toEqual(expected);
    expect(chunks).toEqual([]);
    await expectNoAxeViolations(page, 'a topic page 2');
  });

  it('with JavaScript, "Load more" on /latest appends page 2 in place, puts /latest/page/2 in the URL, and a reload shows page 2', async () => {
    const page = await openPage();
    await page.goto(site.at('/latest'));
    await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(0, 30));
    // Marked rows that are still there afterwards were kept, not rendered again.
    await page
      .getByRole('main')
      .getByRole('listitem')
      .first()
      .evaluate((li) => li.setAttribute('data-kept', 'yes'));
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(0, 60));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/latest/page/2');
    expect(await page.locator('main li[data-kept="yes"]').count()).toBe(1);
    expect(await relLinks(page, 'a')).toEqual({ next: '/latest/page/3' });

    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/latest/page/3');
    await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(0, 90));

    await page.reload();
    await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(60, 90));
    expect(await relLinks(page, 'a')).toEqual({ prev: '/latest/page/2', next: '/latest/page/4' });
    await expectNoAxeViolations(page, '/latest/page/3');

    // "Next page" with JavaScript is a page of its own, not an appended one.
    await page.getByRole('link', { name: /Next page/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/latest/page/4');
    await expect.poll(() => listedSlugs(page)).toEqual(slugs.slice(90, 120));
  });

  it('with JavaScript, "Load more" on a topic page puts its page 2 in the URL', async () => {
    const page = await openPage();
    const base = `/topics/${topic.slug}`;
    await page.goto(site.at(base));
    const first = topic.ordinals.slice(0, 30).map((o) => slugs[o]);
    await expect.poll(() => listedSlugs(page)).toEqual(first);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => listedSlugs(page)).toEqual(topic.ordinals.slice(0, 60).map((o) => slugs[o]));
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${base}/page/2`);
  });
});
