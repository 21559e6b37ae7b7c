import { useCallback, useMemo } from 'react';
import { FACET_KINDS, type PanelKind, type Manifest, type FacetRef } from '../../../../model/data';
import { useFacetPostingsList, type FacetPostingsResult } from '../../../api/facetPostings';
import { postingsByRef, type PostingsByRef } from '../../../lib/filter';
import type { Selection } from '../../../lib/selection';

const NO_POSTINGS: PostingsByRef = new Map();

/**
 * Postings of chosen values: those missing from the manifest's lists (from a shared link), for
 * their names; or, with `everyChosen`, all of them, for counting under a filter the postings answer.
 */
export function useChosenPostings(manifest: Manifest, selection: Selection, everyChosen: boolean): PostingsByRef {
  const refs = useMemo(() => {
    const listed = (kind: PanelKind) => (kind === 'sections' ? manifest.sections : manifest.topEntities[kind]);
    return FACET_KINDS.flatMap((kind) =>
      selection[kind]
        .filter((slug) => everyChosen || !listed(kind).some((value) => value.slug === slug))
        .map((slug): FacetRef => ({ kind, slug })),
    );
  }, [manifest, selection, everyChosen]);
  const combine = useCallback((results: FacetPostingsResult[]) => postingsByRef(refs, results), [refs]);
  const postings = useFacetPostingsList(refs, true, combine);
  return refs.length > 0 ? postings : NO_POSTINGS;
}
