import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Manifest } from '../../../../model/data';
import { ErrorState } from '../../../components/ErrorState';
import { formatCount } from '../../../lib/formatDate';
import { usePageCount } from '../../../hooks/usePageCount';
import {
  outcomeTotal,
  RESULTS_PER_PAGE,
  searchOutcomeQueryOptions,
  searchPageQueryOptions,
  type SearchHit,
  type SearchRequest,
} from '../api/searchQueries';
import { useLongWait } from '../hooks/useLongWait';
import type { SearchState } from '../lib/searchState';
import { SearchResultItem } from './SearchResultItem';
import { SearchSkeleton, SLOW_NOTICE } from './SearchSkeleton';
import { SortSwitch } from './SortSwitch';

/** How long a search may take before the page says the connection is slow. */
export const SLOW_AFTER_MS = 3000;

interface Props {
  manifest: Manifest;
  state: SearchState;
  request: SearchRequest;
  /** Whether the query has words to rank by. */
  rankable: boolean;
  /** Shown when nothing matches. */
  empty: ReactNode;
  /** Changes the search in place (the sort switch). */
  onChange: (next: SearchState) => void;
}

function SearchUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <ErrorState title="Search is unavailable" error={error} onRetry={onRetry}>
      The search index could not be loaded. Check your connection and try again.
    </ErrorState>
  );
}

/** Ten hits a page, best (or newest) first; only the shown hits' records are fetched. */
export function SearchResults({ manifest, state, request, rankable, empty, onChange }: Props) {
  const outcome = useQuery({ ...searchOutcomeQueryOptions(request), placeholderData: keepPreviousData });
  const [pages, loadMore] = usePageCount();
  const pageQueries = useQueries({
    queries: Array.from({ length: pages }, (_, page) => ({
      ...searchPageQueryOptions(request, page),
      placeholderData: page === 0 ? keepPreviousData : undefined,
    })),
  });

  const failed = pageQueries.filter((page) => page.isError);
  const fetching = [outcome, ...pageQueries].some((query) => query.fetchStatus === 'fetching');
  const slow = useLongWait(fetching && !outcome.isError && failed.length === 0, SLOW_AFTER_MS);
  // A page's query waits on the search itself, so retrying the pages runs the search again too.
  const retry = () => {
    if (outcome.isError) void outcome.refetch();
    failed.forEach((page) => void page.refetch());
  };
  if (outcome.isError) return <SearchUnavailable error={outcome.error} onRetry={retry} />;
  if (!outcome.data) return <SearchSkeleton slow={slow} />;

  const total = outcomeTotal(outcome.data);
  const hits: SearchHit[] = [];
  for (const page of pageQueries) {
    if (!page.data) break;
    hits.push(...page.data);
  }
  const loading = pageQueries.some((page) => page.isPending);
  const updating = outcome.isPlaceholderData || pageQueries[0]?.isPlaceholderData === true;
  const summary = state.q
    ? `${formatCount(total)} ${total === 1 ? 'result' : 'results'} for “${state.q}”`
    : `${formatCount(total)} ${total === 1 ? 'article matches' : 'articles match'} your filters`;

  return (
    <div aria-busy={updating}>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-neutral-200 pb-3 dark:border-neutral-800">
        <p aria-live="polite" className="font-medium">
          {updating ? (slow ? `Searching… ${SLOW_NOTICE}` : 'Searching…') : summary}
        </p>
        {total > 0 && <SortSwitch state={state} rankable={rankable} dated={manifest.dated} onChange={onChange} />}
      </div>
      {total === 0 && !updating ? (
        empty
      ) : hits.length === 0 ? (
        failed.length > 0 ? (
          <SearchUnavailable error={failed[0]?.error} onRetry={retry} />
        ) : (
          <SearchSkeleton slow={slow} />
        )
      ) : (
        <>
          <ol className={`divide-y divide-neutral-200 dark:divide-neutral-800 ${updating ? 'opacity-60' : ''}`}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <SearchResultItem hit={hit} manifest={manifest} />
              </li>
            ))}
          </ol>
          {failed.length > 0 ? (
            <SearchUnavailable error={failed[0]?.error} onRetry={retry} />
          ) : (
            loading && <SearchSkeleton rows={2} slow={slow} />
          )}
          <div className="mt-6 flex flex-col items-center gap-3 border-t border-neutral-200 pt-6 dark:border-neutral-800">
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              Showing {formatCount(hits.length)} of {formatCount(total)} {total === 1 ? 'result' : 'results'}
            </p>
            {pages * RESULTS_PER_PAGE < total && (
              <button
                type="button"
                onClick={loadMore}
                className="rounded-md border border-neutral-900 px-6 py-2 font-medium hover:bg-neutral-900 hover:text-white dark:border-neutral-100 dark:hover:bg-neutral-100 dark:hover:text-neutral-900"
              >
                More results
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
