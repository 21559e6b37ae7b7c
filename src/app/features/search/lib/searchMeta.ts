import { pageTitle, type PageMeta } from '../../../lib/meta';

export function searchMeta(siteTitle: string, q: string): PageMeta {
  return {
    title: pageTitle(siteTitle, q ? `Search: ${q}` : 'Search'),
    description: `Search every article of ${siteTitle}.`,
  };
}
