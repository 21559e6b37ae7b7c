// Copies of one story and the ways into a corpus besides topics, on a small dated corpus built
// under BASE_PATH=/news/: a story filed twice shows once in the list and both pages exist; author,
// source and archive pages are reached from an article, prerendered (whole without JavaScript),
// in the sitemap, and pass axe in both themes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const BODY = [
  'Former Conservative leader William Hague says he will not stand for the leadership again, having given up his ambition to be prime minister.',
  'Mr Hague, who led the party from 1997 to 2001, said he was happy as a backbench MP and writer. He told a newspaper that his days at the top of politics were over.',
];
const OTHER = [
  'The Bank of England has held interest rates at 4.75% for the sixth month in a row, as most economists in the City expected.',
  'House prices are slowing and shoppers are spending less, easing pressure on the committee to raise the cost of borrowing again this winter.',
];
const REVIEW = [
  'A look back at the year in politics, from the spring budget to the autumn party conferences and the long campaign that followed them.',
  'Our writers pick the moments that mattered most and the people who will shape the year ahead, in Westminster and beyond.',
];

function seed(fields: Record<string, string>, paragraphs: string[]): string {
  const front = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...front, '---', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
}

const SEEDS: Record<string, string> = {
  // The same story twice: another headline, byline and source, the body re-punctuated.
  'hague.md': seed(
    {
      title: "Hague 'given up' his PM ambition",
      date: '2024-03-05',
      byline: 'By Jane Doe and John Smith',
      source: 'Gazette',
    },
    BODY,
  ),
  'hague-wire.md': seed(
    {
      title: 'Hague gives up on Number 10',
      date: '2024-03-06',
      byline: 'JANE DOE, Political correspondent',
      source: 'Wire Service',
    },
    BODY.map((p) => p.replace(/,/g, ' ;').toLowerCase()),
  ),
  'rates.md': seed(
    { title: 'Rates held', date: '2024-04-02', byline: 'John Smith in Paris', source: 'gazette' },
    OTHER,
  ),
  // Initials and a surname: the byline joins the one full name the corpus gives them (John Smith).
  'review.md': seed({ title: 'The year in review', date: '2023-12-20', byline: 'By J. Smith' }, REVIEW),
};

const SITE_URL = 'https://example.org/news/';

