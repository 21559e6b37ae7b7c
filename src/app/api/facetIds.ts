import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { dataPaths, type FacetIds, type FacetRef } from '../../model/data';
import { missingIsStale, readDataOrNull } from '../lib/fetchData';

/** Resolves to null for an unknown facet value: it matches no article. */
export async function fetchFacetIds(kind: FacetRef['kind'], slug: string): Promise<FacetIds | null> {
  return readDataOrNull<FacetIds>(dataPaths.facetIds(kind, slug));
}

export function facetIdsQueryOptions({ kind, slug }: FacetRef) {
  return queryOptions({
    queryKey: ['facet-ids', kind, slug],
    queryFn: () => fetchFacetIds(kind, slug),
    staleTime: missingIsStale,
  });
}

export type FacetIdsResult = UseQueryResult<FacetIds | null>;

/** Ordinals of several values, combined by `combine`; a false in `enabled` leaves that one unfetched. */
export function useFacetIdsList<TCombined>(
  refs: readonly FacetRef[],
  enabled: readonly boolean[],
  combine: (results: FacetIdsResult[]) => TCombined,
): TCombined {
  return useQueries({
    queries: refs.map((ref, i) => ({ ...facetIdsQueryOptions(ref), enabled: enabled[i] ?? false })),
    combine,
  });
}
