// A page's code loads with its route: each route file is its own chunk, fetched by react-router's
// `lazy` when the route first matches. The prerender links the matched route's chunks with
// modulepreload, and entry-client resolves them before hydrating, so there is no waterfall or flash.
import type { ComponentType, ReactElement } from 'react';
import { matchRoutes, type LazyRouteFunction, type RouteObject } from 'react-router';
import type { RouteHandle } from '../lib/routeHandle';

/** What a route file gives its route: the page (a component, or an element when it takes props) and its prefetch handle. */
export type RoutePart = { handle: RouteHandle } & ({ Component: ComponentType } | { element: ReactElement });

/** A route's `lazy`, tagged with its route file's name (src/app/routes/<name>.tsx) for the prerender's modulepreload. */
export type TaggedLazy = LazyRouteFunction<RouteObject> & { routeFile: string };

/**
 * `load` must import src/app/routes/<file>.tsx: the client build names each route chunk after
 * that file, and the prerender fails, naming the file, when a matched route has no chunk.
 */
export function lazyRoute<M>(file: string, load: () => Promise<M>, pick: (module: M) => RoutePart): TaggedLazy {
  return Object.assign(async () => pick(await load()), { routeFile: file });
}

export function routeFileOf(route: RouteObject): string | null {
  const lazy = route.lazy;
  return typeof lazy === 'function' && 'routeFile' in lazy && typeof lazy.routeFile === 'string'
    ? lazy.routeFile
    : null;
}

/**
 * Loads the lazy routes `location` matches into `routes` itself, as react-router's guide to lazy
 * routes with server rendering does, so a router made from them starts ready and hydration renders
 * what the prerender did. A chunk that fails to load stays lazy: the router tries it again and
 * shows the route's error.
 */
export async function loadMatchedRoutes(routes: RouteObject[], location: string, basename: string): Promise<void> {
  await Promise.all(
    (matchRoutes(routes, location, basename) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const part = await route.lazy().catch(() => null);
      if (part) Object.assign(route, { ...part, lazy: undefined });
    }),
  );
}

/**
 * Starts the chunk downloads of the routes `path` matches without waiting for them: react-router
 * calls the same `lazy` on navigation, and the module loader hands it the module already fetched.
 */
export function warmMatchedRoutes(routes: RouteObject[], path: string): void {
  for (const { route } of matchRoutes(routes, path) ?? []) {
    if (typeof route.lazy === 'function') route.lazy().catch(() => undefined);
  }
}
