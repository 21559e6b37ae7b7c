// What link previews and search engines read from a page's <head>: the canonical link, Open Graph,
// the Twitter/X card and JSON-LD. Absolute URLs need SITE_URL; without it every tag that would
// need one is left out rather than written relative, and JSON-LD keeps its fields without URLs.
import type { Article } from '../../model/article';
import type { FacetKind, Manifest } from '../../model/data';
import { absoluteUrl, routePaths } from '../../model/routes';
import { SHARE_CARD_SIZE, shareCardAlt, shareCardPath } from '../../model/shareCards';
import { escapeHtml, jsonForScript } from './html';
import type { PageMeta } from './meta';

/** What a page is about, as far as sharing goes. */
export type ShareSubject =
  | { kind: 'home' }
  /** Search and the reader's own pages: nothing to describe beyond their title. */
  | { kind: 'page' }
  | { kind: 'facet'; facet: FacetKind; slug: string; name: string }
  | { kind: 'article'; article: Article };

export type ShareSite = Pick<Manifest, 'siteTitle' | 'siteUrl' | 'siteLang' | 'siteDescription' | 'sections'>;

interface ShareImage {
  url: string;
  /** Known for the build's own cards and resized images; a remote image is never fetched, so its size is not. */
  size: { width: number; height: number } | null;
  alt: string;
}

/** article:tag takes the most mentioned entities, so one article's head stays small. */
export const MAX_ARTICLE_TAGS = 10;

/** The web app manifest's icon, as the publisher's logo. */
const LOGO = { path: 'icons/icon-512.png', size: 512 };

/** 'en-GB' → 'en_GB': Open Graph writes the region after an underscore. */
export function ogLocale(siteLang: string): string {
  return siteLang.replace(/-/g, '_');
}

/** The section whose card stands for the page: an article's first, or a topic page's own. */
function cardSection(site: ShareSite, subject: ShareSubject): { slug: string; name: string } | null {
  let slug: string | undefined;
  if (subject.kind === 'article') slug = subject.article.sections[0]?.slug;
  else if (subject.kind === 'facet' && subject.facet === 'sections') slug = subject.slug;
  // The build makes a card for each section the manifest lists, and for no other.
  return site.sections.find((s) => s.slug === slug) ?? null;
}

/**
 * The article's own image when it has one (a remote https URL as given, or the build's widest copy
 * of a local file, which needs the site's address), else a card when the site has an address.
 */
function shareImage(site: ShareSite, subject: ShareSubject): ShareImage | null {
  const image = subject.kind === 'article' ? subject.article.caption?.image : null;
  const local = image ? image.variants.length > 0 : false;
  if (subject.kind === 'article' && image && (!local || site.siteUrl !== null)) {
    const { width, height } = image;
    return {
      url: site.siteUrl === null ? new URL(image.src).href : absoluteUrl(site.siteUrl, image.src),
      size: width !== null && height !== null ? { width, height } : null,
      alt: image.alt || subject.article.title,
    };
  }
  if (site.siteUrl === null) return null;
  const section = cardSection(site, subject);
  return {
    url: absoluteUrl(site.siteUrl, shareCardPath(section?.slug ?? null)),
    size: SHARE_CARD_SIZE,
    alt: shareCardAlt(site.siteTitle, section?.name ?? null),
  };
}

/** Home first, this page last. */
function breadcrumbs(site: ShareSite, route: string, subject: ShareSubject): { name: string; route: string }[] {
  const home = { name: site.siteTitle, route: routePaths.home() };
  if (subject.kind === 'facet') return [home, { name: subject.name, route }];
  if (subject.kind !== 'article') return [];
  const section = subject.article.sections[0];
  const trail = section ? [home, { name: section.name, route: routePaths.topic(section.slug) }] : [home];
  return [...trail, { name: subject.article.title, route }];
}

type Json = Record<string, unknown>;

