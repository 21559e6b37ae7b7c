import { useParams } from 'react-router';
import { parseListPage, routePaths } from '../../model/routes';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { pageLinks } from '../features/browse/lib/pageLinks';
import { LatestPage } from '../features/browse/components/LatestPage';
import { NotFound } from '../components/NotFound';
import { homeMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/** The latest list: `/`, and its numbered pages `/page/2`, … (the same component, so "Load more" keeps it). */
export function HomeRoute() {
  const page = parseListPage(useParams().page);
  return page === null ? <NotFound /> : <LatestPage page={page} />;
}

export const homeHandle: RouteHandle = {
  async prefetch({ params, search, queryClient }) {
    const page = parseListPage(params.page);
    const { manifest, pageFound } = await prefetchBrowse(queryClient, null, search, page ?? 1);
    if (page === null || !pageFound) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
    return {
      status: 200,
      ...homeMeta(manifest.siteTitle, manifest.siteDescription, page),
      // Only the front page stands for the site (WebSite with its SearchAction); a numbered page is a plain page.
      share: page === 1 ? { kind: 'home' } : { kind: 'page' },
      ...(search === '' && pageLinks(routePaths.home(), manifest.articleCount, page)),
    };
  },
};
