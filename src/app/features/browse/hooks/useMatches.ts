import { useCallback, useMemo, useState } from 'react';
import { useFacetPostingsList, type FacetPostingsResult } from '../../../api/facetPostings';
import { matchGroups, postingsByRef, type FilterGroup, type Matches, type PostingsByRef } from '../../../lib/filter';

export interface MatchesState {
  /** Null while postings load or after a failure. */
  matches: Matches | null;
  /** Postings loaded so far, by `kind/slug`. */
  postings: PostingsByRef;
  error: Error | null;
  retry: () => void;
}

function samePostings(a: PostingsByRef, b: PostingsByRef): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

export function useMatches(groups: readonly FilterGroup[], total: number): MatchesState {
  const refs = useMemo(() => groups.flatMap((group) => group.refs), [groups]);
  const combine = useCallback(
    (results: FacetPostingsResult[]) => {
      const postings = postingsByRef(refs, results);
      // A failed refetch of postings already at hand (a prerendered topic page's first page,
      // offline) leaves them showing; only postings the page lacks are an error.
      const failed = results.filter((result) => result.isError && result.data === undefined);
      return {
        postings,
        error: failed[0]?.error ?? null,
        retry: () => failed.forEach((result) => void result.refetch()),
      };
    },
    [refs],
  );
  const combined = useFacetPostingsList(refs, true, combine);
  // The same postings as last render keep their map, so the matches, counts and rows built on
  // them are not rebuilt when react-query re-renders after subscribing to a changed list of queries.
  // (React's pattern for state derived from the previous render: set during render, rendered again at once.)
  const [postings, setPostings] = useState(combined.postings);
  if (postings !== combined.postings && !samePostings(postings, combined.postings)) setPostings(combined.postings);
  const matches = useMemo(() => matchGroups(groups, postings, total), [groups, postings, total]);
  return { matches, postings, error: combined.error, retry: combined.retry };
}
