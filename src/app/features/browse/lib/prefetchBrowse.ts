// Server side: load into the cache what a list page's first paint reads, mirroring
// what BrowseView and ArticleList ask for on the client.
import type { QueryClient } from '@tanstack/react-query';
import { CHUNK_SIZE, type FacetPostings, type Manifest, type FacetRef } from '../../../../model/data';
import { listPageCount } from '../../../../model/routes';
import { chunkQueryOptions, fetchChunk } from '../../../api/chunk';
import { facetPostingsQueryOptions } from '../../../api/facetPostings';
import { manifestQueryOptions } from '../../../api/manifest';
import {
  chunkIndexesFor,
  filterGroups,
  firstPageOnly,
  knownSummaries,
  laterPageOnly,
  matchCount,
  matchGroups,
  refKey,
  windowOrdinals,
} from '../../../lib/filter';
import { parseSelection } from '../../../lib/selection';

export interface BrowsePrefetch {
  manifest: Manifest;
  /** The fixed value's postings; null when the page's slug is unknown. */
  fixedPostings: FacetPostings | null;
  /** Whether the list has the numbered page asked for. */
  pageFound: boolean;
}

export async function prefetchBrowse(
  queryClient: QueryClient,
  fixed: FacetRef | null,
  search: string,
  page = 1,
): Promise<BrowsePrefetch> {
  const manifest = await queryClient.fetchQuery(manifestQueryOptions());
  const groups = filterGroups(fixed, parseSelection(search));
  const refs = groups.flatMap((group) => group.refs);
  const loaded = await Promise.all(refs.map((ref) => queryClient.fetchQuery(facetPostingsQueryOptions(ref))));
  const postings = new Map(refs.map((ref, i) => [refKey(ref), loaded[i] ?? null]));
  const fixedPostings = fixed ? (postings.get(refKey(fixed)) ?? null) : null;
  if (fixed && !fixedPostings) return { manifest, fixedPostings, pageFound: false };
  const matches = matchGroups(groups, postings, manifest.articleCount);
  if (!matches) return { manifest, fixedPostings, pageFound: true };
  if (page > listPageCount(matchCount(matches))) return { manifest, fixedPostings, pageFound: false };
  const ordinals = windowOrdinals(matches, (page - 1) * CHUNK_SIZE, CHUNK_SIZE);
  if (fixed && fixedPostings && groups.length === 1 && page > 1) {
    // Only this page's summaries go into the page, never the chunks they came from: a topic's
    // thirty articles can be spread over thirty chunks.
    const indexes = chunkIndexesFor(ordinals);
    const chunks = new Map(await Promise.all(indexes.map(async (index) => [index, await fetchChunk(index)] as const)));
    const summaries = ordinals.map((o) => chunks.get(Math.floor(o / CHUNK_SIZE))!.items[o % CHUNK_SIZE]!);
    queryClient.setQueryData(facetPostingsQueryOptions(fixed).queryKey, laterPageOnly(fixedPostings, page, summaries));
    return { manifest, fixedPostings, pageFound: true };
  }
  // The page carries only its value's first page of ordinals; the browser loads the rest.
  if (fixed && fixedPostings)
    queryClient.setQueryData(facetPostingsQueryOptions(fixed).queryKey, firstPageOnly(fixedPostings));
  const indexes = chunkIndexesFor(ordinals, knownSummaries(postings));
  await Promise.all(indexes.map((index) => queryClient.fetchQuery(chunkQueryOptions(index))));
  return { manifest, fixedPostings, pageFound: true };
}
