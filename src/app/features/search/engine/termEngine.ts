// The search engine over the build's term index (model/searchIndex): a query fetches one bucket
// file per word (and, for phrases, one positions file per word), intersects postings whose
// scores the build computed, and applies filters from postings of the same kind. A result's record
// comes with the postings when the build put it there (a word's best first page), else from a small
// record file of its neighbours; never from its article file.
import { decodeAscending } from '../../../../model/compactInts';
import {
  OWN_FILE,
  RECORD_CHUNK,
  bucketOf,
  decodePositions,
  decodePostings,
  filterTerm,
  ownPostingsNames,
  parseOwnPointer,
  searchPaths,
  stepScore,
  type OwnPostings,
  type PostingsBucket,
  type SearchIndexMeta,
  type SearchRecord,
} from '../../../../model/searchIndex';
import { searchTerms } from '../../../../model/searchText';
import { countIntersection, intersectSorted, unionSorted } from '../../../lib/ordinals';
import { WORD_SEPARATORS } from '../lib/snippet';
import { FILTER_KINDS, type FilterKind } from '../lib/searchState';
import type {
  EngineFilterKind,
  EngineOptions,
  EngineRecord,
  EngineResponse,
  FilterCounts,
  SearchEngine,
} from './engine';
import { withProximity, type WordPositions } from './proximity';

/** Positions files longer than this are not fetched for a proximity bonus alone (a phrase fetches any). */
const PROXIMITY_MAX_CHARS = 64 * 1024;

export type FileReader = (path: string) => Promise<unknown>;

/** One clause of a query: a word, or words that must stand next to each other. */
type Clause = string[];

/** Splits an engine term (`word "a phrase" word`) into clauses of index terms. */
export function clausesOf(term: string): Clause[] {
  const clauses: Clause[] = [];
  for (const [, quoted, bare] of term.matchAll(/"([^"]*)"|(\S+)/g)) {
    // A hyphenated or dotted word ("u.s.") is several index terms: a phrase.
    const terms = searchTerms(quoted ?? bare ?? '');
    if (terms.length > 0) clauses.push(terms);
  }
  return clauses;
}

/** Ascending ordinals with a score each (whole score units: stepScore). */
export interface Scored {
  ordinals: Int32Array;
  scores: Int32Array;
}

