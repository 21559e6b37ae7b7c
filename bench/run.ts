// `npm run bench [-- --sizes seed,bbc,20000] [--repeat N]`: builds each corpus with the real CLI and
// prints JSON — build time, articles/s, peak memory, dist/ size, and first-load gzip bytes measured in Chromium.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { dataPaths, type Manifest, type SummaryChunk } from '../src/model/data';
import { routePaths } from '../src/model/routes';
import { launchBrowser } from '../tests/e2e/lib/browser';
import { bbcCorpusDir, makeTmpDir, seedsDir } from '../tests/e2e/lib/paths';
import { serveSite } from '../tests/e2e/lib/serve-site';
import { generateCorpus } from './generate';
import { distStats, type DistStats } from './lib/dist-stats';
import { measureFirstLoad, type FirstLoad } from './lib/first-load';
import { measureBuild } from './lib/measure-build';
import { median, round } from './lib/stats';

type PageName = 'home' | 'article' | 'topic';
const PAGES: readonly PageName[] = ['home', 'article', 'topic'];
const JS_CSS_BUDGET_BYTES = 150 * 1024;
const FIRST_LOAD_TOLERANCE = 1.1;
const SEED_REPEATS = 3;

interface CorpusResult {
  name: string;
  articles: number;
  builds: number;
  buildSeconds: number;
  buildSecondsAll: number[];
  articlesPerSecond: number;
  peakRssMB: number | null;
  dist: DistStats;
  firstLoad: Record<PageName, FirstLoad>;
}

interface Skipped {
  name: string;
  skipped: string;
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** One article and the biggest topic of a built site, picked from its own data files. */
function pagePaths(outDir: string): Record<PageName, string> {
  const dataDir = path.join(outDir, 'data');
  const manifest = readJson<Manifest>(path.join(dataDir, dataPaths.manifest()));
  const chunk = readJson<SummaryChunk>(path.join(dataDir, dataPaths.chunk(0)));
  const article = chunk.items[0];
  const topic = manifest.sections[0];
  if (!article || !topic) throw new Error(`${outDir} has no articles or no sections to measure`);
  return { home: routePaths.home(), article: routePaths.article(article.slug), topic: routePaths.topic(topic.slug) };
}

async function measureSite(browser: Browser, outDir: string): Promise<Record<PageName, FirstLoad>> {
  const paths = pagePaths(outDir);
  const site = await serveSite(outDir, '/');
  try {
    const result = {} as Record<PageName, FirstLoad>;
    for (const page of PAGES) result[page] = await measureFirstLoad(browser, site.at(paths[page]));
    return result;
  } finally {
    await site.close();
  }
}

async function benchCorpus(browser: Browser, name: string, corpusDir: string, repeats: number): Promise<CorpusResult> {
  const outDir = makeTmpDir(`bench-${name}-dist`);
  try {
    const seconds: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < repeats; i++) {
      rmSync(outDir, { recursive: true, force: true });
      log(`building ${name} (${i + 1}/${repeats})`);
      const run = await measureBuild(corpusDir, outDir);
      seconds.push(run.seconds);
      if (run.peakRssMB !== null) rss.push(run.peakRssMB);
    }
    const manifest = readJson<Manifest>(path.join(outDir, 'data', dataPaths.manifest()));
    const buildSeconds = median(seconds);
    log(`measuring first load of ${name}`);
    return {
      name,
      articles: manifest.articleCount,
      builds: repeats,
      buildSeconds: round(buildSeconds),
      buildSecondsAll: seconds.map((s) => round(s)),
      articlesPerSecond: round(manifest.articleCount / buildSeconds, 3),
      peakRssMB: rss.length > 0 ? Math.max(...rss) : null,
      dist: distStats(outDir),
      firstLoad: await measureSite(browser, outDir),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function ratios(base: CorpusResult, other: CorpusResult): Record<PageName, number> {
  const out = {} as Record<PageName, number>;
  for (const page of PAGES) out[page] = round(other.firstLoad[page].gzip.total / base.firstLoad[page].gzip.total, 3);
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'seed,bbc,20000' },
      repeat: { type: 'string' },
      'gen-seed': { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean);
  const repeat = values.repeat === undefined ? undefined : Number(values.repeat);
  if (repeat !== undefined && !(Number.isInteger(repeat) && repeat > 0)) throw new Error('--repeat must be a whole number ≥ 1');
  const genSeed = values['gen-seed'] === undefined ? undefined : Number(values['gen-seed']);

  const browser = await launchBrowser();
  const results: CorpusResult[] = [];
  const skipped: Skipped[] = [];
  try {
    for (const size of sizes) {
      if (size === 'seed') {
        results.push(await benchCorpus(browser, 'seed', seedsDir, repeat ?? SEED_REPEATS));
      } else if (size === 'bbc') {
        if (!existsSync(bbcCorpusDir)) {
          skipped.push({ name: 'bbc', skipped: `${bbcCorpusDir} not present` });
          continue;
        }
        results.push(await benchCorpus(browser, 'bbc', bbcCorpusDir, repeat ?? 1));
      } else if (/^\d+$/.test(size)) {
        const corpusDir = makeTmpDir(`bench-gen-${size}`);
        try {
          log(`generating ${size} articles`);
          generateCorpus({ count: Number(size), outDir: corpusDir, seed: genSeed });
          results.push(await benchCorpus(browser, size, corpusDir, repeat ?? 1));
        } finally {
          rmSync(corpusDir, { recursive: true, force: true });
        }
      } else {
        throw new Error(`unknown size "${size}": use seed, bbc or a number of generated articles`);
      }
    }
  } finally {
    await browser.close();
  }

  const seed = results.find((r) => r.name === 'seed');
  const firstLoadRatios: Record<string, Record<PageName, number>> = {};
  if (seed) for (const r of results) if (r !== seed) firstLoadRatios[`${r.name}/seed`] = ratios(seed, r);

  const worstJsCss = Math.max(...results.flatMap((r) => PAGES.map((p) => r.firstLoad[p].gzip.jsCss)));
  const generated = Object.entries(firstLoadRatios).filter(([key]) => /^\d+\/seed$/.test(key));
  const checks = [
    {
      check: 'JS + CSS on first load ≤ 150 kB gzip (every corpus, every page)',
      worstKB: round(worstJsCss / 1024, 1),
      pass: worstJsCss <= JS_CSS_BUDGET_BYTES,
    },
    ...generated.map(([key, r]) => {
      const worst = Math.max(...PAGES.map((p) => r[p]));
      return { check: `first-load bytes ${key} within 10%`, worstRatio: worst, pass: worst <= FIRST_LOAD_TOLERANCE };
    }),
  ];

  const report = {
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    corpora: results,
    skipped,
    firstLoadRatios,
    checks,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
