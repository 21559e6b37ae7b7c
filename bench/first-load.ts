// `npm run bench:first-load [-- --sizes seed,2000]`: builds each corpus and prints JSON: for each
// kind of page, the JS and CSS a reader's first visit fetches (gzip), the chunk map (which page
// kinds load each chunk), and how first-load bytes move from the seed to larger corpora.
// The full bench (npm run bench) measures the same pages among everything else.
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/harness/browser';
import {
  chunkMap,
  firstLoadRatios,
  measurePageKinds,
  PAGE_KINDS,
  worstFirstLoad,
  type FirstLoads,
} from './lib/first-load-pages';
import { firstLoadChecks } from './lib/first-load-checks';
import { withServedCorpus } from './lib/served-corpus';

function log(message: string): void {
  process.stderr.write(`bench:first-load: ${message}\n`);
}

/** Per page kind, the figures a reader's first visit costs, in bytes (gzip). */
function summary(loads: FirstLoads) {
  return Object.fromEntries(
    PAGE_KINDS.map((kind) => {
      const load = loads[kind];
      if (!load) return [kind, null];
      const { js, css, jsCss, total } = load.gzip;
      return [kind, { url: new URL(load.url).pathname + new URL(load.url).search, js, css, jsCss, total }];
    }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'seed,2000' } } });
  const sizes = values.sizes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const browser = await launchBrowser();
  const corpora: { name: string; loads: FirstLoads }[] = [];
  try {
    for (const size of sizes) {
      const loads = await withServedCorpus('bench-first-load', size, log, (site, outDir) =>
        measurePageKinds(browser, outDir, site.at),
      );
      corpora.push({ name: size, loads });
    }
  } finally {
    await browser.close();
  }
  const seed = corpora.find((c) => c.name === 'seed');
  const ratios = Object.fromEntries(
    seed ? corpora.filter((c) => c !== seed).map((c) => [`${c.name}/seed`, firstLoadRatios(seed.loads, c.loads)]) : [],
  );
  const report = {
    corpora: corpora.map(({ name, loads }) => ({
      name,
      pages: summary(loads),
      worst: worstFirstLoad(loads),
      chunkMap: chunkMap(loads),
    })),
    firstLoadRatios: ratios,
    checks: firstLoadChecks(
      corpora.map((c) => c.loads),
      ratios,
    ),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:first-load failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
