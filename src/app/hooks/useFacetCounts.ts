import { useCallback, useMemo } from 'react';
import type { FacetKind, FacetValue } from '../../model/data';
import { useFacetIdsList, type FacetIdsResult } from '../api/facetIds';
import { countWithin, listedCount, matchGroups, refKey, type FilterGroup, type PostingsByRef } from '../lib/filter';

/**
 * Counts for facet values under the current filter. A value's count ignores the reader's
 * choices in its own kind (those are OR-ed), so it says what ticking it would add.
 * Without a filter on other kinds the manifest's counts are exact and nothing is fetched.
 * Postings the page already holds answer without a fetch: a filter of one value (a topic page,
 * one ticked section) lists the count of every value the manifest lists, and a chosen value's
 * postings count it. Other values load their ids file (ordinals only, a fraction of the
 * postings, which carry summaries to show).
 * `undefined` while a value's ids load, or until `enabled` allows fetching them
 * (ids already in the cache are counted at once).
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
  // Counting needs every ordinal of the filter: one page alone (a topic page's prerendered
  // postings, until the whole file is in) counts only from its listed counts.
  const base = useMemo(() => {
    const matches = matchGroups(otherGroups, postings, total);
    return matches?.kind === 'page' ? null : matches;
  }, [otherGroups, postings, total]);
  const refs = useMemo(() => values.map((value) => ({ kind, slug: value.slug })), [values, kind]);
  const held = useMemo(
    () =>
      refs.map((ref) => {
        const own = postings.get(refKey(ref));
        return own !== undefined && base ? countWithin(base, own) : listedCount(otherGroups, postings, ref);
      }),
    [refs, postings, base, otherGroups],
  );
  // Counts wait until the filter's own postings are in: fetched together, a dozen count files
  // would queue ahead of the one file the list needs (browsers open six connections per host).
  const fetching = filtered && enabled && base !== null;
  // Only values whose count the page does not hold get a query: an observer each, even a disabled
  // one, was a sixth of the time to prerender a list page, thousands of which a build makes.
  const wanted = useMemo(
    () => (filtered ? held.flatMap((count, i) => (count === undefined ? [i] : [])) : []),
    [filtered, held],
  );
  const wantedRefs = useMemo(() => wanted.map((i) => refs[i]!), [wanted, refs]);
  const enabledList = useMemo(() => wanted.map(() => fetching), [wanted, fetching]);
  const combine = useCallback(
    (results: FacetIdsResult[]) => {
      const fetched = new Map(wanted.map((i, j) => [i, results[j]?.data]));
      return held.map((count, i) => {
        if (count !== undefined) return count;
        const ids = fetched.get(i);
        return !base || ids === undefined ? undefined : countWithin(base, ids);
      });
    },
    [base, held, wanted],
  );
  const counts = useFacetIdsList(wantedRefs, enabledList, combine);
  return filtered ? counts : values.map((value) => value.count);
}
