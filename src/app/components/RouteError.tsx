import { useRouteError } from 'react-router';
import { ErrorState } from './ErrorState';

/** Last line of defence for a rendering failure: a designed message, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <ErrorState headingLevel={1} error={error} onRetry={() => window.location.reload()} retryLabel="Reload the page">
      This page failed to display.
    </ErrorState>
  );
}
