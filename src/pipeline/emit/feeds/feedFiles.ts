// Every feed file: the whole site's, each section's and each person's, place's and organisation's,
// in RSS, Atom and JSON Feed, beside the page it follows. A generator, so a big corpus writes as
// it goes; each article's HTML is made once per feed and shared by its three formats.
import { ENTITY_KINDS, type Article } from '../../../model/article';
import type { SiteInfo } from '../../../model/data';
import { facetRoute, feedFile, FEED_FORMATS, routePaths, type FeedFormat } from '../../../model/routes';
import { facetValues, indexFacets } from '../dataFiles';
import { atomFeed } from './atom';
import { feedArticles, feedEntry, newestDate, type Feed } from './feed';
import { jsonFeed } from './jsonFeed';
import { rssFeed } from './rss';

const WRITERS: Record<FeedFormat, (feed: Feed) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed };

/** A site with an address: feeds need absolute URLs. */
export type Published = SiteInfo & { siteUrl: string };

function makeFeed(
  site: Published,
  route: string,
  title: string,
  description: string,
  articles: readonly Article[],
): Feed {
  const entries = feedArticles(articles).map((a) => feedEntry(a, site.siteUrl));
  return {
    route,
    title,
    description,
    lang: site.siteLang,
    siteUrl: site.siteUrl,
    entries,
    updated: newestDate(entries),
  };
}

function* formats(feed: Feed): Generator<[string, string]> {
  for (const format of FEED_FORMATS) yield [feedFile(feed.route, format), WRITERS[format](feed)];
}

/** Feed files as [path under the out dir, text]; articles newest first, as the lists show them. */
export function* feedFiles(articles: Article[], site: Published): Generator<[string, string]> {
  const { siteTitle } = site;
  const siteDescription = site.siteDescription ?? `The latest news from ${siteTitle}.`;
  yield* formats(makeFeed(site, routePaths.home(), siteTitle, siteDescription, articles));
  const index = indexFacets(articles);
  for (const kind of ['sections', ...ENTITY_KINDS] as const) {
    for (const value of facetValues(index, kind)) {
      const members = index
        .get(kind)!
        .get(value.slug)!
        .ordinals.map((o) => articles[o]!);
      const title = `${value.name} — ${siteTitle}`;
      yield* formats(
        makeFeed(
          site,
          facetRoute(kind, value.slug),
          title,
          `The latest news about ${value.name} from ${siteTitle}.`,
          members,
        ),
      );
    }
  }
}
