// Numbered list pages: their paths, which of them the build prerenders, and the postings a
// prerendered numbered topic page carries (its own page only, where it starts in the list).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { encodeAscending } from '../../src/model/compactInts';
import type { FacetPostings } from '../../src/model/data';
import { listPageCount, parseListPage, routePaths } from '../../src/model/routes';
import { prerenderRoutes } from '../../src/pipeline/build/build';
import {
  isOnePageOnly,
  laterPageOnly,
  matchCount,
  matchGroups,
  windowOrdinals,
  type FilterGroup,
} from '../../src/app/lib/filter';
import { pageLinks } from '../../src/app/features/browse/lib/pageLinks';
import { prerenderTime } from '../../bench/lib/measure-build';
import { testArticle } from './support/article';

function article(i: number, sections: string[], people: string[]): Article {
  return testArticle(i, { sections, people });
}

describe('list page paths', () => {
  it('put page 1 at the list itself and later pages under /page/n', () => {
    expect(routePaths.listPage('/', 1)).toBe('/');
    expect(routePaths.listPage('/', 2)).toBe('/page/2');
    expect(routePaths.listPage('/topics/politics', 1)).toBe('/topics/politics');
    expect(routePaths.listPage('/topics/politics', 12)).toBe('/topics/politics/page/12');
  });

  it('count one page per 30 articles, and one for an empty list', () => {
    expect([0, 1, 30, 31, 60, 61].map(listPageCount)).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('read only 2, 3, … from a :page segment; no segment is page 1', () => {
    expect(parseListPage(undefined)).toBe(1);
    expect(parseListPage('2')).toBe(2);
    expect(parseListPage('345')).toBe(345);
    for (const bad of ['1', '0', '02', '-2', '2.5', 'two', '', '1e3', '99999999999'])
      expect(parseListPage(bad)).toBeNull();
  });

  it('link the pages either side of those shown, never past either end', () => {
    expect(pageLinks('/', 100, 1)).toEqual({ next: '/page/2' });
    expect(pageLinks('/', 100, 2)).toEqual({ prev: '/', next: '/page/3' });
    expect(pageLinks('/people/ann', 100, 2, 4)).toEqual({ prev: '/people/ann' });
    expect(pageLinks('/', 30, 1)).toEqual({});
  });
});

describe('prerenderRoutes', () => {
  // 100 articles: all in world, every third in sport (34), Ann Lee in three, Bo in one.
  const articles = Array.from({ length: 100 }, (_, i) =>
    article(i, i % 3 === 0 ? ['world', 'sport'] : ['world'], i % 40 === 7 ? ['ann-lee'] : i === 5 ? ['bo'] : []),
  );
  const routes = prerenderRoutes({ articles, copies: [], problems: [], skipped: [], stories: [] });

  it('lists every numbered page of every list, and no page 1, page past the end or old /page/N address', () => {
    const paged = routes.filter((route) => route.includes('/page/'));
    expect(paged).toEqual([
      '/latest/page/2',
      '/latest/page/3',
      '/latest/page/4',
      '/topics/world/page/2',
      '/topics/world/page/3',
      '/topics/world/page/4',
      '/topics/sport/page/2',
    ]);
  });

  it('lists every entity page, however few its articles, and every article once', () => {
    expect(routes).toContain('/people/ann-lee');
    expect(routes).toContain('/people/bo');
    expect(routes.filter((route) => route.startsWith('/articles/'))).toHaveLength(100);
    expect(new Set(routes).size).toBe(routes.length);
  });
});

describe('postings cut to a later page', () => {
  const ordinals = Array.from({ length: 70 }, (_, i) => i * 3);
  const world: FacetPostings = {
    kind: 'sections',
    slug: 'world',
    name: 'World',
    count: 70,
    ids: encodeAscending(ordinals),
    first: [],
    listedCounts: {},
  };
  const lone: FilterGroup[] = [{ kind: null, refs: [{ kind: 'sections', slug: 'world' }] }];
  const summaries = (list: number[]) => list.map((o) => article(o, ['world'], []));

  it('hold that page, its summaries and where it starts, with the whole count', () => {
    const cut = laterPageOnly(world, 3, summaries(ordinals.slice(60)));
    expect(cut.from).toBe(60);
    expect(cut.count).toBe(70);
    expect(isOnePageOnly(cut)).toBe(true);
    expect(cut.first.map((s) => s.slug)).toEqual(ordinals.slice(60).map((o) => `story-${o}`));
    const matches = matchGroups(lone, new Map([['sections/world', cut]]), 1000)!;
    expect(matchCount(matches)).toBe(70);
    expect(windowOrdinals(matches, 60, 30)).toEqual(ordinals.slice(60));
    // Ordinals before the page held are not known yet.
    expect(windowOrdinals(matches, 30, 30)).toEqual([]);
  });

  it('answer the same window as the whole postings do', () => {
    const cut = laterPageOnly(world, 2, summaries(ordinals.slice(30, 60)));
    const fromCut = matchGroups(lone, new Map([['sections/world', cut]]), 1000)!;
    const fromWhole = matchGroups(lone, new Map([['sections/world', world]]), 1000)!;
    expect(windowOrdinals(fromCut, 30, 30)).toEqual(windowOrdinals(fromWhole, 30, 30));
    expect(windowOrdinals(fromWhole, 30, 30)).toEqual(ordinals.slice(30, 60));
  });

  it('windows of the unfiltered list stop at its end', () => {
    expect(windowOrdinals({ kind: 'all', total: 70 }, 60, 30)).toEqual(Array.from({ length: 10 }, (_, i) => 60 + i));
    expect(windowOrdinals({ kind: 'all', total: 70 }, 90, 30)).toEqual([]);
  });
});

describe("the bench's prerender time", () => {
  it("is read from the build log's stage line, not the progress line", () => {
    const log = 'prerender: 283 done in 8.0s\nprerendered 283 pages in 30.4s\nsearch index: 9 files\n';
    expect(prerenderTime(log)).toEqual({ pages: 283, seconds: 30.4 });
    expect(prerenderTime('prerender: 283 done in 8.0s\n')).toBeNull();
  });
});
