// URL shapes, shared so the pipeline prerenders exactly the routes the app serves.
import type { FacetKind } from './data';

export const routePaths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  topic: (slug: string) => `/topics/${slug}`,
  entity: (kind: Exclude<FacetKind, 'sections'>, slug: string) => `/${kind}/${slug}`,
  search: () => '/search',
} as const;

/** Turns any name into a URL slug: lower case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'untitled';
}
