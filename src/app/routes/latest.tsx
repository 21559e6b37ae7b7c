import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { parseListPage, routePaths } from '../../model/routes';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { pageLinks } from '../features/browse/lib/pageLinks';
import { LatestPage } from '../features/browse/components/LatestPage';
import { NotFound } from '../components/NotFound';
import { latestMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/** `/page/N` was the latest list's page N before the list moved to `/latest`. */
const isOldAddress = (pathname: string) => pathname.startsWith('/page/');

/**
 * The latest list: `/latest` and its numbered pages `/latest/page/2`, … (the same component, so
 * "Load more" keeps it). An old `/page/N` shows the same page, prerendered for readers without
 * JavaScript, and the browser moves the address to `/latest/page/N`.
 */
export function LatestRoute() {
  const page = parseListPage(useParams().page);
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const moved = page !== null && isOldAddress(pathname);
  useEffect(() => {
    if (moved) void navigate(routePaths.listPage(routePaths.latest(), page) + search + hash, { replace: true });
  }, [moved, page, search, hash, navigate]);
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
