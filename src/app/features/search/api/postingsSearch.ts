// A search with no words whose filters are all facet values is the list pages' question:
// "these sections/people/…, newest first". The build's facet postings and list chunks answer it
// for a few kilobytes, with no search index files at all.
import type { QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../../model/article';
import { CHUNK_SIZE } from '../../../../model/data';
import { chunkQueryOptions } from '../../../api/chunk';
import { facetPostingsQueryOptions } from '../../../api/facetPostings';
import { manifestQueryOptions } from '../../../api/manifest';
import {
  chunkIndexesFor,
  filterGroups,
  knownSummaries,
  matchCount,
  matchGroups,
  refKey,
  type KnownSummaries,
  type Matches,
} from '../../../lib/filter';
import { selectionSize, type Selection } from '../../../lib/selection';
import { isConstrained, type QueryPlan } from '../lib/parseQuery';
import type { Segment } from '../lib/segments';

/** What the postings-answered search shows, before fetching any rows. */
export interface PostingsOutcome {
  matches: Matches;
  /** Summaries the loaded postings carry for their first ordinals: often the whole first page. */
  known: KnownSummaries;
}

/** The facet filters and what else the search asks for, as far as choosing an answerer goes. */
export interface FilterOnlyCheck {
  plan: QueryPlan;
  selection: Selection;
  sources: readonly string[];
  from: string | null;
  to: string | null;
}

/** No words, no exclusions, no source or date filter, and at least one facet value chosen. */
export function isFilterOnly({ plan, selection, sources, from, to }: FilterOnlyCheck): boolean {
  return (
    plan.term === null && !isConstrained(plan) && sources.length === 0 && !from && !to && selectionSize(selection) > 0
  );
}

/** AND across kinds, OR within one, from the postings of every chosen value (cached with the list pages'). */
export async function postingsOutcome(client: QueryClient, selection: Selection): Promise<PostingsOutcome> {
  const groups = filterGroups(null, selection);
  const refs = groups.flatMap((group) => group.refs);
  const [manifest, ...loaded] = await Promise.all([
    client.ensureQueryData(manifestQueryOptions()),
    // fetchQuery, not ensureQueryData: postings cut to their first page (a topic page's) are
    // stale, and a search pages through them.
    ...refs.map((ref) => client.fetchQuery(facetPostingsQueryOptions(ref))),
  ]);
  const postings = new Map(refs.map((ref, i) => [refKey(ref), loaded[i] ?? null]));
  // Every postings file the groups name is loaded, so there is always an answer.
  const matches = matchGroups(groups, postings, manifest.articleCount) ?? { kind: 'some', ordinals: [] };
  return { matches, known: knownSummaries(postings) };
}

export function postingsTotal(outcome: PostingsOutcome): number {
  return matchCount(outcome.matches);
}

/** Ordinals `start` .. `end - 1` of the matches. */
export function ordinalsBetween(matches: Matches, start: number, end: number): number[] {
  if (matches.kind !== 'all') return matches.ordinals.slice(start, end);
  const last = Math.min(end, matches.total);
  return Array.from({ length: Math.max(0, last - start) }, (_, i) => start + i);
}

/** The summaries of some matches, in order: from the postings when they carry them, else from list chunks. */
export async function summariesAt(
  client: QueryClient,
  ordinals: readonly number[],
  known: KnownSummaries,
): Promise<ArticleSummary[]> {
  const indexes = chunkIndexesFor(ordinals, known);
  const chunks = await Promise.all(indexes.map((index) => client.ensureQueryData(chunkQueryOptions(index))));
  const byIndex = new Map(indexes.map((index, i) => [index, chunks[i]]));
  return ordinals.map((ordinal) => {
    const summary = known.get(ordinal) ?? byIndex.get(Math.floor(ordinal / CHUNK_SIZE))?.items[ordinal % CHUNK_SIZE];
    if (!summary)
      throw new Error(`List chunk ${Math.floor(ordinal / CHUNK_SIZE)} has no article at position ${ordinal}`);
    return summary;
  });
}

/** The plain text run of a headline or dek (nothing to mark without words). */
export function plainSegments(text: string | null): Segment[] {
  return text ? [{ text, mark: false }] : [];
}
