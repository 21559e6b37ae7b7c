// Words to terms for topic classification: lower case, no function words, a light suffix stemmer.
// Deliberately simple and fast; the same stemmer is applied to describing words and to articles,
// so "elections" in a taxonomy meets "election" in a story.

const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and any are aren around as at ' +
    'be because been before being below between both but by can cannot could couldn did didn do does doesn ' +
    'doing don down during each either else even ever every few for from further had hadn has hasn have ' +
    'haven having he her here hers herself him himself his how however i if in into is isn it its itself ' +
    'just least less let like ll may me might more most much must mustn my myself neither no nor not now of ' +
    'off often on once one only or other others otherwise our ours ourselves out over own per perhaps quite ' +
    'rather re really s same shall shan she should shouldn since so some still such than that the their ' +
    'theirs them themselves then there these they this those though through thus to too toward towards t ' +
    'under until up upon us ve very via was wasn we were weren what whatever when whenever where whereas ' +
    'whether which while who whoever whole whom whose why will with within without won wouldn would yet you ' +
    "your yours yourself yourselves said says say saying told tell mr mrs ms dr it's we're they're " +
    "i'm can't don't won't isn't didn't doesn't wasn't aren't"
  ).split(' '),
);

const stemCache = new Map<string, string>();

const VOWEL = /[aeiouy]/;

/** A light English stemmer: plural and -ing/-ed endings, final e. Idempotent enough for matching. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let w = word;
  if (w.length > 3) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
    else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
    if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  }
  if (stemCache.size < 200_000) stemCache.set(word, w);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

/** Content terms of a text, stemmed, in order. */
export function terms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => {
    if (!STOPWORDS.has(w)) out.push(stem(w));
  });
  return out;
}

/** The term a lower-case word counts as, or null for a function word. */
export function termOf(word: string): string | null {
  return STOPWORDS.has(word) ? null : stem(word);
}

/**
 * Calls fn with each lower-case word (letters, then letters or digits; possessive 's dropped).
 * Hand-rolled rather than a regex because it runs over every word of the corpus.
 */
export function forEachWord(text: string, fn: (word: string) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    let end = i;
    /** Where a curly apostrophe inside the word is, or -1. */
    let curly = -1;
    // A possessive or contraction: "bank's" is "bank"; "don't" stays one word (a stopword).
    if (
      i + 1 < n &&
      (lower.charCodeAt(i) === 39 || lower.charCodeAt(i) === 8217) &&
      isLetter(lower.charCodeAt(i + 1))
    ) {
      let j = i + 1;
      while (j < n && isLetter(lower.charCodeAt(j))) j++;
      // Compared by character codes, not by slicing the tail off: no string made for every apostrophe.
      if (j - i !== 2 || lower.charCodeAt(i + 1) !== 115) {
        if (lower.charCodeAt(i) === 8217) curly = i;
        end = j;
      }
      i = j;
    }
    if (end - start < 2) continue;
    // A word's only possible curly apostrophe is the one just read: "don’t" counts as "don't".
    fn(curly < 0 ? lower.slice(start, end) : `${lower.slice(start, curly)}'${lower.slice(curly + 1, end)}`);
  }
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
