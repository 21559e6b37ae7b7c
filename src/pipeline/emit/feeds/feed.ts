// What one feed holds, whatever its format: the page it follows, and its newest articles.
import type { Article } from '../../../model/article';
import { absoluteUrl, feedFile, routePaths, type FeedFormat } from '../../../model/routes';
import { webHref } from '../../../model/safeHref';
import { articleHtml } from './blocksToHtml';
import { rfc3339 } from './feedDates';

/** Entries per feed: a feed stays small however big the corpus grows. */
export const FEED_ENTRY_CAP = 50;

export interface Feed {
  /** The page this feed follows, as an app route ('/', '/topics/politics'). */
  route: string;
  title: string;
  description: string;
  lang: string;
  /** Absolute site root, ending in '/'. */
  siteUrl: string;
  entries: FeedEntry[];
  /** The newest entry's date, or null when no entry has one. */
  updated: string | null;
}

export interface FeedEntry {
  /** Stable across builds and renames: from the article id, never from its slug. */
  guid: string;
  title: string;
  url: string;
  /** The source's own address, when the seed gave one. */
  externalUrl: string | null;
  summary: string | null;
  html: string;
  author: string | null;
  categories: { slug: string; name: string }[];
  date: string | null;
}

export function articleGuid(id: string): string {
  return `urn:broadsheet:article:${id}`;
}

export function feedUrl(feed: Pick<Feed, 'siteUrl' | 'route'>, format: FeedFormat): string {
  return absoluteUrl(feed.siteUrl, feedFile(feed.route, format));
}

/**
 * The newest dated articles, up to the cap, from a list already newest first. Undated articles
 * have no place in a timeline among dated ones, so they come only when none is dated, in list order.
 */
export function feedArticles(articles: readonly Article[]): Article[] {
  const dated: Article[] = [];
  for (const article of articles) {
    if (article.date === null) continue;
    dated.push(article);
    if (dated.length === FEED_ENTRY_CAP) break;
  }
  return dated.length > 0 ? dated : articles.slice(0, FEED_ENTRY_CAP);
}

export function feedEntry(article: Article, siteUrl: string): FeedEntry {
  return {
    guid: articleGuid(article.id),
    title: article.title,
    url: absoluteUrl(siteUrl, routePaths.article(article.slug)),
    externalUrl: article.url ? webHref(article.url) : null,
    summary: article.dek,
    html: articleHtml(article),
    author: article.byline,
    categories: article.sections.map((s) => ({ slug: s.slug, name: s.name })),
    date: article.date,
  };
}

/** The newest of the entries' dates: a feed's own date is its content's, never the build's. */
export function newestDate(entries: readonly { date: string | null }[]): string | null {
  let newest: string | null = null;
  for (const { date } of entries)
    if (date !== null && (newest === null || rfc3339(date) > rfc3339(newest))) newest = date;
  return newest;
}
