// The search engine behind a small seam: by default Pagefind's browser module, loaded from
// the built index (`<base>pagefind/`, in shards) on the first search, never on page load.
// Tests inject a fake with setSearchEngine().
import { loadShardedPagefind } from './shardedPagefind';

/** The slice of Pagefind's browser API this app uses (pagefind 1.x). */
export interface PagefindFragment {
  url: string;
  /** The record's text, plain (not escaped). */
  content: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  weighted_locations: { location: number; balanced_score: number; weight: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

/** Counts per filter value: `{ sections: { sport: 3 } }`. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts under the search and its filters, for the filters whose index is loaded. */
  filters: FilterCounts;
}

/** `[]` asks for a filter's counts without restricting by it. */
export type PagefindFilters = Record<string, string[] | { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchEngine {
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  /** Plain words must be checked as whole words (see PlanOptions.exactWords). */
  readonly exactWords?: boolean;
}

/** The index could not be loaded or started; the page offers to try again. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The search index could not be loaded${cause instanceof Error ? ` (${cause.message})` : ''}`);
    this.name = 'SearchUnavailableError';
  }
}

const loadPagefind = (attempt: number) => loadShardedPagefind(import.meta.env.BASE_URL, attempt);
let load: (attempt: number) => Promise<SearchEngine> = loadPagefind;
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
