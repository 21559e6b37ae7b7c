// The search index's worker thread: reads the articles' words while the main thread tags them
// (only the changed articles' when the out dir's saved scan still fits: scanCache.ts), then, given
// their facets, writes the index files that changed since the last build.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { SEARCH_DIR } from '../../model/searchIndex';
import { readSavedScan, saveScan } from '../incremental/scanCache';
import { indexFilesFrom, wordTexts, type SearchFacets, type TermText } from './searchIndex';
import { scanTerms, updateScan, type SearchableText, type TermScan } from './termIndex';
import { writeChangedFiles } from './writeChangedFiles';

export interface ScanRequest {
  /** Where the out dir's scan is saved, and the key it must have to be used. */
  cacheFile: string;
  key: string;
  /** False for a cold build: the saved scan is replaced, never read. */
  reuse: boolean;
  /** Seed digest of each article, by ordinal. */
  digests: string[];
  /** Each article's text, or null where the main thread expects the saved scan to have it. */
  texts: (SearchableText | null)[];
}

export type ToSearchWorker =
  | { scan: ScanRequest }
  | { texts: SearchableText[] }
  | { facets: SearchFacets[]; outDir: string; previous: Record<string, string> };
export type FromSearchWorker =
  | { scanned: number }
  /** The saved scan lacks an article whose text was not sent: send them all. */
  | { needTexts: true }
  | { digests: [string, string][]; unchanged: number; reusedScan: boolean };

/** Articles between progress messages. */
const PROGRESS_EVERY = 1000;
/** Above this share of changed articles, scanning everything again is about as fast. */
const UPDATE_MAX_SHARE = 0.05;

const port = parentPort;
if (!port) throw new Error('searchIndexWorker runs in a worker thread');
const post = (message: FromSearchWorker) => port?.postMessage(message);

let allTexts: (texts: SearchableText[]) => void = () => undefined;
const textsSent = new Promise<SearchableText[]>((resolve) => (allTexts = resolve));

interface Scanned {
  scan: TermScan;
  /** Whether the saved scan was used, and whether the one made differs from it. */
  reused: boolean;
  save: boolean;
}

/** The words' texts, ready for the facets, made and the scan saved while the main thread tags. */
async function prepare(request: ScanRequest): Promise<{ words: TermText[]; reused: boolean }> {
  const { scan, reused, save } = await scanArticles(request);
  const words = wordTexts(scan);
  if (save) await saveScan(request.cacheFile, { key: request.key, digests: request.digests, scan });
  return { words, reused };
}

async function scanArticles(request: ScanRequest): Promise<Scanned> {
  const { digests, texts } = request;
  const saved = request.reuse ? await readSavedScan(request.cacheFile) : null;
  if (saved && saved.key === request.key && saved.digests.length === digests.length) {
    const changed = new Map<number, SearchableText>();
    let missing = false;
    digests.forEach((digest, ordinal) => {
      if (saved.digests[ordinal] === digest) return;
      const text = texts[ordinal];
      if (text) changed.set(ordinal, text);
      else missing = true;
    });
    if (!missing && changed.size <= digests.length * UPDATE_MAX_SHARE) {
      post({ scanned: digests.length });
      return { scan: updateScan(saved.scan, changed), reused: true, save: changed.size > 0 };
    }
  }
  let all: SearchableText[];
  if (texts.every((text) => text !== null)) all = texts as SearchableText[];
  else {
    post({ needTexts: true });
    all = await textsSent;
  }
  const scan = scanTerms(all, (done) => {
    if (done % PROGRESS_EVERY === 0) post({ scanned: done });
  });
  post({ scanned: all.length });
  return { scan, reused: false, save: true };
}

let scanning: Promise<{ words: TermText[]; reused: boolean }> | null = null;

async function handle(message: ToSearchWorker): Promise<void> {
  if ('scan' in message) {
    scanning = prepare(message.scan);
    return;
  }
  if ('texts' in message) {
    allTexts(message.texts);
    return;
  }
  if (!scanning) throw new Error('search index worker: facets before texts');
  const { words, reused } = await scanning;
  const files = indexFilesFrom(words, message.facets);
  const written = await writeChangedFiles(path.join(message.outDir, SEARCH_DIR), files, message.previous);
  post({ digests: [...written.digests], unchanged: written.unchanged, reusedScan: reused });
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
