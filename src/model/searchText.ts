// Words as the search index sees them, shared by the build (which indexes) and the browser (which
// looks words up and marks them in snippets): folded to lower case without accents, possessive
// "'s" dropped, and stemmed (Porter2, English Snowball), so "Governments" finds "government". Porter2
// rather than the first Porter: that one made "using" and "US" one word ("us"), "news" "new" and "gas" "ga".
import { stem } from 'porter2';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/;

const stems = new Map<string, string>();
/** The cache stays bounded on a huge vocabulary; stemming is cheap to redo. */
const STEM_CACHE_LIMIT = 200_000;

/** The index form of one word already split out by `WORD`. */
function term(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    const folded = word
      .normalize('NFD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(POSSESSIVE, '')
      .replace(APOSTROPHES, '');
    // Numbers and very short words stay as they are: "1990s" or "us" are not inflections.
    known = folded.length > 2 && !/\d/.test(folded) ? stem(folded) : folded;
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/** Index terms of a text, in order. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const t = term(match[0]);
    if (t) out.push(t);
  }
  return out;
}
