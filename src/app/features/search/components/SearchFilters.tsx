import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PanelKind, Manifest } from '../../../../model/data';
import { FacetPanel } from '../../../components/filters/FacetPanel';
import { filterGroups, type PostingsByRef } from '../../../lib/filter';
import { toggleValue } from '../../../lib/selection';
import { searchCountsQueryOptions, searchOutcomeQueryOptions, type SearchRequest } from '../api/searchQueries';
import { FILTER_KINDS, type FilterKind, type SearchState } from '../lib/searchState';
import { DateRangeFilter } from './DateRangeFilter';
import { SourceFilter } from './SourceFilter';

interface Props {
  manifest: Manifest;
  state: SearchState;
  request: SearchRequest;
  /** Postings of chosen values: those the manifest does not list (for names), or all of them when `byPostings`. */
  postings: PostingsByRef;
  /** No query and no filter: the manifest's counts are the right ones. */
  idle: boolean;
  /** The facet postings answer this search: they count the facet values too, as on the list pages. */
  byPostings: boolean;
  onChange: (next: SearchState) => void;
}

const SOURCE_ONLY: readonly FilterKind[] = ['source'];

/**
 * The list pages' facet panel, counting from the search index (or from postings when they answer
 * the search), plus source and dates. Counts load when the reader reaches for the panel; under a
 * postings-answered search the sources, which only the search index knows, load when asked for, so
 * that view never loads the index on its own.
 */
export function SearchFilters({ manifest, state, request, postings, idle, byPostings, onChange }: Props) {
  const [engaged, setEngaged] = useState(false);
  const [sourcesWanted, setSourcesWanted] = useState(false);
  const kinds = byPostings ? SOURCE_ONLY : FILTER_KINDS;
  // Counts wait for the results (SearchResults runs that query; this only watches it), so an index
  // that fails is retried once, by the results, not again by each of the panel's counts.
  const answered = useQuery({ ...searchOutcomeQueryOptions(request), enabled: false }).isSuccess;
  const counts = useQuery({
    ...searchCountsQueryOptions(request, kinds),
    enabled: !idle && (byPostings ? sourcesWanted : engaged && answered),
    // Counts of other kinds (the other answerer's) are not a placeholder for these.
    placeholderData: (previous, query) =>
      JSON.stringify(query?.queryKey[3]) === JSON.stringify(kinds) ? keepPreviousData(previous) : undefined,
  });
  const groups = useMemo(() => (byPostings ? filterGroups(null, state.selection) : []), [byPostings, state.selection]);
  const countOf = (kind: PanelKind, slug: string): number | undefined => {
    const forKind = counts.data?.counts[kind];
    return forKind ? (forKind[slug] ?? 0) : undefined;
  };
  const toggle = (kind: PanelKind, slug: string) =>
    onChange({ ...state, selection: toggleValue(state.selection, kind, slug) });
  const toggleSource = (source: string) =>
    onChange({
      ...state,
      sources: state.sources.includes(source) ? state.sources.filter((s) => s !== source) : [...state.sources, source],
    });

  // Unlike a list page's counts (one small ids file a value), a search's counts read buckets across the
  // whole index, so they load when the reader reaches for the panel, not with the page.
  const engage = () => setEngaged(true);
  return (
    <div onPointerEnter={engage} onFocus={engage}>
      <FacetPanel
        manifest={manifest}
        fixed={null}
        selection={state.selection}
        groups={groups}
        postings={postings}
        onToggle={toggle}
        countOf={idle || byPostings ? undefined : countOf}
      >
        {counts.data?.approximate && (
          <p className="border-t border-neutral-200 py-3 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
            Counts are upper bounds here: they include articles your quotes or minus words leave out.
          </p>
        )}
        <SourceFilter
          counts={idle ? undefined : counts.data?.counts.source}
          selected={state.sources}
          onToggle={toggleSource}
          onReveal={byPostings ? () => setSourcesWanted(true) : undefined}
          revealing={byPostings && sourcesWanted && counts.isFetching}
        />
        {/* A corpus with no dates has nothing for a date range to find. */}
        {(manifest.dated || state.from || state.to) && (
          <DateRangeFilter from={state.from} to={state.to} onChange={(from, to) => onChange({ ...state, from, to })} />
        )}
      </FacetPanel>
    </div>
  );
}
