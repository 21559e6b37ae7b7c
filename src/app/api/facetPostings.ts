import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { dataPaths, type FacetKind, type FacetPostings, type FacetRef } from '../../model/data';
import { missingIsStale, readDataOrNull } from '../lib/fetchData';
import { isOnePageOnly } from '../lib/filter';

/** Resolves to null for an unknown facet value: it matches no article. */
export async function fetchFacetPostings(kind: FacetKind, slug: string): Promise<FacetPostings | null> {
  return readDataOrNull<FacetPostings>(dataPaths.facet(kind, slug));
}

export function facetPostingsQueryOptions({ kind, slug }: FacetRef) {
  return queryOptions({
    queryKey: ['facet', kind, slug],
    queryFn: () => fetchFacetPostings(kind, slug),
    // A prerendered page's postings may hold only its own page (firstPageOnly, laterPageOnly):
    // stale, so the page loads the whole file once it runs. Whole postings never go stale; a
    // missing file does.
    staleTime: (query) => (query.state.data && isOnePageOnly(query.state.data) ? 0 : missingIsStale(query)),
  });
}

export function useFacetPostings(ref: FacetRef) {
  return useQuery(facetPostingsQueryOptions(ref));
}

export type FacetPostingsResult = UseQueryResult<FacetPostings | null>;

/** Postings for several values, combined by `combine`; `enabled: false` leaves them unfetched until needed. */
export function useFacetPostingsList<TCombined>(
  refs: readonly FacetRef[],
  enabled: boolean,
  combine: (results: FacetPostingsResult[]) => TCombined,
): TCombined {
  return useQueries({
    queries: refs.map((ref) => ({ ...facetPostingsQueryOptions(ref), enabled })),
    combine,
  });
}
