import { useEffect, type RefObject } from 'react';

/** Where typing a slash means text, not a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * `/` focuses a search box from anywhere outside a text field. The search page's own box
 * (marked `data-search-page`) wins over the header's when both are on screen.
 */
export function useSlashToFocus(fallback: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const pageBox = document.querySelector<HTMLInputElement>('input[data-search-page]');
      const box = pageBox ?? fallback.current;
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [fallback]);
}
