// Bytes a page fetches inside a window of time, as the browser received them (headers plus the
// encoded body), and what they would be gzipped (the local server sends everything uncompressed).
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

export interface NetworkUse {
  requests: number;
  /** Response headers plus body as received (the server's own encoding). */
  transferBytes: number;
  /** Bodies gzipped at level 9, what a compressing host would send. */
  gzipBytes: number;
  /** Each request's path (with its query), in the order they finished: what a search reads. */
  paths: string[];
}

export interface NetworkMeter {
  /** Counts every request that starts from now on. */
  start: () => void;
  /** Waits until nothing has been in flight for `quietMs` (at most `timeoutMs`). */
  settle: (quietMs?: number, timeoutMs?: number) => Promise<void>;
  /** Stops counting and sums the requests started since start(). */
  stop: () => Promise<NetworkUse>;
}

export function meterNetwork(page: Page): NetworkMeter {
  const inFlight = new Set<Request>();
  let counted: Promise<NetworkUse>[] = [];
  let counting = false;
  let lastChange = performance.now();

  const measure = async (request: Request): Promise<NetworkUse> => {
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response().catch(() => null);
    const body = response ? await response.body().catch(() => null) : null;
    const url = new URL(request.url());
    return {
      requests: 1,
      transferBytes: sizes ? sizes.responseHeadersSize + sizes.responseBodySize : 0,
      gzipBytes: body && body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
      paths: [url.pathname + url.search],
    };
  };

  const waiting = new Map<Request, (use: Promise<NetworkUse>) => void>();
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = performance.now();
    if (counting) counted.push(new Promise<NetworkUse>((resolve) => waiting.set(request, resolve)));
  });
  const finish = (request: Request) => {
    inFlight.delete(request);
    lastChange = performance.now();
    const resolve = waiting.get(request);
    if (!resolve) return;
    waiting.delete(request);
    resolve(measure(request));
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);

  return {
    start: () => {
      counted = [];
      counting = true;
    },
    settle: async (quietMs = 500, timeoutMs = 15_000) => {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        if (inFlight.size === 0 && performance.now() - lastChange >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop: async () => {
      counting = false;
      // A request still open after settle() is counted, with nothing received yet.
      for (const [request, resolve] of waiting)
        resolve(
          Promise.resolve({ requests: 1, transferBytes: 0, gzipBytes: 0, paths: [new URL(request.url()).pathname] }),
        );
      waiting.clear();
      const uses = await Promise.all(counted);
      return uses.reduce(
        (sum, use) => ({
          requests: sum.requests + use.requests,
          transferBytes: sum.transferBytes + use.transferBytes,
          gzipBytes: sum.gzipBytes + use.gzipBytes,
          paths: [...sum.paths, ...use.paths],
        }),
        { requests: 0, transferBytes: 0, gzipBytes: 0, paths: [] as string[] },
      );
    },
  };
}
