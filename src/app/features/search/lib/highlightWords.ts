// Marks the query's words in a headline the way Pagefind matches them: a word matches when it
// starts with a query word, and plural or -ing/-ed forms match their stem.
import { pushSegment, type Segment } from './segments';

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower case without accents, so "Zürich" matches "zurich". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A rough English stem, enough to match "paintings" with "painting": a plural ending, then -ing or -ed. */
export function stem(word: string): string {
  let folded = fold(word).replace(/['’]s$/, '');
  for (const endings of [[['ies', 'y'], ['es', ''], ['s', '']], [['ing', ''], ['ed', '']]] as const) {
    const ending = endings.find(([suffix]) => folded.endsWith(suffix) && folded.length - suffix.length >= 3);
    if (ending) folded = folded.slice(0, -ending[0].length) + ending[1];
  }
  return folded;
}

export function matchesQueryWord(token: string, queryWords: readonly string[]): boolean {
  const folded = fold(token);
  const stemmed = stem(token);
  return queryWords.some((word) => {
    const q = fold(word);
    return q.length > 0 && (folded.startsWith(q) || stemmed.startsWith(stem(q)));
  });
}

export function highlightWords(text: string, queryWords: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    pushSegment(segments, text.slice(last, index), false);
    pushSegment(segments, match[0], matchesQueryWord(match[0], queryWords));
    last = index + match[0].length;
  }
  pushSegment(segments, text.slice(last), false);
  return segments;
}
