// sitemap.xml and robots.txt. The sitemap lists exactly the prerendered pages that carry content,
// so every URL in it answers 200; when more pages are prerendered, the sitemap follows.
import { ENTITY_KINDS, type Article } from '../../model/article';
import { WAY_IN_KINDS } from '../../model/data';
import { facetRoute, routePaths, absoluteUrl } from '../../model/routes';
import { indexFacets, type FacetIndex } from './dataFiles';
import { newestDate } from './feeds/feed';
import { rfc3339 } from './feeds/feedDates';
import { escapeMarkup as x } from './feeds/markup';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_URLS_PER_FILE = 50_000;

export interface SitemapPage {
  route: string;
  /** The date its content last changed, when the sources say; list pages take their newest article's. */
  date: string | null;
}

/** Pages whose content is the reader's own, or an error page: nothing for a search engine. */
const NOT_CONTENT = new Set([
  '/404',
  routePaths.search(),
  routePaths.saved(),
  routePaths.history(),
  routePaths.settings(),
]);

function newestOf(index: FacetIndex, articles: readonly Article[]): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  const newest = (ordinals: number[]) => newestDate(ordinals.map((o) => ({ date: articles[o]!.date })));
  for (const [slug, facet] of index.get('sections') ?? []) dates.set(routePaths.topic(slug), newest(facet.ordinals));
  for (const kind of ENTITY_KINDS) {
    for (const [slug, facet] of index.get(kind) ?? []) dates.set(routePaths.entity(kind, slug), newest(facet.ordinals));
  }
  for (const kind of WAY_IN_KINDS) {
    for (const [slug, facet] of index.get(kind) ?? []) dates.set(facetRoute(kind, slug), newest(facet.ordinals));
  }
  return dates;
}

/** The prerendered routes worth listing, each with its date. */
export function sitemapPages(
  routes: readonly string[],
  articles: readonly Article[],
  copies: readonly Article[] = [],
): SitemapPage[] {
  const bySlug = new Map([...articles, ...copies].map((a) => [routePaths.article(a.slug), a.date]));
  const listDates = newestOf(indexFacets([...articles]), articles);
  listDates.set(routePaths.home(), newestDate(articles));
  // A story's page changes when its newest article arrives; members carry its slug.
  const storyMembers = new Map<string, { date: string | null }[]>();
  for (const a of articles) if (a.story) storyMembers.set(a.story.slug, [...(storyMembers.get(a.story.slug) ?? []), a]);
  for (const [slug, members] of storyMembers) listDates.set(routePaths.story(slug), newestDate(members));
  listDates.set(routePaths.latest(), newestDate(articles));
  return routes
    .filter((route) => !NOT_CONTENT.has(route))
    .map((route) => ({ route, date: bySlug.get(route) ?? listDates.get(route) ?? null }));
}

const lastmod = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : rfc3339(date));

function urlset(pages: readonly SitemapPage[], siteUrl: string): string {
  const urls = pages.map(({ route, date }) => {
    const mod = date === null ? '' : `<lastmod>${lastmod(date)}</lastmod>`;
    return `<url><loc>${x(absoluteUrl(siteUrl, route))}</loc>${mod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml`, …, each within the protocol's limit. */
export function sitemapFiles(
  pages: readonly SitemapPage[],
  siteUrl: string,
  perFile = SITEMAP_URLS_PER_FILE,
): [string, string][] {
  const files: [string, string][] = [];
  for (let start = 0; start < pages.length || start === 0; start += perFile) {
    const part = pages.slice(start, start + perFile);
    files.push([`sitemap-${files.length + 1}.xml`, urlset(part, siteUrl)]);
  }
  const entries = files.map(([file], i) => {
    const newest = newestDate(pages.slice(i * perFile, (i + 1) * perFile));
    const mod = newest === null ? '' : `<lastmod>${lastmod(newest)}</lastmod>`;
    return `<sitemap><loc>${x(absoluteUrl(siteUrl, file))}</loc>${mod}</sitemap>`;
  });
  const index = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ];
  return [['sitemap.xml', index.join('\n')], ...files];
}

/** Crawlers read robots.txt only at a host's root: under a base path, the host must serve it there. */
export function robotsTxt(siteUrl: string | null): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl !== null) lines.push('', `Sitemap: ${absoluteUrl(siteUrl, 'sitemap.xml')}`);
  return `${lines.join('\n')}\n`;
}
