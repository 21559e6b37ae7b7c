import { manifestQueryOptions } from '../api/manifest';
import { SearchPage } from '../features/search/components/SearchPage';
import { searchMeta } from '../features/search/lib/searchMeta';
import type { RouteHandle } from '../lib/routeHandle';

export function SearchRoute() {
  return <SearchPage />;
}

/** The prerendered /search is the empty state: it needs the manifest, never the search index. */
export const searchHandle: RouteHandle = {
  async prefetch({ search, queryClient }) {
    const manifest = await queryClient.fetchQuery(manifestQueryOptions());
    const q = new URLSearchParams(search).get('q')?.trim() ?? '';
    return { status: 200, ...searchMeta(manifest.siteTitle, q) };
  },
};
