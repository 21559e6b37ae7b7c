import { useCallback, useState } from 'react';
import { useLocation } from 'react-router';

// Pages loaded per history entry, so "back" to a long list shows it as it was left
// (and scroll restoration has somewhere to land). A reload starts again at one page,
// which keeps the first client render identical to the prerendered HTML.
const loadedPages = new Map<string, number>();

export function usePageCount(): [number, () => void] {
  const { key } = useLocation();
  const [state, setState] = useState(() => ({ key, pages: loadedPages.get(key) ?? 1 }));
  const pages = state.key === key ? state.pages : (loadedPages.get(key) ?? 1);
  const loadMore = useCallback(() => {
    const next = pages + 1;
    loadedPages.set(key, next);
    setState({ key, pages: next });
  }, [key, pages]);
  return [pages, loadMore];
}
