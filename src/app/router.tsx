import type { RouteObject } from 'react-router';
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
          { path: 'articles/:slug', Component: ArticleRoute, handle: articleHandle },
          { path: 'topics/:slug', element: <FacetRoute kind="sections" />, handle: facetHandle('sections') },
          { path: 'people/:slug', element: <FacetRoute kind="people" />, handle: facetHandle('people') },
          { path: 'places/:slug', element: <FacetRoute kind="places" />, handle: facetHandle('places') },
          {
            path: 'organisations/:slug',
            element: <FacetRoute kind="organisations" />,
            handle: facetHandle('organisations'),
          },
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
