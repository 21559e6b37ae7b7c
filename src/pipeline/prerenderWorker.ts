// One prerender worker: renders its share of the routes and reports how many it has done.
import { parentPort, workerData } from 'node:worker_threads';
import { renderRoutes, type RenderJob } from './renderPages';

await renderRoutes(workerData as RenderJob, (done) => parentPort?.postMessage(done));
