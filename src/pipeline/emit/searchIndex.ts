// The full-text index: per word, the articles holding it with a score computed here (BM25F), and
// where in them it stands (for phrases), hashed into bucket files so the browser fetches one small
// file per query word at any corpus size. Filter values (sections, people, places, organisations,
// source) are postings in the same buckets; months are ordinal ranges in meta.json.
import { ENTITY_KINDS, type Article } from '../../model/article';
import { encodeAscending } from '../../model/compactInts';
import {
  BM25_B,
  BM25_K1,
  EXCERPT_WORDS,
  RECORD_CHUNK,
  bucketOf,
  encodePostings,
  filterTerm,
  ownPointer,
  ownPostingsNames,
  searchPaths,
  type OwnPostings,
  type PostingsBucket,
  type SearchIndexMeta,
  type SearchRecord,
} from '../../model/searchIndex';
import { plainParagraphs } from '../../model/plainText';
import { slugify } from '../../model/routes';
import { bestPageOrdinals, firstPageOrdinals } from './firstPage';
import { scanTerms, type SearchableText, type TermScan, type TermStats } from './termIndex';

/** Characters a bucket file aims at: one round trip's worth, small next to a list chunk. */
const BUCKET_TARGET = 8192;
/** A term's text longer than this gets a file of its own, so it never weighs on its bucket's other words. */
const OWN_LIMIT = 4096;
/**
 * Records buckets carry for their words' best pages, per article in the corpus: the index grows by
 * about one record file's worth per article, whatever the vocabulary, and the commonest words
 * (the ones whose pages scatter over most record files) get theirs first.
 */
const BUCKET_RECORDS_PER_ARTICLE = 1;
/** A best page within this many record files is left to them: meta, bucket and these stay within a query's budget of requests. */
const RECORD_FILES_ALLOWED = 4;
/** Sources counted under every search; a corpus may have many, the filter shows the biggest. */
const TOP_SOURCES = 20;

/**
 * 0..1 BM25F term-frequency weight; the browser multiplies by the word's idf. Headline and
 * standfirst counts (already weighted) are added unnormalised, being short and much the same
 * length in every article; only the body's count is normalised by its length. So a headline
 * match in a long story is not outweighed by a single mention in a short one.
 */
function weigh(
  stats: TermStats,
  lengths: Uint32Array,
  averageLength: number,
): { ordinals: number[]; weights: number[] } {
  const numbers = stats.raw.numbers();
  const ordinals: number[] = [];
  const weights: number[] = [];
  let ordinal = -1;
  for (let i = 0; i < numbers.length; i += 3) {
    ordinal += numbers[i]! + 1;
    const norm = 1 - BM25_B + (BM25_B * lengths[ordinal]!) / averageLength;
    const tf = numbers[i + 1]! + numbers[i + 2]! / norm;
    ordinals.push(ordinal);
    weights.push(tf / (tf + BM25_K1));
  }
  return { ordinals, weights };
}

/** What the index reads of an article besides its text: its filter values, source and date, and its result row. */
export interface SearchFacets {
  slug: string;
  /** filterTerm of each section, entity and the source, in article order. */
  terms: string[];
  source: string | null;
  date: string | null;
  title: string;
  /** SearchRecord.excerpt. */
  excerpt: string;
}

/** The standfirst, then the body, cut to its first EXCERPT_WORDS words. */
export function searchExcerpt(article: Pick<Article, 'dek' | 'body'>): string {
  const words: string[] = [];
  for (const text of [article.dek ?? '', ...plainParagraphs(article.body)]) {
    for (const word of text.split(/\s+/)) {
      if (word === '') continue;
      if (words.length === EXCERPT_WORDS) return words.join(' ');
      words.push(word);
    }
  }
  return words.join(' ');
}

