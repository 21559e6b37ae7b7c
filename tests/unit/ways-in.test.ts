// Author, source and archive pages: the names a byline gives, and the facet values, pages,
// prerendered routes and sitemap entries a corpus's bylines, sources and dates make.
import { describe, expect, it } from 'vitest';
import { dataPaths, type FacetPostings } from '../../src/model/data';
import { archiveSlugs, facetRoute } from '../../src/model/routes';
import { authorsOf, bylineNames } from '../../src/pipeline/enrich/authors';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { prerenderRoutes } from '../../src/pipeline/build/build';
import { sitemapPages } from '../../src/pipeline/emit/sitemap';
import { archiveName } from '../../src/pipeline/emit/archiveName';
import { feedFiles } from '../../src/pipeline/emit/feeds/feedFiles';
import { testArticle } from './support/article';

describe('bylineNames', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['Jane Doe, John Smith & Ann Lee', ['Jane Doe', 'John Smith', 'Ann Lee']],
    ['Jane Doe, Political correspondent', ['Jane Doe']],
    ['Jane Doe, Political Correspondent', ['Jane Doe']],
    ['John Smith in Paris', ['John Smith']],
    ['By John Smith for Reuters', ['John Smith']],
    ['Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['By Jane Doe and JANE DOE', ['Jane Doe']],
    ['BBC News', []],
    ['staff and agencies', []],
    ['By', []],
  ])('%j names %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  it('gives each name the slug of its author page, and nothing for a byline without names', () => {
    expect(authorsOf('By Zoë O’Brien')).toEqual({ authors: [{ slug: 'zoe-obrien', name: 'Zoë O’Brien' }] });
    expect(authorsOf('Reuters staff')).toEqual({});
    expect(authorsOf(null)).toEqual({});
  });
});

describe('archive slugs', () => {
  it('file a date under its year and month as the source wrote it', () => {
    expect(archiveSlugs('2024-03-05')).toEqual(['2024', '2024-03']);
    expect(archiveSlugs('2024-12-31T23:30:00-05:00')).toEqual(['2024', '2024-12']);
    expect(archiveSlugs(null)).toEqual([]);
    expect(facetRoute('archive', '2024')).toBe('/archive/2024');
    expect(facetRoute('archive', '2024-03')).toBe('/archive/2024/03');
    expect(archiveName('2024-03')).toBe('March 2024');
    expect(archiveName('2024')).toBe('2024');
  });
});

describe('author, source and archive pages of a corpus', () => {
  const site = { siteTitle: 'T', siteUrl: null, siteLang: 'en', siteDescription: null };
  const make = (i: number, date: string | null, source: string | null, byline: string | null) => ({
    ...testArticle(i),
    date,
    source,
    byline,
    ...authorsOf(byline),
  });
  const articles = [
    make(0, '2024-04-02', 'gazette', 'John Smith in Paris'),
    make(1, '2024-03-05', 'Gazette', 'By Jane Doe and John Smith'),
    make(2, '2023-12-20', ' Wire  Service ', null),
  ];
  const files = new Map(dataFiles(articles, site));
  const postings = (kind: 'authors' | 'sources' | 'archive', slug: string) =>
    JSON.parse(files.get(dataPaths.facet(kind, slug)) ?? 'null') as FacetPostings | null;

  it('list each value’s articles, merging variants of a name', () => {
    expect(postings('authors', 'john-smith')).toMatchObject({ name: 'John Smith', count: 2 });
    expect(postings('authors', 'jane-doe')).toMatchObject({ name: 'Jane Doe', count: 1 });
    expect(postings('sources', 'gazette')).toMatchObject({ name: 'Gazette', count: 2 });
    expect(postings('sources', 'wire-service')).toMatchObject({ name: 'Wire Service', count: 1 });
    expect(postings('archive', '2024')?.first.map((a) => a.id)).toEqual(['id-0', 'id-1']);
    expect(postings('archive', '2024-03')).toMatchObject({ name: 'March 2024', count: 1 });
    expect(postings('archive', '2023-12')).toMatchObject({ name: 'December 2023', count: 1 });
  });

  it('are prerendered and in the sitemap, with their newest article’s date', () => {
    const routes = prerenderRoutes({ articles, copies: [], problems: [], skipped: [], stories: [] });
    for (const route of [
      '/authors/john-smith',
      '/authors/jane-doe',
      '/sources/gazette',
      '/sources/wire-service',
      '/archive/2024',
      '/archive/2024/03',
      '/archive/2024/04',
      '/archive/2023',
      '/archive/2023/12',
    ])
      expect(routes).toContain(route);
    const dates = new Map(sitemapPages(routes, articles).map((p) => [p.route, p.date]));
    expect(dates.get('/authors/jane-doe')).toBe('2024-03-05');
    expect(dates.get('/archive/2024')).toBe('2024-04-02');
  });

  it('give authors and sources feeds, and archives none', () => {
    const feeds = [...feedFiles(articles, { ...site, siteUrl: 'https://example.org/' })].map(([file]) => file);
    expect(feeds).toContain('authors/john-smith/rss.xml');
    expect(feeds).toContain('sources/wire-service/atom.xml');
    expect(feeds.filter((file) => file.startsWith('archive/'))).toEqual([]);
  });

  it('make no archive for an undated corpus', () => {
    const undated = [make(0, null, null, null), make(1, null, null, null)];
    const routes = prerenderRoutes({ articles: undated, copies: [], problems: [], skipped: [], stories: [] });
    expect(routes.filter((r) => /^\/(archive|authors|sources)\//.test(r))).toEqual([]);
  });
});
