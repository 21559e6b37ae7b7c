// `npm run bench:lighthouse [-- --builds seed,bbc] [--dist seed=DIR,bbc=DIR] [--pages home,article,…] [--runs N]`:
// Lighthouse (mobile defaults: simulated throttling on a mid-range phone) on each kind of page of
// the seed build and of BBC (a generated 2,000-article corpus when ../shared has no BBC), served
// by the project's own static server so the headers are production's. Prints JSON: per page the
// median of N runs of the four category scores, FCP, LCP, TBT, CLS and transferred bytes, the
// audits that did not pass, and whether the page meets issue 13's target.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../tests/harness/browser';
import { buildSite } from '../tests/harness/build-site';
import { makeTmpDir, seedsDir } from '../tests/harness/paths';
import { serveSite } from '../tests/harness/serve-site';
import { bbcCorpusDir, hasBbcCorpus } from '../tests/harness/shared';
import { generateCorpus } from './generate';
import { auditPage, type PageAudit } from './lib/lighthouse-audit';
import { PAGE_KINDS, pagePaths, type PageKind } from './lib/lighthouse-pages';

const BUILDS = ['seed', 'bbc'] as const;
type BuildName = (typeof BUILDS)[number];
/** Without BBC beside the repository, a generated corpus of this size stands in for it. */
const GENERATED_ARTICLES = 2000;

interface Options {
  builds: BuildName[];
  dists: Partial<Record<BuildName, string>>;
  pages: PageKind[];
  runs: number;
}

function log(message: string): void {
  process.stderr.write(`bench:lighthouse: ${message}\n`);
}

function oneOf<T extends string>(allowed: readonly T[], value: string, flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`--${flag}: '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      builds: { type: 'string', default: BUILDS.join(',') },
      dist: { type: 'string', default: '' },
      pages: { type: 'string', default: PAGE_KINDS.join(',') },
      runs: { type: 'string', default: '3' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: '${values.runs}' is not a whole number ≥ 1`);
  const dists: Partial<Record<BuildName, string>> = {};
  for (const entry of values.dist.split(',').filter(Boolean)) {
    const [name, dir] = entry.split('=');
    if (!name || !dir) throw new Error(`--dist: '${entry}' is not NAME=DIR`);
    dists[oneOf(BUILDS, name, 'dist')] = dir;
  }
  return {
    builds: values.builds.split(',').map((name) => oneOf(BUILDS, name, 'builds')),
    dists,
    pages: values.pages.split(',').map((page) => oneOf(PAGE_KINDS, page, 'pages')),
    runs,
  };
}

interface Built {
  /** 'seed', 'bbc', or 'generated-2000' standing in for BBC. */
  corpus: string;
  outDir: string;
  /** Made by this run, so removed after it; a --dist directory is left alone. */
  temporary: string[];
}

async function buildFor(name: BuildName, dists: Options['dists']): Promise<Built> {
  const corpus = name === 'seed' || hasBbcCorpus() ? name : `generated-${GENERATED_ARTICLES}`;
  const given = dists[name];
  if (given) return { corpus, outDir: given, temporary: [] };
  const temporary: string[] = [];
  let corpusDir = name === 'seed' ? seedsDir : bbcCorpusDir;
  if (corpus.startsWith('generated')) {
    corpusDir = makeTmpDir('lighthouse-corpus');
    temporary.push(corpusDir);
    generateCorpus({ count: GENERATED_ARTICLES, outDir: corpusDir });
  }
  const outDir = makeTmpDir(`lighthouse-${name}-dist`);
  temporary.push(outDir);
  log(`building ${corpus} into ${outDir}`);
  await buildSite({ seedsDir: corpusDir, outDir });
  return { corpus, outDir, temporary };
}

/** One Lighthouse run in a Chromium of its own: no cache, storage or service worker left by another run. */
async function lighthouseRun(url: string): Promise<RunnerResult | undefined> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    return await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  } finally {
    chrome.kill();
  }
}

async function auditBuild(built: Built, options: Options): Promise<Record<string, PageAudit>> {
  const paths = pagePaths(built.outDir);
  // Compressed, as every static host sends it; Lighthouse fails a page that is not.
  const site = await serveSite(built.outDir, '/', { compress: true });
  try {
    const pages: Record<string, PageAudit> = {};
    for (const kind of options.pages) {
      const route = paths[kind];
      if (route === undefined) {
        log(`${built.corpus}: no ${kind} page on this build, skipped`);
        continue;
      }
      log(`${built.corpus}: ${kind} ${route} × ${options.runs}`);
      pages[kind] = await auditPage(site.at(route), options.runs, lighthouseRun);
    }
    return pages;
  } finally {
    await site.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const loadBefore = os.loadavg();
  const builds = [];
  for (const name of options.builds) {
    const built = await buildFor(name, options.dists);
    try {
      builds.push({ name, corpus: built.corpus, pages: await auditBuild(built, options) });
    } finally {
      for (const dir of built.temporary) rmSync(dir, { recursive: true, force: true });
    }
  }
  const pass = builds.every((build) => Object.values(build.pages).every((page) => page.meetsTarget));
  const result = {
    lighthouse: '12.2.3',
    settings: 'mobile defaults: simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU slowdown)',
    runs: options.runs,
    // Simulated throttling scales CPU-bound metrics (TBT above all) by this machine's own speed.
    loadAverage: {
      before: loadBefore.map((n) => Number(n.toFixed(2))),
      after: os.loadavg().map((n) => Number(n.toFixed(2))),
    },
    target: 'issue 13: 100 in all four categories, FCP ≤ 1000 ms, LCP ≤ 1200 ms, TBT ≤ 30 ms, CLS 0 (medians)',
    pass,
    builds,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:lighthouse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
