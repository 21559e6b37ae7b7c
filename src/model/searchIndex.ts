// The full-text index the build writes under `search-index/` and the browser reads, one small
// file per question: each word's postings (which articles, how well they match) live in one
// bucket file chosen by a hash of the word, so a query fetches one file per word whatever the
// corpus size, and scores are computed at build time. Paths are relative to
// `${BASE_URL}search-index/`.
import { VarintReader, decodeGapsAndDigits, digit64, pushVarint } from './compactInts';

/** Its own folder: the search page's HTML lives at search/, and the dev server must not shadow it. */
export const SEARCH_DIR = 'search-index';

export interface SearchIndexMeta {
  version: 4;
  articleCount: number;
  /** How many bucket files words are hashed into (a power of two). */
  buckets: number;
  /** Ordinal ranges `[start, end)` per month (`YYYY-MM`): the date filter needs no files. */
  months: Record<string, [number, number][]>;
  /** Filter values counted under a search without being asked for, per filter kind. */
  countable: Record<string, string[]>;
  /**
   * Terms whose postings have a file of their own (the most common words), in term order: the
   * browser fetches that file at once rather than the bucket first. Names: ownPostingsNames.
   */
  ownPostings: string[];
}

export const searchPaths = {
  meta: () => 'meta.json',
  /** A PostingsBucket; terms in meta.ownPostings are not here but in their own OwnPostings file. */
  postings: (bucket: number) => `w/${bucket}.json`,
  /** Term → positions text (phrases only), or OWN_FILE + a name under `t/` when they are large. */
  positions: (bucket: number) => `p/${bucket}.json`,
  own: (name: string) => `t/${name}.json`,
  /** SearchRecord[] of the RECORD_CHUNK articles from ordinal chunk × RECORD_CHUNK on. */
  records: (chunk: number) => `r/${chunk}.json`,
} as const;

/**
 * Articles per record file: a result's row is read from a small file of its neighbours rather
 * than from a slug file and then its article file (two round trips and ~6 kB each).
 */
export const RECORD_CHUNK = 8;

/** Words of an article's standfirst and opening kept in its record: what a result's snippet is cut from. */
export const EXCERPT_WORDS = 48;

/** What a result's row shows and what its filters are: all a search reads of an article. */
export interface SearchRecord {
  slug: string;
  title: string;
  date: string | null;
  /** The standfirst and the body's first words, plain text, at most EXCERPT_WORDS words. */
  excerpt: string;
  /** filterTerm of each section, entity and the source. */
  facets: string[];
}

/** Marks a positions bucket entry that names the file holding the term's positions: `@<name>/<characters>`. */
export const OWN_FILE = '@';

export function ownPointer(name: string, characters: number): string {
  return `${OWN_FILE}${name}/${characters}`;
}

/** The file name and size an ownPointer names. */
export function parseOwnPointer(text: string): { name: string; characters: number } {
  const slash = text.lastIndexOf('/');
  return { name: text.slice(OWN_FILE.length, slash), characters: Number(text.slice(slash + 1)) };
}

/**
 * A bucket of postings. It also carries the records of its commonest words' best first page of
 * results (as many as the build's budget allows, one record per article in all), so a search for
 * one of them shows that page without a record file per result.
 */
export interface PostingsBucket {
  /** Term → postings text. */
  postings: Record<string, string>;
  /** Ordinal → record. */
  records: Record<string, SearchRecord>;
}

/** Results on one page of search results. */
export const SEARCH_PAGE_SIZE = 10;

/**
 * A common word's own postings file. It also carries the records of the articles on the word's
 * first page of results, best first and newest first, so showing that page needs no other file.
 */
export interface OwnPostings {
  postings: string;
  /** Ordinal → record. */
  records: Record<string, SearchRecord>;
}

/** File names (under `t/`) of the terms in meta.ownPostings: `<bucket>-<n>`, n counting in term order within a bucket. */
export function ownPostingsNames(terms: readonly string[], buckets: number): Map<string, string> {
  const counts = new Uint32Array(buckets);
  const names = new Map<string, string>();
  for (const term of terms) {
    const bucket = bucketOf(term, buckets);
    names.set(term, `${bucket}-${counts[bucket]!++}`);
  }
  return names;
}

/** The index term for a filter value: never a word, as words have no colon. */
export function filterTerm(kind: string, value: string): string {
  return `${kind}:${value}`;
}

/** FNV-1a: stable, fast, and the same in Node and the browser. */
export function bucketOf(term: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** BM25's parameters: term-frequency saturation and length normalisation. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** BM25 inverse document frequency: rare words weigh more. */
export function idf(docFrequency: number, articleCount: number): number {
  return Math.log(1 + (articleCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/**
 * A word's postings: ordinals ascending, each with its term-frequency weight as a step (weightStep).
 * Typed arrays: a common word has tens of thousands, and plain arrays of them cost the browser a
 * garbage collection.
 */
export interface Postings {
  ordinals: Int32Array;
  steps: Uint8Array;
}

/** A 0..1 weight as the 1..63 step postings store: the order the browser ranks a word's articles in. */
export function weightStep(weight: number): number {
  return Math.min(63, Math.round(Math.max(1, weight * 63)));
}

/** Each posting is the ordinal gap, then one character for the weight in 1/63 steps. */
export function encodePostings(ordinals: ArrayLike<number>, weights: ArrayLike<number>): string {
  const out: string[] = [];
  let previous = -1;
  for (let i = 0; i < ordinals.length; i++) {
    pushVarint(out, ordinals[i]! - previous - 1);
    out.push(digit64(weightStep(weights[i]!)));
    previous = ordinals[i]!;
  }
  return out.join('');
}

export function decodePostings(text: string): Postings {
  const { values, digits } = decodeGapsAndDigits(text);
  return { ordinals: values, steps: digits };
}

/** Score units per unit of BM25 idf: scores are whole numbers, so the browser adds and sorts small integers. */
const SCORE_UNIT = 1024;

/**
 * What one weight step of a word scores: its BM25 idf (rare words weigh more) times (k1 + 1), in
 * whole score units, at least 1. A posting scores step × this; a query adds its words' scores.
 */
export function stepScore(docFrequency: number, articleCount: number): number {
  return Math.max(1, Math.round(idf(docFrequency, articleCount) * (BM25_K1 + 1) * SCORE_UNIT));
}

/** Word positions for each posting in order: a count, then the positions as gaps. */
export function decodePositions(text: string): number[][] {
  const reader = new VarintReader(text);
  const out: number[][] = [];
  while (!reader.done) {
    const count = reader.next();
    const positions = new Array<number>(count);
    let previous = -1;
    for (let i = 0; i < count; i++) {
      previous += reader.next() + 1;
      positions[i] = previous;
    }
    out.push(positions);
  }
  return out;
}
