// Search as react-query data: one query per search (the ordered hits, ids only), one per page
// of ten shown hits (their records, fetched only for those shown), one for facet counts.
// A search with no words and only facet filters is answered from the facet postings instead.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../../model/article';
import { SEARCH_PAGE_SIZE } from '../../../../model/searchIndex';
import type { Manifest } from '../../../../model/data';
import { manifestQueryOptions } from '../../../api/manifest';
import type { Selection } from '../../../lib/selection';
import { highlightWords } from '../lib/highlightWords';
import { isBlankQuery, isConstrained, parseQuery, planQuery, type QueryPlan } from '../lib/parseQuery';
import type { Segment } from '../lib/segments';
import { buildSnippet, headlineWordCount } from '../lib/snippet';
import { FILTER_KINDS, monthsInRange, type FilterKind, type SearchSort, type SearchState } from '../lib/searchState';
import {
  SearchUnavailableError,
  searchEngine,
  type EngineOptions,
  type EngineResponse,
  type SearchEngine,
} from '../engine/engine';
import {
  isFilterOnly,
  ordinalsBetween,
  plainSegments,
  postingsOutcome,
  postingsTotal,
  summariesAt,
  type PostingsOutcome,
} from './postingsSearch';

export const RESULTS_PER_PAGE = SEARCH_PAGE_SIZE;

/** What is searched for: the URL state without anything that does not change the answer. */
export interface SearchRequest {
  q: string;
  filters: Record<FilterKind, string[]> & { from: string | null; to: string | null };
  sort: SearchSort;
}

export function searchRequest(state: SearchState): SearchRequest {
  const { sections, people, places, organisations } = state.selection;
  const filters = { sections, people, places, organisations, source: state.sources, from: state.from, to: state.to };
  return { q: state.q, filters, sort: state.sort };
}

export type SearchOutcome =
  /** Every hit's ordinal, best first or newest first (always newest first when there are no words to rank by). */
  | { from: 'engine'; hits: Int32Array; record: EngineResponse['record'] }
  /** The facet postings' matches, newest first. */
  | ({ from: 'postings' } & PostingsOutcome);

export function outcomeTotal(outcome: SearchOutcome): number {
  return outcome.from === 'engine' ? outcome.hits.length : postingsTotal(outcome);
}

function requestSelection({ filters }: SearchRequest): Selection {
  const { sections, people, places, organisations } = filters;
  return { sections, people, places, organisations };
}

/** Whether the facet postings answer this search (no words, only facet filters) without the search engine. */
export function answeredByPostings(request: SearchRequest): boolean {
  const { source, from, to } = request.filters;
  const plan = planQuery(parseQuery(request.q));
  return isFilterOnly({ plan, selection: requestSelection(request), sources: source, from, to });
}

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  /** Section slugs, primary first. */
  sections: string[];
  headline: Segment[];
  snippet: Segment[];
}

/** Counts per value, for each filter kind that has been counted. */
export type CountsByKind = Partial<Record<FilterKind, Record<string, number>>>;

/** The months a date range covers; null without a range, empty when no article falls in it. */
function rangeMonths(engine: SearchEngine, request: SearchRequest): string[] | null {
  const { from, to } = request.filters;
  if (!from && !to) return null;
  return monthsInRange(engine.months, from, to);
}

type EngineFilters = NonNullable<EngineOptions['filters']>;

/** Engine filters: AND across kinds, OR within one. `counted` kinds are left out: they are counted, not restricted by. */
function engineFilters(
  request: SearchRequest,
  months: string[] | null,
  counted: readonly FilterKind[] = [],
): EngineFilters {
  const filters: EngineFilters = {};
  for (const kind of FILTER_KINDS) if (!counted.includes(kind)) filters[kind] = request.filters[kind];
  if (months) filters.month = months;
  return filters;
}

async function hitsOf(engine: SearchEngine, term: string, filters: EngineFilters): Promise<Set<number>> {
  return new Set((await engine.search(term, { filters })).hits);
}

const NO_HITS: SearchOutcome = {
  from: 'engine',
  hits: new Int32Array(0),
  record: (ordinal) => Promise.reject(new Error(`No hit at ${ordinal}`)),
};

