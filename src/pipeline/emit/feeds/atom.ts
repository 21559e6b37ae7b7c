// Atom 1.0 (RFC 4287). Atom asks every feed and entry for an <updated> date; dates are never
// invented, so an undated article's entry has none (readers accept that; validators warn). A
// summary entry has no <content>, which Atom allows when the entry links to its page.
import { escapeMarkup as x } from './markup';
import { rfc3339 } from './feedDates';
import { absoluteUrl } from '../../../model/routes';
import { feedUrl, oncePerEntry, type Feed } from './feed';

const entry = oncePerEntry((e) => {
  const lines = [
    '<entry>',
    `<id>${x(e.guid)}</id>`,
    `<title type="text">${x(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
  ];
  if (e.externalUrl !== null) lines.push(`<link rel="related" type="text/html" href="${x(e.externalUrl)}"/>`);
  if (e.date !== null) lines.push(`<published>${rfc3339(e.date)}</published>`, `<updated>${rfc3339(e.date)}</updated>`);
  if (e.author !== null) lines.push(`<author><name>${x(e.author)}</name></author>`);
  for (const c of e.categories) lines.push(`<category term="${x(c.slug)}" label="${x(c.name)}"/>`);
  if (e.summary !== null) lines.push(`<summary type="text">${x(e.summary)}</summary>`);
  if (e.html !== null) lines.push(`<content type="html">${x(e.html)}</content>`);
  lines.push('</entry>');
  return lines.join('\n');
});

export function atomFeed(feed: Feed): string {
  const self = feedUrl(feed, 'atom');
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `<id>${x(self)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<subtitle type="text">${x(feed.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(absoluteUrl(feed.siteUrl, feed.route))}"/>`,
  ];
  if (feed.updated !== null) head.push(`<updated>${rfc3339(feed.updated)}</updated>`);
  return [...head, ...feed.entries.map(entry), '</feed>', ''].join('\n');
}
