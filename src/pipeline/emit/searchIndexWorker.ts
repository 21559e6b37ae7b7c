// The search index's worker thread: reads the articles' words while the main thread tags them,
// then, given their facets, writes the index files that changed since the last build.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { SEARCH_DIR } from '../../model/searchIndex';
import { indexFiles, type SearchFacets } from './searchIndex';
import { scanTerms, type SearchableText, type TermScan } from './termIndex';
import { writeChangedFiles } from './writeChangedFiles';

export type ToSearchWorker =
  | { texts: SearchableText[] }
  | { facets: SearchFacets[]; outDir: string; previous: Record<string, string> };
export type FromSearchWorker =
  | { scanned: number }
  | { digests: [string, string][]; unchanged: number };

/** Articles between progress messages. */
const PROGRESS_EVERY = 1000;

const port = parentPort;
if (!port) throw new Error('searchIndexWorker runs in a worker thread');
let scan: TermScan | null = null;

async function handle(message: ToSearchWorker): Promise<void> {
  if ('texts' in message) {
    scan = scanTerms(message.texts, (done) => {
      if (done % PROGRESS_EVERY === 0) port?.postMessage({ scanned: done } satisfies FromSearchWorker);
    });
    port?.postMessage({ scanned: message.texts.length } satisfies FromSearchWorker);
    return;
  }
  if (!scan) throw new Error('search index worker: facets before texts');
  const files = indexFiles(scan, message.facets);
  scan = null;
  const written = await writeChangedFiles(path.join(message.outDir, SEARCH_DIR), files, message.previous);
  port?.postMessage({ digests: [...written.digests], unchanged: written.unchanged } satisfies FromSearchWorker);
  port?.close();
}

port.on('message', (message: ToSearchWorker) => {
  handle(message).catch((error: unknown) =>
    // Thrown outside the promise, so the worker fails with the error and the main thread hears of it.
    setImmediate(() => {
      throw error;
    }),
  );
});
