// Fills the built index.html with each route's prerendered markup, so every page a reader
// lands on shows its text before (and without) JavaScript. Large sites render on every core.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { progress } from './progress';
import { renderRoutes, type PageRecords, type RenderOutcome, type RenderSetup } from './renderPages';
import type { FromMain, FromWorker } from './prerenderWorker';

export { CONTENT_SECURITY_POLICY } from './renderPages';

export interface PrerenderOptions {
  outDir: string;
  basePath: string;
  /** App paths such as `/` or `/articles/x`; '/404' is written to 404.html. */
  routes: string[];
  quiet: boolean;
  previousDir: string | null;
  previous: PageRecords;
  /**
   * The module built by buildRenderer and the client build's index.html, once both exist and the
   * data files are written. Workers start before that, so their start-up overlaps the bundling.
   */
  ready: Promise<{ rendererPath: string; template: string }>;
}

/** Below this many pages a worker's start-up costs more than it saves. */
const ROUTES_PER_WORKER_MIN = 500;
/** Routes handed to a worker at a time: small enough that the workers finish together. */
const BATCH = 40;

export async function prerender(options: PrerenderOptions): Promise<RenderOutcome> {
  const { routes, quiet } = options;
  const workers = Math.min(availableParallelism(), Math.floor(routes.length / ROUTES_PER_WORKER_MIN));
  if (workers < 2) {
    const setup = await setupOf(options);
    const bar = progress('prerender', routes.length, quiet);
    const outcome = await renderRoutes({ ...setup, routes }, (done) => bar.tick(done));
    bar.end();
    return outcome;
  }
  const pool = Array.from({ length: workers }, () => startWorker());
  try {
    const setup = await setupOf(options);
    const bar = progress('prerender', routes.length, quiet);
    let next = 0;
    let done = 0;
    const records: PageRecords = {};
    let reused = 0;
    for (const { worker } of pool) {
      // Each message (ready, or a batch's outcome) asks for the next batch.
      worker.on('message', (message: FromWorker) => {
        if ('outcome' in message) {
          Object.assign(records, message.outcome.records);
          reused += message.outcome.reused;
          done += Object.keys(message.outcome.records).length;
          bar.tick(done);
        }
        const batch = routes.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage((batch.length > 0 ? { routes: batch } : { end: true }) satisfies FromMain);
      });
      worker.postMessage({ setup } satisfies FromMain);
    }
    await Promise.all(pool.map(({ exited }) => exited));
    bar.end();
    // In route order, so the saved records do not depend on which worker finished first.
    const ordered: PageRecords = {};
    for (const route of routes) {
      const record = records[route];
      if (!record) throw new Error(`prerender: no page made for ${route}`);
      ordered[route] = record;
    }
    return { records: ordered, reused };
  } catch (error) {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
    throw error;
  }
}

async function setupOf(options: PrerenderOptions): Promise<RenderSetup> {
  const { rendererPath, template } = await options.ready;
  return {
    outDir: options.outDir,
    basePath: options.basePath,
    rendererPath,
    template,
    previousDir: options.previousDir,
    previous: options.previous,
  };
}

function startWorker(): { worker: Worker; exited: Promise<void> } {
  // tsx's loader is registered per thread, so the worker registers it before loading TypeScript.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const script = JSON.stringify(new URL('./prerenderWorker.ts', import.meta.url).href);
  const boot = `import(${tsx}).then((api) => { api.register(); return import(${script}); })`;
  const worker = new Worker(boot, { eval: true });
  // Listening from the start, so a worker that fails while the bundle is still building is reported, not thrown.
  const exited = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prerender worker exited with ${code}`))));
  });
  exited.catch(() => undefined);
  return { worker, exited };
}
