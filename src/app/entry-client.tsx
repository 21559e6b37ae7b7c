import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { basenameOf, samePath } from './lib/basename';
import { createQueryClient } from './lib/queryClient';
import { routes } from './router';
import { loadMatchedRoutes, warmMatchedRoutes } from './routes/lazyRoute';
import { setRouteWarmer } from './lib/warmRoute';
import './styles.css';

const queryClient = createQueryClient();
const stateElement = document.getElementById('bs-state');
if (stateElement?.textContent) {
  hydrate(queryClient, JSON.parse(stateElement.textContent) as DehydratedState);
}

const basename = basenameOf(import.meta.env.BASE_URL) || '/';

// The matched routes' chunks (linked with modulepreload by the prerender) load before the router
// exists, so hydration finds the page's components ready: no fallback, no mismatch.
await loadMatchedRoutes(routes, window.location.pathname, basename);

setRouteWarmer((path) => warmMatchedRoutes(routes, path));
const router = createBrowserRouter(routes, { basename });

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A static host's fallback (404.html, or index.html for any path) holds HTML prerendered for
// another route; hydrating that would mismatch, so such pages render afresh instead.
const prerenderedFor = document.querySelector('meta[name="broadsheet-route"]')?.getAttribute('content');
const { pathname, search } = router.state.location;
if (container.hasChildNodes() && prerenderedFor && samePath(prerenderedFor, pathname + search)) {
  hydrateRoot(container, app);
} else {
  container.textContent = '';
  createRoot(container).render(app);
}
