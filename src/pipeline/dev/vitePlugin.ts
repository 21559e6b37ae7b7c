// `npm run dev`: serves the data JSON and the search index from memory and rebuilds them when
// a seed is added, edited or deleted, then reloads the open page. The browser code is the same
// as in a build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { resolveOptions, siteInfo } from '../build/config';
import { enrichCorpus, loadEntityExtractor, readSeeds, type ExtractEntities } from '../build/corpus';
import { imageCacheDir, lexiconFile, worldPlacesFile } from '../incremental/cacheLayout';
import { codeKey } from '../incremental/entityCache';
import { loadLexicon } from '../incremental/lexiconCache';
import { loadWorldPlaces } from '../incremental/worldPlacesCache';
import { dataFiles } from '../emit/dataFiles';
import { SEARCH_DIR } from '../../model/searchIndex';
import { searchIndexFiles } from '../emit/searchIndex';
import { plural, reportProblems } from '../build/report';
import { cachedCopy } from '../emit/images/placeImages';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

function serveFrom(
  prefix: string,
  files: () => Map<string, string | Uint8Array>,
  ready: () => Promise<void>,
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(prefix)) return next();
    void ready().then(() => {
      const rel = decodeURIComponent(url.slice(prefix.length));
      const body = files().get(rel);
      res.statusCode = body === undefined ? 404 : 200;
      res.setHeader('Content-Type', CONTENT_TYPES[path.extname(rel)] ?? 'application/octet-stream');
      res.end(body ?? 'not found');
    });
  };
}

/** The resized images, served from .cache/images/ where the corpus's placeImages left them. */
function serveImages(prefix: string, cacheDir: string, ready: () => Promise<void>): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(prefix)) return next();
    const name = decodeURIComponent(url.slice(prefix.length));
    void ready()
      .then(() => (/^[\w.-]+$/.test(name) ? readFile(cachedCopy(cacheDir, `images/${name}`)) : null))
      .catch(() => null)
      .then((body) => {
        res.statusCode = body ? 200 : 404;
        res.setHeader('Content-Type', (body && CONTENT_TYPES[path.extname(name)]) ?? 'text/plain; charset=utf-8');
        res.end(body ?? 'not found');
      });
  };
}

/**
 * The entity tagger from the build's saved word lists (a few hundredths of a second once saved)
 * rather than by importing compromise (a second or more), loaded once for every rebuild.
 */
async function savedExtractor(projectRoot: string): Promise<ExtractEntities> {
  const key = await codeKey(projectRoot);
  const [lexicon, world] = await Promise.all([
    loadLexicon(lexiconFile(projectRoot), key),
    loadWorldPlaces(worldPlacesFile(projectRoot), key),
  ]);
  return loadEntityExtractor({ lexicon, world });
}

export function broadsheetData(): Plugin {
  let data = new Map<string, string>();
  let extractor: Promise<ExtractEntities> | null = null;
  let search = new Map<string, string>();
  let pending: Promise<void> = Promise.resolve();

  const rebuild = async (server: ViteDevServer) => {
    const options = { ...resolveOptions([], process.env), skipBroken: true };
    extractor ??= savedExtractor(options.projectRoot);
    const corpus = enrichCorpus(await readSeeds(options), options, await extractor);
    reportProblems(corpus.problems, options.seedsDir);
    // The dev server serves no feeds, so its pages must not offer any.
    data = new Map(dataFiles(corpus.articles, { ...siteInfo(options), siteUrl: null }, corpus));
    search = searchIndexFiles(corpus.articles);
    server.config.logger.info(`broadsheet: ${plural(corpus.articles.length, 'article')} from ${options.seedsDir}`, {
      timestamp: true,
    });
  };

  return {
    name: 'broadsheet-data',
    apply: 'serve',
    async configureServer(server) {
      const seedsDir = resolveOptions([], process.env).seedsDir;
      // Not awaited: the server starts while the seeds are read, and data requests wait for them.
      // A failure is shown in the terminal; the data stays empty until a seed change rebuilds it.
      pending = rebuild(server).catch((error: unknown) => server.config.logger.error(String(error)));
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(seedsDir + path.sep)) return;
        pending = pending
          .then(() => rebuild(server))
          .then(() => server.ws.send({ type: 'full-reload' }))
          .catch((error: unknown) => server.config.logger.error(String(error)));
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      const base = server.config.base;
      server.middlewares.use(
        serveFrom(
          `${base}data/`,
          () => data,
          () => pending,
        ),
      );
      const { projectRoot } = resolveOptions([], process.env);
      server.middlewares.use(serveImages(`${base}images/`, imageCacheDir(projectRoot), () => pending));
      server.middlewares.use(
        serveFrom(
          `${base}${SEARCH_DIR}/`,
          () => search,
          () => pending,
        ),
      );
    },
  };
}
