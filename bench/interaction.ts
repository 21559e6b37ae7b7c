// `npm run -s bench:interaction [-- --sizes seed,20000] [--runs N]`: builds each corpus and prints
// JSON for issue 13's interaction targets, measured in Chromium: the first client-side navigation
// from the prerendered latest list to an article with the CPU throttled 4× (paint after its data
// arrived, and click to paint), and ticking a section filter on the latest list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataPaths, type Manifest } from '../src/model/data';
import { routePaths } from '../src/model/routes';
import { launchBrowser } from '../tests/harness/browser';
import { measureFacetToggles, type FacetTimings } from './lib/facet-timing';
import { withServedCorpus } from './lib/served-corpus';
import { measureNavigation, type NavigationTimings } from './lib/navigation-timing';
import { COMMON_WORDS } from './lib/search-timing';

/** Issue 13, item 4: both within 100 ms. */
const BUDGET_MS = 100;

interface Result {
  name: string;
  articles: number;
  navigation: NavigationTimings;
  /** Null where the corpus has a single section (the seed): nothing to tick. */
  filterTick: FacetTimings | null;
}

function log(message: string): void {
  process.stderr.write(`bench:interaction: ${message}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: 'seed,20000' }, runs: { type: 'string', default: '3' } },
  });
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs must be a whole number ≥ 1');
  const sizes = values.sizes.split(',').map((s) => s.trim());
  const browser = await launchBrowser();
  const results: Result[] = [];
  try {
    for (const size of sizes) {
      const result = await withServedCorpus('bench-interaction', size, log, async (site, outDir) => {
        const manifest = JSON.parse(readFileSync(path.join(outDir, 'data', dataPaths.manifest()), 'utf8')) as Manifest;
        const navigation = await measureNavigation(browser, site.at, routePaths.latest(), { runs });
        const filterTick =
          manifest.sections.length >= 2
            ? await measureFacetToggles(browser, site.at, manifest, 'list', COMMON_WORDS.cold)
            : null;
        return { name: size, articles: manifest.articleCount, navigation, filterTick };
      });
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  const checks = results.flatMap((r) => [
    {
      check: `article renders ≤ ${BUDGET_MS} ms after its data arrives, 4× CPU throttling (${r.name})`,
      medianMs: r.navigation.medianAfterDataMs,
      pass: r.navigation.medianAfterDataMs <= BUDGET_MS,
    },
    ...(r.filterTick && r.name === '20000'
      ? [
          {
            check: `filter tick on /latest ≤ ${BUDGET_MS} ms (20000)`,
            medianMs: r.filterTick.medianTickMs,
            pass: r.filterTick.medianTickMs <= BUDGET_MS,
          },
        ]
      : []),
  ]);
  process.stdout.write(`${JSON.stringify({ results, checks }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:interaction failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
