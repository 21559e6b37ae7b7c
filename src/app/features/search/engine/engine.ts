// The search engine behind a small seam: by default the build's term index (`<base>search-index/`),
// loaded on the first search, never on page load. Tests inject one with setSearchEngine().
// Records and filter counts keep the shapes of Pagefind's browser API, which the index replaced
// at 100,000 articles; hits are plain ordinals, as a common word has tens of thousands.
import { loadTermIndex } from './termIndex';

/** One result's record: its text, meta and facets, and where the query's words stand in the text. */
export interface EngineRecord {
  url: string;
  /** The record's text, plain (not escaped). */
  content: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  weighted_locations: { location: number; balanced_score: number; weight: number }[];
}

/** Counts per filter value: `{ sections: { sport: 3 } }`. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

export interface EngineResponse {
  /** The matching articles' ordinals (list positions), in result order. */
  hits: Int32Array;
  /** One hit's record, with where this search's words stand in its text. */
  record: (ordinal: number) => Promise<EngineRecord>;
  /** Counts under the search and its filters, for the filters whose index is loaded. */
  filters: FilterCounts;
}

/** `[]` asks for a filter's counts without restricting by it. */
export type EngineFilters = Record<string, string[] | { any: string[] }>;

export interface EngineOptions {
  filters?: EngineFilters;
  sort?: Record<string, 'asc' | 'desc'>;
  /** Values to count (for the kinds asked with `[]`) beside those the index counts unasked. */
  counted?: Partial<Record<string, string[]>>;
}

export interface SearchEngine {
  search: (term: string | null, options?: EngineOptions) => Promise<EngineResponse>;
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

/** Replaces the engine (tests); `loader` runs on the next search and again after a failure. */
export function setSearchEngine(loader: () => Promise<SearchEngine>): void {
  load = loader;
  engine = null;
  attempts = 0;
}

/** The engine, loaded once; a failed load is forgotten so the next call tries again. */
export function searchEngine(): Promise<SearchEngine> {
  if (!engine) {
    const attempt = attempts++;
    engine = load(attempt).catch((error: unknown) => {
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
