// `npm run build`: seeds → data JSON → browser bundle → prerendered pages, all under outDir.
import { ENTITY_KINDS } from '../../model/article';
import { facetRoute, listPageCount, routePaths } from '../../model/routes';
import { WAY_IN_KINDS } from '../../model/data';
import { siteInfo, type BuildOptions } from './config';
import {
  enrichCorpus,
  loadEntityExtractor,
  readSeeds,
  seedParagraphs,
  type Corpus,
  type ExtractEntities,
} from './corpus';
import { dataFiles, facetValues, indexFacets } from '../emit/dataFiles';
import { discoveryFiles } from '../emit/discovery';
import { movedListPageFiles } from '../emit/movedPages';
import { writeShareCards } from '../emit/shareCards';
import { installImages } from '../emit/images/installImages';
import { writeFeeds } from '../emit/feeds/writeFeeds';
import { hostingFiles } from '../emit/hosting';
import { writeFiles } from '../emit/writeFiles';
import { writeChangedFiles } from '../emit/writeChangedFiles';
import { appBundle, installBundle } from '../incremental/bundleCache';
import { outputFile } from '../render/renderPages';
import { prerender } from '../render/prerender';
import { hasPreviousBuild, openPreviousBuild } from '../incremental/previousBuild';
import { buildCachePaths, lexiconFile, worldPlacesFile } from '../incremental/cacheLayout';
import { EntityCache } from '../incremental/entityCache';
import { loadLexicon } from '../incremental/lexiconCache';
import { loadWorldPlaces } from '../incremental/worldPlacesCache';
import { deploymentHash, stampOfflineFiles } from '../offline/offlineStamp';
import { searchFacets } from '../emit/searchIndex';
import { startSearchIndex } from '../emit/searchIndexJob';
import { progress } from '../common/progress';
import { plural, secondsSince, size } from './report';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every page a link or the sitemap can point to: each list (the latest, every topic, every entity
 * page, however few its articles) with its numbered pages, and every article. The one list of the
 * site's pages: the prerender makes exactly these.
 */
export function prerenderRoutes(corpus: Corpus): string[] {
  const index = indexFacets(corpus.articles);
  // Pages whose content is the reader's own (search, saved, history, settings) are prerendered
  // in their empty, designed states, so deep links and reloads work on any static host.
  const routes = ['/', '/404', routePaths.search(), routePaths.saved(), routePaths.history(), routePaths.settings()];
  const listPages = (base: string, count: number) => {
    for (let n = 2; n <= listPageCount(count); n++) routes.push(routePaths.listPage(base, n));
  };
  routes.push(routePaths.latest());
  listPages(routePaths.latest(), corpus.articles.length);
  for (const s of facetValues(index, 'sections')) {
    routes.push(routePaths.topic(s.slug));
    listPages(routePaths.topic(s.slug), s.count);
  }
  for (const kind of ENTITY_KINDS) {
    for (const e of facetValues(index, kind)) {
      routes.push(routePaths.entity(kind, e.slug));
      listPages(routePaths.entity(kind, e.slug), e.count);
    }
  }
  // Author, source and archive pages (the archive only of a dated corpus).
  for (const kind of WAY_IN_KINDS) {
    for (const v of facetValues(index, kind)) {
      routes.push(facetRoute(kind, v.slug));
      listPages(facetRoute(kind, v.slug), v.count);
    }
  }
  for (const a of corpus.articles) routes.push(routePaths.article(a.slug));
  for (const story of corpus.stories) routes.push(routePaths.story(story.slug));
  // Copies folded into another row keep their own pages.
  for (const a of corpus.copies) routes.push(routePaths.article(a.slug));
  return routes;
}

/** What the build's summary line reports besides the corpus. */
export interface BuiltSite {
  corpus: Corpus;
  pages: number;
  /** Bytes of the data files (data/), the site's content as the app reads it. */
  dataBytes: number;
}

type Log = (line: string) => void;
/** Logs one stage's line once its work is done: the line says what it made and its own time. */
type Timed = <T>(work: Promise<T>, line: (result: T, seconds: string) => string) => Promise<T>;

export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const log: Log = (line) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const timed: Timed = async (work, line) => {
    const started = Date.now();
    const result = await work;
    log(line(result, secondsSince(started)));
    return result;
  };
  // Started first, so the worker's start-up overlaps reading the seeds.
  const search = startSearchIndex();
  try {
    return await buildWith(options, search, log, timed);
  } catch (error) {
    await search.stop();
    throw error;
  }
}

