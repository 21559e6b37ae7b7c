// `npm run build`: seeds → data JSON → browser bundle → prerendered pages, all under outDir.
import { ENTITY_KINDS } from '../model/article';
import { routePaths } from '../model/routes';
import type { BuildOptions } from './config';
import { buildCorpus, type Corpus } from './corpus';
import { dataFiles, facetValues, indexFacets } from './emit/dataFiles';
import { hostingFiles } from './emit/hosting';
import { writeFiles } from './emit/writeFiles';
import { buildClient, buildRenderer } from './bundle';
import { prerender } from './prerender';
import path from 'node:path';

/** Entity pages mentioned in fewer articles still work by deep link, rendered in the browser. */
const PRERENDER_ENTITY_MIN_ARTICLES = 2;

export function prerenderRoutes(corpus: Corpus): string[] {
  const index = indexFacets(corpus.articles);
  const routes = ['/', '/404'];
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
  const corpus = await buildCorpus(options);
  log(`read ${corpus.articles.length} articles from ${options.seedsDir}`);
  await buildClient(options);
  const renderer = await buildRenderer(options);
  const written = await writeFiles(path.join(options.outDir, 'data'), dataFiles(corpus.articles, options.siteTitle));
  await writeFiles(options.outDir, hostingFiles(options.basePath));
  log(`wrote ${written} data files`);
  await prerender({
    outDir: options.outDir,
    basePath: options.basePath,
    renderer,
    routes: prerenderRoutes(corpus),
    quiet: options.quiet,
  });
  return corpus;
}
