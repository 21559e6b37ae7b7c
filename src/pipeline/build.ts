// `npm run build`: seeds → data JSON → browser bundle → prerendered pages, all under outDir.
import { ENTITY_KINDS } from '../model/article';
import { routePaths } from '../model/routes';
import type { BuildOptions } from './config';
import { enrichCorpus, readSeeds, type Corpus } from './corpus';
import { dataFiles, facetValues, indexFacets } from './emit/dataFiles';
import { hostingFiles } from './emit/hosting';
import { writeFiles } from './emit/writeFiles';
import { buildClient, buildRenderer } from './bundle';
import { prerender } from './prerender';
import { setAsidePreviousBuild } from './previousBuild';
import { deploymentHash, stampOfflineFiles } from './pwa';
import { writeSearchIndex } from './emit/searchIndex';
import { progress } from './progress';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Entity pages with fewer articles still work by deep link, rendered in the browser. In the BBC
 * corpus 944 of the 2,145 entities with two or more articles have exactly two: prerendering them
 * cost a fifth of the build for pages that list two headlines.
 */
const PRERENDER_ENTITY_MIN_ARTICLES = 3;

export function prerenderRoutes(corpus: Corpus): string[] {
  const index = indexFacets(corpus.articles);
  // Pages whose content is the reader's own (search, saved, history, settings) are prerendered
  // in their empty, designed states, so deep links and reloads work on any static host.
  const routes = ['/', '/404', routePaths.search(), routePaths.saved(), routePaths.history(), routePaths.settings()];
  for (const s of facetValues(index, 'sections')) routes.push(routePaths.topic(s.slug));
  for (const kind of ENTITY_KINDS) {
    for (const e of facetValues(index, kind)) {
      if (e.count >= PRERENDER_ENTITY_MIN_ARTICLES) routes.push(routePaths.entity(kind, e.slug));
    }
  }
  for (const a of corpus.articles) routes.push(routePaths.article(a.slug));
  return routes;
}

/** Empties outDir as Vite would (keeping a .git folder), before the bundle and the data files land in it. */
async function emptyOutDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => []);
  await Promise.all(entries.filter((name) => name !== '.git').map((name) => rm(path.join(outDir, name), { recursive: true, force: true })));
}

export async function buildSite(options: BuildOptions): Promise<Corpus> {
  const log = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const timed = async <T>(label: string, work: Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work;
    log(`${label} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return result;
  };
  // Broken seeds fail the build here, before the last good dist/ is touched.
  const seeds = await timed('read the seeds', readSeeds(options));
  const previous = await setAsidePreviousBuild(options.projectRoot, options.outDir);
  await emptyOutDir(options.outDir);
  // Bundling runs in Vite's native workers, so it overlaps with tagging the seeds and writing
  // the data files.
  const bundled = timed('bundled the app', buildClient(options).then(() => buildRenderer(options)));
  bundled.catch(() => undefined);
  const corpus = await timed('tagged the articles', Promise.resolve().then(() => enrichCorpus(seeds, options)));
  log(`${corpus.articles.length} articles from ${options.seedsDir}`);
  const routes = prerenderRoutes(corpus);
  const deployment = deploymentHash();
  const dataWritten = timed(
    'wrote the data files',
    writeFiles(path.join(options.outDir, 'data'), deployment.tee(dataFiles(corpus.articles, options.siteTitle))),
  );
  const searched = timed(
    'built the search index',
    Promise.resolve().then(() =>
      writeSearchIndex(corpus.articles, options.outDir, progress('search index', corpus.articles.length, options.quiet)),
    ),
  );
  const ready = Promise.all([bundled, dataWritten]).then(async ([rendererPath, written]) => {
    log(`${written} data files`);
    await writeFiles(options.outDir, hostingFiles(options.basePath));
    return { rendererPath, template: await readFile(path.join(options.outDir, 'index.html'), 'utf8') };
  });
  const rendered = timed(
    `prerendered ${routes.length} pages`,
    prerender({
      outDir: options.outDir,
      basePath: options.basePath,
      routes,
      quiet: options.quiet,
      previousDir: previous.dir,
      previous: previous.records,
      ready,
    }),
  );
  // Both settle before a failure is reported, so no worker outlives the build.
  const [pages, searchIndex] = await Promise.allSettled([rendered, searched]);
  if (pages.status === 'rejected') throw pages.reason;
  if (searchIndex.status === 'rejected') throw searchIndex.reason;
  if (pages.value.reused > 0) log(`${pages.value.reused} unchanged pages reused from the last build`);
  log(`search index: ${searchIndex.value.files} files`);
  await rm(path.dirname(await bundled), { recursive: true, force: true });
  await previous.finish(pages.value.records);
  // New articles with an unchanged app still make a new service worker, so readers are offered the update.
  await stampOfflineFiles(options.outDir, { deployment: deployment.digest(), siteTitle: options.siteTitle });
  return corpus;
}
