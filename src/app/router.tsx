import type { RouteObject } from 'react-router';
import type { FacetKind } from '../model/data';
import { Layout } from './layout/Layout';
import { RouteError } from './components/RouteError';
import { lazyRoute } from './routes/lazyRoute';
import { MovedListPage } from './routes/movedListPage';

// Each page's code loads with its route (routes/lazyRoute.ts); a numbered page and its first page
// resolve to the same component, so moving between them keeps the page's state.
const home = lazyRoute(
  'home',
  () => import('./routes/home'),
  (m) => ({ Component: m.HomeRoute, handle: m.homeHandle }),
);
const latest = lazyRoute(
  'latest',
  () => import('./routes/latest'),
  (m) => ({ Component: m.LatestRoute, handle: m.latestHandle }),
);
const page = {
  article: lazyRoute(
    'article',
    () => import('./routes/article'),
    (m) => ({ Component: m.ArticleRoute, handle: m.articleHandle }),
  ),
  saved: lazyRoute(
    'saved',
    () => import('./routes/saved'),
    (m) => ({ Component: m.SavedRoute, handle: m.savedHandle }),
  ),
  history: lazyRoute(
    'history',
    () => import('./routes/history'),
    (m) => ({ Component: m.HistoryRoute, handle: m.historyHandle }),
  ),
  settings: lazyRoute(
    'settings',
    () => import('./routes/settings'),
    (m) => ({ Component: m.SettingsRoute, handle: m.settingsHandle }),
  ),
  search: lazyRoute(
    'search',
    () => import('./routes/search'),
    (m) => ({ Component: m.SearchRoute, handle: m.searchHandle }),
  ),
  story: lazyRoute(
    'story',
    () => import('./routes/story'),
    (m) => ({ Component: m.StoryRoute, handle: m.storyHandle }),
  ),
  notFound: lazyRoute(
    'notFound',
    () => import('./routes/notFound'),
    (m) => ({ Component: m.NotFoundRoute, handle: m.notFoundHandle }),
  ),
};

/** A topic or entity page and its numbered pages. */
function facetLazy(kind: FacetKind) {
  return lazyRoute(
    'facet',
    () => import('./routes/facet'),
    (m) => ({ element: <m.FacetRoute kind={kind} />, handle: m.facetHandle(kind) }),
  );
}

function facetRoutes(segment: string, kind: FacetKind): RouteObject[] {
  const lazy = facetLazy(kind);
  return [
    { path: `${segment}/:slug`, lazy },
    { path: `${segment}/:slug/page/:page`, lazy },
  ];
}

/** A year's and a month's archive, each with its numbered pages: /archive/2024, /archive/2024/03/page/2. */
function archiveRoutes(): RouteObject[] {
  const lazy = facetLazy('archive');
  return ['archive/:year', 'archive/:year/page/:page', 'archive/:year/:month', 'archive/:year/:month/page/:page'].map(
    (path) => ({ path, lazy }),
  );
}

/**
 * The route table, shared by the browser router and the prerenderer. No loaders: pages read
 * data through react-query, and each route's `handle.prefetch` fills the cache for prerendering.
 * A route's page and handle come with its `lazy` chunk.
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
          { index: true, lazy: home },
          // A list's numbered pages render the same component as its first page, so "Load more",
          // which puts the next page in the URL, keeps the list it appended to.
          { path: 'latest', lazy: latest },
          { path: 'latest/page/:page', lazy: latest },
          // The latest list's numbered pages from before it moved to /latest: old links still answer.
          { path: 'page/:page', Component: MovedListPage },
          { path: 'articles/:slug', lazy: page.article },
          { path: 'stories/:slug', lazy: page.story },
          ...facetRoutes('topics', 'sections'),
          ...facetRoutes('people', 'people'),
          ...facetRoutes('places', 'places'),
          ...facetRoutes('organisations', 'organisations'),
          ...facetRoutes('authors', 'authors'),
          ...facetRoutes('sources', 'sources'),
          ...archiveRoutes(),
          { path: 'saved', lazy: page.saved },
          { path: 'history', lazy: page.history },
          { path: 'settings', lazy: page.settings },
          { path: 'search', lazy: page.search },
          { path: '*', lazy: page.notFound },
        ],
      },
    ],
  },
];
