// URL shapes, shared so the pipeline prerenders exactly the routes the app serves.
import { CHUNK_SIZE, type FacetKind, type PanelKind } from './data';

export const routePaths = {
  /** The front page: a lead story, top stories and one block per section. */
  home: () => '/',
  /** Every article, newest first (file order when undated), with filters and numbered pages. */
  latest: () => '/latest',
  article: (slug: string) => `/articles/${slug}`,
  topic: (slug: string) => `/topics/${slug}`,
  entity: (kind: Exclude<PanelKind, 'sections'>, slug: string) => `/${kind}/${slug}`,
  story: (slug: string) => `/stories/${slug}`,
  author: (slug: string) => `/authors/${slug}`,
  source: (slug: string) => `/sources/${slug}`,
  /** A year's archive (`2024` → /archive/2024) or a month's (`2024-03` → /archive/2024/03). */
  archive: (slug: string) => `/archive/${slug.replace('-', '/')}`,
  search: () => '/search',
  saved: () => '/saved',
  history: () => '/history',
  settings: () => '/settings',
  /**
   * Page `n` of a list at `base` (the latest list, a topic or entity page), one chunk of articles
   * a page. Page 1 is the list itself: there is no `/page/1`. (`/page/n`, the latest list's pages
   * before it moved to `/latest`, still answer: see pipeline/emit/movedPages.ts.)
   */
  listPage: (base: string, n: number) => (n <= 1 ? base : `${base === '/' ? '' : base}/page/${n}`),
} as const;

/** The page of one facet value: a topic page, or a person's, place's or organisation's. */
export function facetRoute(kind: FacetKind, slug: string): string {
  if (kind === 'sections') return routePaths.topic(slug);
  if (kind === 'authors') return routePaths.author(slug);
  if (kind === 'sources') return routePaths.source(slug);
  if (kind === 'archive') return routePaths.archive(slug);
  return routePaths.entity(kind, slug);
}

/**
 * The archive slugs an article's date files it under, year then month (`2024`, `2024-03`), as
 * its source wrote the date (a late-evening date-time stays on its own day); none when undated.
 */
export function archiveSlugs(date: string | null): [string, string] | [] {
  const match = date === null ? null : /^(\d{4})-(\d{2})/.exec(date);
  return match ? [match[1]!, `${match[1]}-${match[2]}`] : [];
}

/** Only archive feeds are left out: a past month's list does not change. */
export function hasFeed(kind: FacetKind): boolean {
  return kind !== 'archive';
}

/** How many numbered pages a list of `count` articles has: at least one, even when empty. */
export function listPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / CHUNK_SIZE));
}

/**
 * The page number a route's `:page` segment names, or null when it names no numbered page:
 * only 2, 3, … in plain digits (page 1 is the list itself, so `/page/1` does not exist).
 */
export function parseListPage(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  if (!/^[1-9][0-9]{0,8}$/.test(segment)) return null;
  const n = Number(segment);
  return n >= 2 ? n : null;
}

/** Turns any name into a URL slug: lower case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, 80) || 'untitled';
}

/** Shortens a slug to at most `max` characters without cutting a word in half. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}

/** The feed formats every feed-owning page (home, topics, entities) is published in. */
export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export const feedFormats: Record<FeedFormat, { file: string; type: string; label: string }> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
};

/** A page's feed file beside its own index.html: '/' → 'rss.xml', '/topics/x' → 'topics/x/rss.xml'. */
export function feedFile(route: string, format: FeedFormat): string {
  const dir = route.replace(/^\/+|\/+$/g, '');
  return dir ? `${dir}/${feedFormats[format].file}` : feedFormats[format].file;
}

/** `<link rel="alternate">` tags for a page's feeds, under an absolute site root. */
export function feedLinks(
  siteUrl: string,
  route: string,
  title: string,
): { href: string; type: string; title: string }[] {
  return FEED_FORMATS.map((format) => ({
    href: new URL(feedFile(route, format), siteUrl).href,
    type: feedFormats[format].type,
    title: `${title} (${feedFormats[format].label})`,
  }));
}

/** An app route as an absolute URL under the site root: the form canonical links, feeds and the sitemap share. */
export function absoluteUrl(siteUrl: string, route: string): string {
  return new URL(route.replace(/^\/+/, ''), siteUrl).href;
}
