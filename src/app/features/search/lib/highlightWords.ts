// Marks the query's words in a headline the way the index matches them: by index term (folded,
// stemmed), so "paintings" marks "painting" and "Zürich’s" marks for "zurich".
import { searchTerms } from '../../../../model/searchText';
import { pushSegment, type Segment } from './segments';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Whether a word of text is one of the query's words as the index sees them. */
export function matchesQueryTerms(token: string, queryTerms: ReadonlySet<string>): boolean {
  return searchTerms(token).some((term) => queryTerms.has(term));
}

export function highlightWords(text: string, queryWords: readonly string[]): Segment[] {
  const terms = new Set(queryWords.flatMap(searchTerms));
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    pushSegment(segments, text.slice(last, index), false);
    pushSegment(segments, match[0], matchesQueryTerms(match[0], terms));
    last = index + match[0].length;
  }
  pushSegment(segments, text.slice(last), false);
  return segments;
}
