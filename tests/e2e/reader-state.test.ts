// The reader's own state in a real browser (issue 5): read marks and unread counts, saved and
// history, export and import, a store that throws, every keyboard shortcut, reading settings
// applied before first paint, share and print. One generated build, served at the root.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { dataPaths, type Manifest } from '../../src/model/data';
import { expectNoAxeViolations } from '../harness/axe';
import { tearDown } from '../harness/tear-down';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

const ARTICLES = 40;
const STORAGE_NOTICE = 'Reading state is not being kept on this device.';

describe('reading state, keyboard, settings, share and print', () => {
  let seedsDir: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let manifest: Manifest;
  // Service workers are tested in offline.test.ts; here they would hide requests from page.route.
  const newPage = pagesPerTest(() => browser, { serviceWorkers: 'block' });

  const main = (page: Page) => page.getByRole('main');
  const rows = (page: Page) => main(page).locator('[data-article-row]');
  const rowTitle = (row: Locator) => row.getByRole('heading', { level: 2 }).getByRole('link');
  const articleActions = (page: Page) => main(page).locator('[data-article-actions]');
  const headline = (page: Page) => page.getByRole('heading', { level: 1 });
  const pathOf = (page: Page) => new URL(page.url()).pathname;

  async function openHome(page: Page): Promise<void> {
    await page.goto(site.at('/latest'));
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
  }

  /** The title and path of list row `i`. */
  async function rowInfo(page: Page, i: number): Promise<{ title: string; href: string }> {
    const link = rowTitle(rows(page).nth(i));
    return {
      title: (await link.innerText()).trim(),
      href: new URL((await link.getAttribute('href'))!, site.url).pathname,
    };
  }

  function rowFor(page: Page, title: string): Locator {
    return rows(page).filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  async function isRowRead(row: Locator): Promise<boolean> {
    return (await row.getByText('Read', { exact: true }).count()) > 0;
  }

  async function readButtonText(page: Page): Promise<string> {
    return (await articleActions(page).locator('[data-action="read"]').innerText()).trim();
  }

  async function saveButtonText(scope: Locator): Promise<string> {
    return (await scope.locator('[data-action="save"]').innerText()).trim().split('\n')[0]!.trim();
  }

  /** The section nav link's accessible text for a section name. */
  async function sectionNavText(page: Page, name: string): Promise<string> {
    const nav = page.getByRole('navigation', { name: 'Sections' });
    return (
      await nav.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) }).innerText()
    ).replace(/\s+/g, ' ');
  }

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });
    seedsDir = makeTmpDir('e2e-reader-seeds');
    generateCorpus({ count: ARTICLES, outDir: seedsDir, seed: 7 });
    outDir = makeTmpDir('e2e-reader');
    await buildSite({ seedsDir, outDir, siteTitle: 'The Reader Gazette' });
    manifest = JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.manifest()), 'utf8')) as Manifest;
    site = await serveSite(outDir, '/');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown(browser, site, outDir, seedsDir);
  });

  it('marks an article read at its end, shows it read in lists and counts unread per section, after a reload', async () => {
    const page = await newPage({ viewport: { width: 1000, height: 500 } });
    await openHome(page);
    const { title } = await rowInfo(page, 0);
    const sectionName = (await rows(page).nth(0).locator('a[href*="/topics/"]').first().innerText()).trim();
    const section = manifest.sections.find((s) => s.name.toLowerCase() === sectionName.toLowerCase())!;
    expect(section, `section "${sectionName}" is in the manifest`).toBeTruthy();
    expect(await sectionNavText(page, section.name)).toContain(`${section.count} articles`);

    await rowTitle(rows(page).nth(0)).click();
    await expect.poll(() => headline(page).innerText()).toBe(title);
    // Opened at the top of a short window: not read yet.
    expect(await readButtonText(page)).toBe('Mark read');
    await main(page).locator('[data-article-end]').scrollIntoViewIfNeeded();
    await expect.poll(() => readButtonText(page)).toBe('Mark unread');

    await page.goBack();
    await expect.poll(() => isRowRead(rowFor(page, title))).toBe(true);
    await expect
      .poll(() => sectionNavText(page, section.name))
      .toContain(`${section.count - 1} unread of ${section.count} articles`);
    await page.reload();
    await expect.poll(() => isRowRead(rowFor(page, title))).toBe(true);
    await expect.poll(() => sectionNavText(page, section.name)).toContain(`${section.count - 1} unread`);
    expect(await isRowRead(rows(page).nth(1))).toBe(false);
  });

  it('marks an article read as soon as it opens when the setting says so', async () => {
    const page = await newPage({ viewport: { width: 1000, height: 500 } });
    await page.goto(site.at('/settings'));
    await page.getByRole('radio', { name: 'As soon as I open it' }).check();
    await openHome(page);
    const { title } = await rowInfo(page, 2);
    await rowTitle(rows(page).nth(2)).click();
    await expect.poll(() => headline(page).innerText()).toBe(title);
    await expect.poll(() => readButtonText(page)).toBe('Mark unread');
  });

  it('marks all listed articles read, and undo restores exactly the earlier state', async () => {
    const page = await newPage();
    await openHome(page);
    const first = rows(page).nth(0);
    await first.locator('[data-action="read"]').click();
    await expect.poll(() => isRowRead(first)).toBe(true);
    const shown = await rows(page).count();

    await main(page)
      .getByRole('button', { name: `Mark ${shown - 1} shown as read` })
      .click();
    await expect
      .poll(() =>
        main(page)
          .getByText(`Marked ${shown - 1} articles as read.`)
          .count(),
      )
      .toBe(1);
    for (let i = 0; i < shown; i += 7) expect(await isRowRead(rows(page).nth(i)), `row ${i}`).toBe(true);

    await main(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => isRowRead(rows(page).nth(1))).toBe(false);
    expect(await isRowRead(first)).toBe(true);
    await page.reload();
    await expect.poll(() => isRowRead(rows(page).nth(0))).toBe(true);
    expect(await isRowRead(rows(page).nth(1))).toBe(false);
  });

  it('saves and unsaves from a row and from the article, and lists saved and opened articles', async () => {
    const page = await newPage();
    await openHome(page);
    const saved = await rowInfo(page, 1);
    await rows(page).nth(1).locator('[data-action="save"]').click();
    await expect.poll(() => saveButtonText(rows(page).nth(1))).toBe('Saved');

    const opened = await rowInfo(page, 3);
    await rowTitle(rows(page).nth(3)).click();
    await expect.poll(() => headline(page).innerText()).toBe(opened.title);
    await articleActions(page).locator('[data-action="save"]').click();
    await expect.poll(() => saveButtonText(articleActions(page))).toBe('Saved');

    await page.getByRole('navigation', { name: 'Your reading' }).getByRole('link', { name: 'Saved' }).click();
    await expect.poll(() => headline(page).innerText()).toBe('Saved articles');
    await expect.poll(() => rows(page).count()).toBe(2);
    // Newest saved first.
    expect((await rowInfo(page, 0)).title).toBe(opened.title);
    expect((await rowInfo(page, 1)).title).toBe(saved.title);

    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(2);
    await rows(page).nth(0).locator('[data-action="save"]').click();
    await expect.poll(() => rows(page).count()).toBe(1);
    expect((await rowInfo(page, 0)).title).toBe(saved.title);

    await page.goto(site.at('/history'));
    await expect.poll(() => rows(page).count()).toBe(1);
    expect((await rowInfo(page, 0)).title).toBe(opened.title);
    await main(page).getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => main(page).getByText('No articles opened yet on this device.').count()).toBe(1);
  });

  it('exports the state to a file and imports it into a fresh browser', async () => {
    const page = await newPage({ acceptDownloads: true });
    await openHome(page);
    const read = await rowInfo(page, 0);
    const saved = await rowInfo(page, 4);
    await rows(page).nth(0).locator('[data-action="read"]').click();
    await rows(page).nth(4).locator('[data-action="save"]').click();
    await expect.poll(() => saveButtonText(rows(page).nth(4))).toBe('Saved');
    await page.goto(site.at('/settings'));
    await page.getByRole('radio', { name: 'Larger' }).check();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^broadsheet-reading-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(makeTmpDir('e2e-export'), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      state: { saved: { article: { title: string } }[] };
    };
    expect(exported.format).toBe('broadsheet-reading-state');
    expect(exported.state.saved.map((entry) => entry.article.title)).toEqual([saved.title]);

    const fresh = await newPage();
    await fresh.goto(site.at('/settings'));
    await fresh.locator('input[type="file"]').setInputFiles(file);
    await expect
      .poll(() =>
        main(fresh)
          .getByText(/^Imported 1 read, 1 saved/)
          .count(),
      )
      .toBe(1);
    expect(await fresh.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
    await fresh.goto(site.at('/saved'));
    await expect.poll(() => rows(fresh).count()).toBe(1);
    expect((await rowInfo(fresh, 0)).title).toBe(saved.title);
    await openHome(fresh);
    await expect.poll(() => isRowRead(rowFor(fresh, read.title))).toBe(true);
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('keeps reading when storage throws, and says that state is not kept', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The storage is blocked.', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    await openHome(page);
    await expect.poll(() => main(page).getByText(STORAGE_NOTICE).count()).toBe(1);
    const { title } = await rowInfo(page, 0);
    await rows(page).nth(0).locator('[data-action="save"]').click();
    // Kept in memory for this page, so the reader's click still does what it says.
    await expect.poll(() => saveButtonText(rows(page).nth(0))).toBe('Saved');
    await rowTitle(rows(page).nth(0)).click();
    await expect.poll(() => headline(page).innerText()).toBe(title);
    expect(await main(page).locator('.reader-text p').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  });

  it('keeps reading when the store is full or holds damaged data', async () => {
    const full = await newPage();
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openHome(full);
    expect(await main(full).getByText(STORAGE_NOTICE).count()).toBe(0);
    await rows(full).nth(0).locator('[data-action="read"]').click();
    await expect.poll(() => main(full).getByText(STORAGE_NOTICE).count()).toBe(1);
    await expect.poll(() => isRowRead(rows(full).nth(0))).toBe(true);

    const damaged = await newPage();
    await damaged.addInitScript(() => {
      if (!sessionStorage.getItem('damaged')) {
        sessionStorage.setItem('damaged', '1');
        localStorage.setItem('broadsheet-reader:/', '{"read": [unterminated');
        localStorage.setItem('broadsheet-settings', 'not json at all');
      }
    });
    await openHome(damaged);
    await expect
      .poll(() =>
        main(damaged)
          .getByText(/could not be read, so it was started afresh/)
          .count(),
      )
      .toBe(1);
    await rows(damaged).nth(0).locator('[data-action="save"]').click();
    await damaged.reload();
    await expect.poll(() => saveButtonText(rows(damaged).nth(0))).toBe('Saved');
    expect(
      await main(damaged)
        .getByText(/could not be read/)
        .count(),
    ).toBe(0);
  });

  it('answers every keyboard shortcut, and none while typing', async () => {
    const page = await newPage();
    await openHome(page);
    const current = () =>
      page.evaluate(
        () => document.querySelector('[data-article-row][data-current]')?.getAttribute('data-article-id') ?? null,
      );
    const idOf = (i: number) => rows(page).nth(i).getAttribute('data-article-id');
    const focusedHref = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? null);

    // j and k move a visible selection through the rows, with focus on the headline.
    await page.keyboard.press('j');
    await expect.poll(current).toBe(await idOf(0));
    await page.keyboard.press('j');
    await expect.poll(current).toBe(await idOf(1));
    expect(await focusedHref()).toBe((await rowInfo(page, 1)).href);
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(current).toBe(await idOf(0));

    // s and m act on the selected row.
    await page.keyboard.press('s');
    await expect.poll(() => saveButtonText(rows(page).nth(0))).toBe('Saved');
    await page.keyboard.press('s');
    await expect.poll(() => saveButtonText(rows(page).nth(0))).toBe('Save');
    await page.keyboard.press('m');
    await expect.poll(() => isRowRead(rows(page).nth(0))).toBe(true);
    await page.keyboard.press('m');
    await expect.poll(() => isRowRead(rows(page).nth(0))).toBe(false);

    // o opens the selected row; m and s act on the open article; u goes back to the list.
    const first = await rowInfo(page, 0);
    await page.keyboard.press('o');
    await expect.poll(() => pathOf(page)).toBe(first.href);
    await expect.poll(() => headline(page).innerText()).toBe(first.title);
    const before = await readButtonText(page);
    await page.keyboard.press('m');
    await expect.poll(() => readButtonText(page)).not.toBe(before);
    await page.keyboard.press('s');
    await expect.poll(() => saveButtonText(articleActions(page))).toBe('Saved');
    // j and k on an article go to the next and previous article.
    const next = await main(page).locator('a[rel="next"]').getAttribute('href');
    expect(next).toBeTruthy();
    await page.keyboard.press('j');
    await expect.poll(() => pathOf(page)).toBe(next);
    // Keys act on what is on screen: wait for the next article to be shown.
    await expect.poll(() => main(page).locator('a[rel="prev"]').getAttribute('href')).toBe(first.href);
    await page.keyboard.press('k');
    await expect.poll(() => pathOf(page)).toBe(first.href);
    await expect.poll(() => headline(page).innerText()).toBe(first.title);
    await page.keyboard.press('u');
    await expect.poll(() => pathOf(page)).toBe('/latest');
    await expect.poll(current).toBe(await idOf(0));

    // Enter opens the selected row too.
    await page.keyboard.press('j');
    await expect.poll(current).toBe(await idOf(1));
    const second = await rowInfo(page, 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => pathOf(page)).toBe(second.href);

    // g h and g s go home and to the saved page.
    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await expect.poll(() => pathOf(page)).toBe('/saved');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await expect.poll(() => pathOf(page)).toBe('/');

    // / focuses the search box; keys typed there are text.
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    const firstRead = await isRowRead(rows(page).nth(0));
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
    await page.keyboard.type('jkgs?m');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('jkgs?m');
    expect(pathOf(page)).toBe('/');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await isRowRead(rows(page).nth(0))).toBe(firstRead);
    expect(await current()).toBeNull();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());

    // ? opens the help, which lists every key; Esc closes it.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    const keys = await help.locator('kbd').allInnerTexts();
    for (const key of ['j', 'k', 'o', 'Enter', 'u', 'm', 's', '/', 'g', 'h', '?', 'Esc'])
      expect(keys, key).toContain(key);
    await expectNoAxeViolations(page, 'keyboard help');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('applies reading settings before first paint, and they survive a reload', async () => {
    // Unwatched: the test blocks the app's scripts below.
    const page = await newPage({ colorScheme: 'light' }, false);
    await openHome(page);
    const { href } = await rowInfo(page, 0);
    await page.goto(site.at(href));
    const textStyle = () =>
      page.evaluate(() => {
        const text = document.querySelector('.reader-text')!;
        const style = getComputedStyle(text);
        return {
          size: style.fontSize,
          font: style.fontFamily,
          width: style.maxWidth,
          dark: document.documentElement.classList.contains('dark'),
        };
      });
    const defaults = await textStyle();
    expect(defaults.size).toBe('18px');

    await page.goto(site.at('/settings'));
    await page.getByRole('radio', { name: 'Largest' }).check();
    await page.getByRole('radio', { name: 'Sans serif' }).check();
    await page.getByRole('radio', { name: 'Wide' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    // The settings page's preview follows at once.
    await expect.poll(async () => (await textStyle()).size).toBe('26px');

    // With the app's JavaScript blocked, only the classic head script runs: what shows now is
    // what the reader sees before hydration.
    let blocked = 0;
    await page.route('**/assets/*.js', (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(site.at(href));
    expect(blocked).toBeGreaterThan(0);
    const early = await textStyle();
    expect(early.size).toBe('26px');
    expect(early.font).toMatch(/system-ui/);
    expect(early.font).not.toBe(defaults.font);
    expect(parseFloat(early.width)).toBeGreaterThan(parseFloat(defaults.width));
    expect(early.dark).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');

    await page.unroute('**/assets/*.js');
    await page.reload();
    await expect.poll(() => articleActions(page).count()).toBe(1);
    expect(await textStyle()).toEqual(early);

    // "Same as the system" forgets the fixed theme.
    await page.goto(site.at('/settings'));
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(async () => (await textStyle()).dark).toBe(false);
  });

  it('shares with the Web Share API where present, else copies the link and says so', async () => {
    const sharing = await newPage();
    await sharing.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await openHome(sharing);
    const { title, href } = await rowInfo(sharing, 0);
    await rowTitle(rows(sharing).nth(0)).click();
    await expect.poll(() => headline(sharing).innerText()).toBe(title);
    await articleActions(sharing).getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(() => sharing.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([{ title, url: site.at(href) }]);

    const copying = await newPage();
    await copying
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await copying.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
    });
    await copying.goto(site.at(href));
    await expect.poll(() => articleActions(copying).count()).toBe(1);
    await articleActions(copying).getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => articleActions(copying).getByText('Link copied to the clipboard.').count()).toBe(1);
    expect(await copying.evaluate(() => navigator.clipboard.readText())).toBe(site.at(href));
  });

  it('prints just the article, dark on white', async () => {
    const page = await newPage({ colorScheme: 'dark' });
    await openHome(page);
    const { href, title } = await rowInfo(page, 0);
    await page.goto(site.at(href));
    await expect.poll(() => articleActions(page).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await headline(page).isVisible()).toBe(true);
    expect(await headline(page).innerText()).toBe(title);
    expect(await main(page).locator('.reader-text p').first().isVisible()).toBe(true);
    for (const [label, locator] of [
      ['site header', page.getByRole('banner')],
      ['footer', page.getByRole('contentinfo')],
      ['section navigation', page.getByRole('navigation', { name: 'Sections' })],
      ['article toolbar', articleActions(page)],
      ['more articles', page.getByRole('navigation', { name: 'More articles' })],
      ['topic chips', main(page).getByRole('region', { name: 'Topics' })],
    ] as const) {
      expect(await locator.first().isVisible(), label).toBe(false);
    }
    const colours = await page.evaluate(() => {
      const p = document.querySelector('.reader-text p')!;
      return { text: getComputedStyle(p).color, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours.text).toBe('rgb(0, 0, 0)');
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the saved, history and settings pages in the ${colorScheme} theme`, async () => {
      const page = await newPage({ colorScheme });
      await openHome(page);
      await rows(page).nth(0).locator('[data-action="save"]').click();
      await rows(page).nth(1).locator('[data-action="read"]').click();
      await expect.poll(() => isRowRead(rows(page).nth(1))).toBe(true);
      // The reader walk checks home and article pages in both themes; these add read rows and the toolbar.
      if (colorScheme === 'light') await expectNoAxeViolations(page, 'home with read and saved rows');
      await rowTitle(rows(page).nth(1)).click();
      await expect.poll(() => articleActions(page).count()).toBe(1);
      if (colorScheme === 'light') await expectNoAxeViolations(page, 'article with its toolbar');
      for (const [route, heading] of [
        ['/saved', 'Saved articles'],
        ['/history', 'History'],
        ['/settings', 'Settings'],
      ] as const) {
        await page.goto(site.at(route));
        await expect.poll(() => headline(page).innerText()).toBe(heading);
        if (route !== '/settings') await expect.poll(() => rows(page).count()).toBe(1);
        await expectNoAxeViolations(page, `${route} (${colorScheme})`);
      }
    });
  }

  it('keeps the footer still when an empty saved or history list replaces its skeleton (no layout shift)', async () => {
    // A phone's viewport, where the skeleton's height and the empty message's decide where the footer sits.
    const page = await newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const [route, empty] of [
      ['/saved', /Nothing saved yet/],
      ['/history', /No articles opened yet/],
    ] as const) {
      await page.goto(site.at(route));
      await expect.poll(() => main(page).innerText()).toMatch(empty);
      // A shift is reported after the frame that made it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts), route).toEqual([]);
    }
  });
});
