// The reader's walk through a build of the seed, as one describe block, so the same walk runs
// on a root build and on a BASE_PATH=/news/ build.
import { rmSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../harness/axe';
import { launchBrowser } from '../../harness/browser';
import { buildSite } from '../../harness/build-site';
import { makeTmpDir, seedsDir } from '../../harness/paths';
import {
  SEED_CAPTION_END,
  SEED_DEK_START,
  SEED_FIRST_PARAGRAPH_START,
  SEED_HEADLINE,
  SEED_LAST_PARAGRAPH_END,
  SEED_PERSON,
  SEED_PERSON_PATH,
} from './seed-facts';
import { serveSite, type ServedSite } from '../../harness/serve-site';
import { pagesPerTest } from '../../harness/test-pages';

const SITE_TITLE = 'The Test Gazette';
const NOT_FOUND = /not found/i;
const POLL_TIMEOUT_MS = 10_000;
// The app asks for the data file of an article that does not exist; that 404 is the point.
const MISSING_ARTICLE_DATA = /\/data\/articles\/no-such-article-anywhere\.json$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The path of a URL relative to the site root, so assertions read the same under any base path. */
function appPath(site: ServedSite, url: string): string {
  const { pathname, search } = new URL(url);
  expect(isUnderBase(site, pathname), `${pathname} is under ${site.basePath}`).toBe(true);
  return `/${pathname.slice(site.basePath.length)}${search}`;
}

/** `/news/x` and the base itself, with or without its trailing slash (react-router links home as `/news`). */
function isUnderBase(site: ServedSite, pathname: string): boolean {
  return pathname.startsWith(site.basePath) || `${pathname}/` === site.basePath;
}

function headline(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Topic chips: the links in the article's "Topics" list, not the site navigation. */
function topicChips(page: Page): Locator {
  return page.getByRole('main').getByRole('region', { name: 'Topics' }).getByRole('link');
}

function themeToggle(page: Page): Locator {
  return page.getByRole('button', { name: /theme|dark/i });
}

async function htmlIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.classList.contains('dark'));
}

