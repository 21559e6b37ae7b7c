import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { listOrderLabel } from '../../../lib/listOrder';
import { searchStateSearch, type SearchSort, type SearchState } from '../lib/searchState';

interface Props {
  /** The search in the URL; its sort is the one marked as chosen, even while that order is loading. */
  state: SearchState;
  /** Whether there are words to rank by, so "best match" means something. */
  rankable: boolean;
  /** Whether the corpus has dates: the list's own order is "Newest first", else "File order". */
  dated: boolean;
  /** Changes the search in place (useSearchState's setter). */
  onChange: (next: SearchState) => void;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

export function SortSwitch({ state, rankable, dated, onChange }: Props) {
  const listOrder = listOrderLabel({ dated });
  if (!rankable) return <p className="text-sm text-neutral-600 dark:text-neutral-400">{listOrder}</p>;
  const options: { sort: SearchSort; label: string }[] = [
    { sort: 'relevance', label: 'Best match' },
    { sort: 'newest', label: listOrder },
  ];
  return (
    <nav aria-label="Sort results" className="flex items-center gap-1 text-sm">
      <span className="mr-1 text-neutral-600 dark:text-neutral-400">Sort:</span>
      {options.map((option) => {
        const current = option.sort === state.sort;
        const next = { ...state, sort: option.sort };
        return (
          <Link
            key={option.sort}
            to={{ pathname: routePaths.search(), search: searchStateSearch(next) }}
            onClick={(event) => {
              // A plain click goes through the page's setter, which commits the re-sorted view with
              // the URL; a Link's own navigation renders in a later transition, and until then the
              // old order stands under the new URL looking settled. Other clicks (new tab) stay links.
              if (!isPlainClick(event)) return;
              event.preventDefault();
              onChange(next);
            }}
            aria-current={current ? 'true' : undefined}
            className={`rounded-full px-3 py-1 font-medium ${
              current
                ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900'
                : 'text-neutral-700 underline-offset-4 hover:underline dark:text-neutral-300'
            }`}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}
