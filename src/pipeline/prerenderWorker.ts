// One prerender worker: renders its share of the routes, reporting progress, then what it made.
import { parentPort, workerData } from 'node:worker_threads';
import { renderRoutes, type RenderJob } from './renderPages';

const outcome = await renderRoutes(workerData as RenderJob, (done) => parentPort?.postMessage({ done }));
parentPort?.postMessage({ outcome });
