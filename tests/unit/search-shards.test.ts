import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { newestSortKey } from '../../src/pipeline/emit/searchRecord';
import { planShards, shardSize } from '../../src/pipeline/emit/searchShards';

/** Records of about 7 kB, so shards hold 2,000 and tests stay small. */
const LONG = 'The council met again today. '.repeat(240);

function article(n: number, words = LONG): Article {
  return {
    id: `id${n}`,
    slug: `story-${n}`,
    title: `Story ${n}`,
    dek: null,
    date: `2025-01-${String((n % 28) + 1).padStart(2, '0')}`,
    source: null,
    readingMinutes: 1,
    sections: [{ slug: 'politics', name: 'Politics', confidence: 0.9 }],
    file: `seeds/${n}.txt`,
    byline: null,
    url: null,
    caption: null,
    body: [{ type: 'p', children: [words] }],
    wordCount: 5,
    entities: { people: [], places: [], organisations: [] },
    prev: null,
    next: null,
  };
}

/** Newest first, as the corpus orders them: article n is newer than n - 1. */
function corpus(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => article(count - 1 - i));
}

const keys = (articles: Article[]) => planShards(articles, '/', 'engine 1').map((s) => s.key);

describe('planShards', () => {
  it('keeps a small corpus in one shard without a shard filter', () => {
    const [only, ...rest] = planShards(corpus(30), '/', 'engine 1');
    expect(rest).toEqual([]);
    expect(only!.records).toHaveLength(30);
    expect(only!.records[0]!.html).not.toContain('data-pagefind-filter="shard"');
  });

  it('splits a large corpus oldest first, each record tagged with its shard', () => {
    const shards = planShards(corpus(2500), '/', 'engine 1');
    expect(shards.map((s) => s.records.length)).toEqual([2000, 500]);
    expect(shards[0]!.records[0]!.url).toBe('/articles/story-0/');
    expect(shards[1]!.records.at(-1)!.url).toBe('/articles/story-2499/');
    expect(shards[1]!.records[0]!.html).toContain('<span data-pagefind-filter="shard">s1</span>');
  });

  it('leaves older shards alone when newer articles arrive', () => {
    const before = keys(corpus(2500));
    const after = keys(corpus(2600));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('changes only the shard of an edited article', () => {
    const articles = corpus(2500);
    const before = keys(articles);
    // Ordinal 2499 is the oldest article, which lives in the first shard.
    articles[2499] = article(0, `${LONG} And voted.`);
    const after = keys(articles);
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('makes shards smaller when records are long, from a few fixed sizes', () => {
    expect(shardSize(1_000)).toBe(5000);
    expect(shardSize(7_000)).toBe(2000);
    expect(shardSize(100_000)).toBe(1000);
  });

  it('takes a fixed shard size when the build asks for one', () => {
    expect(planShards(corpus(250), '/', 'engine 1', 100).map((s) => s.records.length)).toEqual([100, 100, 50]);
  });

  it('keeps an article’s sort key when the corpus grows past a power of ten', () => {
    // The oldest of 99 articles is the oldest of 100 once a newer one arrives.
    expect(newestSortKey(null, 99, 100)).toBe(newestSortKey(null, 98, 99));
    expect(newestSortKey('2025-01-02', 0, 100) > newestSortKey('2025-01-01', 1, 100)).toBe(true);
    expect(newestSortKey(null, 0, 100) > newestSortKey(null, 1, 100)).toBe(true);
  });

  it('gives new keys when the engine changes', () => {
    expect(planShards(corpus(10), '/', 'engine 2')[0]!.key).not.toBe(keys(corpus(10))[0]);
  });
});
