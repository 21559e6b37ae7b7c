import { Link } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { searchStateSearch, type SearchSort, type SearchState } from '../lib/searchState';

interface Props {
  state: SearchState;
  /** The order the results are in (newest first whenever there are no words to rank by). */
  sort: SearchSort;
  /** Whether there are words to rank by, so "best match" means something. */
  rankable: boolean;
}

const OPTIONS: { sort: SearchSort; label: string }[] = [
  { sort: 'relevance', label: 'Best match' },
  { sort: 'newest', label: 'Newest first' },
];

export function SortSwitch({ state, sort, rankable }: Props) {
  if (!rankable) return <p className="text-sm text-neutral-600 dark:text-neutral-400">Newest first</p>;
  return (
    <nav aria-label="Sort results" className="flex items-center gap-1 text-sm">
      <span className="mr-1 text-neutral-600 dark:text-neutral-400">Sort:</span>
      {OPTIONS.map((option) => {
        const current = option.sort === sort;
        return (
          <Link
            key={option.sort}
            to={{ pathname: routePaths.search(), search: searchStateSearch({ ...state, sort: option.sort }) }}
            preventScrollReset
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
