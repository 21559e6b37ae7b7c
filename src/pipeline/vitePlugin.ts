// `npm run dev`: serves the data JSON from memory and rebuilds it when a seed is added,
// edited or deleted, then reloads the open page. The browser code is the same as in a build.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { resolveOptions } from './config';
import { buildCorpus } from './corpus';
import { dataFiles } from './emit/dataFiles';
import { reportProblems } from './report';

export function broadsheetData(): Plugin {
  let files = new Map<string, string>();
  let pending: Promise<void> = Promise.resolve();

  const rebuild = async (server: ViteDevServer | null) => {
    const options = { ...resolveOptions([], process.env), skipBroken: true };
    const corpus = await buildCorpus(options);
    reportProblems(corpus.problems, options.seedsDir);
    files = new Map(dataFiles(corpus.articles, options.siteTitle));
    server?.config.logger.info(`broadsheet: ${corpus.articles.length} articles from ${options.seedsDir}`, { timestamp: true });
  };

  return {
    name: 'broadsheet-data',
    apply: 'serve',
    async configureServer(server) {
      await rebuild(server);
      const seedsDir = resolveOptions([], process.env).seedsDir;
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(seedsDir + path.sep)) return;
        pending = pending
          .then(() => rebuild(server))
          .then(() => server.ws.send({ type: 'full-reload' }))
          .catch((error: unknown) => server.config.logger.error(String(error)));
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);

      const prefix = `${server.config.base}data/`;
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        void pending.then(() => {
          const body = files.get(decodeURIComponent(url.slice(prefix.length)));
          res.statusCode = body === undefined ? 404 : 200;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body ?? '{"error":"not found"}');
        });
      });
    },
  };
}
