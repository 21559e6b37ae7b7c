// RSS 2.0, with content:encoded for the full text (a summary entry has only its description) and
// dc:creator for bylines (RSS's own <author> must be an e-mail address, which seeds never give).
import { escapeMarkup as x } from './markup';
import { rfc822 } from './feedDates';
import { absoluteUrl } from '../../../model/routes';
import { feedUrl, oncePerEntry, type Feed } from './feed';

const item = oncePerEntry((entry) => {
  const lines = [
    '<item>',
    `<title>${x(entry.title)}</title>`,
    `<link>${x(entry.url)}</link>`,
    `<guid isPermaLink="false">${x(entry.guid)}</guid>`,
  ];
  if (entry.date !== null) lines.push(`<pubDate>${rfc822(entry.date)}</pubDate>`);
  if (entry.author !== null) lines.push(`<dc:creator>${x(entry.author)}</dc:creator>`);
  for (const c of entry.categories) lines.push(`<category>${x(c.name)}</category>`);
  if (entry.summary !== null) lines.push(`<description>${x(entry.summary)}</description>`);
  if (entry.html !== null) lines.push(`<content:encoded>${x(entry.html)}</content:encoded>`);
  lines.push('</item>');
  return lines.join('\n');
});

export function rssFeed(feed: Feed): string {
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${x(feed.title)}</title>`,
    `<link>${x(absoluteUrl(feed.siteUrl, feed.route))}</link>`,
    `<description>${x(feed.description)}</description>`,
    `<language>${x(feed.lang)}</language>`,
    `<atom:link href="${x(feedUrl(feed, 'rss'))}" rel="self" type="application/rss+xml"/>`,
  ];
  if (feed.updated !== null) head.push(`<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`);
  return [...head, ...feed.entries.map(item), '</channel>', '</rss>', ''].join('\n');
}