export function describeReaderWalk(basePath: string): void {
  describe(`reader walk on the seed, served under ${basePath}`, () => {
    let outDir: string;
    let site: ServedSite;
    let browser: Browser;
    const openPage = pagesPerTest(() => browser);

    /** Goes to the seed's article page by clicking through from the front page. */
    async function openSeedArticle(page: Page): Promise<void> {
      await page.goto(site.url);
      await page.getByRole('link', { name: SEED_HEADLINE }).first().click();
      await expect.poll(() => headline(page).textContent()).toBe(SEED_HEADLINE);
    }

    beforeAll(async () => {
      // Pages load data after hydration; a slow CI machine needs more than vitest's 1 s default.
      vi.setConfig({ expect: { poll: { timeout: POLL_TIMEOUT_MS, interval: 50 } } });
      outDir = makeTmpDir('e2e-seed');
      await buildSite({ seedsDir, outDir, basePath, siteTitle: SITE_TITLE });
      site = await serveSite(outDir, basePath);
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
      if (outDir) rmSync(outDir, { recursive: true, force: true });
    });

    it('opens the front page with the site title and the seed headline', async () => {
      const page = await openPage();
      const response = await page.goto(site.url);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.getByRole('link', { name: SITE_TITLE }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('link', { name: SEED_HEADLINE }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('navigation', { name: /sections/i }).count()).toBe(1);
      // Every link the app renders stays under the base path.
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of hrefs.map((h) => new URL(h))) {
        if (href.origin === new URL(site.url).origin)
          expect(isUnderBase(site, href.pathname), href.pathname).toBe(true);
      }
    });

    it('follows the headline and reads the dek, caption and body', async () => {
      const page = await openPage();
      await openSeedArticle(page);
      expect(appPath(site, page.url())).toMatch(/^\/articles\/[a-z0-9-]+$/);
      const main = page.getByRole('main');
      const text = (await main.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(SEED_DEK_START);
      expect(text).toContain(SEED_FIRST_PARAGRAPH_START);
      expect(text).toContain(SEED_LAST_PARAGRAPH_END);
      expect(text).toContain(SEED_CAPTION_END);
      // The caption is shown as a caption, never as a body paragraph starting "FILE:".
      expect(text).not.toContain('FILE:');
      const paragraphs = await main.locator('p').allInnerTexts();
      expect(paragraphs.some((p) => p.startsWith(SEED_FIRST_PARAGRAPH_START))).toBe(true);
      expect(paragraphs.some((p) => p.trimEnd().endsWith(SEED_LAST_PARAGRAPH_END))).toBe(true);
    });

    it('follows a topic chip to its topic page and comes back', async () => {
      const page = await openPage();
      await openSeedArticle(page);
      const articleUrl = page.url();
      const chip = topicChips(page).first();
      const topicName = (await chip.innerText()).trim();
      expect(topicName.length).toBeGreaterThan(0);
      await chip.click();
      await expect.poll(() => appPath(site, page.url())).toMatch(/^\/topics\/[a-z0-9-]+$/);
      await expect.poll(() => headline(page).textContent()).toMatch(new RegExp(escapeRegExp(topicName), 'i'));
      await expect
        .poll(() => page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).count())
        .toBeGreaterThan(0);
      await page.goBack();
      await expect.poll(() => page.url()).toBe(articleUrl);
      await expect.poll(() => headline(page).textContent()).toBe(SEED_HEADLINE);
    });

    it('follows an entity chip from the article to the person page', async () => {
      const page = await openPage();
      await openSeedArticle(page);
      await page.getByRole('main').getByRole('link', { name: SEED_PERSON, exact: true }).first().click();
      await expect.poll(() => appPath(site, page.url())).toBe(SEED_PERSON_PATH);
      await expect.poll(() => headline(page).textContent()).toContain(SEED_PERSON);
      await expect
        .poll(() => page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).count())
        .toBeGreaterThan(0);
      await page.goBack();
      await expect.poll(() => headline(page).textContent()).toBe(SEED_HEADLINE);
    });

    it('reloads a deep link, and the article text is there before JavaScript runs', async () => {
      const page = await openPage();
      await openSeedArticle(page);
      const articleUrl = page.url();
      await page.reload();
      await expect.poll(() => headline(page).textContent()).toBe(SEED_HEADLINE);

      const fresh = await openPage();
      const response = await fresh.goto(articleUrl);
      expect(response?.status()).toBe(200);
      await expect.poll(() => headline(fresh).textContent()).toBe(SEED_HEADLINE);

      const noScript = await openPage({ javaScriptEnabled: false });
      await noScript.goto(articleUrl);
      expect(await headline(noScript).textContent()).toBe(SEED_HEADLINE);
      expect((await noScript.getByRole('main').innerText()).replace(/\s+/g, ' ')).toContain(SEED_FIRST_PARAGRAPH_START);
    });

    it('shows the designed not-found page for an unknown path and an unknown article', async () => {
      const page = await openPage({}, (w) => w.allow404(MISSING_ARTICLE_DATA));
      for (const missing of ['/no/such/page', '/articles/no-such-article-anywhere']) {
        await page.goto(site.at(missing));
        await expect.poll(() => headline(page).textContent(), { message: missing }).toMatch(NOT_FOUND);
        expect(appPath(site, page.url())).toBe(missing);
      }
      const unknownPath = await page.request.get(site.at('/no/such/page'));
      expect(unknownPath.status()).toBe(404);
      await page
        .getByRole('main')
        .getByRole('link', { name: /latest|home|front page/i })
        .first()
        .click();
      await expect.poll(() => appPath(site, page.url())).toBe('/');
      await expect.poll(() => page.getByRole('link', { name: SEED_HEADLINE }).count()).toBeGreaterThan(0);
    });

    it('toggles the theme, and the choice survives a reload', async () => {
      const page = await openPage({ colorScheme: 'light' });
      await page.goto(site.url);
      await expect.poll(() => themeToggle(page).count()).toBe(1);
      expect(await htmlIsDark(page)).toBe(false);
      await themeToggle(page).click();
      await expect.poll(() => htmlIsDark(page)).toBe(true);
      await page.reload();
      await expect.poll(() => htmlIsDark(page)).toBe(true);
      await themeToggle(page).click();
      await expect.poll(() => htmlIsDark(page)).toBe(false);
      await page.reload();
      await expect.poll(() => htmlIsDark(page)).toBe(false);
    });

    it('follows the system dark preference when no choice is stored', async () => {
      const page = await openPage({ colorScheme: 'dark' });
      await page.goto(site.url);
      await expect.poll(() => htmlIsDark(page)).toBe(true);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations on any route in the ${colorScheme} theme`, async () => {
        const page = await openPage({ colorScheme }, (w) => w.allow404(MISSING_ARTICLE_DATA));
        const visit = async (label: string, ready: () => Promise<unknown>): Promise<void> => {
          await ready();
          await expect.poll(() => htmlIsDark(page)).toBe(colorScheme === 'dark');
          await expectNoAxeViolations(page, `${label} (${colorScheme})`);
        };
        await page.goto(site.url);
        await visit('home', () =>
          expect.poll(() => page.getByRole('link', { name: SEED_HEADLINE }).count()).toBeGreaterThan(0),
        );
        await page.goto(site.at('/latest'));
        await visit('latest', () =>
          expect
            .poll(() => page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).count())
            .toBeGreaterThan(0),
        );
        await page.getByRole('link', { name: SEED_HEADLINE }).first().click();
        await visit('article', () => expect.poll(() => headline(page).textContent()).toBe(SEED_HEADLINE));
        const articleUrl = page.url();
        await topicChips(page).first().click();
        await visit('topic', () =>
          expect
            .poll(() => page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).count())
            .toBeGreaterThan(0),
        );
        await page.goto(site.at('/no/such/page'));
        await visit('404', () => expect.poll(() => headline(page).textContent()).toMatch(NOT_FOUND));
        await page.goto(site.at('/articles/no-such-article-anywhere'));
        await visit('unknown article', () => expect.poll(() => headline(page).textContent()).toMatch(NOT_FOUND));
        await page.goto(articleUrl);
        await page.getByRole('main').getByRole('link', { name: SEED_PERSON, exact: true }).first().click();
        await visit('entity', () => expect.poll(() => headline(page).textContent()).toContain(SEED_PERSON));
      });
    }
  });
}
