// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). JSON.stringify escapes every string, so an
// article's text cannot leave the string it is in. Each item is stringified once (oncePerEntry)
// and the feed is joined from them, so an article shared by many feeds is not written again.
import { rfc3339 } from './feedDates';
import { absoluteUrl } from '../../../model/routes';
import { feedUrl, oncePerEntry, type Feed, type FeedEntry } from './feed';

/**
 * JSON Feed asks every item for content_html or content_text: a summary entry's content is its
 * dek as text (its title when it has none), which is then not repeated as a summary.
 */
function content(e: FeedEntry): Record<string, string> {
  if (e.html !== null) return { ...(e.summary !== null && { summary: e.summary }), content_html: e.html };
  return { content_text: e.summary ?? e.title };
}

const item = oncePerEntry((e) =>
  JSON.stringify({
    id: e.guid,
    url: e.url,
    ...(e.externalUrl !== null && { external_url: e.externalUrl }),
    title: e.title,
    ...content(e),
    ...(e.date !== null && { date_published: rfc3339(e.date) }),
    ...(e.author !== null && { authors: [{ name: e.author }] }),
    ...(e.categories.length > 0 && { tags: e.categories.map((c) => c.name) }),
  }),
);

export function jsonFeed(feed: Feed): string {
  const head = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: absoluteUrl(feed.siteUrl, feed.route),
    feed_url: feedUrl(feed, 'json'),
    description: feed.description,
    language: feed.lang,
  });
  return `${head.slice(0, -1)},"items":[\n${feed.entries.map(item).join(',\n')}\n]}\n`;
}
