import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { parseSearchState, searchStateSearch, type SearchState } from '../lib/searchState';

/** The search in the URL, and a setter that pushes a history entry (so back undoes a change). */
export function useSearchState() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseSearchState(location.search), [location.search]);
  const setState = useCallback(
    (next: SearchState) => {
      // Filter changes keep the reader where they are in the panel. The page commits with the URL
      // (flushSync), so it never shows the previous search's results as settled under the new URL.
      void navigate(
        { pathname: routePaths.search(), search: searchStateSearch(next) },
        { preventScrollReset: true, flushSync: true },
      );
    },
    [navigate],
  );
  return { state, setState };
}
