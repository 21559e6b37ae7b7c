// Related coverage and stories, as a reader meets them: a generated corpus with stories, built and
// served under BASE_PATH=/news/, read with and without JavaScript, checked by axe in both themes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { dataPaths, type Article, type Story, type StoryListing } from '../../src/model/data';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const ARTICLES = 150;
const BASE = '/news/';

describe('related coverage and stories, served under /news/', () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  /** The story stories.json lists first, and one of its articles that has related links. */
  let story: Story;
  let member: Article;
  const openPage = pagesPerTest(() => browser);

  const dataFile = <T>(file: string): T => JSON.parse(readFileSync(path.join(outDir, 'data', file), 'utf8')) as T;
  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const related = (page: Page) => page.getByRole('region', { name: 'Related coverage' }).getByRole('link');

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-coverage-seeds');
    generateCorpus({ count: ARTICLES, outDir: seedsDir, seed: 5, stories: true });
    outDir = makeTmpDir('e2e-coverage');
    await buildSite({ seedsDir, outDir, basePath: BASE });
    const listings = dataFile<StoryListing[]>(dataPaths.storyListings());
    expect(listings.length, 'the generated corpus has stories').toBeGreaterThan(0);
    story = dataFile<Story>(dataPaths.story(listings[0]!.slug));
    member = story.articles
      .map((a) => dataFile<Article>(dataPaths.article(a.slug)))
      .find((a) => (a.related?.length ?? 0) > 0)!;
    expect(member, 'a story article with related links').toBeDefined();
    site = await serveSite(outDir, BASE);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  it("an article's related links lead to those articles, best first, never itself", async () => {
    const page = await openPage();
    await page.goto(site.at(`/articles/${member.slug}`));
    await expect.poll(() => heading(page).textContent()).toBe(member.title);
    const titles = await related(page).allTextContents();
    expect(titles).toEqual(member.related!.map((r) => r.title));
    expect(titles.length).toBeLessThanOrEqual(6);
    expect(titles).not.toContain(member.title);
    await related(page).first().click();
    await expect.poll(() => heading(page).textContent()).toBe(member.related![0]!.title);
    expect(pathOf(page)).toBe(`${BASE}articles/${member.related![0]!.slug}`);
  });

  it('the story link leads to the story page: headline, timeline newest first, sources, and back to an article', async () => {
    const page = await openPage();
    await page.goto(site.at(`/articles/${member.slug}`));
    await page.getByRole('link', { name: `${story.count} articles in this story` }).click();
    // The address first: the story's headline may be this very article's, so the heading alone cannot
    // tell whether the story page has rendered yet.
    await expect.poll(() => pathOf(page)).toBe(`${BASE}stories/${story.slug}`);
    await expect.poll(() => page.getByRole('region', { name: 'Timeline, newest first' }).count()).toBe(1);
    expect(await heading(page).textContent()).toBe(story.title);
    const timeline = page.getByRole('region', { name: 'Timeline, newest first' });
    expect(await timeline.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      story.articles.map((a) => a.title),
    );
    const sources = await page.getByRole('region', { name: 'Sources' }).getByRole('listitem').allInnerTexts();
    expect(sources.map((s) => s.replace(/ \(\d+\)$/, ''))).toEqual(story.sources.map((s) => s.name));
    const last = story.articles[story.articles.length - 1]!;
    await timeline.getByRole('link', { name: last.title }).click();
    await expect.poll(() => heading(page).textContent()).toBe(last.title);
  });

  it("a list row of a story's article links to its story", async () => {
    const page = await openPage();
    await page.goto(site.at('/latest'));
    const links = page.getByRole('main').getByRole('link', { name: /^\d+ articles in this story$/ });
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      expect(href).toMatch(/^\/news\/stories\/[a-z0-9-]+$/);
  });

  it('without JavaScript, the story page and the related and story links are there as plain links', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const response = await page.goto(site.at(`/stories/${story.slug}`));
    expect(response?.status()).toBe(200);
    expect(await heading(page).textContent()).toBe(story.title);
    const timeline = page.getByRole('region', { name: 'Timeline, newest first' }).getByRole('link');
    expect(await timeline.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(
      story.articles.map((a) => `${BASE}articles/${a.slug}`),
    );
    await page.goto(site.at(`/articles/${member.slug}`));
    const relatedHrefs = await related(page).evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(relatedHrefs).toEqual(member.related!.map((r) => `${BASE}articles/${r.slug}`));
    const storyLink = page.getByRole('link', { name: `${story.count} articles in this story` });
    expect(new URL((await storyLink.getAttribute('href'))!, site.url).pathname).toBe(`${BASE}stories/${story.slug}`);
    await storyLink.click();
    expect(await heading(page).textContent()).toBe(story.title);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the story page and an article with related coverage, ${colorScheme} theme`, async () => {
      const page = await openPage({ colorScheme });
      await page.goto(site.at(`/stories/${story.slug}`));
      await expect.poll(() => heading(page).textContent()).toBe(story.title);
      await expectNoAxeViolations(page, `story page (${colorScheme})`);
      await page.goto(site.at(`/articles/${member.slug}`));
      await expect.poll(() => related(page).count()).toBe(member.related!.length);
      await expectNoAxeViolations(page, `article with related coverage (${colorScheme})`);
    });
  }
});
