// The index is several Pagefind indexes (see SearchShardList): the first is loaded, the rest
// merged into it, and Pagefind then answers across all of them. One thing it cannot do across
// shards is keep a sort (it merges shards by score), so sorted searches ask each shard on its own
// and join the answers in list order: each shard holds a consecutive stretch of the list.
import { SEARCH_SHARDS_FILE, type SearchShardList } from '../../../../model/data';
import type { FilterCounts, PagefindResponse, PagefindSearchOptions, SearchEngine } from './engine';

export interface PagefindRuntime extends SearchEngine {
  options: (options: { baseUrl: string; basePath: string }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string) => Promise<void>;
}

function isRuntime(value: unknown): value is PagefindRuntime {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['search', 'options', 'init', 'mergeIndex'].every((name) => typeof candidate[name] === 'function');
}

function isShardList(value: unknown): value is SearchShardList {
  if (typeof value !== 'object' || value === null) return false;
  const { shards, filter } = value as Partial<SearchShardList>;
  return typeof filter === 'string' && Array.isArray(shards) && shards.length > 0 && shards.every((s) => typeof s?.dir === 'string');
}

/** Adds up counts per filter value, leaving out the internal shard filter. */
export function sumCounts(all: FilterCounts[], hidden: string): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [kind, values] of Object.entries(counts)) {
      if (kind === hidden || !values) continue;
      const into = (sum[kind] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}

export function shardedSearch(runtime: SearchEngine, list: SearchShardList): SearchEngine {
  const hide = (response: PagefindResponse): PagefindResponse => ({ ...response, filters: sumCounts([response.filters], list.filter) });
  return {
    exactWords: list.shards.length > 1,
    async search(term: string | null, options: PagefindSearchOptions = {}) {
      const direction = options.sort ? Object.values(options.sort)[0] : undefined;
      if (!direction || list.shards.length < 2) return hide(await runtime.search(term, options));
      const perShard = await Promise.all(
        list.shards.map((shard) =>
          runtime.search(term, { ...options, filters: { ...options.filters, [list.filter]: [shard.dir] } }),
        ),
      );
      // Shards are listed oldest first.
      const ordered = direction === 'desc' ? [...perShard].reverse() : perShard;
      return { results: ordered.flatMap((r) => r.results), filters: sumCounts(perShard.map((r) => r.filters), list.filter) };
    },
  };
}

/** Loads the shard list, then Pagefind from the first shard, then merges the others. */
export async function loadShardedPagefind(base: string, attempt: number): Promise<SearchEngine> {
  // A failed module import is remembered by the browser; a retry asks for fresh URLs.
  const fresh = attempt > 0 ? `?attempt=${attempt}` : '';
  const listUrl = `${base}pagefind/${SEARCH_SHARDS_FILE}${fresh}`;
  const response = await fetch(listUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${listUrl}`);
  const list: unknown = await response.json();
  if (!isShardList(list)) throw new Error(`${listUrl} is not a list of search shards`);
  const shardPath = (dir: string) => `${base}pagefind/${dir}/`;
  const first = shardPath(list.shards[0]!.dir);
  const url = `${first}pagefind.js${fresh}`;
  const runtime: unknown = await import(/* @vite-ignore */ url);
  if (!isRuntime(runtime)) throw new Error(`${url} is not a Pagefind module`);
  await runtime.options({ baseUrl: base, basePath: first });
  await runtime.init();
  await Promise.all(list.shards.slice(1).map((s) => runtime.mergeIndex(shardPath(s.dir))));
  return shardedSearch(runtime, list);
}
