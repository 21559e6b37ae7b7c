// Fills the built index.html with each route's prerendered markup, so every page a reader
// lands on shows its text before (and without) JavaScript. Large sites render on every core.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { progress } from './progress';
import { renderRoutes, type PageRecords, type RenderJob, type RenderOutcome } from './renderPages';

export { CONTENT_SECURITY_POLICY } from './renderPages';

export interface PrerenderOptions {
  outDir: string;
  basePath: string;
  /** The module built by buildRenderer. */
  rendererPath: string;
  template: string;
  /** App paths such as `/` or `/articles/x`; '/404' is written to 404.html. */
  routes: string[];
  quiet: boolean;
  previousDir: string | null;
  previous: PageRecords;
}

/** Below this many pages a worker's start-up costs more than it saves. */
const ROUTES_PER_WORKER_MIN = 500;

export async function prerender(options: PrerenderOptions): Promise<RenderOutcome> {
  const { routes, quiet } = options;
  const bar = progress('prerender', routes.length, quiet);
  const workers = Math.min(availableParallelism(), Math.floor(routes.length / ROUTES_PER_WORKER_MIN));
  const job = (slice: string[]): RenderJob => ({
    outDir: options.outDir,
    basePath: options.basePath,
    rendererPath: options.rendererPath,
    template: options.template,
    routes: slice,
    previousDir: options.previousDir,
    previous: options.previous,
  });
  let outcomes: RenderOutcome[];
  if (workers < 2) {
    outcomes = [await renderRoutes(job(routes), (done) => bar.tick(done))];
  } else {
    const done = new Array<number>(workers).fill(0);
    outcomes = await Promise.all(
      Array.from({ length: workers }, (_, w) =>
        runWorker(job(routes.filter((_, i) => i % workers === w)), (n) => {
          done[w] = n;
          bar.tick(done.reduce((a, b) => a + b, 0));
        }),
      ),
    );
  }
  bar.end();
  return {
    records: Object.assign({}, ...outcomes.map((o) => o.records)) as PageRecords,
    reused: outcomes.reduce((sum, o) => sum + o.reused, 0),
  };
}

type WorkerMessage = { done: number } | { outcome: RenderOutcome };

function runWorker(job: RenderJob, onProgress: (done: number) => void): Promise<RenderOutcome> {
  return new Promise((resolve, reject) => {
    // tsx's loader is registered per thread, so the worker registers it before loading TypeScript.
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const script = JSON.stringify(new URL('./prerenderWorker.ts', import.meta.url).href);
    const boot = `import(${tsx}).then((api) => { api.register(); return import(${script}); })`;
    const worker = new Worker(boot, { eval: true, workerData: job });
    let outcome: RenderOutcome | null = null;
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) onProgress(message.done);
      else outcome = message.outcome;
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 && outcome ? resolve(outcome) : reject(new Error(`prerender worker exited with ${code}`)),
    );
  });
}
