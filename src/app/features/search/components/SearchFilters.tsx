import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FacetKind, Manifest } from '../../../../model/data';
import { FacetPanel } from '../../browse/components/FacetPanel';
import type { PostingsByRef } from '../../../lib/filter';
import { toggleValue } from '../../../lib/selection';
import { searchCountsQueryOptions, type SearchRequest } from '../api/searchQueries';
import type { SearchState } from '../lib/searchState';
import { DateRangeFilter } from './DateRangeFilter';
import { SourceFilter } from './SourceFilter';

interface Props {
  manifest: Manifest;
  state: SearchState;
  request: SearchRequest;
  /** Postings of chosen values the manifest does not list, for their names. */
  postings: PostingsByRef;
  /** No query and no filter: the manifest's counts are the right ones. */
  idle: boolean;
  onChange: (next: SearchState) => void;
}

/**
 * The list pages' facet panel, counting from the search index, plus source and dates.
 * Counts load once the reader reaches for the panel, like on the list pages.
 */
export function SearchFilters({ manifest, state, request, postings, idle, onChange }: Props) {
  const [engaged, setEngaged] = useState(false);
  const counts = useQuery({
    ...searchCountsQueryOptions(request),
    enabled: engaged && !idle,
    placeholderData: keepPreviousData,
  });
  const countOf = (kind: FacetKind, slug: string): number | undefined => {
    const forKind = counts.data?.counts[kind];
    return forKind ? (forKind[slug] ?? 0) : undefined;
  };
  const toggle = (kind: FacetKind, slug: string) => onChange({ ...state, selection: toggleValue(state.selection, kind, slug) });
  const toggleSource = (source: string) =>
    onChange({
      ...state,
      sources: state.sources.includes(source) ? state.sources.filter((s) => s !== source) : [...state.sources, source],
    });

  return (
    <FacetPanel
      manifest={manifest}
      fixed={null}
      selection={state.selection}
      groups={[]}
      postings={postings}
      onToggle={toggle}
      countOf={idle ? undefined : countOf}
      onEngage={() => setEngaged(true)}
    >
      {counts.data?.approximate && (
        <p className="border-t border-neutral-200 py-3 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
          Counts are upper bounds here: they include articles your quotes or minus words leave out.
        </p>
      )}
      <SourceFilter counts={idle ? undefined : counts.data?.counts.source} selected={state.sources} onToggle={toggleSource} />
      <DateRangeFilter from={state.from} to={state.to} onChange={(from, to) => onChange({ ...state, from, to })} />
    </FacetPanel>
  );
}
