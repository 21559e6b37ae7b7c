// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). JSON.stringify escapes every string, so an
// article's text cannot leave the string it is in.
import { rfc3339 } from './feedDates';
import { absoluteUrl } from '../../../model/routes';
import { feedUrl, type Feed, type FeedEntry } from './feed';

function item(e: FeedEntry): Record<string, unknown> {
  return {
    id: e.guid,
    url: e.url,
    ...(e.externalUrl !== null && { external_url: e.externalUrl }),
    title: e.title,
    ...(e.summary !== null && { summary: e.summary }),
    content_html: e.html,
    ...(e.date !== null && { date_published: rfc3339(e.date) }),
    ...(e.author !== null && { authors: [{ name: e.author }] }),
    ...(e.categories.length > 0 && { tags: e.categories.map((c) => c.name) }),
  };
}

export function jsonFeed(feed: Feed): string {
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: absoluteUrl(feed.siteUrl, feed.route),
    feed_url: feedUrl(feed, 'json'),
    description: feed.description,
    language: feed.lang,
    items: feed.entries.map(item),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}
