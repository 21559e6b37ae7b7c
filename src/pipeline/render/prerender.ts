// Fills the built index.html with each route's prerendered markup, so every page a reader
// lands on shows its text before (and without) JavaScript. Large sites render on every core.
import { availableParallelism } from 'node:os';
import { progress } from '../common/progress';
import { startTsWorker, type TsWorker } from '../common/tsWorker';
import { openRenderer, reusePages, type PageRecords, type RenderOutcome, type RenderSetup } from './renderPages';
import type { FromMain, FromWorker } from './prerenderWorker';

export interface PrerenderOptions {
  outDir: string;
  basePath: string;
  /** App paths such as `/` or `/articles/x`; '/404' is written to 404.html. */
  routes: string[];
  quiet: boolean;
  /** Records of the pages outDir holds from the last build (previousBuild.ts); empty for a cold build. */
  previous: PageRecords;
  /**
   * The module built by buildRenderer and the client build's index.html, once both exist and the
   * data files are written, with the digest (fileDigest) of each data file written. Workers of a
   * cold build start before that, so their start-up overlaps the bundling.
   */
  ready: Promise<{ rendererPath: string; template: string; digests: ReadonlyMap<string, string> }>;
}

/** Below this many pages a worker's start-up costs more than it saves. */
const ROUTES_PER_WORKER_MIN = 500;
/** Routes handed to a worker at a time: small enough that the workers finish together. */
const BATCH = 40;

const workersFor = (pages: number) => Math.min(availableParallelism(), Math.floor(pages / ROUTES_PER_WORKER_MIN));

export async function prerender(options: PrerenderOptions): Promise<RenderOutcome> {
  const { routes, quiet, previous } = options;
  // A rebuild starts workers only once it knows how many pages changed: usually too few to need any.
  const cold = Object.keys(previous).length === 0;
  const pool = cold && workersFor(routes.length) >= 2 ? startPool(workersFor(routes.length)) : [];
  try {
    const { digests, ...setup } = await options.ready;
    // The stage's own time starts here: until now it waited for the bundle and the data files.
    const started = Date.now();
    const renderSetup: RenderSetup = { outDir: options.outDir, basePath: options.basePath, ...setup };
    const reused = reusePages({ ...renderSetup, previous }, routes, (dataPath) => digests.get(dataPath));
    const done = routes.length - reused.rest.length;
    const bar = progress('prerender', routes.length, quiet);
    if (pool.length === 0 && workersFor(reused.rest.length) >= 2)
      pool.push(...startPool(workersFor(reused.rest.length)));
    const rendered =
      pool.length < 2
        ? await (
            await openRenderer(renderSetup)
          )(reused.rest, (n) => bar.tick(done + n))
        : await renderInPool(pool, renderSetup, reused.rest, (n) => bar.tick(done + n));
    // In route order, so the saved records do not depend on which worker finished first.
    const records: PageRecords = {};
    for (const route of routes) {
      const record = reused.records[route] ?? rendered[route];
      if (!record) throw new Error(`prerender: no page made for ${route}`);
      records[route] = record;
    }
    return { records, reused: done, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
    throw error;
  }
}

type Pool = TsWorker[];

function startPool(size: number): Pool {
  return Array.from({ length: size }, () => startWorker());
}

async function renderInPool(
  pool: Pool,
  setup: RenderSetup,
  routes: string[],
  onProgress: (done: number) => void,
): Promise<PageRecords> {
  let next = 0;
  let done = 0;
  const records: PageRecords = {};
  for (const { worker } of pool) {
    // Each message (ready, or a batch's records) asks for the next batch.
    worker.on('message', (message: FromWorker) => {
      if ('records' in message) {
        Object.assign(records, message.records);
        done += Object.keys(message.records).length;
        onProgress(done);
      }
      const batch = routes.slice(next, next + BATCH);
      next += batch.length;
      worker.postMessage((batch.length > 0 ? { routes: batch } : { end: true }) satisfies FromMain);
    });
    worker.postMessage({ setup } satisfies FromMain);
  }
  await Promise.all(pool.map(({ exited }) => exited));
  return records;
}

function startWorker(): TsWorker {
  return startTsWorker(new URL('./prerenderWorker.ts', import.meta.url));
}
