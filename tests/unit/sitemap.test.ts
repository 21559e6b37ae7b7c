// @vitest-environment jsdom
// The sitemap lists what answers 200 (the prerendered content pages), dated only where the
// sources date them, split into files within the protocol's limit; robots.txt names it.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { robotsTxt, sitemapFiles, sitemapPages } from '../../src/pipeline/emit/sitemap';

const SITE = 'https://example.org/news/';

function article(slug: string, date: string | null, people: string[] = []): Article {
  return {
    id: slug,
    slug,
    title: slug,
    dek: null,
    date,
    source: null,
    readingMinutes: 1,
    sections: [{ slug: 'sport', name: 'Sport', confidence: 1 }],
    file: `${slug}.txt`,
    byline: null,
    url: null,
    caption: null,
    body: [],
    wordCount: 0,
    entities: { people: people.map((p) => ({ name: p, slug: p, count: 1 })), places: [], organisations: [] },
    prev: null,
    next: null,
  };
}

function locs(xml: string): { loc: string; lastmod: string | null }[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return [...doc.querySelectorAll('url, sitemap')].map((el) => ({
    loc: el.querySelector('loc')!.textContent!,
    lastmod: el.querySelector('lastmod')?.textContent ?? null,
  }));
}

describe('sitemapPages', () => {
  it('keeps content routes only, dating articles by their own date and lists by their newest', () => {
    const articles = [
      article('b', '2025-03-02T10:00:00.000Z', ['ann']),
      article('a', '2025-03-01', ['ann']),
      article('u', null),
    ];
    const routes = [
      '/',
      '/404',
      '/search',
      '/saved',
      '/history',
      '/settings',
      '/latest',
      '/latest/page/2',
      '/topics/sport',
      '/people/ann',
      '/articles/b',
      '/articles/a',
      '/articles/u',
    ];
    expect(sitemapPages(routes, articles)).toEqual([
      { route: '/', date: '2025-03-02T10:00:00.000Z' },
      { route: '/latest', date: '2025-03-02T10:00:00.000Z' },
      { route: '/latest/page/2', date: null },
      { route: '/topics/sport', date: '2025-03-02T10:00:00.000Z' },
      { route: '/people/ann', date: '2025-03-02T10:00:00.000Z' },
      { route: '/articles/b', date: '2025-03-02T10:00:00.000Z' },
      { route: '/articles/a', date: '2025-03-01' },
      { route: '/articles/u', date: null },
    ]);
  });
});

describe('sitemapFiles', () => {
  it('writes an index of files holding at most the given number of URLs, lastmod only where dated', () => {
    const pages = [
      { route: '/', date: '2025-03-02T10:00:00.000Z' },
      { route: '/articles/a&b', date: '2025-03-01' },
      { route: '/articles/u', date: null },
    ];
    const files = new Map(sitemapFiles(pages, SITE, 2));
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(locs(files.get('sitemap.xml')!)).toEqual([
      { loc: `${SITE}sitemap-1.xml`, lastmod: '2025-03-02T10:00:00Z' },
      { loc: `${SITE}sitemap-2.xml`, lastmod: null },
    ]);
    expect(locs(files.get('sitemap-1.xml')!)).toEqual([
      { loc: SITE, lastmod: '2025-03-02T10:00:00Z' },
      { loc: `${SITE}articles/a&b`, lastmod: '2025-03-01' },
    ]);
    expect(locs(files.get('sitemap-2.xml')!)).toEqual([{ loc: `${SITE}articles/u`, lastmod: null }]);
  });

  it('writes one file under the limit', () => {
    expect([...new Map(sitemapFiles([{ route: '/', date: null }], SITE)).keys()]).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
    ]);
  });
});

describe('robotsTxt', () => {
  it('names the sitemap by its absolute URL, and names none without a site URL', () => {
    expect(robotsTxt(SITE)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });
});
