// What lets the site be found and followed: robots.txt always; with SITE_URL, the sitemap and
// every feed (feeds/writeFeeds.ts, timed on its own line). Their formats need absolute URLs, so
// without a site address they are left out rather than written with links that would point nowhere.
import type { Article } from '../../model/article';
import type { SiteInfo } from '../../model/data';
import { robotsTxt, sitemapFiles, sitemapPages } from './sitemap';

export const NO_SITE_URL_NOTICE =
  'no SITE_URL: feeds (RSS, Atom, JSON Feed), sitemap.xml, canonical links and share cards (og:url, og:image) left out, ' +
  'since they need absolute URLs; ' +
  'set SITE_URL or --site-url (e.g. https://example.org/news/) to write them';

/** [path under the out dir, text] for robots.txt and the sitemap. */
export function* discoveryFiles(
  articles: Article[],
  prerenderedRoutes: readonly string[],
  site: SiteInfo,
  copies: readonly Article[] = [],
): Generator<[string, string]> {
  yield ['robots.txt', robotsTxt(site.siteUrl)];
  const { siteUrl } = site;
  if (siteUrl === null) return;
  yield* sitemapFiles(sitemapPages(prerenderedRoutes, articles, copies), siteUrl);
}
