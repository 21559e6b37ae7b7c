import { describe, expect, it } from 'vitest';
import type { PagefindResponse, PagefindSearchOptions, SearchEngine } from '../../src/app/features/search/api/engine';
import { shardedSearch, sumCounts } from '../../src/app/features/search/api/shardedPagefind';
import type { SearchShardList } from '../../src/model/data';

interface Doc {
  id: string;
  shard: string;
  /** Higher is newer. */
  rank: number;
  score: number;
  section: string;
}

/** Shards s0 (older) and s1 (newer); relevance puts an old article first. */
const DOCS: Doc[] = [
  { id: 'old-a', shard: 's0', rank: 1, score: 9, section: 'sport' },
  { id: 'old-b', shard: 's0', rank: 2, score: 1, section: 'politics' },
  { id: 'new-a', shard: 's1', rank: 3, score: 5, section: 'sport' },
  { id: 'new-b', shard: 's1', rank: 4, score: 2, section: 'sport' },
];

/**
 * Behaves as Pagefind does with merged indexes: under a sort each index scores its results by
 * their sorted place, and the indexes' results are then merged by score, so a sort holds only
 * within a shard.
 */
function fakeRuntime(): SearchEngine & { calls: PagefindSearchOptions[] } {
  const calls: PagefindSearchOptions[] = [];
  return {
    calls,
    async search(_term, options = {}): Promise<PagefindResponse> {
      calls.push(options);
      const want = options.filters?.shard;
      const perShard = ['s0', 's1'].map((shard) => {
        const docs = DOCS.filter((d) => d.shard === shard && (!Array.isArray(want) || want.includes(shard)));
        const direction = options.sort ? Object.values(options.sort)[0] : undefined;
        if (!direction) return docs;
        const sorted = [...docs].sort((a, b) => (direction === 'desc' ? b.rank - a.rank : a.rank - b.rank));
        return sorted.map((d, i) => ({ ...d, score: sorted.length - i }));
      });
      const merged = perShard.flat().sort((a, b) => b.score - a.score);
      const counts: Record<string, number> = {};
      for (const d of merged) counts[d.section] = (counts[d.section] ?? 0) + 1;
      const shards: Record<string, number> = {};
      for (const d of merged) shards[d.shard] = (shards[d.shard] ?? 0) + 1;
      return {
        results: merged.map((d) => ({ id: d.id, score: d.score, data: () => Promise.reject(new Error('not needed')) })),
        filters: { sections: counts, shard: shards },
      };
    },
  };
}

const LIST: SearchShardList = {
  shards: [
    { dir: 's0', key: 'a', count: 2 },
    { dir: 's1', key: 'b', count: 2 },
  ],
  filter: 'shard',
};

describe('shardedSearch', () => {
  it('keeps relevance order from one merged search and hides the shard filter', async () => {
    const runtime = fakeRuntime();
    const response = await shardedSearch(runtime, LIST).search('goal');
    expect(response.results.map((r) => r.id)).toEqual(['old-a', 'new-a', 'new-b', 'old-b']);
    expect(response.filters).toEqual({ sections: { sport: 3, politics: 1 } });
    expect(runtime.calls).toHaveLength(1);
  });

  it('keeps newest first across shards, which Pagefind alone would merge by score', async () => {
    const runtime = fakeRuntime();
    const naive = await runtime.search('goal', { sort: { date: 'desc' } });
    expect(naive.results.map((r) => r.id)).not.toEqual(['new-b', 'new-a', 'old-b', 'old-a']);
    const response = await shardedSearch(runtime, LIST).search('goal', { sort: { date: 'desc' } });
    expect(response.results.map((r) => r.id)).toEqual(['new-b', 'new-a', 'old-b', 'old-a']);
    expect(response.filters).toEqual({ sections: { sport: 3, politics: 1 } });
  });

  it('joins shards oldest first for an ascending sort, keeping the caller’s filters', async () => {
    const runtime = fakeRuntime();
    const filters = { sections: ['sport'] };
    const response = await shardedSearch(runtime, LIST).search(null, { filters, sort: { date: 'asc' } });
    expect(response.results.map((r) => r.id)).toEqual(['old-a', 'old-b', 'new-a', 'new-b']);
    expect(runtime.calls.map((c) => c.filters)).toEqual([
      { sections: ['sport'], shard: ['s0'] },
      { sections: ['sport'], shard: ['s1'] },
    ]);
  });

  it('asks a single shard once, even when sorting', async () => {
    const runtime = fakeRuntime();
    await shardedSearch(runtime, { shards: [LIST.shards[0]!], filter: 'shard' }).search('goal', { sort: { date: 'desc' } });
    expect(runtime.calls).toHaveLength(1);
  });
});

describe('sumCounts', () => {
  it('adds counts per value across answers', () => {
    expect(sumCounts([{ sections: { sport: 2 } }, { sections: { sport: 1, arts: 4 }, shard: { s1: 5 } }], 'shard')).toEqual({
      sections: { sport: 3, arts: 4 },
    });
  });
});
