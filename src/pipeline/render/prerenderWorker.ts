// One prerender worker: opens the renderer once, then renders the batches of routes it is sent.
import { parentPort } from 'node:worker_threads';
import { openRenderer, type PageRecords, type RenderBatch, type RenderSetup } from './renderPages';

export type FromMain = { setup: RenderSetup } | { routes: string[] } | { end: true };
export type FromWorker = { ready: true } | { records: PageRecords };

const port = parentPort;
if (!port) throw new Error('prerenderWorker runs in a worker thread');
let render: RenderBatch | null = null;

async function handle(message: FromMain): Promise<FromWorker | null> {
  if ('setup' in message) {
    render = await openRenderer(message.setup);
    return { ready: true };
  }
  if ('routes' in message) {
    if (!render) throw new Error('prerender worker: routes before setup');
    return { records: await render(message.routes, () => undefined) };
  }
  port?.close();
  return null;
}

// The main thread sends one message and waits for the answer, so batches never overlap.
port.on('message', (message: FromMain) => {
  handle(message).then(
    (reply) => {
      if (reply) port.postMessage(reply satisfies FromWorker);
    },
    // Thrown outside the promise, so the worker fails with the error and the main thread hears of it.
    (error: unknown) =>
      setImmediate(() => {
        throw error;
      }),
  );
});