export function searchFacets(article: Article): SearchFacets {
  const terms = article.sections.map((s) => filterTerm('sections', s.slug));
  for (const kind of ENTITY_KINDS) for (const e of article.entities[kind]) terms.push(filterTerm(kind, e.slug));
  // Filtering by a country finds its cities' articles, as its page lists them (dataFiles.ts).
  for (const e of article.entities.places)
    for (const outer of e.within ?? []) terms.push(filterTerm('places', slugify(outer)));
  if (article.source) terms.push(filterTerm('source', article.source));
  return {
    slug: article.slug,
    terms: [...new Set(terms)],
    source: article.source,
    date: article.date,
    title: article.title,
    excerpt: searchExcerpt(article),
  };
}

function recordOf(article: SearchFacets): SearchRecord {
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    excerpt: article.excerpt,
    facets: article.terms,
  };
}

export function searchableText(article: Pick<Article, 'title' | 'dek' | 'body'>): SearchableText {
  return { title: article.title, dek: article.dek, paragraphs: plainParagraphs(article.body) };
}

function filterPostings(articles: readonly SearchFacets[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((article, ordinal) => {
    for (const term of article.terms) {
      const list = postings.get(term);
      if (!list) postings.set(term, [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    }
  });
  return postings;
}

function monthRanges(articles: readonly SearchFacets[]): SearchIndexMeta['months'] {
  const months: SearchIndexMeta['months'] = {};
  articles.forEach((article, ordinal) => {
    if (!article.date) return;
    const ranges = (months[article.date.slice(0, 7)] ??= []);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === ordinal) last[1]++;
    else ranges.push([ordinal, ordinal + 1]);
  });
  return months;
}

function topSources(articles: readonly SearchFacets[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.source) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_SOURCES)
    .map(([s]) => s);
}

export interface TermText {
  term: string;
  postings: string;
  positions: string | null;
  /** For postings big enough for a file of their own: the ordinals of the term's first page of results. */
  firstPage: number[] | null;
  /** A word's first page of best matches (bestPageOrdinals); null for a filter value. */
  bestPage: number[] | null;
}

/**
 * The words' postings and positions text: all the index needs of the scan, and nothing of the
 * facets, so a build makes it while the articles are still being tagged.
 */
export function wordTexts(scan: TermScan): TermText[] {
  const total = scan.lengths.reduce((sum, n) => sum + n, 0);
  const averageLength = Math.max(1, total / Math.max(1, scan.lengths.length));
  const out: TermText[] = [];
  for (const [term, stats] of scan.terms) {
    const { ordinals, weights } = weigh(stats, scan.lengths, averageLength);
    const postings = encodePostings(ordinals, weights);
    const firstPage = postings.length > OWN_LIMIT ? firstPageOrdinals(ordinals, weights) : null;
    const bestPage = bestPageOrdinals(ordinals, weights);
    out.push({ term, postings, positions: stats.positions.toString(), firstPage, bestPage });
  }
  return out;
}

/** Every term's postings and positions text, in term order (so the files are the same every build). */
function termTexts(articles: readonly SearchFacets[], words: readonly TermText[]): TermText[] {
  const out = [...words];
  for (const [term, ordinals] of filterPostings(articles)) {
    const postings = encodeAscending(ordinals);
    out.push({
      term,
      postings,
      positions: null,
      firstPage: postings.length > OWN_LIMIT ? firstPageOrdinals(ordinals, null) : null,
      bestPage: null,
    });
  }
  return out.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

function bucketCount(totalChars: number): number {
  let buckets = 1;
  while (totalChars / buckets > BUCKET_TARGET) buckets *= 2;
  return buckets;
}

/** Every file of the index as [path under search/, text]. */
export function searchIndexFiles(
  articles: readonly Article[],
  onArticle?: (done: number) => void,
): Map<string, string> {
  return indexFiles(scanTerms(articles.map(searchableText), onArticle), articles.map(searchFacets));
}

/** The index's files from its two halves: the words (scanTerms, in article order) and each article's facets. */
export function indexFiles(scan: TermScan, articles: readonly SearchFacets[]): Map<string, string> {
  return indexFilesFrom(wordTexts(scan), articles);
}

/**
 * The bucket words whose best page carries its records: those whose page spreads over more than
 * RECORD_FILES_ALLOWED record files, longest postings (most articles) first, within the budget.
 */
function wordsWithPages(texts: readonly TermText[], articleCount: number): Set<string> {
  const spread = (page: readonly number[]) => new Set(page.map((ordinal) => Math.floor(ordinal / RECORD_CHUNK))).size;
  const candidates = texts
    .filter((t) => t.firstPage === null && t.bestPage !== null && spread(t.bestPage) > RECORD_FILES_ALLOWED)
    .sort((a, b) => b.postings.length - a.postings.length || (a.term < b.term ? -1 : 1));
  let budget = articleCount * BUCKET_RECORDS_PER_ARTICLE;
  const chosen = new Set<string>();
  for (const t of candidates) {
    if (t.bestPage!.length > budget) break;
    budget -= t.bestPage!.length;
    chosen.add(t.term);
  }
  return chosen;
}

/** indexFiles, from the words' texts (wordTexts) of a scan of these articles. */
export function indexFilesFrom(words: readonly TermText[], articles: readonly SearchFacets[]): Map<string, string> {
  const texts = termTexts(articles, words);
  const records = articles.map(recordOf);
  const recordChars = records.map((record) => JSON.stringify(record).length);
  const withPages = wordsWithPages(texts, articles.length);
  let chars = 0;
  for (const t of texts) {
    if (t.firstPage !== null) continue;
    chars += t.postings.length;
    if (withPages.has(t.term)) for (const ordinal of t.bestPage!) chars += recordChars[ordinal]!;
  }
  const buckets = bucketCount(chars);
  const postingBuckets = Array.from({ length: buckets }, (): PostingsBucket => ({ postings: {}, records: {} }));
  const positionBuckets = Array.from({ length: buckets }, () => ({}) as Record<string, string>);
  const ownPositions = new Uint32Array(buckets);
  const files = new Map<string, string>();
  const ownPostings = texts.filter((t) => t.firstPage !== null);
  const ownNames = ownPostingsNames(
    ownPostings.map((t) => t.term),
    buckets,
  );
  for (const { term, postings, positions, firstPage, bestPage } of texts) {
    const bucket = bucketOf(term, buckets);
    if (firstPage === null) {
      const file = postingBuckets[bucket]!;
      file.postings[term] = postings;
      if (withPages.has(term)) for (const ordinal of bestPage!) file.records[ordinal] = records[ordinal]!;
    } else {
      const own: OwnPostings = {
        postings,
        records: Object.fromEntries(firstPage.map((ordinal) => [ordinal, records[ordinal]!])),
      };
      files.set(searchPaths.own(ownNames.get(term)!), JSON.stringify(own));
    }
    if (positions === null) continue;
    if (positions.length <= OWN_LIMIT) positionBuckets[bucket]![term] = positions;
    else {
      const name = `${bucket}-${ownPositions[bucket]!++}p`;
      files.set(searchPaths.own(name), JSON.stringify(positions));
      positionBuckets[bucket]![term] = ownPointer(name, positions.length);
    }
  }
  // Records are keyed by ordinal, and JSON writes integer keys in ascending order: the same bytes whichever word brought them.
  postingBuckets.forEach((file, b) => files.set(searchPaths.postings(b), JSON.stringify(file)));
  positionBuckets.forEach((terms, b) => files.set(searchPaths.positions(b), JSON.stringify(terms)));
  for (let start = 0; start < articles.length; start += RECORD_CHUNK) {
    files.set(searchPaths.records(start / RECORD_CHUNK), JSON.stringify(records.slice(start, start + RECORD_CHUNK)));
  }
  const meta: SearchIndexMeta = {
    version: 4,
    articleCount: articles.length,
    buckets,
    months: monthRanges(articles),
    countable: { source: topSources(articles) },
    ownPostings: ownPostings.map((t) => t.term),
  };
  files.set(searchPaths.meta(), JSON.stringify(meta));
  return files;
}
