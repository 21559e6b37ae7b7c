// Reads every article once and gathers, per word, which articles hold it, how often in the
// headline and standfirst (weighted) and in the body, and where: the raw material of the search
// index's postings (BM25F, searchIndex.ts) and positions.
import { searchTerms } from '../../model/searchText';
import { TextBuffer } from './textBuffer';

/**
 * A headline word says three times what a body word says. A standfirst word counts once, like a
 * body word, but is never diluted by a long body (searchIndex.ts weigh), so it still outranks a
 * body mention in a story of average length or more. Counting it twice made the standfirst (the
 * first paragraph of a plain-text seed) outweigh the rest: ranking fell on real and generated news.
 */
const TITLE_WEIGHT = 3;
const DEK_WEIGHT = 1;

export interface TermStats {
  /** Per posting: the ordinal gap, the weighted count in headline and standfirst, the count in the body. */
  raw: TextBuffer;
  /** Per posting: how many positions, then the positions as gaps. */
  positions: TextBuffer;
  last: number;
  docs: number;
}

export interface TermScan {
  terms: Map<string, TermStats>;
  /** Body words per article (by ordinal), for length normalisation: headline and standfirst are not normalised. */
  lengths: Uint32Array;
}

/** What the index reads of an article: plain text only, so it can be sent to a worker cheaply. */
export interface SearchableText {
  title: string;
  dek: string | null;
  paragraphs: string[];
}

interface InDoc {
  /** Occurrences in the headline and standfirst, each counted at its field's weight. */
  head: number;
  /** Occurrences in the body. */
  body: number;
  positions: number[];
}

/** One article's terms, each with its counts and positions, and its body's length in words. */
export interface ArticleTerms {
  terms: Map<string, InDoc>;
  length: number;
}

export function articleTerms(article: SearchableText): ArticleTerms {
  const terms = new Map<string, InDoc>();
  let position = 0;
  let length = 0;
  // Weight 0: a body paragraph.
  const fields: [string, number][] = [[article.title, TITLE_WEIGHT]];
  if (article.dek) fields.push([article.dek, DEK_WEIGHT]);
  for (const paragraph of article.paragraphs) fields.push([paragraph, 0]);
  for (const [text, weight] of fields) {
    for (const term of searchTerms(text)) {
      let seen = terms.get(term);
      if (!seen) terms.set(term, (seen = { head: 0, body: 0, positions: [] }));
      if (weight === 0) {
        seen.body++;
        length++;
      } else seen.head += weight;
      seen.positions.push(position++);
    }
    // A gap between fields and paragraphs, so a phrase never runs from one into the next.
    position++;
  }
  return { terms, length };
}

const newStats = (): TermStats => ({ raw: new TextBuffer(), positions: new TextBuffer(), last: -1, docs: 0 });

/** Appends a posting at an ordinal after the stats' last one. */
function addPosting(stats: TermStats, ordinal: number, seen: InDoc): void {
  stats.raw.pushVarint(ordinal - stats.last - 1);
  stats.raw.pushVarint(seen.head);
  stats.raw.pushVarint(seen.body);
  stats.positions.pushVarint(seen.positions.length);
  let previous = -1;
  for (const p of seen.positions) {
    stats.positions.pushVarint(p - previous - 1);
    previous = p;
  }
  stats.last = ordinal;
  stats.docs++;
}

export function scanTerms(
  articles: readonly SearchableText[],
  onArticle: (done: number) => void = () => undefined,
): TermScan {
  const terms = new Map<string, TermStats>();
  const lengths = new Uint32Array(articles.length);
  articles.forEach((article, ordinal) => {
    const found = articleTerms(article);
    lengths[ordinal] = found.length;
    for (const [term, seen] of found.terms) {
      let stats = terms.get(term);
      if (!stats) terms.set(term, (stats = newStats()));
      addPosting(stats, ordinal, seen);
    }
    onArticle(ordinal + 1);
  });
  return { terms, lengths };
}

/**
 * The scan of the same number of articles where only those in `changed` (by ordinal) differ from
 * the ones `previous` was made from: the same result as scanning them all again, reading only the
 * changed articles' words. A term none of them held before or holds now keeps its text as it was.
 */
export function updateScan(previous: TermScan, changed: ReadonlyMap<number, SearchableText>): TermScan {
  const lengths = Uint32Array.from(previous.lengths);
  const isChanged = new Uint8Array(lengths.length);
  // Each term's postings in the changed articles, in ordinal order.
  const added = new Map<string, [number, InDoc][]>();
  for (const ordinal of [...changed.keys()].sort((a, b) => a - b)) {
    isChanged[ordinal] = 1;
    const found = articleTerms(changed.get(ordinal)!);
    lengths[ordinal] = found.length;
    for (const [term, seen] of found.terms) {
      const list = added.get(term);
      if (list) list.push([ordinal, seen]);
      else added.set(term, [[ordinal, seen]]);
    }
  }
  const terms = new Map<string, TermStats>();
  for (const [term, stats] of previous.terms) {
    const extra = added.get(term) ?? [];
    added.delete(term);
    // Numbers come in threes: an ordinal's gap, then its two counts.
    let place = -1;
    let ordinal = -1;
    const touched =
      extra.length > 0 ||
      stats.raw.forEachNumber((n) => {
        place = (place + 1) % 3;
        if (place !== 0) return false;
        ordinal += n + 1;
        return isChanged[ordinal] === 1;
      });
    if (!touched) {
      terms.set(term, stats);
      continue;
    }
    const raw = stats.raw.numbers();
    const positions = stats.positions.numbers();
    const next = newStats();
    let e = 0;
    for (let i = 0, p = 0, ordinal = -1; i < raw.length; i += 3) {
      ordinal += raw[i]! + 1;
      const count = positions[p]!;
      for (; e < extra.length && extra[e]![0] < ordinal; e++) addPosting(next, extra[e]![0], extra[e]![1]);
      if (!isChanged[ordinal]) {
        // Kept as it was: its positions are already gaps.
        next.raw.pushVarint(ordinal - next.last - 1);
        next.raw.pushVarint(raw[i + 1]!);
        next.raw.pushVarint(raw[i + 2]!);
        for (let k = p; k <= p + count; k++) next.positions.pushVarint(positions[k]!);
        next.last = ordinal;
        next.docs++;
      }
      p += count + 1;
    }
    for (; e < extra.length; e++) addPosting(next, extra[e]![0], extra[e]![1]);
    if (next.docs > 0) terms.set(term, next);
  }
  for (const [term, extra] of added) {
    const next = newStats();
    for (const [ordinal, seen] of extra) addPosting(next, ordinal, seen);
    terms.set(term, next);
  }
  return { terms, lengths };
}
