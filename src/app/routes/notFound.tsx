import { manifestQueryOptions } from '../api/manifest';
import { NotFound } from '../components/NotFound';
import { notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function NotFoundRoute() {
  return <NotFound />;
}

export const notFoundHandle: RouteHandle = {
  async prefetch({ queryClient }) {
    const manifest = await queryClient.fetchQuery(manifestQueryOptions());
    return { status: 404, ...notFoundMeta(manifest.siteTitle) };
  },
};
