// URL shapes, shared so the pipeline prerenders exactly the routes the app serves.
import type { FacetKind } from './data';

export const routePaths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  topic: (slug: string) => `/topics/${slug}`,
  entity: (kind: Exclude<FacetKind, 'sections'>, slug: string) => `/${kind}/${slug}`,
  search: () => '/search',
  saved: () => '/saved',
  history: () => '/history',
  settings: () => '/settings',
} as const;

/** Turns any name into a URL slug: lower case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWord(slug, 80) || 'untitled';
}

/** Shortens a slug to at most `max` characters without cutting a word in half. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}
