// The front page and the latest list as a reader meets them, served under /news/: the lead and
// the section blocks lead where they say, with and without JavaScript; /latest keeps its
// filters, "Load more" and keys; rows are dense, with quiet actions; no axe violations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataPaths, type FrontPage } from '../../src/model/data';
import { generateCorpus } from '../../bench/generate';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const BASE = '/news/';
const COUNT = 90;

describe(`front page and latest list on ${COUNT} generated articles under ${BASE}`, () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let front: FrontPage;
  const openPage = pagesPerTest(() => browser);

  /** The app path (without /news) of a link's target. */
  const appPathOf = (href: string) => new URL(href, site.url).pathname.replace(/^\/news/, '').replace(/(.)\/$/, '$1');
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().innerText();

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-front-seeds');
    generateCorpus({ count: COUNT, outDir: seedsDir, seed: 7 });
    outDir = makeTmpDir('e2e-front');
    await buildSite({ seedsDir, outDir, basePath: BASE });
    front = JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.front()), 'utf8')) as FrontPage;
    site = await serveSite(outDir, BASE);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  it('without JavaScript, the lead and every section block link to the pages they name', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    expect((await page.goto(site.url))?.status()).toBe(200);
    const lead = page.getByRole('region', { name: 'Lead story' });
    const leadLink = lead.getByRole('heading', { level: 2 }).getByRole('link');
    expect(await leadLink.innerText()).toBe(front.lead!.article.title);
    const leadHref = (await leadLink.getAttribute('href'))!;
    expect(leadHref.startsWith(BASE)).toBe(true);
    expect(appPathOf(leadHref)).toBe(`/articles/${front.lead!.article.slug}`);

    expect(front.sections.length).toBeGreaterThan(1);
    for (const block of front.sections) {
      const region = page.getByRole('region', { name: block.section.name, exact: true });
      const more = region.getByRole('link', { name: `More ${block.section.name}` });
      expect(appPathOf((await more.getAttribute('href'))!)).toBe(`/topics/${block.section.slug}`);
      const titles = await region.getByRole('heading', { level: 3 }).allInnerTexts();
      expect(titles).toEqual(block.items.map((item) => item.article.title));
    }
    // Followed, each link is a real page: the lead's article, a section's topic page.
    await leadLink.click();
    expect(await h1(page)).toBe(front.lead!.article.title);
    await page.goto(site.url);
    const first = front.sections[0]!;
    await page
      .getByRole('region', { name: first.section.name, exact: true })
      .getByRole('link', { name: `More ${first.section.name}` })
      .click();
    expect(appPathOf(page.url())).toBe(`/topics/${first.section.slug}`);
    expect(await h1(page)).toBe(first.section.name);
  });

  it('with JavaScript, the lead, a block story and "Latest" lead where they say', async () => {
    const page = await openPage();
    await page.goto(site.url);
    await page.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 2 }).getByRole('link').click();
    await expect.poll(() => h1(page)).toBe(front.lead!.article.title);
    await page.goBack();
    const block = front.sections[1]!;
    const story = block.items[0]!.article;
    await page
      .getByRole('region', { name: block.section.name, exact: true })
      .getByRole('link', { name: story.title, exact: true })
      .click();
    await expect.poll(() => appPathOf(page.url())).toBe(`/articles/${story.slug}`);
    await expect.poll(() => h1(page)).toBe(story.title);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Latest' }).click();
    await expect.poll(() => appPathOf(page.url())).toBe('/latest');
    await expect.poll(() => h1(page)).toBe('Latest news');
  });

  it('keeps the latest list whole at /latest: a filter, "Load more" and the keys', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.at('/latest'));
    const rows = page.getByRole('main').locator('[data-article-row]');
    await expect.poll(() => rows.count()).toBe(30);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows.count()).toBe(60);
    await expect.poll(() => appPathOf(page.url())).toBe('/latest/page/2');

    // The keys: j selects the first row, s saves it, m marks it read, o opens it.
    await page.goto(site.at('/latest'));
    await expect.poll(() => rows.count()).toBe(30);
    const firstTitle = await rows.first().getByRole('heading').innerText();
    await page.keyboard.press('j');
    await expect.poll(() => rows.first().getAttribute('data-current')).toBe('true');
    await page.keyboard.press('s');
    await expect
      .poll(() =>
        rows
          .first()
          .getByRole('button', { name: `Saved ${firstTitle}` })
          .count(),
      )
      .toBe(1);
    await page.keyboard.press('m');
    await expect.poll(() => rows.first().getByText('Read', { exact: true }).count()).toBe(1);
    await page.keyboard.press('o');
    await expect.poll(() => h1(page)).toBe(firstTitle);
    await page.goBack();

    const section = front.sections[0]!.section;
    await page.getByRole('checkbox', { name: new RegExp(`^${section.name}`) }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sections')).toBe(section.slug);
    await expect.poll(() => page.getByText(new RegExp(`of ${COUNT} articles match your filters`)).count()).toBe(1);
    const kickers = await rows.getByRole('link', { name: section.name, exact: true }).count();
    expect(kickers).toBeGreaterThan(0);
  });

  it('lists seven or more rows a 900 px screen at 1280 wide, with quiet actions shown on hover and focus', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.at('/latest'));
    const rows = page.getByRole('main').locator('[data-article-row]');
    await expect.poll(() => rows.count()).toBe(30);
    const heights = await rows.evaluateAll((els) => els.map((el) => el.closest('li')!.getBoundingClientRect().height));
    const average = heights.reduce((a, b) => a + b, 0) / heights.length;
    expect(average).toBeLessThanOrEqual(900 / 7);
    // No "Undated" where a row has no date.
    expect(await page.getByRole('main').getByText('Undated', { exact: true }).count()).toBe(0);

    const row = rows.nth(2);
    const save = row.locator('[data-action="save"]');
    const opacity = () => save.evaluate((el) => getComputedStyle(el.parentElement!).opacity);
    expect(await opacity()).toBe('0');
    await row.hover();
    await expect.poll(opacity).toBe('1');
    await page.mouse.move(0, 0);
    await expect.poll(opacity).toBe('0');
    await save.focus();
    await expect.poll(opacity).toBe('1');
  });

  it('shows the row actions always on a touch screen', async () => {
    const page = await openPage({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(site.at('/latest'));
    const save = page.getByRole('main').locator('[data-article-row] [data-action="save"]').first();
    await expect.poll(() => save.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('1');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on / and /latest in the ${colorScheme} theme`, async () => {
      const page = await openPage({ colorScheme });
      for (const route of ['/', '/latest']) {
        await page.goto(site.at(route));
        await expect.poll(() => page.locator('main [data-article-row]').count()).toBeGreaterThan(0);
        await expectNoAxeViolations(page, `${route} (${colorScheme})`);
      }
    });
  }
});
