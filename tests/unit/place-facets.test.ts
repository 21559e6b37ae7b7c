// A country's facet takes in its places' articles, in the data files and in search filters alike.
import { describe, expect, it } from 'vitest';
import type { Article, EntityRef } from '../../src/model/article';
import type { FacetPostings } from '../../src/model/data';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { searchFacets } from '../../src/pipeline/emit/searchIndex';
import { testArticle } from './support/article';

function article(n: number, places: EntityRef[]): Article {
  return testArticle(n, { places });
}

const chicago: EntityRef = { name: 'Chicago', slug: 'chicago', count: 2, within: ['United States', 'Illinois'] };
const paris: EntityRef = { name: 'Paris', slug: 'paris', count: 1, within: ['France'] };
const parisTexas: EntityRef = { name: 'Paris', slug: 'paris', count: 1, within: ['United States', 'Texas'] };
const us: EntityRef = { name: 'United States', slug: 'united-states', count: 1 };

describe('places within countries in the data files', () => {
  const articles = [
    article(0, [chicago, us]),
    article(1, [paris]),
    article(2, [parisTexas]),
    article(3, [paris]),
    article(4, [us]),
  ];
  const files = new Map([
    ...dataFiles(articles, { siteTitle: 'Test', siteUrl: null, siteLang: 'en', siteDescription: null }),
  ]);
  const postings = (slug: string) => JSON.parse(files.get(`facets/places/${slug}.json`)!) as FacetPostings;

  it('gives a country its own articles and its places’, each once, in order', () => {
    const country = postings('united-states');
    expect(country.first.map((s) => s.slug)).toEqual(['story-0', 'story-2', 'story-4']);
    expect(country.count).toBe(3);
    // One page per name: Paris, Texas links the one Paris page, with all its articles.
    expect(country.contains).toEqual([
      { slug: 'paris', name: 'Paris', count: 3 },
      { slug: 'chicago', name: 'Chicago', count: 1 },
      { slug: 'illinois', name: 'Illinois', count: 1 },
      { slug: 'texas', name: 'Texas', count: 1 },
    ]);
    expect(country.within).toBeUndefined();
    expect(postings('texas').first.map((s) => s.slug)).toEqual(['story-2']);
  });

  it('gives a place the country most of its articles place it in', () => {
    expect(postings('paris').within).toEqual([{ slug: 'france', name: 'France' }]);
    expect(postings('chicago').within).toEqual([
      { slug: 'united-states', name: 'United States' },
      { slug: 'illinois', name: 'Illinois' },
    ]);
    expect(postings('france').first.map((s) => s.slug)).toEqual(['story-1', 'story-3']);
  });

  it('files an article under its places’ countries for search filters, once each', () => {
    expect(searchFacets(articles[0]!).terms).toEqual(['places:chicago', 'places:united-states', 'places:illinois']);
  });
});
