// The search index is built in a worker thread (searchIndexWorker.ts), so its reading of every
// article's words overlaps tagging the articles and writing the data files on the main thread
// instead of following them. The worker gets the articles' seed digests (and the text of those
// that may have changed) as soon as the seeds are read, and their facets once they are tagged.
import type { Progress } from '../common/progress';
import { startTsWorker } from '../common/tsWorker';
import type { SearchFacets } from './searchIndex';
import type { FromSearchWorker, ScanRequest, ToSearchWorker } from './searchIndexWorker';
import type { SearchableText } from './termIndex';

export interface WrittenIndex {
  /** fileDigest of every file of the index, by path under its folder. */
  digests: Map<string, string>;
  /** How many were left as the last build wrote them. */
  unchanged: number;
  /** Whether the out dir's saved scan was used (only changed articles read). */
  reusedScan: boolean;
}

export interface SearchIndexJob {
  /**
   * The articles, in article order: `text(ordinal)` gives one's text. `fresh` says which may
   * differ from what the saved scan read (the rest are sent only if the worker asks); bar counts
   * the articles read.
   */
  scan(
    request: Omit<ScanRequest, 'texts'> & { fresh: (ordinal: number) => boolean },
    text: (ordinal: number) => SearchableText,
    bar: Progress,
  ): void;
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
  let allTexts: () => SearchableText[] = () => [];
  const send = (message: ToSearchWorker) => worker.postMessage(message);
  worker.on('message', (message: FromSearchWorker) => {
    if ('scanned' in message) bar?.tick(message.scanned);
    else if ('needTexts' in message) send({ texts: allTexts() });
    else result = { digests: new Map(message.digests), unchanged: message.unchanged, reusedScan: message.reusedScan };
  });
  return {
    scan({ fresh, ...request }, text, scanBar) {
      bar = scanBar;
      allTexts = () => request.digests.map((_, ordinal) => text(ordinal));
      const texts = request.digests.map((_, ordinal) => (!request.reuse || fresh(ordinal) ? text(ordinal) : null));
      send({ scan: { ...request, texts } });
    },
    async finish(facets, outDir, previous) {
      send({ facets, outDir, previous: { ...previous } });
      await exited;
      if (!result) throw new Error('search index worker ended without writing the index');
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
