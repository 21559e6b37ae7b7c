// Facet ordinals as compact text: the codec's round trips and edges, and the ids files the
// pipeline writes beside each value's postings (which count the manifest's values for one-value filters).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { decodeAscending, encodeAscending } from '../../src/model/compactInts';
import { dataPaths, type FacetIds, type FacetPostings } from '../../src/model/data';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { mulberry32 } from '../../bench/lib/prng';
import { testArticle } from './support/article';

/** JSON writes the text as it is, between quotes: no character needs escaping. */
const jsonSafe = (text: string) => JSON.stringify(text) === `"${text}"`;

describe('encodeAscending / decodeAscending', () => {
  it('round-trips the empty list and single values', () => {
    expect(encodeAscending([])).toBe('');
    expect(decodeAscending('')).toEqual([]);
    for (const n of [0, 1, 31, 32, 33, 1023, 1024, 99_999, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]) {
      expect(decodeAscending(encodeAscending([n]))).toEqual([n]);
    }
  });

  it('spends one character on a gap up to 32 and one more per five bits beyond', () => {
    // The first value counts from -1, each later one from the previous, less one: consecutive ordinals cost a character each.
    expect(encodeAscending([0, 1, 2, 3])).toHaveLength(4);
    expect(encodeAscending([31])).toHaveLength(1);
    expect(encodeAscending([32])).toHaveLength(2);
    expect(encodeAscending([0, 32])).toHaveLength(2);
    expect(encodeAscending([0, 33])).toHaveLength(3);
    expect(encodeAscending([1023])).toHaveLength(2);
    expect(encodeAscending([1024])).toHaveLength(3);
  });

  it('round-trips random ascending lists, sparse and dense, in JSON-safe characters', () => {
    const random = mulberry32(42);
    for (let trial = 0; trial < 200; trial++) {
      const density = [0.9, 0.3, 0.01, 0.0005][trial % 4]!;
      const ordinals: number[] = [];
      for (let o = Math.floor(random() * 50); o < 100_000 && ordinals.length < 3_000; o++)
        if (random() < density) ordinals.push(o);
      const text = encodeAscending(ordinals);
      expect(jsonSafe(text)).toBe(true);
      expect(decodeAscending(text)).toEqual(ordinals);
    }
  });

  it('refuses a list that is not strictly ascending, instead of writing corrupt text', () => {
    expect(() => encodeAscending([3, 2])).toThrow(RangeError);
    expect(() => encodeAscending([4, 4])).toThrow(RangeError);
    expect(() => encodeAscending([1.5])).toThrow(RangeError);
  });

  it('rejects text that is not compact numbers, or ends inside a number', () => {
    expect(() => decodeAscending('12 3')).toThrow(/character 2/);
    expect(() => decodeAscending('"')).toThrow(/character 0/);
    expect(() => decodeAscending('é')).toThrow(/character 0/);
    const long = encodeAscending([5000]);
    expect(() => decodeAscending(long.slice(0, -1))).toThrow();
  });
});

function article(i: number, sections: string[], people: string[]): Article {
  return testArticle(i, { sections, people });
}

describe('facet ids files', () => {
  const articles = Array.from({ length: 100 }, (_, i) =>
    article(i, i % 3 === 0 ? ['world', 'sport'] : ['world'], i % 40 === 7 ? ['ann-lee'] : []),
  );
  const files = new Map(
    dataFiles(articles, { siteTitle: 'Test', siteUrl: null, siteLang: 'en', siteDescription: null }),
  );
  const read = <T>(path: string): T => JSON.parse(files.get(path)!) as T;

  it('hold the same ordinals and count as the postings, and nothing else', () => {
    for (const [kind, slug, expected] of [
      ['sections', 'world', articles.map((_, i) => i)],
      ['sections', 'sport', articles.map((_, i) => i).filter((i) => i % 3 === 0)],
      ['people', 'ann-lee', [7, 47, 87]],
    ] as const) {
      const ids = read<FacetIds>(dataPaths.facetIds(kind, slug));
      const postings = read<FacetPostings>(dataPaths.facet(kind, slug));
      expect(Object.keys(ids).sort()).toEqual(['count', 'ids']);
      expect(decodeAscending(ids.ids)).toEqual(expected);
      expect(ids.count).toBe(expected.length);
      expect(postings.ids).toBe(ids.ids);
      expect(postings.count).toBe(ids.count);
    }
  });

  it('beside postings that count every value the manifest lists, so one value alone needs no ids files', () => {
    expect(read<FacetPostings>(dataPaths.facet('sections', 'sport')).listedCounts).toEqual({
      sections: { world: 34, sport: 34 },
      people: { 'ann-lee': 1 },
    });
    expect(read<FacetPostings>(dataPaths.facet('people', 'ann-lee')).listedCounts).toEqual({
      sections: { world: 3, sport: 1 },
      people: { 'ann-lee': 3 },
    });
  });

  it('are a small fraction of the postings, which carry summaries', () => {
    const ids = files.get(dataPaths.facetIds('sections', 'world'))!;
    const postings = files.get(dataPaths.facet('sections', 'world'))!;
    // A hundred consecutive ordinals: one character each.
    expect(read<FacetIds>(dataPaths.facetIds('sections', 'world')).ids).toHaveLength(100);
    expect(ids.length * 5).toBeLessThan(postings.length);
  });
});
