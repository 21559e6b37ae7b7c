// Starts a worker thread running one of the pipeline's TypeScript modules.
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface TsWorker {
  worker: Worker;
  /** Resolves when the worker exits with 0, rejects on an error or any other code. */
  exited: Promise<void>;
}

export function startTsWorker(script: URL, resourceLimits?: ResourceLimits): TsWorker {
  // tsx's loader is registered per thread, so the worker registers it before loading TypeScript.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const boot = `import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); })`;
  const worker = new Worker(boot, { eval: true, ...(resourceLimits ? { resourceLimits } : {}) });
  // Listening from the start, so a worker that fails before it is first needed is reported, not thrown.
  const exited = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script.pathname} exited with ${code}`))));
  });
  exited.catch(() => undefined);
  return { worker, exited };
}
