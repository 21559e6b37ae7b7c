// An in-memory stand-in for Pagefind's browser module, close enough to its documented behaviour
// for the search page: every word must match (as a word or the start of one), a fully quoted
// query matches the words in order, filters are AND across names and OR within `any`, counts
// cover the filters a search names, and `sort: { date: 'desc' }` puts undated records last.
import type {
  FilterCounts,
  EngineFilters,
  EngineRecord,
  EngineResponse,
  EngineOptions,
  SearchEngine,
} from '../../src/app/features/search/api/engine';
import type { ArticleSpec } from './support/site';

export interface FakeRecord {
  slug: string;
  title: string;
  date: string | null;
  content: string;
  filters: Record<string, string[]>;
}

export const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The record the pipeline would index for an article spec (headline first, then the body text). */
export function recordOf(spec: ArticleSpec & { source?: string | null; text?: string }): FakeRecord {
  const filters: Record<string, string[]> = {
    sections: (spec.sections ?? ['World']).map(slugOf),
    people: (spec.people ?? []).map(slugOf),
    places: (spec.places ?? []).map(slugOf),
    organisations: (spec.organisations ?? []).map(slugOf),
  };
  if (spec.source) filters.source = [spec.source];
  if (spec.date) filters.month = [spec.date.slice(0, 7)];
  return {
    slug: spec.slug ?? slugOf(spec.title),
    title: spec.title,
    date: spec.date ?? null,
    content: `${spec.title}. ${spec.text ?? `Body of ${spec.title}.`}`,
    filters,
  };
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** The indexed words inside one whitespace-separated word: "<b>twice</b>" holds "b", "twice", "b". */
const parts = (word: string) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export interface FakeEngine extends SearchEngine {
  /** How many records were fetched with `data()`. */
  fetched: () => number;
}

export function fakeEngine(records: readonly FakeRecord[]): FakeEngine {
  let fetched = 0;
  const words = records.map((r) => r.content.split(/\s+/));

  function matches(i: number, term: string): number[] | null {
    const exact = /^\s*".+"\s*$/.test(term);
    const query = term.split(/\s+/).map(bare).filter(Boolean);
    const doc = words[i]!.map(bare);
    if (exact) {
      for (let start = 0; start + query.length <= doc.length; start++) {
        if (query.every((q, k) => doc[start + k] === q)) return query.map((_, k) => start + k);
      }
      return null;
    }
    const locations: number[] = [];
    for (const q of query) {
      const found = words[i]!.flatMap((w, at) => (parts(w).some((part) => part.startsWith(q)) ? [at] : []));
      if (found.length === 0) return null;
      locations.push(...found);
    }
    return locations;
  }

  function passes(record: FakeRecord, filters: EngineFilters): boolean {
    return Object.entries(filters).every(([name, rule]) => {
      if (Array.isArray(rule)) return true;
      return rule.any.some((value) => record.filters[name]?.includes(value));
    });
  }

  async function search(term: string | null, options: EngineOptions = {}): Promise<EngineResponse> {
    const filters = options.filters ?? {};
    const found: { i: number; locations: number[] }[] = [];
    records.forEach((record, i) => {
      const locations = term === null ? [] : matches(i, term);
      if (locations && passes(record, filters)) found.push({ i, locations });
    });
    if (options.sort?.date === 'desc') {
      found.sort((a, b) => (records[b.i]!.date ?? '0000').localeCompare(records[a.i]!.date ?? '0000'));
    } else {
      // Best first: more matched words; ties keep the records' order.
      found.sort((a, b) => b.locations.length - a.locations.length || a.i - b.i);
    }
    const counts: FilterCounts = {};
    for (const name of Object.keys(filters)) {
      const forName: Record<string, number> = {};
      for (const record of records) for (const value of record.filters[name] ?? []) forName[value] = 0;
      for (const { i } of found) for (const value of records[i]!.filters[name] ?? []) forName[value] = (forName[value] ?? 0) + 1;
      counts[name] = forName;
    }
    return {
      filters: counts,
      results: found.map(({ i, locations }) => ({
        id: `page-${i}`,
        score: locations.length,
        data: async (): Promise<EngineRecord> => {
          fetched++;
          const record = records[i]!;
          const meta: Record<string, string> = { title: record.title, slug: record.slug };
          if (record.date) meta.date = record.date;
          return {
            url: `/articles/${record.slug}/`,
            content: record.content,
            meta,
            filters: record.filters,
            weighted_locations: locations.map((location) => ({ location, balanced_score: 1, weight: 1 })),
          };
        },
      })),
    };
  }

  return { search, fetched: () => fetched };
}
