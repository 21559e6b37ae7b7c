import type { RouteObject } from 'react-router';
import type { FacetKind } from '../model/data';
import { Layout } from './layout/Layout';
import { RouteError } from './components/RouteError';
import { articleHandle, ArticleRoute } from './routes/article';
import { facetHandle, FacetRoute } from './routes/facet';
import { historyHandle, HistoryRoute } from './routes/history';
import { homeHandle, HomeRoute } from './routes/home';
import { notFoundHandle, NotFoundRoute } from './routes/notFound';
import { searchHandle, SearchRoute } from './routes/search';
import { savedHandle, SavedRoute } from './routes/saved';
import { settingsHandle, SettingsRoute } from './routes/settings';

/** A topic or entity page and its numbered pages. */
function facetRoutes(segment: string, kind: FacetKind): RouteObject[] {
  const handle = facetHandle(kind);
  return [
    { path: `${segment}/:slug`, element: <FacetRoute kind={kind} />, handle },
    { path: `${segment}/:slug/page/:page`, element: <FacetRoute kind={kind} />, handle },
  ];
}

/** A year's and a month's archive, each with its numbered pages: /archive/2024, /archive/2024/03/page/2. */
function archiveRoutes(): RouteObject[] {
  const handle = facetHandle('archive');
  return ['archive/:year', 'archive/:year/page/:page', 'archive/:year/:month', 'archive/:year/:month/page/:page'].map(
    (path) => ({ path, element: <FacetRoute kind="archive" />, handle }),
  );
}

/**
 * The route table, shared by the browser router and the prerenderer. No loaders: pages read
 * data through react-query, and each route's `handle.prefetch` fills the cache for prerendering.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        // Pathless: a page that fails to render keeps the header and footer around its error.
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomeRoute, handle: homeHandle },
          // A list's numbered pages render the same component as its first page, so "Load more",
          // which puts the next page in the URL, keeps the list it appended to.
          { path: 'page/:page', Component: HomeRoute, handle: homeHandle },
          { path: 'articles/:slug', Component: ArticleRoute, handle: articleHandle },
          ...facetRoutes('topics', 'sections'),
          ...facetRoutes('people', 'people'),
          ...facetRoutes('places', 'places'),
          ...facetRoutes('organisations', 'organisations'),
          ...facetRoutes('authors', 'authors'),
          ...facetRoutes('sources', 'sources'),
          ...archiveRoutes(),
          { path: 'saved', Component: SavedRoute, handle: savedHandle },
          { path: 'history', Component: HistoryRoute, handle: historyHandle },
          { path: 'settings', Component: SettingsRoute, handle: settingsHandle },
          { path: 'search', Component: SearchRoute, handle: searchHandle },
          { path: '*', Component: NotFoundRoute, handle: notFoundHandle },
        ],
      },
    ],
  },
];