async function runSearch(client: QueryClient, request: SearchRequest): Promise<SearchOutcome> {
  if (answeredByPostings(request))
    return { from: 'postings', ...(await postingsOutcome(client, requestSelection(request))) };
  const engine = await searchEngine();
  const plan = planQuery(parseQuery(request.q));
  const sort: SearchSort = plan.term === null ? 'newest' : request.sort;
  const months = rangeMonths(engine, request);
  if (months && months.length === 0) return NO_HITS;
  const filters = engineFilters(request, months);
  const [main, excluded] = await Promise.all([
    engine.search(plan.term, { filters, sort }),
    Promise.all(plan.excluded.map((term) => hitsOf(engine, term, filters))),
  ]);
  const hits =
    excluded.length === 0 ? main.hits : main.hits.filter((ordinal) => !excluded.some((set) => set.has(ordinal)));
  return { from: 'engine', hits, record: main.record };
}

/**
 * Search queries retry a failed file once, and never an index that could not be loaded: its load
 * has retried already (engine.ts), and each retry here loaded it again, the skeleton flashing
 * back between errors for seconds.
 */
function retrySearch(failureCount: number, error: Error): boolean {
  return failureCount < 1 && !(error instanceof SearchUnavailableError);
}

export function searchOutcomeQueryOptions(request: SearchRequest) {
  return queryOptions({
    queryKey: ['search', request.q, request.filters, request.sort],
    queryFn: ({ client }) => runSearch(client, request),
    retry: retrySearch,
  });
}

/**
 * The search's outcome from the cache or in flight, or fetched; but a search that failed stays
 * failed until it is fetched again on purpose ("Try again"): fetching it from here would put it
 * back to pending, and the page back to a skeleton.
 */
function outcomeFor(client: QueryClient, request: SearchRequest): Promise<SearchOutcome> {
  const options = searchOutcomeQueryOptions(request);
  const state = client.getQueryState(options.queryKey);
  if (state?.status === 'error' && state.fetchStatus === 'idle') return Promise.reject(state.error);
  return client.ensureQueryData(options);
}

async function loadHit(load: EngineResponse['record'], ordinal: number, plan: QueryPlan): Promise<SearchHit> {
  const { slug, title, date, filters, content, matches } = await load(ordinal);
  return {
    id: String(ordinal),
    slug,
    title,
    date,
    sections: filters.sections,
    headline: highlightWords(title, plan.highlight),
    snippet: buildSnippet(content, headlineWordCount(content, title), matches),
  };
}

/** A list row as a result: the dek stands in for a snippet, as there are no words to find. */
function hitFromSummary(summary: ArticleSummary): SearchHit {
  return {
    id: summary.id,
    slug: summary.slug,
    title: summary.title,
    date: summary.date,
    sections: summary.sections.map((section) => section.slug),
    headline: plainSegments(summary.title),
    snippet: plainSegments(summary.dek),
  };
}

/** One page of ten hits with their records; the search itself comes from (or goes into) the cache. */
export function searchPageQueryOptions(request: SearchRequest, page: number) {
  return queryOptions({
    queryKey: ['search', request.q, request.filters, request.sort, page],
    queryFn: async ({ client }): Promise<SearchHit[]> => {
      const outcome = await outcomeFor(client, request);
      const start = page * RESULTS_PER_PAGE;
      if (outcome.from === 'postings') {
        const ordinals = ordinalsBetween(outcome.matches, start, start + RESULTS_PER_PAGE);
        return (await summariesAt(client, ordinals, outcome.known)).map(hitFromSummary);
      }
      const plan = planQuery(parseQuery(request.q));
      const shown = outcome.hits.subarray(start, start + RESULTS_PER_PAGE);
      return Promise.all(Array.from(shown, (ordinal) => loadHit(outcome.record, ordinal, plan)));
    },
    retry: retrySearch,
  });
}

/**
 * Starts a submitted search and its first page of results at once, rather than after the
 * search page has rendered for the new URL: the page then finds them in the cache or in flight.
 */
export function prefetchSearch(client: QueryClient, state: SearchState): void {
  if (isBlankQuery(parseQuery(state.q))) return;
  void client.prefetchQuery(searchPageQueryOptions(searchRequest(state), 0));
}

/** Records fetched at most to make counts exact when exclusions drop hits the engine counted. */
const COUNT_CHECK_LIMIT = 60;

export interface SearchCounts {
  counts: CountsByKind;
  /** Too many hits were dropped after the engine's search to recount them: counts are upper bounds. */
  approximate: boolean;
}

