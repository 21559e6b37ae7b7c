import { FrontPage } from '../features/front/components/FrontPage';
import { frontQueryOptions } from '../api/front';
import { manifestQueryOptions } from '../api/manifest';
import { homeMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/** The front page, `/`: what the build ranked highest, then a block per section. */
export function HomeRoute() {
  return <FrontPage />;
}

export const homeHandle: RouteHandle = {
  async prefetch({ queryClient }) {
    const [manifest] = await Promise.all([
      queryClient.fetchQuery(manifestQueryOptions()),
      queryClient.fetchQuery(frontQueryOptions()),
    ]);
    // Only the front page stands for the site (WebSite with its SearchAction).
    return { status: 200, ...homeMeta(manifest.siteTitle, manifest.siteDescription), share: { kind: 'home' } };
  },
};
