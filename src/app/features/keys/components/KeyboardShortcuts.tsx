import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { closeHelp, openHelp } from '../../../stores/helpOverlay';
import { listRows, moveRow, pressAction, rowLink, selectedRow, selectRow, whenPresent } from '../lib/rowFocus';
import { isTypingTarget } from '../lib/shortcuts';
import { HelpDialog } from './HelpDialog';

const SEQUENCE_MS = 1500;
const isArticlePath = (pathname: string) => pathname.startsWith('/articles/');

function articleActions(): HTMLElement | null {
  return document.querySelector<HTMLElement>('#main [data-article-actions]');
}

function focusSearch(): boolean {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  input?.focus();
  return input !== null;
}

/** The reader's keys (listed in lib/shortcuts.ts), on every page, and the help overlay. */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const here = location.pathname + location.search;
  const listPath = useRef('/');
  const previousPath = useRef<string | null>(null);
  const currentPath = useRef(here);
  const cameBy = useRef(navigationType);

  useEffect(() => {
    if (currentPath.current !== here) {
      previousPath.current = currentPath.current;
      currentPath.current = here;
    }
    cameBy.current = navigationType;
    if (!isArticlePath(location.pathname)) listPath.current = here;
  }, [here, location.pathname, navigationType]);

  useEffect(() => {
    let awaitingSecond = false;
    let timer = 0;

    const backToList = (): boolean => {
      if (!isArticlePath(currentPath.current)) return false;
      const articleId = articleActions()?.dataset.articleId;
      // Straight back when the list is the page before: the list keeps its scroll position.
      if (cameBy.current === 'PUSH' && previousPath.current === listPath.current) void navigate(-1);
      else void navigate(listPath.current);
      if (articleId) {
        whenPresent(() => listRows().find((row) => row.dataset.articleId === articleId) ?? null, selectRow);
      }
      return true;
    };

    const neighbour = (rel: 'next' | 'prev'): boolean => {
      const link = document.querySelector<HTMLAnchorElement>(`#main a[rel="${rel}"]`);
      link?.click();
      return link !== null;
    };

    const act = (key: string, target: EventTarget | null): boolean => {
      switch (key) {
        case 'j':
          return moveRow(1) || neighbour('next');
        case 'k':
          return moveRow(-1) || neighbour('prev');
        case 'o':
        case 'Enter': {
          // Enter on a link or button already does its own thing.
          if (key === 'Enter' && target instanceof HTMLElement && target.closest('a, button')) return false;
          const row = selectedRow();
          const link = row && rowLink(row);
          link?.click();
          return Boolean(link);
        }
        case 'u':
          return backToList();
        case 'm':
        case 's': {
          const scope = selectedRow() ?? articleActions();
          return scope ? pressAction(scope, key === 'm' ? 'read' : 'save') : false;
        }
        case '/':
          if (!focusSearch()) {
            void navigate(routePaths.search());
            whenPresent(
              () => document.querySelector<HTMLInputElement>('input[type="search"]'),
              (input) => input.focus(),
            );
          }
          return true;
        case '?':
          openHelp();
          return true;
        case 'g':
          awaitingSecond = true;
          window.clearTimeout(timer);
          timer = window.setTimeout(() => (awaitingSecond = false), SEQUENCE_MS);
          return true;
        default:
          return false;
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (document.querySelector('dialog[open]')) {
        // The browser closes a modal dialog on Esc itself; this covers one opened without showModal.
        if (event.key === 'Escape') closeHelp();
        return;
      }
      if (isTypingTarget(event.target)) return;
      if (awaitingSecond) {
        awaitingSecond = false;
        const to = event.key === 'h' ? routePaths.home() : event.key === 's' ? routePaths.saved() : null;
        if (to) {
          event.preventDefault();
          void navigate(to);
          return;
        }
      }
      if (act(event.key, event.target)) event.preventDefault();
    };

    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer);
    };
  }, [navigate]);

  return <HelpDialog />;
}
