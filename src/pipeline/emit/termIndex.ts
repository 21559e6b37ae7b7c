// Reads every article once and gathers, per word, which articles hold it, how often (headline
// words count more) and where: the raw material of the search index's postings and positions.
import { searchTerms } from '../../model/searchText';
import { TextBuffer } from './textBuffer';

/** A headline word says more about an article than a body word; the dek sits between. */
const TITLE_WEIGHT = 3;
const DEK_WEIGHT = 2;

export interface TermStats {
  /** Per posting: the ordinal gap, then the weighted count. */
  raw: TextBuffer;
  /** Per posting: how many positions, then the positions as gaps. */
  positions: TextBuffer;
  last: number;
  docs: number;
}

export interface TermScan {
  terms: Map<string, TermStats>;
  /** Words per article (by ordinal), for length normalisation. */
  lengths: Uint32Array;
}

/** What the index reads of an article: plain text only, so it can be sent to a worker cheaply. */
export interface SearchableText {
  title: string;
  dek: string | null;
  paragraphs: string[];
}

interface InDoc {
  count: number;
  positions: number[];
}

export function scanTerms(articles: readonly SearchableText[], onArticle: (done: number) => void = () => undefined): TermScan {
  const terms = new Map<string, TermStats>();
  const lengths = new Uint32Array(articles.length);
  articles.forEach((article, ordinal) => {
    const inDoc = new Map<string, InDoc>();
    let position = 0;
    const fields: [string, number][] = [[article.title, TITLE_WEIGHT]];
    if (article.dek) fields.push([article.dek, DEK_WEIGHT]);
    for (const paragraph of article.paragraphs) fields.push([paragraph, 1]);
    for (const [text, weight] of fields) {
      for (const term of searchTerms(text)) {
        let seen = inDoc.get(term);
        if (!seen) inDoc.set(term, (seen = { count: 0, positions: [] }));
        seen.count += weight;
        seen.positions.push(position++);
      }
      // A gap between fields and paragraphs, so a phrase never runs from one into the next.
      position++;
    }
    lengths[ordinal] = position;
    for (const [term, seen] of inDoc) {
      let stats = terms.get(term);
      if (!stats) terms.set(term, (stats = { raw: new TextBuffer(), positions: new TextBuffer(), last: -1, docs: 0 }));
      stats.raw.pushVarint(ordinal - stats.last - 1);
      stats.raw.pushVarint(seen.count);
      stats.positions.pushVarint(seen.positions.length);
      let previous = -1;
      for (const p of seen.positions) {
        stats.positions.pushVarint(p - previous - 1);
        previous = p;
      }
      stats.last = ordinal;
      stats.docs++;
    }
    onArticle(ordinal + 1);
  });
  return { terms, lengths };
}
