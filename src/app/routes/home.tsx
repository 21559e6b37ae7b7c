import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { LatestPage } from '../features/browse/components/LatestPage';
import { homeMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function HomeRoute() {
  return <LatestPage />;
}

export const homeHandle: RouteHandle = {
  async prefetch({ search, queryClient }) {
    const { manifest } = await prefetchBrowse(queryClient, null, search);
    return { status: 200, ...homeMeta(manifest.siteTitle, manifest.siteDescription), share: { kind: 'home' } };
  },
};
