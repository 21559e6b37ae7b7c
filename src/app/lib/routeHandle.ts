import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router';
import type { PageMeta } from './meta';
import type { ShareSubject } from './shareTags';

export interface PrefetchArgs {
  params: Params;
  /** The query string, with its leading "?" (or empty). */
  search: string;
  queryClient: QueryClient;
}

export interface PrefetchResult extends PageMeta {
  status: 200 | 404;
  /** The page's own feed (a topic's, an entity's), linked from its <head> when the site has feeds. */
  feed?: { route: string; title: string };
  /** What the page's share and search tags describe; a plain page when absent. */
  share?: ShareSubject;
  /** App paths of the pages before and after this one in a list of numbered pages, for <link rel>. */
  prev?: string;
  next?: string;
  /** The app path search engines should index for this page, when not its own (an old address). */
  canonical?: string;
}

/**
 * Route `handle`: the prerenderer calls `prefetch` on the deepest matched route to fill the
 * cache with everything the route's first paint reads, then renders synchronously from it.
 */
export interface RouteHandle {
  prefetch: (args: PrefetchArgs) => Promise<PrefetchResult>;
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'prefetch' in handle && typeof handle.prefetch === 'function';
}
