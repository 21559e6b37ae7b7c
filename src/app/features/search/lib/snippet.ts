// The snippet under a result's headline, cut from the record's text around the body's best
// matches (the record starts with the headline, which the result already shows), as plain text
// runs: nothing here is ever parsed as HTML.
import { pushSegment, type Segment } from './segments';

/** Words of a record are its text split on whitespace: the engine locates matches by the same split. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const WORD_CORE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
export const SNIPPET_WORDS = 30;

function words(text: string): string[] {
  return text.split(WORD_SEPARATORS).filter(Boolean);
}

/** How many leading words of the record are its headline (0 if the record does not start with it). */
export function headlineWordCount(content: string, title: string): number {
  const head = words(title);
  const start = words(content).slice(0, head.length);
  const bare = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return head.length > 0 && head.every((word, i) => bare(word) === bare(start[i] ?? '')) ? head.length : 0;
}

/** Start of the window of `length` words holding the most matches (earliest on ties); `matches` ascending. */
function densestStart(matches: readonly number[], from: number, length: number): number {
  let best = from;
  let bestCount = 0;
  let end = 0;
  for (let i = 0; i < matches.length; i++) {
    while (end < matches.length && matches[end]! < matches[i]! + length) end++;
    if (end - i > bestCount) {
      bestCount = end - i;
      best = matches[i]!;
    }
  }
  // A little lead-in before the first match reads better than starting on it.
  return Math.max(from, best - 3);
}

/** `matches`: indexes of the matched words in `content` split on WORD_SEPARATORS, ascending. */
export function buildSnippet(
  content: string,
  skipWords: number,
  matches: readonly number[],
  length = SNIPPET_WORDS,
): Segment[] {
  const all = content.split(WORD_SEPARATORS);
  const body = matches.filter((word) => word >= skipWords);
  let start = densestStart(body, skipWords, length);
  start = Math.max(skipWords, Math.min(start, all.length - length));
  const end = Math.min(all.length, start + length);
  const marked = new Set(body);
  const segments: Segment[] = [];
  if (start > skipWords) pushSegment(segments, '… ', false);
  for (let i = start; i < end; i++) {
    const word = all[i] ?? '';
    if (i > start) pushSegment(segments, ' ', false);
    if (!marked.has(i)) {
      pushSegment(segments, word, false);
      continue;
    }
    // Mark the word itself, not the comma or quote beside it.
    const [, before = '', core = '', after = ''] = WORD_CORE.exec(word) ?? [];
    pushSegment(segments, before, false);
    pushSegment(segments, core, true);
    pushSegment(segments, after, false);
  }
  if (end < all.length) pushSegment(segments, ' …', false);
  if (segments[0] && !segments[0].mark) segments[0].text = segments[0].text.trimStart();
  return segments;
}
