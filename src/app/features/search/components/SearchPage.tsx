import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Manifest } from '../../../../model/data';
import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ActiveFilters, type ExtraFilter } from '../../../components/filters/ActiveFilters';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { toggleValue } from '../../../lib/selection';
import { answeredByPostings, prefetchSearch, searchRequest } from '../api/searchQueries';
import { useChosenPostings } from '../hooks/useChosenPostings';
import { useSearchState } from '../hooks/useSearchState';
import { formatMonthRange } from '../lib/formatMonth';
import { isBlankQuery, isConstrained, parseQuery, planQuery } from '../lib/parseQuery';
import { searchMeta } from '../lib/searchMeta';
import { filterCount, withoutFilters, type SearchState } from '../lib/searchState';
import { SearchEmptyState } from './SearchEmptyState';
import { SearchFilters } from './SearchFilters';
import { SearchForm } from './SearchForm';
import { SearchNoResults } from './SearchNoResults';
import { SearchResults } from './SearchResults';

export function SearchPage() {
  const manifest = useManifest();
  const { state, setState } = useSearchState();
  useDocumentTitle(manifest.data ? searchMeta(manifest.data.siteTitle, state.q).title : undefined);
  if (manifest.isPending) return <PageSkeleton />;
  if (manifest.isError) {
    return <ErrorState headingLevel={1} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  }
  return <SearchView manifest={manifest.data} state={state} onChange={setState} />;
}

interface ViewProps {
  manifest: Manifest;
  state: SearchState;
  onChange: (next: SearchState) => void;
}

function extraFilters(state: SearchState, onChange: (next: SearchState) => void): ExtraFilter[] {
  const extra: ExtraFilter[] = state.sources.map((source) => ({
    key: `source/${source}`,
    name: source,
    kindLabel: 'Source',
    onRemove: () => onChange({ ...state, sources: state.sources.filter((s) => s !== source) }),
  }));
  if (state.from || state.to) {
    extra.push({
      key: 'date',
      name: formatMonthRange(state.from, state.to),
      kindLabel: 'Date',
      onRemove: () => onChange({ ...state, from: null, to: null }),
    });
  }
  return extra;
}

/** The search page: the query box, the filters, and results or a designed empty state. */
function SearchView({ manifest, state, onChange }: ViewProps) {
  const request = useMemo(() => searchRequest(state), [state]);
  const query = useMemo(() => parseQuery(state.q), [state.q]);
  const plan = useMemo(() => planQuery(query), [query]);
  const filtered = filterCount(state) > 0;
  const idle = isBlankQuery(query) && !filtered;
  const clearFilters = () => onChange(withoutFilters(state));
  const byPostings = answeredByPostings(request);
  const postings = useChosenPostings(manifest, state.selection, byPostings);
  const queryClient = useQueryClient();
  const search = (q: string) => {
    prefetchSearch(queryClient, { ...state, q });
    onChange({ ...state, q });
  };

  return (
    <>
      <header className="mb-8 border-b border-neutral-200 pb-6 dark:border-neutral-800">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search</h1>
        <SearchForm q={state.q} onSearch={search} />
      </header>
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <SearchFilters
          manifest={manifest}
          state={state}
          request={request}
          postings={postings}
          idle={idle}
          byPostings={byPostings}
          onChange={onChange}
        />
        <section aria-label="Search results">
          <ActiveFilters
            manifest={manifest}
            selection={state.selection}
            postings={postings}
            onRemove={(kind, slug) => onChange({ ...state, selection: toggleValue(state.selection, kind, slug) })}
            onClear={clearFilters}
            extra={extraFilters(state, onChange)}
          />
          {idle ? (
            <SearchEmptyState manifest={manifest} />
          ) : (
            <SearchResults
              manifest={manifest}
              state={state}
              request={request}
              rankable={plan.term !== null}
              onChange={onChange}
              empty={
                <SearchNoResults
                  manifest={manifest}
                  q={state.q}
                  filtered={filtered}
                  strict={isConstrained(plan) || query.phrases.length > 0}
                  onClearFilters={clearFilters}
                />
              }
            />
          )}
        </section>
      </div>
    </>
  );
}
