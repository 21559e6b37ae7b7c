import { useCallback, useMemo } from 'react';
import type { FacetPostings } from '../../../../model/data';
import { useFacetPostingsList, type FacetPostingsResult } from '../../../api/facetPostings';
import { matchGroups, refKey, type FilterGroup, type Matches, type PostingsByRef } from '../../../lib/filter';

export interface MatchesState {
  /** Null while postings load or after a failure. */
  matches: Matches | null;
  /** Postings loaded so far, by `kind/slug`. */
  postings: PostingsByRef;
  error: Error | null;
  retry: () => void;
}

export function useMatches(groups: readonly FilterGroup[], total: number): MatchesState {
  const refs = useMemo(() => groups.flatMap((group) => group.refs), [groups]);
  const combine = useCallback(
    (results: FacetPostingsResult[]) => {
      const postings = new Map<string, FacetPostings | null>();
      results.forEach((result, i) => {
        const ref = refs[i];
        if (ref && result.data !== undefined) postings.set(refKey(ref), result.data);
      });
      const failed = results.filter((result) => result.isError);
      return {
        postings,
        error: failed[0]?.error ?? null,
        retry: () => failed.forEach((result) => void result.refetch()),
      };
    },
    [refs],
  );
  const { postings, error, retry } = useFacetPostingsList(refs, true, combine);
  const matches = useMemo(() => matchGroups(groups, postings, total), [groups, postings, total]);
  return { matches, postings, error, retry };
}