/** Articles in both, scores added; `b` without scores adds none (a filter). */
export function intersectScored(a: Scored, b: Scored | ArrayLike<number>): Scored {
  const other = 'ordinals' in b ? b.ordinals : b;
  const otherScores = 'ordinals' in b ? b.scores : null;
  const size = Math.min(a.ordinals.length, other.length);
  const ordinals = new Int32Array(size);
  const scores = new Int32Array(size);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.ordinals.length && j < other.length) {
    const x = a.ordinals[i]!;
    const y = other[j]!;
    if (x === y) {
      ordinals[n] = x;
      scores[n++] = a.scores[i++]! + (otherScores ? otherScores[j]! : 0);
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { ordinals: ordinals.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Bits of the sort key taken per counting pass: three passes cover any score a query can add up to. */
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * Ordinals by score, best first, ties in list order: a stable least-significant-digit radix sort
 * on how far each score falls short of the best. Whole numbers only, so it stays fast before the
 * browser has optimised it (a common word's first search), where packing scores into doubles for
 * the native sort allocated a number per hit. The build's first page of a word (firstPage.ts) is
 * this order.
 */
function byScore(ordinals: ArrayLike<number>, scores: Int32Array): Int32Array {
  const n = scores.length;
  let best = 0;
  for (let i = 0; i < n; i++) if (scores[i]! > best) best = scores[i]!;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(RADIX);
  for (let shift = 0; best >>> shift > 0; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((best - scores[order[i]!]!) >>> shift) & (RADIX - 1)]!++;
    let total = 0;
    for (let d = 0; d < RADIX; d++) {
      const count = counts[d]!;
      counts[d] = total;
      total += count;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      next[counts[((best - scores[at]!) >>> shift) & (RADIX - 1)]!++] = at;
    }
    [order, next] = [next, order];
  }
  for (let i = 0; i < n; i++) order[i] = ordinals[order[i]!]!;
  return order;
}

const NONE: Scored = { ordinals: new Int32Array(0), scores: new Int32Array(0) };

interface Found {
  /** Null: every article (no words asked for). */
  matches: Scored | null;
  clauses: Clause[];
}

export function createTermEngine(meta: SearchIndexMeta, readSearch: FileReader): SearchEngine {
  const files = new Map<string, Promise<unknown>>();
  const read = (path: string, reader: FileReader) => {
    let file = files.get(path);
    if (!file) {
      file = reader(path);
      file.catch(() => files.delete(path));
      files.set(path, file);
    }
    return file;
  };

  /** Records that came with a postings file (a bucket, or a common word's own file): pages that need no record files. */
  const knownRecords = new Map<number, SearchRecord>();
  const learn = (records: Record<string, SearchRecord>) => {
    for (const [ordinal, record] of Object.entries(records)) knownRecords.set(Number(ordinal), record);
  };

  /** A bucket's term → text entries; a postings bucket's records are kept as it arrives. */
  async function bucketEntries(kind: 'postings' | 'positions', bucket: number): Promise<Record<string, string>> {
    if (kind === 'positions') return (await read(searchPaths.positions(bucket), readSearch)) as Record<string, string>;
    const file = (await read(searchPaths.postings(bucket), readSearch)) as PostingsBucket;
    learn(file.records);
    return file.postings;
  }

  /**
   * A term's text from its bucket (or the file the bucket names, if no longer than `limit`
   * characters); null when no article has it or its file is longer.
   */
  async function termText(term: string, kind: 'postings' | 'positions', limit = Infinity): Promise<string | null> {
    const bucket = await bucketEntries(kind, bucketOf(term, meta.buckets));
    // Own keys only: a word like "constructor" must not find Object.prototype's.
    if (!Object.hasOwn(bucket, term)) return null;
    const text = bucket[term]!;
    if (!text.startsWith(OWN_FILE)) return text;
    const { name, characters } = parseOwnPointer(text);
    if (characters > limit) return null;
    return (await read(searchPaths.own(name), readSearch)) as string;
  }

  const ownPostings = ownPostingsNames(meta.ownPostings, meta.buckets);
  async function postingsText(term: string): Promise<string | null> {
    const own = ownPostings.get(term);
    if (own === undefined) return termText(term, 'postings');
    const file = (await read(searchPaths.own(own), readSearch)) as OwnPostings;
    learn(file.records);
    return file.postings;
  }

  const decoded = new Map<string, Promise<Scored>>();
  function postingsOf(term: string): Promise<Scored> {
    let found = decoded.get(term);
    if (!found) {
      found = postingsText(term).then((text) => {
        if (text === null) return NONE;
        const { ordinals, steps } = decodePostings(text);
        const unit = stepScore(ordinals.length, meta.articleCount);
        const scores = new Int32Array(steps.length);
        for (let i = 0; i < steps.length; i++) scores[i] = steps[i]! * unit;
        return { ordinals, scores };
      });
      found.catch(() => decoded.delete(term));
      decoded.set(term, found);
    }
    return found;
  }

  async function filterSet(kind: EngineFilterKind, value: string): Promise<number[]> {
    if (kind === 'month') {
      const out: number[] = [];
      for (const [start, end] of meta.months[value] ?? []) for (let o = start; o < end; o++) out.push(o);
      return out;
    }
    const text = await postingsText(filterTerm(kind, value));
    return text === null ? [] : decodeAscending(text);
  }

  /** Articles where the clause's terms stand in order, one after another. */
  async function phrase(clause: Clause): Promise<Scored> {
    // Positions depend on nothing but the index's meta: fetched with the postings, not a round trip
    // after them (a phrase's words nearly always share articles, so they are rarely wasted).
    const positions = Promise.all(clause.map((term) => termText(term, 'positions')));
    positions.catch(() => undefined);
    const postings = await Promise.all(clause.map(postingsOf));
    const both = postings.reduce(intersectScored);
    if (both.ordinals.length === 0) return both;
    const lists = (await positions).map((text) => decodePositions(text ?? ''));
    const keep: number[] = [];
    const index = postings.map(() => 0);
    for (let i = 0; i < both.ordinals.length; i++) {
      const ordinal = both.ordinals[i]!;
      const at = postings.map((p, t) => {
        while (p.ordinals[index[t]!]! < ordinal) index[t]!++;
        return lists[t]![index[t]!] ?? [];
      });
      const later = at.slice(1).map((list) => new Set(list));
      if (at[0]!.some((start) => later.every((set, k) => set.has(start + k + 1)))) keep.push(i);
    }
    return {
      ordinals: Int32Array.from(keep, (i) => both.ordinals[i]!),
      scores: Int32Array.from(keep, (i) => both.scores[i]!),
    };
  }

  /**
   * The single words' positions for proximity, fetched with their postings rather than after
   * them; null when there are fewer than two words or a word's positions are too large to fetch
   * for a bonus (the most common words').
   */
  async function proximityPositions(words: readonly string[]): Promise<WordPositions[] | null> {
    if (words.length < 2) return null;
    const [texts, postings] = await Promise.all([
      Promise.all(words.map((word) => termText(word, 'positions', PROXIMITY_MAX_CHARS))),
      Promise.all(words.map(postingsOf)),
    ]);
    if (texts.some((text) => text === null)) return null;
    return words.map((word, i) => ({
      ordinals: postings[i]!.ordinals,
      positions: decodePositions(texts[i]!),
      unit: stepScore(postings[i]!.ordinals.length, meta.articleCount),
    }));
  }

  async function find(term: string | null): Promise<Found> {
    if (term === null) return { matches: null, clauses: [] };
    const clauses = clausesOf(term);
    const words = [...new Set(clauses.filter((clause) => clause.length === 1).map((clause) => clause[0]!))];
    const near = proximityPositions(words);
    near.catch(() => undefined);
    const sets = await Promise.all(
      clauses.map((clause) => (clause.length === 1 ? postingsOf(clause[0]!) : phrase(clause))),
    );
    const matches = sets.length === 0 ? NONE : sets.reduce(intersectScored);
    if (matches.ordinals.length === 0) return { matches, clauses };
    const positions = await near;
    return { matches: positions ? withProximity(matches, positions) : matches, clauses };
  }

  /** Ordinals every filter allows (AND across kinds, OR within one); null when none restricts. */
  async function allowed(filters: EngineOptions['filters'] = {}): Promise<number[] | null> {
    const restricting = (Object.entries(filters) as [EngineFilterKind, readonly string[]][]).filter(
      ([, values]) => values.length > 0,
    );
    if (restricting.length === 0) return null;
    // Every kind's files at once: they depend on nothing but the index's meta.
    const sets = await Promise.all(
      restricting.map(async ([kind, values]) =>
        unionSorted(await Promise.all(values.map((value) => filterSet(kind, value)))),
      ),
    );
    return sets.reduce((a, b) => intersectSorted(a, b));
  }

  async function counts(count: EngineOptions['count'] = {}, within: ArrayLike<number>): Promise<FilterCounts> {
    const kinds = Object.entries(count) as [FilterKind, readonly string[]][];
    const counted = await Promise.all(
      kinds.map(async ([kind, asked]) => {
        const values = [...new Set([...(meta.countable[kind] ?? []), ...asked])];
        const sets = await Promise.all(values.map((value) => filterSet(kind, value)));
        return [
          kind,
          Object.fromEntries(values.map((value, i) => [value, countIntersection(within, sets[i]!)])),
        ] as const;
      }),
    );
    return Object.fromEntries(counted);
  }

  const records = new Map<number, Promise<EngineRecord>>();
  function record(ordinal: number, clauses: readonly Clause[]): Promise<EngineRecord> {
    let got = records.get(ordinal);
    if (!got) {
      got = loadRecord(ordinal);
      got.catch(() => records.delete(ordinal));
      records.set(ordinal, got);
    }
    return got.then((base) => ({ ...base, matches: locate(base.content, clauses) }));
  }

  async function loadRecord(ordinal: number): Promise<EngineRecord> {
    let found = knownRecords.get(ordinal);
    if (!found) {
      const chunk = (await read(searchPaths.records(Math.floor(ordinal / RECORD_CHUNK)), readSearch)) as SearchRecord[];
      found = chunk[ordinal % RECORD_CHUNK];
    }
    if (!found) throw new Error(`No article at list position ${ordinal}`);
    const filters = Object.fromEntries(FILTER_KINDS.map((kind) => [kind, [] as string[]])) as Record<
      FilterKind,
      string[]
    >;
    for (const facet of found.facets) {
      const colon = facet.indexOf(':');
      filters[facet.slice(0, colon) as FilterKind]?.push(facet.slice(colon + 1));
    }
    return {
      slug: found.slug,
      title: found.title,
      date: found.date,
      content: [found.title, found.excerpt].filter((text) => text !== '').join(' '),
      matches: [],
      filters,
    };
  }

  return {
    months: Object.keys(meta.months).sort(),
    async search(term, options = {}): Promise<EngineResponse> {
      const [found, only] = await Promise.all([find(term), allowed(options.filters)]);
      let ordinals: ArrayLike<number>;
      let scores: Int32Array | null = null;
      if (found.matches === null) {
        ordinals = only ?? Int32Array.from({ length: meta.articleCount }, (_, i) => i);
      } else {
        const kept = only === null ? found.matches : intersectScored(found.matches, only);
        ordinals = kept.ordinals;
        scores = kept.scores;
      }
      // Ordinals are list positions, newest first.
      const hits =
        options.sort !== 'newest' && scores
          ? byScore(ordinals, scores)
          : ordinals instanceof Int32Array
            ? ordinals
            : Int32Array.from(ordinals);
      const recordOf = (ordinal: number) => record(ordinal, found.clauses);
      return { hits, record: recordOf, counts: await counts(options.count, ordinals) };
    },
  };
}

/**
 * Word positions (the record's text split on whitespace) of the query's matches, for snippets:
 * a word clause marks every form of the word, a phrase only its words where they stand together.
 */
function locate(content: string, clauses: readonly Clause[]): number[] {
  if (clauses.length === 0) return [];
  const terms: { term: string; word: number }[] = [];
  content.split(WORD_SEPARATORS).forEach((text, word) => {
    for (const term of searchTerms(text)) terms.push({ term, word });
  });
  const marked = new Set<number>();
  for (const clause of clauses) {
    for (let i = 0; i + clause.length <= terms.length; i++) {
      if (clause.every((term, k) => terms[i + k]!.term === term))
        for (let k = 0; k < clause.length; k++) marked.add(terms[i + k]!.word);
    }
  }
  return [...marked].sort((a, b) => a - b);
}
