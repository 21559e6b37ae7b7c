import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, type FormEvent } from 'react';
import { Link, useHref, useNavigate } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { warmRoute } from '../../../lib/warmRoute';
import { useSlashToFocus } from '../hooks/useSlashToFocus';
import { emptySearchState, searchStateSearch } from '../lib/searchState';
import { leaveOnEscape } from '../lib/leaveOnEscape';

// The engine and its queries are most of the search feature's code, and the box is on every page:
// they load when the reader focuses the box (or submits without focusing it), never with the page.
// They share one chunk with the search page (render/bundle.ts), so focus starts the page's code
// too, and the index's meta, while the reader types.
const loadSearch = () => import('../api/warmSearch');
const warmSearch = () => void loadSearch().then((search) => search.warmSearchEngine());

/**
 * The header's search box, on every page. A plain GET form to /search, so it works before
 * (and without) JavaScript; with it, the search opens as a client-side navigation.
 */
export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(inputRef);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const action = useHref(routePaths.search());
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    const state = { ...emptySearchState(), q };
    void loadSearch().then((search) => search.prefetchSearch(queryClient, state));
    void navigate({ pathname: routePaths.search(), search: searchStateSearch(state) });
    event.currentTarget.reset();
  };

  return (
    <>
      {/* On a phone the header keeps to one row: a search icon that opens the search page, whose own box takes the words. */}
      <Link
        to={routePaths.search()}
        aria-label="Search"
        className="rounded-sm p-1.5 text-neutral-700 sm:hidden dark:text-neutral-300"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-none stroke-current stroke-2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" />
        </svg>
      </Link>
      <form
        role="search"
        aria-label="Site search"
        action={action}
        method="get"
        onSubmit={submit}
        // Pointing at the box starts the search page's code too, as pointing at a link does its page's.
        onPointerEnter={() => warmRoute(routePaths.search())}
        className="relative hidden items-center sm:flex"
      >
        <label htmlFor={id} className="sr-only">
          Search articles
        </label>
        <input
          ref={inputRef}
          id={id}
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          onFocus={warmSearch}
          onKeyDown={leaveOnEscape}
          enterKeyHint="search"
          className="w-32 rounded-md border border-neutral-300 bg-white py-1.5 pr-9 pl-3 text-sm placeholder:text-neutral-600 focus:border-neutral-900 sm:w-52 dark:border-neutral-700 dark:bg-neutral-950 dark:placeholder:text-neutral-400 dark:focus:border-neutral-100"
        />
        <button
          type="submit"
          className="absolute right-1 rounded p-1.5 text-neutral-700 hover:text-neutral-950 dark:text-neutral-300 dark:hover:text-white"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M13 13l4.5 4.5" />
          </svg>
          <span className="sr-only">Search</span>
        </button>
      </form>
    </>
  );
}
