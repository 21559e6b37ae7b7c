// Loads the build's term index: meta.json first (its bucket count, months and sources), then
// bucket files and record files as queries need them.
import { SEARCH_DIR, searchPaths, type SearchIndexMeta } from '../../../../model/searchIndex';
import type { SearchEngine } from './engine';
import { createTermEngine } from './termEngine';

function isMeta(value: unknown): value is SearchIndexMeta {
  if (typeof value !== 'object' || value === null) return false;
  const meta = value as Partial<SearchIndexMeta>;
  return (
    meta.version === 4 &&
    typeof meta.articleCount === 'number' &&
    typeof meta.buckets === 'number' &&
    meta.buckets > 0 &&
    Array.isArray(meta.ownPostings)
  );
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  // Static hosts with a single-page fallback answer a missing file with index.html and 200.
  if (response.headers.get('content-type')?.includes('text/html')) throw new Error(`${url} is missing`);
  return response.json();
}

export async function loadTermIndex(base: string, attempt: number): Promise<SearchEngine> {
  const root = `${base}${SEARCH_DIR}/`;
  // A retry asks past any cached failure.
  const fresh = attempt > 0 ? `?attempt=${attempt}` : '';
  const metaUrl = `${root}${searchPaths.meta()}${fresh}`;
  const meta = await fetchJson(metaUrl);
  if (!isMeta(meta)) throw new Error(`${metaUrl} is not a search index`);
  return createTermEngine(meta, (path) => fetchJson(`${root}${path}`));
}
