// Facet-toggle latency: tick a section in the filter panel and time until the changed list is
// painted (its count line changed, no skeleton left), then untick it; on the latest list (/) and
// on the search page with a query. The panel is engaged (hovered) and its counts loaded first,
// as a reader's pointer would have done before the click.
import type { Browser, Page } from 'playwright-core';
import type { Manifest } from '../../src/model/data';
import { routePaths } from '../../src/model/routes';
import { meterNetwork, type NetworkMeter } from './network-meter';
import { armPaintWatch, summaryText, waitForHydration, type PaintCondition } from './paint-watch';
import { sectionBox } from './search-timing';
import { median, round } from './stats';

export type FacetView = 'list' | 'search';

export interface Toggle {
  section: string;
  action: 'tick' | 'untick';
  ms: number;
  transferBytes: number;
}

export interface FacetTimings {
  path: string;
  /** Median over every toggle, ticks and unticks. */
  medianMs: number;
  /** Ticking narrows the list and may fetch; unticking returns to a list already at hand. */
  medianTickMs: number;
  medianUntickMs: number;
  toggles: Toggle[];
}

const PAIRS = 3;

const VIEWS: Record<FacetView, { region: string; summary: string; ready: string }> = {
  list: {
    region: 'section[aria-label="Articles"]',
    summary: 'main header:has(h1) > p',
    ready: 'section[aria-label="Articles"] [data-article-row]',
  },
  search: {
    region: 'section[aria-label="Search results"]',
    summary: 'section[aria-label="Search results"] p[aria-live]',
    ready: 'section[aria-label="Search results"] [aria-busy="false"]',
  },
};

async function toggle(
  page: Page,
  meter: NetworkMeter,
  view: FacetView,
  name: string,
  action: Toggle['action'],
): Promise<Toggle> {
  const { region, summary } = VIEWS[view];
  const condition: PaintCondition = {
    trigger: 'click',
    region,
    summary,
    // The list's heading line always changes between filtered and not; the search's count may not,
    // so there the active-filter chip tells the new view from the old.
    summaryNot: view === 'list' ? await summaryText(page, summary) : undefined,
    chip: { label: `Remove filter: ${name} (Sections)`, present: action === 'tick' },
  };
  const painted = await armPaintWatch(page, condition);
  meter.start();
  await sectionBox(page, name).click();
  const result = await painted();
  await meter.settle();
  const use = await meter.stop();
  return { section: name, action, ms: round(result.ms, 1), transferBytes: use.transferBytes };
}

export async function measureFacetToggles(
  browser: Browser,
  at: (appPath: string) => string,
  manifest: Manifest,
  view: FacetView,
  query: string,
): Promise<FacetTimings> {
  const appPath = view === 'list' ? routePaths.latest() : `${routePaths.search()}?q=${encodeURIComponent(query)}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  context.setDefaultTimeout(60_000);
  try {
    const page = await context.newPage();
    const meter = meterNetwork(page);
    await page.goto(at(appPath), { waitUntil: 'networkidle' });
    await page.locator(VIEWS[view].ready).first().waitFor();
    await waitForHydration(page, 'aside input[type="checkbox"]');
    await page.getByRole('complementary', { name: 'Filter articles' }).hover();
    await meter.settle();
    const toggles: Toggle[] = [];
    const sections = manifest.sections.slice(0, PAIRS);
    for (let i = 0; i < PAIRS && sections.length > 0; i++) {
      const name = sections[i % sections.length]!.name;
      toggles.push(await toggle(page, meter, view, name, 'tick'));
      toggles.push(await toggle(page, meter, view, name, 'untick'));
    }
    const ms = (action?: Toggle['action']) =>
      round(median(toggles.filter((t) => !action || t.action === action).map((t) => t.ms)), 1);
    return { path: appPath, medianMs: ms(), medianTickMs: ms('tick'), medianUntickMs: ms('untick'), toggles };
  } finally {
    await context.close();
  }
}