describe('copies, authors, sources and archives under BASE_PATH=/news/', () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let buildLog: string;
  const openPage = pagesPerTest(() => browser);

  const main = (page: Page) => page.getByRole('main');
  /** Headlines of the list rows in <main>, in order. */
  const rowTitles = (page: Page) => main(page).getByRole('article').getByRole('heading').allInnerTexts();
  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-ways-in-seeds');
    for (const [file, text] of Object.entries(SEEDS)) writeFileSync(path.join(seedsDir, file), text);
    outDir = makeTmpDir('e2e-ways-in');
    buildLog = (await buildSite({ seedsDir, outDir, basePath: '/news/', args: ['--site-url', SITE_URL] })).stderr;
    site = await serveSite(outDir, '/news/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  it('shows a story filed twice once in the list, linking the other copy, and keeps both pages', async () => {
    expect(buildLog).toContain('tagged 3 articles (1 copy folded into their rows)');
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(site.at('/latest'));
    expect(await rowTitles(page)).toEqual(['Rates held', 'Hague ‘given up’ his PM ambition', 'The year in review']);
    const also = main(page).getByRole('article').nth(1).locator('[data-also-as]');
    expect(await also.innerText()).toBe('Also as Hague gives up on Number 10 (Wire Service)');

    await also.getByRole('link').click();
    expect(new URL(page.url()).pathname).toBe('/news/articles/hague-gives-up-on-number-10');
    expect(await heading(page)).toBe('Hague gives up on Number 10');
    const published = main(page).locator('[data-also-as]');
    expect(await published.innerText()).toBe('Also published as Hague ‘given up’ his PM ambition (Gazette)');
    await published.getByRole('link').click();
    expect(await heading(page)).toBe('Hague ‘given up’ his PM ambition');
  });

  it('links byline names, the source and the date to their pages, each listing its articles', async () => {
    const page = await openPage();
    await page.goto(site.at('/articles/hague-given-up-his-pm-ambition'));
    const header = main(page).locator('header');
    await header.getByRole('link', { name: 'John Smith' }).click();
    await expect.poll(() => heading(page)).toBe('John Smith');
    expect(new URL(page.url()).pathname).toBe('/news/authors/john-smith');
    await expect
      .poll(() => rowTitles(page))
      .toEqual(['Rates held', 'Hague ‘given up’ his PM ambition', 'The year in review']);

    await page.goBack();
    await header.getByRole('link', { name: 'More from Gazette' }).click();
    await expect.poll(() => heading(page)).toBe('Gazette');
    expect(new URL(page.url()).pathname).toBe('/news/sources/gazette');
    await expect.poll(() => rowTitles(page)).toEqual(['Rates held', 'Hague ‘given up’ his PM ambition']);

    await page.goBack();
    await header.getByRole('link', { name: '5 March 2024' }).click();
    await expect.poll(() => heading(page)).toBe('March 2024');
    expect(new URL(page.url()).pathname).toBe('/news/archive/2024/03');
    await expect.poll(() => rowTitles(page)).toEqual(['Hague ‘given up’ his PM ambition']);
  });

  it('prerenders author, source and archive pages whole, so they work without JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const expected: [string, string, string[]][] = [
      ['/authors/jane-doe', 'Jane Doe', ['Hague ‘given up’ his PM ambition']],
      ['/authors/john-smith', 'John Smith', ['Rates held', 'Hague ‘given up’ his PM ambition', 'The year in review']],
      ['/sources/gazette', 'Gazette', ['Rates held', 'Hague ‘given up’ his PM ambition']],
      ['/sources/wire-service', 'Wire Service', []],
      ['/archive/2024', '2024', ['Rates held', 'Hague ‘given up’ his PM ambition']],
      ['/archive/2023/12', 'December 2023', ['The year in review']],
    ];
    for (const [route, name, titles] of expected) {
      const response = await page.goto(site.at(route));
      if (titles.length === 0) {
        // A copy's source lists nothing: its story is listed under the copy shown.
        expect(response?.status(), route).toBe(404);
        continue;
      }
      expect(response?.status(), route).toBe(200);
      expect(await heading(page)).toBe(name);
      expect(await rowTitles(page)).toEqual(titles);
      // Their rows link under the base path.
      const hrefs = await main(page)
        .getByRole('article')
        .getByRole('heading')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of hrefs) expect(href, route).toMatch(/^\/news\/articles\//);
    }
    // "J. Smith" has no page of its own: the byline joined John Smith's.
    expect((await page.goto(site.at('/authors/j-smith')))?.status()).toBe(404);
    // Undated corpora have no archive; here a month with no articles has no page.
    expect((await page.goto(site.at('/archive/2024/02')))?.status()).toBe(404);
  });

  it('lists the new pages and both copies in the sitemap', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-1.xml'), 'utf8');
    for (const route of [
      'articles/hague-given-up-his-pm-ambition',
      'articles/hague-gives-up-on-number-10',
      'authors/jane-doe',
      'authors/john-smith',
      'sources/gazette',
      'archive/2024',
      'archive/2024/03',
      'archive/2023/12',
    ])
      expect(sitemap).toContain(`<loc>${SITE_URL}${route}</loc>`);
    expect(sitemap).not.toContain('authors/political');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the new pages in the ${colorScheme} theme`, async () => {
      const page = await openPage({ colorScheme });
      for (const route of [
        '/',
        '/articles/hague-gives-up-on-number-10',
        '/authors/john-smith',
        '/sources/gazette',
        '/archive/2024',
        '/archive/2024/03',
      ]) {
        await page.goto(site.at(route));
        await expect.poll(() => main(page).getByRole('article').count()).toBeGreaterThan(0);
        await expectNoAxeViolations(page, `${route} (${colorScheme})`);
      }
    });
  }
});
