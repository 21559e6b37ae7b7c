// Topic queries made from a labelled corpus at run time, so no word of a corpus is ever written
// into the repository: for each label, the words (and two-word runs) that mostly, but not only,
// occur in that label's documents. Words that occur only there would be too easy for any engine;
// words spread evenly say nothing about the topic.
import type { Labelled } from './labelled';

export interface TopicQuery {
  label: string;
  query: string;
}

/** A query's share of documents in its label: at least the first, below the second. */
const SHARE = [0.5, 0.9] as const;
/** A word in more than this share of all documents is a function word: no query holds one. */
const COMMON_SHARE = 0.2;
/** Documents of the label a query must occur in, so ten relevant results exist. */
const MIN_LABEL_DOCS = 15;
const WORDS_PER_LABEL = 6;
const PAIRS_PER_LABEL = 3;

const WORD = /[a-z]+/g;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function textsOf({ doc }: Labelled): string[] {
  return [doc.title, doc.dek ?? '', ...doc.paragraphs];
}

/** Words in more than COMMON_SHARE of the documents. */
function functionWords(corpus: readonly Labelled[]): Set<string> {
  const counts = new Map<string, number>();
  for (const item of corpus)
    for (const word of new Set(textsOf(item).flatMap(wordsOf))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > corpus.length * COMMON_SHARE).map(([word]) => word));
}

/** Each document's distinct words (4+ letters) and adjacent pairs of words (3+ letters), function words left out. */
function vocabulary(corpus: readonly Labelled[]): { words: Set<string>; pairs: Set<string> }[] {
  const common = functionWords(corpus);
  const usable = (word: string | undefined, length: number): word is string =>
    word !== undefined && word.length >= length && !common.has(word);
  return corpus.map((item) => {
    const words = new Set<string>();
    const pairs = new Set<string>();
    for (const text of textsOf(item)) {
      const run = wordsOf(text);
      run.forEach((word, i) => {
        if (usable(word, 4)) words.add(word);
        const next = run[i + 1];
        if (usable(word, 3) && usable(next, 3)) pairs.add(`${word} ${next}`);
      });
    }
    return { words, pairs };
  });
}

function pick(corpus: readonly Labelled[], sets: readonly Set<string>[], perLabel: number): Map<string, string[]> {
  const total = new Map<string, number>();
  const byLabel = new Map<string, Map<string, number>>();
  corpus.forEach(({ label }, i) => {
    const counts = byLabel.get(label) ?? new Map<string, number>();
    byLabel.set(label, counts);
    for (const term of sets[i]!) {
      total.set(term, (total.get(term) ?? 0) + 1);
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  });
  const out = new Map<string, string[]>();
  for (const [label, counts] of [...byLabel].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const chosen = [...counts]
      .filter(([term, n]) => n >= MIN_LABEL_DOCS && n / total.get(term)! >= SHARE[0] && n / total.get(term)! < SHARE[1])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, perLabel)
      .map(([term]) => term);
    out.set(label, chosen);
  }
  return out;
}

export function topicQueries(corpus: readonly Labelled[]): TopicQuery[] {
  const vocab = vocabulary(corpus);
  const words = pick(
    corpus,
    vocab.map((v) => v.words),
    WORDS_PER_LABEL,
  );
  const pairs = pick(
    corpus,
    vocab.map((v) => v.pairs),
    PAIRS_PER_LABEL,
  );
  const out: TopicQuery[] = [];
  for (const [label, chosen] of words) {
    for (const query of [...chosen, ...(pairs.get(label) ?? [])]) out.push({ label, query });
  }
  return out;
}
