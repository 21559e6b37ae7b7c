// Every feed file: the whole site's, each section's, each person's, place's and organisation's, and
// each author's and source's, in RSS, Atom and JSON Feed, beside the page it follows. A generator,
// so a big corpus writes as it goes. Each article's entry is made once per build (full or summary)
// and shared by every feed it stands in, so each format writes it once too (oncePerEntry).
import { ENTITY_KINDS, type Article } from '../../../model/article';
import { facetRoute, feedFile, FEED_FORMATS, hasFeed, routePaths, type FeedFormat } from '../../../model/routes';
import { WAY_IN_KINDS, type FacetKind, type SiteInfo } from '../../../model/data';
import { facetValues, indexFacets } from '../dataFiles';
import { atomFeed } from './atom';
import { feedArticles, feedEntry, newestDate, type EntryContent, type Feed, type FeedEntry } from './feed';
import { jsonFeed } from './jsonFeed';
import { rssFeed } from './rss';

const WRITERS: Record<FeedFormat, (feed: Feed) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed };

/** A site with an address: feeds need absolute URLs. */
export type Published = SiteInfo & { siteUrl: string };

type Entries = (articles: readonly Article[]) => FeedEntry[];

/** A feed's entries, each article's made at its first use and shared from then on. */
function sharedEntries(siteUrl: string, content: EntryContent): Entries {
  const made = new Map<Article, FeedEntry>();
  const entry = (article: Article) => {
    let e = made.get(article);
    if (e === undefined) {
      e = feedEntry(article, siteUrl, content);
      made.set(article, e);
    }
    return e;
  };
  return (articles) => feedArticles(articles).map(entry);
}

function makeFeed(site: Published, route: string, title: string, description: string, entries: FeedEntry[]): Feed {
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
  const full = sharedEntries(site.siteUrl, 'full');
  yield* formats(makeFeed(site, routePaths.home(), siteTitle, siteDescription, full(articles)));
  const summaries = sharedEntries(site.siteUrl, 'summary');
  const index = indexFacets(articles);
  const kinds: FacetKind[] = ['sections', ...ENTITY_KINDS, ...WAY_IN_KINDS.filter(hasFeed)];
  for (const kind of kinds) {
    const entries = kind === 'sections' ? full : summaries;
    for (const value of facetValues(index, kind)) {
      const members = index
        .get(kind)!
        .get(value.slug)!
        .ordinals.map((o) => articles[o]!);
      const title = `${value.name} — ${siteTitle}`;
      const description = `The latest news about ${value.name} from ${siteTitle}.`;
      yield* formats(makeFeed(site, facetRoute(kind, value.slug), title, description, entries(members)));
    }
  }
}
