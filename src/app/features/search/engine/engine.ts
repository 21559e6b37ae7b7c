// The search engine behind a small seam: by default the build's term index (`<base>search-index/`),
// loaded on the first search, never on page load. Tests inject one with setSearchEngine().
// Hits are plain ordinals (list positions) in a typed array, as a common word has tens of thousands.
import type { FilterKind, SearchSort } from '../lib/searchState';
import { loadTermIndex } from './termIndex';

/** One result's record: what its row shows, its filter values, and where the query's words stand in its text. */
export interface EngineRecord {
  slug: string;
  title: string;
  date: string | null;
  /** The record's text, plain (not escaped): the headline, then the rest of what is searched. */
  content: string;
  /** Indexes of the words the query matched, ascending, in `content` split on WORD_SEPARATORS (snippet.ts). */
  matches: number[];
  /** The article's values of each filter kind: facet slugs, and its source's name when it has one. */
  filters: Record<FilterKind, string[]>;
}

/** Counts per value, for the kinds asked to be counted: `{ sections: { sport: 3 } }`. */
export type FilterCounts = Partial<Record<FilterKind, Record<string, number>>>;

export interface EngineResponse {
  /** The matching articles' ordinals, in result order. */
  hits: Int32Array;
  /** One hit's record, with where this search's words stand in its text. */
  record: (ordinal: number) => Promise<EngineRecord>;
  /** Counts under the search and its filters, for the kinds in `count`. */
  counts: FilterCounts;
}

/** The filter kinds of the index: the facets and source, and the month (`YYYY-MM`) of the date. */
export type EngineFilterKind = FilterKind | 'month';

export interface EngineOptions {
  /** Per kind, the values an article must carry one of: AND across kinds, OR within one; an empty list restricts nothing. */
  filters?: Partial<Record<EngineFilterKind, readonly string[]>>;
  /** Kinds to count values of, each with values to count beside those the index counts unasked. */
  count?: Partial<Record<FilterKind, readonly string[]>>;
  /** Best match first, or newest first; with no words to rank by, always newest first. */
  sort?: SearchSort;
}

export interface SearchEngine {
  search: (term: string | null, options?: EngineOptions) => Promise<EngineResponse>;
  /** Every month (`YYYY-MM`) with dated articles, oldest first. */
  months: readonly string[];
}

/** The index could not be loaded or started; the page offers to try again. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The search index could not be loaded${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'SearchUnavailableError';
  }
}

const loadIndex = (attempt: number) => loadTermIndex(import.meta.env.BASE_URL, attempt);
let load: (attempt: number) => Promise<SearchEngine> = loadIndex;
let engine: Promise<SearchEngine> | null = null;
let attempts = 0;

/** Replaces the engine (tests); `loader` runs on the next search and again after a failure, told its attempt. */
export function setSearchEngine(loader: (attempt: number) => Promise<SearchEngine>): void {
  load = loader;
  engine = null;
  attempts = 0;
}

/** A failed load is tried once more after this long: a blip passes, a lasting fault shows its error. */
export const LOAD_RETRY_MS = 1000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadWithRetry(): Promise<SearchEngine> {
  try {
    return await load(attempts++);
  } catch {
    await wait(LOAD_RETRY_MS);
    return load(attempts++);
  }
}

/**
 * The engine, loaded once, a failed load retried once (LOAD_RETRY_MS); after that the failure is
 * the search's answer, and it is forgotten so the next search (or "Try again") loads afresh.
 */
export function searchEngine(): Promise<SearchEngine> {
  if (!engine) {
    engine = loadWithRetry().catch((error: unknown) => {
      engine = null;
      throw new SearchUnavailableError(error);
    });
  }
  return engine;
}

/** Starts loading the engine ahead of a search (the reader is in a search box); failures wait for the search itself. */
export function warmSearchEngine(): void {
  searchEngine().catch(() => undefined);
}
