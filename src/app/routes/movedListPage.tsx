import { Navigate, useLocation, useParams } from 'react-router';
import { routePaths } from '../../model/routes';

/**
 * `/page/N`, the latest list's page N before the list moved to `/latest`. Hosts answer it with a
 * redirect or a small page that refreshes to the new address (emit/movedPages.ts), so only a
 * navigation inside the app (the service worker's app shell, offline) lands here.
 */
export function MovedListPage() {
  const { page = '' } = useParams();
  const { search, hash } = useLocation();
  return <Navigate to={`${routePaths.latest()}/page/${page}${search}${hash}`} replace />;
}
