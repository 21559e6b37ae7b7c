import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The numbered pages a list shows at once: `pages` of them from page `start`. */
export interface ListWindow {
  start: number;
  pages: number;
}

// Pages shown per history entry, so "back" to a long list shows it as it was left (and scroll
// restoration has somewhere to land). A reload starts again at the URL's page alone, which keeps
// the first client render identical to the prerendered HTML.
const shown = new Map<string, ListWindow>();

/**
 * The pages a list shows: the URL's page, and those "Load more" added after it. Where the list has
 * numbered pages (`pageHref`; not a filtered list), "Load more" also puts the page it added in the
 * URL, replacing the history entry, so a reload or a shared link opens there; the route keeps its
 * component, and the list its rows.
 */
export function useListWindow(page: number, pageHref: ((n: number) => string) | null): [ListWindow, () => void] {
  const { key } = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState(() => ({ key, range: shown.get(key) ?? { start: page, pages: 1 } }));
  let range = state.range;
  if (state.key !== key) {
    // A new history entry: one seen before (back, forward), "Load more"'s own (the URL names the
    // last page shown), or another page of the list, shown on its own.
    const last = range.start + range.pages - 1;
    range = shown.get(key) ?? (pageHref && page === last ? range : { start: page, pages: 1 });
    setState({ key, range });
  }
  useEffect(() => {
    shown.set(key, range);
  }, [key, range]);
  const loadMore = useCallback(() => {
    const next = { start: range.start, pages: range.pages + 1 };
    setState({ key, range: next });
    if (pageHref) {
      void navigate(pageHref(next.start + next.pages - 1), { replace: true, preventScrollReset: true });
    }
  }, [key, range, pageHref, navigate]);
  return [range, loadMore];
}
