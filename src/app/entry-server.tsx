// Prerendering: one route in, its status, <head> tags, markup and react-query state out.
import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { DataError, setDataReader } from './lib/fetchData';
import { escapeHtml } from './lib/html';
import { createQueryClient } from './lib/queryClient';
import { isRouteHandle, type PrefetchResult } from './lib/routeHandle';
import { shareTags } from './lib/shareTags';
import { routes } from './router';
import { routeFileOf } from './routes/lazyRoute';
import { dataPaths, type Manifest } from '../model/data';
import { feedLinks, routePaths } from '../model/routes';

export interface RenderOptions {
  /** Base path without a trailing slash ("" or "/news"). */
  basename: string;
  /** Reads a data file (path relative to the data root); rejects when the file is missing. */
  readData: (path: string) => Promise<unknown>;
}

export interface RenderedRoute {
  status: number;
  /**
   * <title>, meta description, share and search tags (shareTags.ts), feed links, the route marker
   * the client checks before hydrating, and a numbered page's links to the pages either side.
   */
  head: string;
  /** The site's language, for `<html lang>`. */
  lang: string;
  html: string;
  /** Dehydrated react-query state as JSON, safe inside a <script type="application/json">. */
  state: string;
}

/** The site's feeds on every page, and a topic's or entity's own; none when the build wrote no feeds. */
function alternateLinks(manifest: Manifest, result: PrefetchResult): string[] {
  const { siteUrl } = manifest;
  if (siteUrl === null) return [];
  const links = feedLinks(siteUrl, routePaths.home(), manifest.siteTitle);
  if (result.status === 200 && result.feed) links.push(...feedLinks(siteUrl, result.feed.route, result.feed.title));
  return links.map(
    (l) => `<link rel="alternate" type="${l.type}" title="${escapeHtml(l.title)}" href="${escapeHtml(l.href)}">`,
  );
}

function headTags(meta: PrefetchResult, url: string, basename: string, tags: string[]): string {
  const link = (rel: string, path: string | undefined) =>
    path === undefined ? [] : [`<link rel="${rel}" href="${escapeHtml(`${basename}${path}`)}">`];
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    ...tags,
    `<meta name="broadsheet-route" content="${escapeHtml(url)}">`,
    ...link('prev', meta.prev),
    ...link('next', meta.next),
  ].join('\n');
}

/** Route file → its chunks (site-relative), put in by the renderer's build (render/bundle.ts); absent in tests. */
declare const __BROADSHEET_ROUTE_CHUNKS__: Record<string, string[]> | undefined;
const routeChunks = typeof __BROADSHEET_ROUTE_CHUNKS__ === 'undefined' ? null : __BROADSHEET_ROUTE_CHUNKS__;

type StaticHandler = ReturnType<typeof createStaticHandler>;
type DataRoute = StaticHandler['dataRoutes'][number];
/** The route tree never changes within a build, so one handler serves every page. */
const handlers = new Map<string, { handler: StaticHandler; routeFiles: Map<string, string> }>();
function staticHandler(basename: string) {
  let entry = handlers.get(basename);
  if (!entry) {
    const handler = createStaticHandler(routes, { basename });
    // Read before any page loads a lazy route, which clears the route's `lazy` (and its tag).
    entry = { handler, routeFiles: routeFilesById(handler.dataRoutes) };
    handlers.set(basename, entry);
  }
  return entry;
}

function routeFilesById(tree: DataRoute[], files = new Map<string, string>()): Map<string, string> {
  for (const route of tree) {
    const file = routeFileOf(route);
    if (file !== null) files.set(route.id, file);
    if (route.children) routeFilesById(route.children, files);
  }
  return files;
}

/**
 * modulepreload links for the chunks of the routes the page matched, so the browser fetches them
 * beside the entry. The handler's own matches, by route id: matching the route tree again for each
 * page (react-router ranks every branch on each call) was an eighth of the prerender's time.
 */
function preloadLinks(
  url: string,
  basename: string,
  matches: { route: { id: string } }[],
  routeFiles: Map<string, string>,
): string[] {
  if (!routeChunks) return [];
  return matches.flatMap(({ route }) => {
    const file = routeFiles.get(route.id);
    if (file === undefined) return [];
    const chunks = routeChunks[file];
    if (!chunks)
      throw new Error(`src/app/routes/${file}.tsx: route ${url} loads it, but the client build made no chunk for it`);
    return chunks.map((chunk) => `<link rel="modulepreload" crossorigin href="${escapeHtml(`${basename}/${chunk}`)}">`);
  });
}

export async function renderRoute(url: string, options: RenderOptions): Promise<RenderedRoute> {
  const basename = options.basename.replace(/\/+$/, '');
  // On disk a rejected read means a missing file; the app treats that as HTTP 404.
  setDataReader((path) =>
    options.readData(path).catch((error: unknown) => {
      throw new DataError(path, 404, error instanceof Error ? error.message : undefined);
    }),
  );

  const queryClient = createQueryClient({ retry: false });
  const { handler, routeFiles } = staticHandler(basename || '/');
  const context = await handler.query(new Request(new URL(`${basename}${url}`, 'http://prerender.local')));
  if (context instanceof Response) throw new Error(`Route ${url} answered with a redirect; nothing to prerender`);

  const search = new URL(url, 'http://prerender.local').search;
  const leaf = [...context.matches].reverse().find((match) => isRouteHandle(match.route.handle));
  if (!leaf || !isRouteHandle(leaf.route.handle)) throw new Error(`Route ${url} has no prefetch handle`);
  const result: PrefetchResult = await leaf.route.handle.prefetch({
    params: leaf.params,
    search,
    queryClient,
  });

  const manifest = (await options.readData(dataPaths.manifest())) as Manifest;

  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  const dehydrated = dehydrate(queryClient);
  // Build times in the state would make two builds of the same seeds differ; the data never
  // goes stale within a deployment (staleTime: Infinity), so a fixed time loses nothing.
  for (const query of dehydrated.queries) {
    query.dehydratedAt = 0;
    query.state.dataUpdatedAt = 0;
  }
  const state = JSON.stringify(dehydrated).replace(/</g, '\\u003c');
  queryClient.clear();
  // A missing page has nothing to share or index.
  const route = new URL(url, 'http://prerender.local').pathname;
  const share =
    result.status === 200
      ? shareTags(manifest, result.canonical ?? route, result, result.share ?? { kind: 'page' })
      : [];
  const head = headTags(result, url, basename, [
    ...share,
    ...alternateLinks(manifest, result),
    ...preloadLinks(url, basename, context.matches, routeFiles),
  ]);
  return { status: result.status, head, lang: manifest.siteLang, html, state };
}
