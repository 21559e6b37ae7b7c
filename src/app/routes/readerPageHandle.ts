import { manifestQueryOptions } from '../api/manifest';
import { pageTitle } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/** The reader's own pages prerender as a shell: their content is this device's state, known only in the browser. */
export function readerPageHandle(page: string, description: string): RouteHandle {
  return {
    async prefetch({ queryClient }) {
      const manifest = await queryClient.fetchQuery(manifestQueryOptions());
      return { status: 200, title: pageTitle(manifest.siteTitle, page), description };
    },
  };
}
