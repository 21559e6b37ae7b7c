// What one feed holds, whatever its format: the page it follows, and its newest articles.
import type { Article } from '../../../model/article';
import { absoluteUrl, feedFile, routePaths, type FeedFormat } from '../../../model/routes';
import { webHref } from '../../../model/safeHref';
import { articleHtml } from './blocksToHtml';
import { rfc3339 } from './feedDates';

/** Entries per feed: a feed stays small however big the corpus grows. */
export const FEED_ENTRY_CAP = 50;

/**
 * Which feeds carry each article's full text: the site's and the sections' (a fixed number of
 * feeds, so their total size is flat in the corpus). An entity's feed carries summaries, each
 * linking to the article: with full text, an article was repeated in the feeds of its ~10 people,
 * places and organisations in three formats, and every new name in a growing corpus added three
 * full-text feeds (at 20,000 generated articles, 91 MB of feeds beside 69 MB of data files).
 */
export type EntryContent = 'full' | 'summary';

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
  /** The full text as HTML; null in a summary entry, whose reader follows the link. */
  html: string | null;
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

export function feedEntry(article: Article, siteUrl: string, content: EntryContent): FeedEntry {
  return {
    guid: articleGuid(article.id),
    title: article.title,
    url: absoluteUrl(siteUrl, routePaths.article(article.slug)),
    externalUrl: article.url ? webHref(article.url) : null,
    summary: article.dek,
    html: content === 'full' ? articleHtml(article, siteUrl) : null,
    author: article.byline,
    categories: article.sections.map((s) => ({ slug: s.slug, name: s.name })),
    date: article.date,
  };
}

/** The newest of the entries' dates: a feed's own date is its content's, never the build's. */
export function newestDate(entries: readonly { date: string | null }[]): string | null {
  let newest: string | null = null;
  let newestInstant = '';
  for (const { date } of entries) {
    if (date === null) continue;
    const instant = rfc3339(date);
    if (newest === null || instant > newestInstant) [newest, newestInstant] = [date, instant];
  }
  return newest;
}

/**
 * A format's writer of one entry, run once per entry: an article stands in the site's feed, its
 * sections' and its entities', and feedFiles hands each of them the same entry object.
 */
export function oncePerEntry(write: (entry: FeedEntry) => string): (entry: FeedEntry) => string {
  const written = new WeakMap<FeedEntry, string>();
  return (entry) => {
    let text = written.get(entry);
    if (text === undefined) {
      text = write(entry);
      written.set(entry, text);
    }
    return text;
  };
}