/** The values the filter panel shows: the manifest's sections and top entities, and whatever is chosen. */
function countedValues(manifest: Manifest, request: SearchRequest): Record<FilterKind, string[]> {
  const slugs = (values: readonly { slug: string }[]) => values.map((value) => value.slug);
  const { sections, people, places, organisations, source } = request.filters;
  const top = manifest.topEntities;
  return {
    sections: [...slugs(manifest.sections), ...sections],
    people: [...slugs(top.people), ...people],
    places: [...slugs(top.places), ...places],
    organisations: [...slugs(top.organisations), ...organisations],
    source,
  };
}

/** Articles no hit may be among (exclusions): a property of the text, not of filters. */
async function constraintSets(engine: SearchEngine, plan: QueryPlan) {
  const excluded = await Promise.all(plan.excluded.map((term) => hitsOf(engine, term, {})));
  return (ordinal: number) => !excluded.some((set) => set.has(ordinal));
}

/** The engine's counts for `kinds`, corrected by the records of the hits on the smaller side of the checks. */
async function checkedCounts(
  { hits, record, counts: found }: EngineResponse,
  kinds: readonly FilterKind[],
  keep: ((ordinal: number) => boolean) | null,
): Promise<SearchCounts> {
  const counts: CountsByKind = {};
  for (const kind of kinds) counts[kind] = { ...found[kind] };
  if (!keep) return { counts, approximate: false };
  const kept = hits.filter(keep);
  const dropped = hits.filter((ordinal) => !keep(ordinal));
  if (dropped.length === 0) return { counts, approximate: false };
  const recountKept = kept.length < dropped.length;
  const checked = recountKept ? kept : dropped;
  if (checked.length > COUNT_CHECK_LIMIT) return { counts, approximate: true };
  const records = await Promise.all(Array.from(checked, record));
  for (const kind of kinds) {
    const forKind = counts[kind]!;
    if (recountKept) for (const value of Object.keys(forKind)) forKind[value] = 0;
    for (const record of records) {
      for (const value of record.filters[kind]) forKind[value] = (forKind[value] ?? 0) + (recountKept ? 1 : -1);
    }
  }
  return { counts, approximate: false };
}

/**
 * Counts for every value of `kinds` under the search. A kind's counts ignore the reader's choices in
 * that kind (those are OR-ed), as on the list pages: one search for the kinds nobody chose from,
 * one more per kind with a choice.
 */
async function runCounts(
  client: QueryClient,
  request: SearchRequest,
  kinds: readonly FilterKind[],
): Promise<SearchCounts> {
  const [engine, manifest] = await Promise.all([searchEngine(), client.ensureQueryData(manifestQueryOptions())]);
  const counted = countedValues(manifest, request);
  const plan = planQuery(parseQuery(request.q));
  const months = rangeMonths(engine, request);
  const counts: CountsByKind = {};
  if (months && months.length === 0) {
    for (const kind of kinds) counts[kind] = {};
    return { counts, approximate: false };
  }
  // Exclusions' files load with the counts' own, not before them.
  const keep = isConstrained(plan) ? constraintSets(engine, plan) : Promise.resolve(null);
  keep.catch(() => undefined);
  const chosen = kinds.filter((kind) => request.filters[kind].length > 0);
  const unchosen = kinds.filter((kind) => !chosen.includes(kind));
  const groups = [unchosen, ...chosen.map((kind) => [kind])].filter((kinds) => kinds.length > 0);
  const checked = await Promise.all(
    groups.map(async (kinds) => {
      const count = Object.fromEntries(kinds.map((kind) => [kind, counted[kind]]));
      const search = engine.search(plan.term, { filters: engineFilters(request, months, kinds), count });
      const [response, keepOf] = await Promise.all([search, keep]);
      return checkedCounts(response, kinds, keepOf);
    }),
  );
  for (const group of checked) Object.assign(counts, group.counts);
  return { counts, approximate: checked.some((group) => group.approximate) };
}

/** Counts from the search engine for `kinds` (every filter kind unless told). */
export function searchCountsQueryOptions(request: SearchRequest, kinds: readonly FilterKind[] = FILTER_KINDS) {
  return queryOptions({
    queryKey: ['search-counts', request.q, request.filters, kinds],
    queryFn: ({ client }) => runCounts(client, request, kinds),
    retry: retrySearch,
  });
}
