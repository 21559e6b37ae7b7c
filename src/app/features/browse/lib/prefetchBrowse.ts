// Server side: load into the cache what a list page's first paint reads, mirroring
// what BrowseView and ArticleList ask for on the client.
import type { QueryClient } from '@tanstack/react-query';
import { CHUNK_SIZE, type FacetPostings, type Manifest, type FacetRef } from '../../../../model/data';
import { chunkQueryOptions } from '../../../api/chunk';
import { facetPostingsQueryOptions } from '../../../api/facetPostings';
import { manifestQueryOptions } from '../../../api/manifest';
import { chunkIndexesFor, filterGroups, firstOrdinals, firstPageOnly, knownSummaries, matchGroups, refKey } from '../../../lib/filter';
import { parseSelection } from '../../../lib/selection';

export interface BrowsePrefetch {
  manifest: Manifest;
  /** The fixed value's postings; null when the page's slug is unknown. */
  fixedPostings: FacetPostings | null;
}

export async function prefetchBrowse(
  queryClient: QueryClient,
  fixed: FacetRef | null,
  search: string,
): Promise<BrowsePrefetch> {
  const manifest = await queryClient.fetchQuery(manifestQueryOptions());
  const groups = filterGroups(fixed, parseSelection(search));
  const refs = groups.flatMap((group) => group.refs);
  const loaded = await Promise.all(refs.map((ref) => queryClient.fetchQuery(facetPostingsQueryOptions(ref))));
  const postings = new Map(refs.map((ref, i) => [refKey(ref), loaded[i] ?? null]));
  const fixedPostings = fixed ? (postings.get(refKey(fixed)) ?? null) : null;
  if (fixed && !fixedPostings) return { manifest, fixedPostings };
  // The page carries only its value's first page of ordinals; the browser loads the rest.
  if (fixed && fixedPostings) queryClient.setQueryData(facetPostingsQueryOptions(fixed).queryKey, firstPageOnly(fixedPostings));
  const matches = matchGroups(groups, postings, manifest.articleCount);
  if (matches) {
    const indexes = chunkIndexesFor(firstOrdinals(matches, CHUNK_SIZE), knownSummaries(postings));
    await Promise.all(indexes.map((index) => queryClient.fetchQuery(chunkQueryOptions(index))));
  }
  return { manifest, fixedPostings };
}
