// Which articles a page shows: AND across facet kinds, OR within one kind.
import type { ArticleSummary } from '../../model/article';
import { encodeAscending } from '../../model/compactInts';
import {
  CHUNK_SIZE,
  FACET_KINDS,
  type FacetIds,
  type FacetKind,
  type FacetPostings,
  type FacetRef,
} from '../../model/data';
import { countIntersection, intersectSorted, ordinalsOf, unionSorted } from './ordinals';
import type { Selection } from './selection';

/**
 * Every article (no filter), an ascending list of ordinals, or one page of one value's ordinals
 * (its postings cut to a page: firstPageOnly, laterPageOnly), where that page starts in the whole
 * list, and how many there are in all.
 */
export type Matches =
  | { kind: 'all'; total: number }
  | { kind: 'some'; ordinals: number[] }
  | { kind: 'page'; ordinals: number[]; from: number; total: number };

/** Values OR-ed together; groups are AND-ed. `kind` is null for the page's own fixed value. */
export interface FilterGroup {
  kind: FacetKind | null;
  refs: FacetRef[];
}

export type PostingsByRef = ReadonlyMap<string, FacetPostings | null>;
/** Postings or ids files by `kind/slug`: all that matching and counting read. */
export type OrdinalsByRef = ReadonlyMap<string, FacetIds | null>;

export function refKey(ref: FacetRef): string {
  return `${ref.kind}/${ref.slug}`;
}

/** Loaded postings by `kind/slug`, from query results given in the order of `refs`; still-loading ones are left out. */
export function postingsByRef(
  refs: readonly FacetRef[],
  results: readonly { data?: FacetPostings | null }[],
): PostingsByRef {
  const postings = new Map<string, FacetPostings | null>();
  results.forEach((result, i) => {
    const ref = refs[i];
    if (ref && result.data !== undefined) postings.set(refKey(ref), result.data);
  });
  return postings;
}

export function filterGroups(fixed: FacetRef | null, selection: Selection): FilterGroup[] {
  const groups: FilterGroup[] = fixed ? [{ kind: null, refs: [fixed] }] : [];
  for (const kind of FACET_KINDS) {
    const refs = selection[kind]
      .filter((slug) => !(fixed && fixed.kind === kind && fixed.slug === slug))
      .map((slug) => ({ kind, slug }));
    if (refs.length > 0) groups.push({ kind, refs });
  }
  return groups;
}

/**
 * A topic or entity page is prerendered with its value's postings cut to the first page, so that
 * its first load does not grow with the value (the ordinals of 20,000 articles are 9 kB gzip).
 * The count stays whole; the browser then loads the whole file (facetPostingsQueryOptions).
 */
export function firstPageOnly(postings: FacetPostings): FacetPostings {
  const ordinals = ordinalsOf(postings);
  return ordinals.length <= CHUNK_SIZE
    ? postings
    : { ...postings, ids: encodeAscending(ordinals.slice(0, CHUNK_SIZE)) };
}

/**
 * A numbered page (2, 3, …) of a topic or entity is prerendered like the first: its postings cut
 * to that page's ordinals, carrying that page's summaries (read from the list chunks) where the
 * first page's would be.
 */
export function laterPageOnly(postings: FacetPostings, page: number, summaries: ArticleSummary[]): FacetPostings {
  const from = (page - 1) * CHUNK_SIZE;
  return {
    ...postings,
    ids: encodeAscending(ordinalsOf(postings).slice(from, from + CHUNK_SIZE)),
    first: summaries,
    from,
  };
}

/** Whether these postings hold one page of their value's ordinals, not all of them. */
export function isOnePageOnly(facet: FacetIds): boolean {
  return ordinalsOf(facet).length < facet.count;
}

/**
 * Null when some postings the groups need are not loaded yet. Unknown values (null postings)
 * match nothing. A lone value whose postings hold only their first page answers that page and
 * the count; combined with other values it needs every ordinal, so it counts as not loaded.
 */
export function matchGroups(groups: readonly FilterGroup[], postings: OrdinalsByRef, total: number): Matches | null {
  if (groups.length === 0) return { kind: 'all', total };
  const lone =
    groups.length === 1 && groups[0]!.refs.length === 1 ? postings.get(refKey(groups[0]!.refs[0]!)) : undefined;
  if (lone && isOnePageOnly(lone))
    return { kind: 'page', ordinals: ordinalsOf(lone), from: lone.from ?? 0, total: lone.count };
  let result: number[] | null = null;
  for (const group of groups) {
    const lists: number[][] = [];
    for (const ref of group.refs) {
      const p = postings.get(refKey(ref));
      if (p === undefined || (p && isOnePageOnly(p))) return null;
      lists.push(p ? ordinalsOf(p) : []);
    }
    const union = unionSorted(lists);
    result = result ? intersectSorted(result, union) : union;
  }
  return { kind: 'some', ordinals: result ?? [] };
}

export function matchCount(matches: Matches): number {
  return matches.kind === 'some' ? matches.ordinals.length : matches.total;
}

/**
 * The ordinals at positions `from` to `from + limit` of the list, or fewer where only one page of
 * it is known yet (none when that page starts later).
 */
export function windowOrdinals(matches: Matches, from: number, limit: number): number[] {
  if (matches.kind === 'some') return matches.ordinals.slice(from, from + limit);
  if (matches.kind === 'page')
    return from < matches.from ? [] : matches.ordinals.slice(from - matches.from, from - matches.from + limit);
  return Array.from({ length: Math.max(0, Math.min(limit, matches.total - from)) }, (_, i) => from + i);
}

/** The list chunks holding these ordinals, ascending, skipping ordinals already known. */
export function chunkIndexesFor(ordinals: readonly number[], known?: KnownSummaries): number[] {
  const needed = known ? ordinals.filter((o) => !known.has(o)) : ordinals;
  return [...new Set(needed.map((o) => Math.floor(o / CHUNK_SIZE)))].sort((a, b) => a - b);
}

export type KnownSummaries = ReadonlyMap<number, ArticleSummary>;

/** Summaries that loaded postings carry for their first ordinals: often the whole first page. */
export function knownSummaries(postings: PostingsByRef): KnownSummaries {
  const known = new Map<number, ArticleSummary>();
  for (const p of postings.values()) {
    if (!p) continue;
    const ordinals = ordinalsOf(p);
    p.first.forEach((summary, i) => known.set(ordinals[i]!, summary));
  }
  return known;
}

/**
 * A value's count under groups that are one value in all, from that value's postings, which count
 * every value the manifest lists. Undefined when the groups are more than one value, its postings
 * have not loaded, or they do not list this value.
 */
export function listedCount(
  groups: readonly FilterGroup[],
  postings: PostingsByRef,
  ref: FacetRef,
): number | undefined {
  const only = groups.length === 1 && groups[0]!.refs.length === 1 ? groups[0]!.refs[0]! : null;
  if (!only) return undefined;
  const p = postings.get(refKey(only));
  // An unknown value matches nothing, so nothing carries both.
  if (p === null) return 0;
  return p?.listedCounts[ref.kind]?.[ref.slug];
}

/** How many of the matches also carry a facet value (given by its postings or its ids file). */
export function countWithin(matches: Exclude<Matches, { kind: 'page' }>, facet: FacetIds | null): number {
  if (!facet) return 0;
  return matches.kind === 'all' ? facet.count : countIntersection(matches.ordinals, ordinalsOf(facet));
}
