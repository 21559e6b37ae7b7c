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
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Entity pages mentioned in fewer articles still work by deep link, rendered in the browser. */
const PRERENDER_ENTITY_MIN_ARTICLES = 2;

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
  // Bundling runs in Vite's native workers, so it overlaps with reading and tagging the seeds.
  const bundled = timed('bundled the app', buildClient(options).then(() => buildRenderer(options)));
  bundled.catch(() => undefined);
  const corpus = await timed('tagged the articles', Promise.resolve().then(() => enrichCorpus(seeds, options)));
  log(`${corpus.articles.length} articles from ${options.seedsDir}`);
  const rendererPath = await bundled;
  const dataDir = path.join(options.outDir, 'data');
  const deployment = deploymentHash();
  const written = await timed(
    'wrote the data files',
    writeFiles(dataDir, deployment.tee(dataFiles(corpus.articles, options.siteTitle))),
  );
  await writeFiles(options.outDir, hostingFiles(options.basePath));
  log(`${written} data files`);
  await timed(
    'built the search index',
    writeSearchIndex(corpus.articles, options.outDir, options.basePath, progress('search index', corpus.articles.length, options.quiet)),
  );
  const routes = prerenderRoutes(corpus);
  const template = await readFile(path.join(options.outDir, 'index.html'), 'utf8');
  const pages = await timed(
    `prerendered ${routes.length} pages`,
    prerender({
      outDir: options.outDir,
      basePath: options.basePath,
      rendererPath,
      template,
      routes,
      quiet: options.quiet,
      previousDir: previous.dir,
      previous: previous.records,
    }),
  );
  if (pages.reused > 0) log(`${pages.reused} unchanged pages reused from the last build`);
  await rm(path.dirname(rendererPath), { recursive: true, force: true });
  await previous.finish(pages.records);
  // New articles with an unchanged app still make a new service worker, so readers are offered the update.
  await stampOfflineFiles(options.outDir, { deployment: deployment.digest(), siteTitle: options.siteTitle });
  return corpus;
}
