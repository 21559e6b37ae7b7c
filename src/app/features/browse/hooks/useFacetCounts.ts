import { useCallback, useMemo } from 'react';
import type { FacetKind, FacetValue } from '../../../../model/data';
import { useFacetPostingsList, type FacetPostingsResult } from '../../../api/facetPostings';
import { countWithin, matchGroups, type FilterGroup, type PostingsByRef } from '../../../lib/filter';

/**
 * Counts for facet values under the current filter. A value's count ignores the reader's
 * choices in its own kind (those are OR-ed), so it says what ticking it would add.
 * Without a filter on other kinds the manifest's counts are exact and nothing is fetched.
 * `undefined` while a value's postings load, or until `enabled` allows fetching them
 * (values already in the cache, such as selected ones, are counted at once).
 * Nothing is fetched before the filter's own postings have loaded.
 */
export function useFacetCounts(
  kind: FacetKind,
  values: readonly FacetValue[],
  groups: readonly FilterGroup[],
  postings: PostingsByRef,
  total: number,
  enabled: boolean,
): (number | undefined)[] {
  const otherGroups = useMemo(() => groups.filter((group) => group.kind !== kind), [groups, kind]);
  const filtered = otherGroups.length > 0;
  const base = useMemo(() => matchGroups(otherGroups, postings, total), [otherGroups, postings, total]);
  const refs = useMemo(() => values.map((value) => ({ kind, slug: value.slug })), [values, kind]);
  const combine = useCallback(
    (results: FacetPostingsResult[]) =>
      results.map((result) =>
        !base || result.data === undefined ? undefined : countWithin(base, result.data),
      ),
    [base],
  );
  // Counts wait until the filter's own postings are in: fetched together, a dozen count files
  // would queue ahead of the one file the list needs (browsers open six connections per host).
  const counts = useFacetPostingsList(refs, filtered && enabled && base !== null, combine);
  return filtered ? counts : values.map((value) => value.count);
}
