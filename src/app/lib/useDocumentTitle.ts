import { useEffect } from 'react';

/** Keeps the tab title in step with client-side navigation; prerendered pages already carry it. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
