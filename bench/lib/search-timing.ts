// Search as a reader meets it, in Chromium against a served build: type a word into the header
// box and press Enter (or tick a section on the search page, for a filter-only view), then time
// until the results are painted and count the bytes that action fetched. Cold is the first
// search in a fresh context on a freshly loaded page; warm is a second, different search of
// the same kind in the same page once the first has finished.
import type { Browser, Page } from 'playwright-core';
import type { Manifest } from '../../src/model/data';
import { routePaths } from '../../src/model/routes';
import { meterNetwork, type NetworkMeter, type NetworkUse } from './network-meter';
import { armPaintWatch, waitForHydration, type PaintCondition } from './paint-watch';
import { pickRareWords } from './query-words';
import { median, round } from './stats';

export type QueryKind = 'rare' | 'common' | 'filter';
export const QUERY_KINDS: readonly QueryKind[] = ['rare', 'common', 'filter'];

/** What each kind searches for: words, or section slugs for the filter-only view. */
export type QueryPlan = Record<QueryKind, { cold: string; warm: string | null }>;

export interface SearchRun extends NetworkUse {
  ms: number;
  /** The count the page showed (results, or articles matching the filter). */
  results: number | null;
}

export interface SearchSeries {
  medianMs: number;
  medianTransferBytes: number;
  medianGzipBytes: number;
  /** Requests the search made, the most of any run, the app's code for the search page included. */
  maxRequests: number;
  /** Of those, requests for code (the search page's chunks, loaded once by the first search). */
  maxCodeRequests: number;
  /** Of those, requests for data (the index, list data): what the query itself reads (issue 13: at most 8). */
  maxDataRequests: number;
  runs: SearchRun[];
}

/** Measured with service workers blocked, so every byte counted came over the network. */
export interface SearchTimings {
  plan: QueryPlan;
  kinds: Record<QueryKind, { cold: SearchSeries; warm: SearchSeries | null }>;
}

const RESULTS_REGION = 'section[aria-label="Search results"]';
const RESULTS_SUMMARY = `${RESULTS_REGION} p[aria-live]`;
const HEADER_FORM = 'form[aria-label="Site search"]';

export const COMMON_WORDS = { cold: 'government', warm: 'minister' } as const;

/** Where the built app's code lives (Vite's assets folder): everything else a search fetches is data. */
const CODE_PREFIX = '/assets/';
const isCode = (requestPath: string) => requestPath.startsWith(CODE_PREFIX);

/** What each kind searches for in a built site: two rare words found by the site's own text, two common ones, two sections. */
export function searchQueryPlan(outDir: string, manifest: Manifest, log: (message: string) => void): QueryPlan {
  const rare = pickRareWords(outDir);
  log(`rare words: ${rare.words.join(', ')} (in ${rare.documents.join(', ')} headlines and standfirsts)`);
  const [first, second] = manifest.sections;
  if (!first) throw new Error(`${outDir} has no sections to filter by`);
  return {
    rare: { cold: rare.words[0], warm: rare.words[1] },
    common: { cold: COMMON_WORDS.cold, warm: COMMON_WORDS.warm },
    filter: { cold: first.slug, warm: second?.slug ?? null },
  };
}

function countIn(summary: string): number | null {
  const match = /^([\d,]+) (results?|articles?) /.exec(summary);
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
}

function series(runs: SearchRun[]): SearchSeries {
  return {
    medianMs: round(median(runs.map((r) => r.ms)), 1),
    medianTransferBytes: median(runs.map((r) => r.transferBytes)),
    medianGzipBytes: median(runs.map((r) => r.gzipBytes)),
    maxRequests: Math.max(...runs.map((r) => r.requests)),
    maxCodeRequests: Math.max(...runs.map((r) => r.paths.filter(isCode).length)),
    maxDataRequests: Math.max(...runs.map((r) => r.paths.filter((p) => !isCode(p)).length)),
    runs,
  };
}

