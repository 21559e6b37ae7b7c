// `npm run bench:first-load [-- --sizes seed,2000]`: builds each corpus and prints JSON: for each
// kind of page, the JS and CSS a reader's first visit fetches (gzip), the chunk map (which page
// kinds load each chunk), and how first-load bytes move from the seed to larger corpora.
// The full bench (npm run bench) measures the same pages among everything else.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/harness/browser';
import { makeTmpDir, seedsDir } from '../tests/harness/paths';
import { serveSite } from '../tests/harness/serve-site';
import { generateCorpus } from './generate';
import {
  chunkMap,
  firstLoadRatios,
  measurePageKinds,
  PAGE_KINDS,
  worstFirstLoad,
  type FirstLoads,
} from './lib/first-load-pages';
import { firstLoadChecks } from './lib/first-load-checks';
import { measureBuild } from './lib/measure-build';

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
      if (size !== 'seed' && !/^\d+$/.test(size)) throw new Error(`unknown size "${size}": use seed or a number`);
      const corpusDir = size === 'seed' ? seedsDir : makeTmpDir(`bench-first-load-gen-${size}`);
      const outDir = makeTmpDir(`bench-first-load-${size}-dist`);
      try {
        if (size !== 'seed') {
          log(`generating ${size} articles`);
          generateCorpus({ count: Number(size), outDir: corpusDir });
        }
        log(`building ${size}`);
        await measureBuild(corpusDir, outDir);
        const site = await serveSite(outDir, '/');
        try {
          log(`measuring ${size}`);
          corpora.push({ name: size, loads: await measurePageKinds(browser, outDir, site.at) });
        } finally {
          await site.close();
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
        if (size !== 'seed') rmSync(corpusDir, { recursive: true, force: true });
      }
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
