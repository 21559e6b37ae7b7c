import { useParams } from 'react-router';
import { parseListPage, routePaths } from '../../model/routes';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { pageLinks } from '../features/browse/lib/pageLinks';
import { LatestPage } from '../features/browse/components/LatestPage';
import { NotFound } from '../components/NotFound';
import { latestMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/**
 * The latest list: `/latest` and its numbered pages `/latest/page/2`, … (the same component, so
 * "Load more" keeps it).
 */
export function LatestRoute() {
  const page = parseListPage(useParams().page);
  return page === null ? <NotFound /> : <LatestPage page={page} />;
}

export const latestHandle: RouteHandle = {
  async prefetch({ params, search, queryClient }) {
    const page = parseListPage(params.page);
    const { manifest, pageFound } = await prefetchBrowse(queryClient, null, search, page ?? 1);
    if (page === null || !pageFound) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
    return {
      status: 200,
      ...latestMeta(manifest.siteTitle, page),
      canonical: routePaths.listPage(routePaths.latest(), page),
      ...(search === '' && pageLinks(routePaths.latest(), manifest.articleCount, page)),
    };
  },
};