async function timed(
  page: Page,
  meter: NetworkMeter,
  condition: PaintCondition,
  act: () => Promise<void>,
): Promise<SearchRun> {
  const painted = await armPaintWatch(page, condition);
  meter.start();
  await act();
  const result = await painted();
  await meter.settle();
  const use = await meter.stop();
  return { ms: round(result.ms, 1), ...use, results: countIn(result.summary) };
}

/** Focus the header box (which starts loading the search engine), type, press Enter. */
function typedSearch(page: Page, meter: NetworkMeter, word: string): Promise<SearchRun> {
  const condition: PaintCondition = {
    trigger: 'enter',
    region: RESULTS_REGION,
    summary: RESULTS_SUMMARY,
    summaryHas: `“${word}”`,
  };
  return timed(page, meter, condition, async () => {
    const box = page.locator(HEADER_FORM).getByRole('searchbox');
    await box.click();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A section's checkbox; its accessible name is the section's name, then maybe "N articles". */
export function sectionBox(page: Page, name: string) {
  const label = new RegExp(`^${escapeRegExp(name)}( [\\d,]+ articles?)?$`);
  return page.getByRole('group', { name: 'Sections' }).getByRole('checkbox', { name: label });
}

/** Tick one section on the search page with no words: its articles, newest first. */
function sectionSearch(page: Page, meter: NetworkMeter, manifest: Manifest, slug: string): Promise<SearchRun> {
  const name = manifest.sections.find((s) => s.slug === slug)?.name ?? slug;
  const condition: PaintCondition = {
    trigger: 'click',
    region: RESULTS_REGION,
    summary: RESULTS_SUMMARY,
    summaryHas: 'your filters',
    chip: { label: `Remove filter: ${name} (Sections)`, present: true },
  };
  return timed(page, meter, condition, () => sectionBox(page, name).click());
}

async function untickSection(page: Page, meter: NetworkMeter, manifest: Manifest, slug: string): Promise<void> {
  const name = manifest.sections.find((s) => s.slug === slug)?.name ?? slug;
  await sectionBox(page, name).click();
  await page.getByRole('heading', { name: 'Search every article' }).waitFor();
  await meter.settle();
}

async function oneRepeat(
  browser: Browser,
  at: (appPath: string) => string,
  manifest: Manifest,
  kind: QueryKind,
  plan: QueryPlan[QueryKind],
): Promise<{ cold: SearchRun; warm: SearchRun | null }> {
  // A reader's first visit: no HTTP cache, and no service worker answering from its cache.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  context.setDefaultTimeout(60_000);
  try {
    const page = await context.newPage();
    const meter = meterNetwork(page);
    if (kind === 'filter') {
      await page.goto(at(routePaths.search()), { waitUntil: 'networkidle' });
      await waitForHydration(page, 'input[data-search-page]');
      const cold = await sectionSearch(page, meter, manifest, plan.cold);
      if (plan.warm === null) return { cold, warm: null };
      await untickSection(page, meter, manifest, plan.cold);
      return { cold, warm: await sectionSearch(page, meter, manifest, plan.warm) };
    }
    await page.goto(at(routePaths.home()), { waitUntil: 'networkidle' });
    await waitForHydration(page, HEADER_FORM);
    const cold = await typedSearch(page, meter, plan.cold);
    return { cold, warm: plan.warm === null ? null : await typedSearch(page, meter, plan.warm) };
  } finally {
    await context.close();
  }
}

export async function measureSearch(
  browser: Browser,
  at: (appPath: string) => string,
  manifest: Manifest,
  plan: QueryPlan,
  repeats: number,
): Promise<SearchTimings> {
  const kinds = {} as SearchTimings['kinds'];
  for (const kind of QUERY_KINDS) {
    const cold: SearchRun[] = [];
    const warm: SearchRun[] = [];
    for (let i = 0; i < repeats; i++) {
      const run = await oneRepeat(browser, at, manifest, kind, plan[kind]);
      cold.push(run.cold);
      if (run.warm) warm.push(run.warm);
    }
    kinds[kind] = { cold: series(cold), warm: warm.length > 0 ? series(warm) : null };
  }
  return { plan, kinds };
}
