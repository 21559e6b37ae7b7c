import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseSelection, selectionSearch, type Selection } from '../../../lib/selection';

/**
 * The facet selection in the URL, and a setter that pushes a history entry (so back undoes it).
 * A new selection starts at the list's first page: numbered pages are the unfiltered list's.
 */
export function useSelection() {
  const location = useLocation();
  const navigate = useNavigate();
  const selection = useMemo(() => parseSelection(location.search), [location.search]);
  const setSelection = useCallback(
    (next: Selection) => {
      const search = selectionSearch(location.search, next);
      // The reader stays where they are in the panel rather than jumping to the top. The list
      // commits with the URL (flushSync) in one synchronous render, not a time-sliced transition
      // that leaves frames of the old list under the new URL.
      const pathname = location.pathname.replace(/\/page\/[^/]*\/?$/, '') || '/';
      void navigate({ pathname, search }, { preventScrollReset: true, flushSync: true });
    },
    [location.pathname, location.search, navigate],
  );
  return { selection, setSelection };
}