/** Never called: every article's entities came from the cache. */
const NO_EXTRACTOR: ExtractEntities = () => {
  throw new Error('entity tagger not loaded');
};

async function buildWith(
  options: BuildOptions,
  search: ReturnType<typeof startSearchIndex>,
  log: Log,
  timed: Timed,
): Promise<BuiltSite> {
  // Broken seeds fail the build here, before the last good dist/ is touched.
  const readStarted = Date.now();
  const warm = await hasPreviousBuild(options.projectRoot, options.outDir);
  const entityCache = await EntityCache.open(
    buildCachePaths(options.projectRoot, options.outDir).entitiesFile,
    options.projectRoot,
    warm,
  );
  const seeds = await readSeeds(options, entityCache);
  log(`read ${plural(seeds.identified.length, 'seed')} in ${secondsSince(readStarted)}`);
  if (seeds.images.length > 0)
    log(`${seeds.images.length} resized image files (${seeds.imagesResized} images resized now, the others cached)`);
  const imagesInstalled = installImages(options.projectRoot, options.outDir, seeds.images);
  imagesInstalled.catch(() => undefined);
  const paragraphs = seedParagraphs(seeds);
  const { identified } = seeds;
  // Seeds whose bytes the last build did not read; with the saved scan, only their text is sent.
  const fresh = identified.map((item) => !entityCache.hasEntities(item.draft));
  const searchStarted = Date.now();
  search.scan(
    {
      cacheFile: buildCachePaths(options.projectRoot, options.outDir).scanFile,
      key: entityCache.key,
      reuse: warm,
      digests: identified.map((item) => entityCache.digest(item.draft) ?? ''),
      fresh: (ordinal) => fresh[ordinal]!,
    },
    (ordinal) => ({
      title: identified[ordinal]!.draft.title,
      dek: identified[ordinal]!.draft.dek,
      paragraphs: paragraphs[ordinal]!,
    }),
    progress('search index', identified.length, options.quiet),
  );
  const previous = await openPreviousBuild(options.projectRoot, options.outDir);
  // Bundling runs in Vite's native workers, so it overlaps with tagging the seeds and writing
  // the data files. A rebuild with an unchanged app uses the last build's bundle instead.
  const bundled = timed(
    appBundle(options, previous.bundleDir, previous.warm).then(async (bundle) => ({
      ...bundle,
      files: await installBundle(bundle.clientDir, options.outDir),
    })),
    (bundle, seconds) =>
      bundle.reused
        ? `app unchanged: its bundle from the last build installed in ${seconds}`
        : `bundled the app in ${seconds}`,
  );
  bundled.catch(() => undefined);
  // Loading the tagger (its gazetteer built on a cold cache) is part of tagging's time.
  const tagStarted = Date.now();
  const extract = fresh.every((isFresh) => !isFresh)
    ? NO_EXTRACTOR
    : await loadEntityExtractor({
        lexicon: await loadLexicon(lexiconFile(options.projectRoot), entityCache.key),
        world: await loadWorldPlaces(worldPlacesFile(options.projectRoot), entityCache.key),
      });
  const corpus = enrichCorpus(seeds, options, extract, entityCache, paragraphs);
  const copies = corpus.copies.length;
  const folded = copies === 0 ? '' : ` (${copies === 1 ? '1 copy' : `${copies} copies`} folded into their rows)`;
  log(`tagged ${plural(corpus.articles.length, 'article')}${folded} in ${secondsSince(tagStarted)}`);
  // Timed from the scan's start: the worker reads the articles' words while they are tagged.
  const searched = search
    .finish(corpus.articles.map(searchFacets), options.outDir, previous.record.search)
    .then((index) => {
      const unchanged = index.unchanged > 0 ? `, ${index.unchanged} unchanged since the last build` : '';
      const reading = index.reusedScan ? ', words read again only for changed seeds' : '';
      log(
        `built the search index (${plural(index.digests.size, 'file')}${unchanged}${reading}) in ${secondsSince(searchStarted)}`,
      );
      return index;
    });
  searched.catch(() => undefined);
  const routes = prerenderRoutes(corpus);
  const site = siteInfo(options);
  const dataWritten = timed(
    writeChangedFiles(
      path.join(options.outDir, 'data'),
      dataFiles(corpus.articles, site, corpus),
      previous.record.data,
    ),
    (written, seconds) => {
      const unchanged = written.unchanged > 0 ? `, ${written.unchanged} unchanged since the last build` : '';
      return `wrote ${plural(written.digests.size, 'data file')} (${size(written.bytes)}${unchanged}) in ${seconds}`;
    },
  );
  const discoveryWritten = timed(
    writeChangedFiles(
      options.outDir,
      discoveryFiles(corpus.articles, routes, site, corpus.copies),
      previous.record.discovery,
    ),
    // Without SITE_URL only robots.txt is written (the sitemap needs absolute URLs).
    (_written, seconds) =>
      options.siteUrl === null ? `wrote robots.txt in ${seconds}` : `wrote robots.txt and the sitemap in ${seconds}`,
  );
  discoveryWritten.catch(() => undefined);
  // Only pages of a site with an address name the cards (og:image needs an absolute URL).
  const cardsWritten =
    options.siteUrl === null
      ? Promise.resolve({ files: [], drawn: 0 })
      : timed(
          writeShareCards(
            options.projectRoot,
            options.outDir,
            options.siteTitle,
            facetValues(indexFacets(corpus.articles), 'sections'),
          ),
          (cards, seconds) =>
            `wrote ${plural(cards.files.length, 'share card')} (${cards.drawn} drawn, the rest cached) in ${seconds}`,
        );
  cardsWritten.catch(() => undefined);
  const feedsWritten = writeFeeds(options.outDir, corpus.articles, site, previous.record.discovery, log);
  feedsWritten.catch(() => undefined);
  // The latest list's old addresses (/page/N) are small pages that send readers on, not prerendered copies.
  const hosting = [
    ...hostingFiles(options.basePath),
    ...movedListPageFiles(corpus.articles.length, options.basePath, site),
  ];
  const ready = Promise.all([bundled, dataWritten]).then(async ([bundle, written]) => {
    await writeFiles(options.outDir, hosting);
    const template = await readFile(path.join(bundle.clientDir, 'index.html'), 'utf8');
    return { rendererPath: bundle.rendererPath, template, digests: written.digests };
  });
  // Logged with the stage's own time, from when the bundle and the data files were ready.
  const rendered = prerender({
    outDir: options.outDir,
    basePath: options.basePath,
    routes,
    quiet: options.quiet,
    previous: previous.record.pages,
    ready,
  }).then((outcome) => {
    log(`prerendered ${routes.length} pages in ${outcome.seconds.toFixed(1)}s`);
    if (outcome.reused > 0) log(`${outcome.reused} unchanged pages reused from the last build`);
    return outcome;
  });
  // Both settle before a failure is reported, so no worker outlives the build.
  const [pages, searchIndex, discovery, cards, feeds, images] = await Promise.allSettled([
    rendered,
    searched,
    discoveryWritten,
    cardsWritten,
    feedsWritten,
    imagesInstalled,
  ]);
  if (pages.status === 'rejected') throw pages.reason;
  if (searchIndex.status === 'rejected') throw searchIndex.reason;
  if (discovery.status === 'rejected') throw discovery.reason;
  if (cards.status === 'rejected') throw cards.reason;
  if (feeds.status === 'rejected') throw feeds.reason;
  if (images.status === 'rejected') throw images.reason;
  const index = searchIndex.value;
  // New articles with an unchanged app still make a new service worker, so readers are offered the update.
  const { digests: dataDigests, bytes: dataBytes } = await dataWritten;
  await stampOfflineFiles((await bundled).clientDir, options.outDir, {
    deployment: deploymentHash(dataDigests),
    siteTitle: options.siteTitle,
  });
  const record = {
    pages: pages.value.records,
    data: Object.fromEntries(dataDigests),
    search: Object.fromEntries(index.digests),
    discovery: Object.fromEntries([...discovery.value.digests, ...feeds.value]),
    other: [...(await bundled).files, ...hosting.map(([file]) => file), ...cards.value.files, ...seeds.images],
  };
  await timed(
    Promise.all([entityCache.save(), previous.finish(record, (route) => outputFile(options.outDir, route))]),
    (_saved, seconds) => `saved what a rebuild reuses in ${seconds}`,
  );
  return { corpus, pages: routes.length, dataBytes };
}