/** Leaves out the fields whose value is null or undefined: JSON-LD has no use for them. */
function compact(fields: Json): Json {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

function publisher(site: ShareSite): Json {
  const { siteUrl } = site;
  return compact({
    '@type': 'Organization',
    name: site.siteTitle,
    url: siteUrl,
    logo: siteUrl && {
      '@type': 'ImageObject',
      url: absoluteUrl(siteUrl, LOGO.path),
      width: LOGO.size,
      height: LOGO.size,
    },
  });
}

/** The byline names a person; without one, the source (an agency, a paper) is the author; else none is claimed. */
function author(article: Article): Json | null {
  if (article.byline) return { '@type': 'Person', name: article.byline };
  if (article.source) return { '@type': 'Organization', name: article.source };
  return null;
}

function structuredData(
  site: ShareSite,
  route: string,
  meta: PageMeta,
  subject: ShareSubject,
  image: ShareImage | null,
): Json[] {
  const url = (path: string) => (site.siteUrl === null ? null : absoluteUrl(site.siteUrl, path));
  const graph: Json[] = [];
  if (subject.kind === 'home') {
    graph.push(
      compact({
        '@type': 'WebSite',
        name: site.siteTitle,
        description: meta.description,
        inLanguage: site.siteLang,
        url: url(route),
        // The search page reads its query from ?q=, so this template is a real results page.
        potentialAction: site.siteUrl && {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${url(routePaths.search())}?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      }),
    );
  }
  if (subject.kind === 'article') {
    const { article } = subject;
    graph.push(
      compact({
        '@type': 'NewsArticle',
        headline: article.title,
        description: meta.description,
        datePublished: article.date,
        author: author(article),
        publisher: publisher(site),
        image: image && [image.url],
        articleSection: article.sections[0]?.name,
        inLanguage: site.siteLang,
        mainEntityOfPage: url(route),
        isAccessibleForFree: true,
      }),
    );
  }
  const crumbs = breadcrumbs(site, route, subject);
  if (crumbs.length > 0) {
    graph.push({
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((crumb, i) =>
        compact({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: url(crumb.route) }),
      ),
    });
  }
  return graph;
}

const property = (name: string, content: string) => `<meta property="${name}" content="${escapeHtml(content)}">`;

/**
 * The page's share and search tags, after its <title> and meta description. `route` is the app
 * path without base path or query: a filtered list's canonical page is the list itself.
 */
export function shareTags(site: ShareSite, route: string, meta: PageMeta, subject: ShareSubject): string[] {
  const canonical = site.siteUrl === null ? null : absoluteUrl(site.siteUrl, route);
  const article = subject.kind === 'article' ? subject.article : null;
  const title = article ? article.title : subject.kind === 'facet' ? subject.name : meta.title;
  const image = shareImage(site, subject);
  const tags: string[] = [];
  if (canonical) tags.push(`<link rel="canonical" href="${escapeHtml(canonical)}">`);
  tags.push(property('og:type', article ? 'article' : 'website'));
  if (canonical) tags.push(property('og:url', canonical));
  tags.push(
    property('og:title', title),
    property('og:description', meta.description),
    property('og:site_name', site.siteTitle),
    property('og:locale', ogLocale(site.siteLang)),
  );
  if (image) {
    tags.push(property('og:image', image.url));
    if (image.size)
      tags.push(
        property('og:image:width', String(image.size.width)),
        property('og:image:height', String(image.size.height)),
      );
    tags.push(property('og:image:alt', image.alt));
  }
  if (article) {
    if (article.date) tags.push(property('article:published_time', article.date));
    if (article.sections[0]) tags.push(property('article:section', article.sections[0].name));
    for (const name of articleTags(article)) tags.push(property('article:tag', name));
  }
  // X reads title, description and image from Open Graph; only the card's kind is its own.
  tags.push(`<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`);
  const graph = structuredData(site, route, meta, subject, image);
  if (graph.length > 0) {
    tags.push(
      `<script type="application/ld+json">${jsonForScript({ '@context': 'https://schema.org', '@graph': graph })}</script>`,
    );
  }
  return tags;
}

/** Its people, places and organisations, most mentioned first (a stable order across kinds on ties). */
function articleTags(article: Article): string[] {
  const all = [...article.entities.people, ...article.entities.places, ...article.entities.organisations];
  const names = [...new Set(all.sort((a, b) => b.count - a.count).map((e) => e.name))];
  return names.slice(0, MAX_ARTICLE_TAGS);
}
