// Everything a search view shows lives in the URL:
// `/search?q=…&sections=a,b&people=x&source=BBC&from=2024-01&to=2024-06&sort=newest`.
// Facet values use the list pages' format (src/app/lib/selection.ts).
import { FACET_KINDS, type PanelKind } from '../../../../model/data';
import { emptySelection, parseSelection, selectionSearch, selectionSize, type Selection } from '../../../lib/selection';

export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  selection: Selection;
  /** Source names as the articles give them (not slugs). */
  sources: string[];
  /** First and last month of the date range, `YYYY-MM`, inclusive. */
  from: string | null;
  to: string | null;
  sort: SearchSort;
}

/** Filter names in the search index: the facet kinds plus the source. */
export type FilterKind = PanelKind | 'source';
export const FILTER_KINDS: readonly FilterKind[] = [...FACET_KINDS, 'source'];

const MAX_QUERY_LENGTH = 200;
const MAX_SOURCE_LENGTH = 200;

export function emptySearchState(): SearchState {
  return { q: '', selection: emptySelection(), sources: [], from: null, to: null, sort: 'relevance' };
}

/** `YYYY-MM` from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare year means its first or last month. */
export function parseMonth(value: string | null, edge: 'from' | 'to'): string | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const month = match[2] ?? (edge === 'from' ? '01' : '12');
  const n = Number(month);
  return n >= 1 && n <= 12 ? `${match[1]}-${month}` : null;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  let from = parseMonth(params.get('from'), 'from');
  let to = parseMonth(params.get('to'), 'to');
  if (from && to && from > to) [from, to] = [to, from];
  const sources = params
    .getAll('source')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= MAX_SOURCE_LENGTH);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    selection: parseSelection(search),
    sources: [...new Set(sources)],
    from,
    to,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string for a state, `?`-prefixed (or empty); facet lists keep their readable commas. */
export function searchStateSearch(state: SearchState): string {
  const head = new URLSearchParams();
  if (state.q) head.set('q', state.q);
  const tail = new URLSearchParams();
  for (const source of state.sources) tail.append('source', source);
  if (state.from) tail.set('from', state.from);
  if (state.to) tail.set('to', state.to);
  if (state.sort === 'newest') tail.set('sort', 'newest');
  const parts = [head.toString(), selectionSearch('', state.selection).replace(/^\?/, ''), tail.toString()].filter(
    Boolean,
  );
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function filterCount(state: SearchState): number {
  return selectionSize(state.selection) + state.sources.length + (state.from || state.to ? 1 : 0);
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, selection: emptySelection(), sources: [], from: null, to: null };
}

/** Every calendar month of the range that the index knows, for the engine's `month` filter. */
export function monthsInRange(known: readonly string[], from: string | null, to: string | null): string[] {
  return known.filter((month) => (!from || month >= from) && (!to || month <= to)).sort();
}
