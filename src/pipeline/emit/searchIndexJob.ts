// The search index is built in a worker thread (searchIndexWorker.ts), so on a rebuild its 3 s of
// reading every article's words overlaps tagging the articles and writing the data files on the
// main thread instead of following them. The worker gets the text as soon as the seeds are read
// and the facets once they are tagged.
import type { Progress } from '../progress';
import { startTsWorker } from '../tsWorker';
import type { SearchFacets } from './searchIndex';
import type { FromSearchWorker, ToSearchWorker } from './searchIndexWorker';
import type { SearchableText } from './termIndex';

export interface WrittenIndex {
  /** fileDigest of every file of the index, by path under its folder. */
  digests: Map<string, string>;
  /** How many were left as the last build wrote them. */
  unchanged: number;
}

export interface SearchIndexJob {
  /** The articles' text, in article order; bar counts the articles read. */
  scan(texts: SearchableText[], bar: Progress): void;
  /** The articles' facets, in the same order; resolves once the index under outDir is written. */
  finish(facets: SearchFacets[], outDir: string, previous: Readonly<Record<string, string>>): Promise<WrittenIndex>;
  /** Ends the worker when the build fails before finish. */
  stop(): Promise<void>;
}

/**
 * A worker's young generation is made larger than the default: the scan makes millions of
 * short-lived strings, and with the default most of its time went to scavenges.
 */
const YOUNG_GENERATION_MB = 64;

export function startSearchIndex(): SearchIndexJob {
  const { worker, exited } = startTsWorker(new URL('./searchIndexWorker.ts', import.meta.url), {
    maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
  });
  let result: WrittenIndex | null = null;
  let bar: Progress | null = null;
  worker.on('message', (message: FromSearchWorker) => {
    if ('scanned' in message) bar?.tick(message.scanned);
    else result = { digests: new Map(message.digests), unchanged: message.unchanged };
  });
  const send = (message: ToSearchWorker) => worker.postMessage(message);
  return {
    scan(texts, scanBar) {
      bar = scanBar;
      send({ texts });
    },
    async finish(facets, outDir, previous) {
      send({ facets, outDir, previous: { ...previous } });
      await exited;
      bar?.end();
      if (!result) throw new Error('search index worker ended without writing the index');
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
