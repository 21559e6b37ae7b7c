// A corpus as sparse term vectors over one vocabulary, the shape every classifier step reads.
import { forEachWord, termOf } from './terms';

export interface DocText {
  title: string;
  dek: string | null;
  paragraphs: string[];
}

export interface SparseDoc {
  ids: Uint32Array;
  /** Weighted term counts, parallel to ids (headline words count double). */
  tf: Float64Array;
  /** Sum of tf. */
  length: number;
}

export interface TermMatrix {
  vocab: string[];
  index: Map<string, number>;
  docs: SparseDoc[];
  /** Documents containing each term. */
  df: Uint32Array;
}

// A headline says what the story is about more densely than any body sentence.
const TITLE_WEIGHT = 2;

/**
 * One document's terms, each once, in the order they first occur, with their weighted counts: a
 * function of the document's text alone, so a rebuild can keep it per seed (entityCache.ts) and
 * re-read only the documents that changed.
 */
export interface DocTerms {
  terms: string[];
  /** Parallel to terms. */
  tf: number[];
}

/**
 * Every word met so far → the id of its term (-1 for a function word), and each id's term: kept
 * from one document to the next, as most of a document's words were in earlier ones, so a word
 * costs one look-up, and a document's counts go in an array by id rather than a Map of its own.
 * Ids never leave docTerms, so clearing all this (when it grows past WORDS_KEPT) changes no result.
 */
const termOfWord = new Map<string, number>();
const idOfTerm = new Map<string, number>();
const termById: string[] = [];
const WORDS_KEPT = 200_000;

/** The document being read: its term ids in order of first occurrence, their counts, and the weight of the current text. */
const reading = {
  ids: [] as number[],
  tf: [] as number[],
  weight: 1,
  /** slot[id]: 1 + the term's place in ids, 0 when it has not occurred yet; all 0 between documents. */
  slot: new Int32Array(1 << 14),
};

function wordTermId(word: string): number {
  const term = termOf(word);
  let id = term === null ? -1 : idOfTerm.get(term);
  if (id === undefined) {
    id = termById.length;
    termById.push(term!);
    idOfTerm.set(term!, id);
    if (id >= reading.slot.length) {
      const grown = new Int32Array(reading.slot.length * 2);
      grown.set(reading.slot);
      reading.slot = grown;
    }
  }
  termOfWord.set(word, id);
  return id;
}

// One function for every document (not a closure made per call), so V8 compiles the call to it once.
function countWord(word: string): void {
  const id = termOfWord.get(word) ?? wordTermId(word);
  if (id < 0) return;
  const at = reading.slot[id]!;
  if (at === 0) {
    reading.slot[id] = reading.ids.length + 1;
    reading.ids.push(id);
    reading.tf.push(reading.weight);
  } else reading.tf[at - 1]! += reading.weight;
}

function countText(s: string, weight: number): void {
  reading.weight = weight;
  forEachWord(s, countWord);
}

export function docTerms(text: DocText): DocTerms {
  if (termOfWord.size > WORDS_KEPT) {
    termOfWord.clear();
    idOfTerm.clear();
    termById.length = 0;
  }
  const ids: number[] = [];
  const tf: number[] = [];
  reading.ids = ids;
  reading.tf = tf;
  countText(text.title, TITLE_WEIGHT);
  if (text.dek) countText(text.dek, 1);
  for (const p of text.paragraphs) countText(p, 1);
  const terms: string[] = [];
  for (const id of ids) {
    terms.push(termById[id]!);
    reading.slot[id] = 0;
  }
  return { terms, tf };
}

export function buildTermMatrix(texts: DocText[]): TermMatrix {
  return matrixOf(texts.map(docTerms));
}

/**
 * The matrix of documents' terms. Ids are given in order of first occurrence across the corpus,
 * so the matrix is the same whether a document's terms were read now or kept from a rebuild.
 */
export function matrixOf(documents: DocTerms[]): TermMatrix {
  const index = new Map<string, number>();
  const vocab: string[] = [];
  // A document's counts by term id, read back in id order and reset: cheaper than sorting pairs.
  let scratch = new Float64Array(1 << 14);
  const docs: SparseDoc[] = documents.map(({ terms, tf: counts }) => {
    const ids = new Uint32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      let id = index.get(term);
      if (id === undefined) {
        id = vocab.length;
        vocab.push(term);
        index.set(term, id);
        if (id >= scratch.length) {
          const grown = new Float64Array(scratch.length * 2);
          grown.set(scratch);
          scratch = grown;
        }
      }
      ids[i] = id;
      scratch[id] = counts[i]!;
    }
    // Ascending ids keep every later loop in a fixed order, so results never depend on insertion order.
    ids.sort();
    const tf = new Float64Array(ids.length);
    let length = 0;
    for (let i = 0; i < ids.length; i++) {
      tf[i] = scratch[ids[i]!]!;
      length += tf[i]!;
      scratch[ids[i]!] = 0;
    }
    return { ids, tf, length };
  });
  const df = new Uint32Array(vocab.length);
  for (const doc of docs) for (const id of doc.ids) df[id]! += 1;
  return { vocab, index, docs, df };
}

/**
 * The same matrix without terms used by fewer than minDf documents. A word only one article uses
 * says nothing about which topic it shares with others, and left in it lets that article look like
 * a perfect fit for any topic it trains.
 */
export function pruneRareTerms(matrix: TermMatrix, minDf: number): TermMatrix {
  const V = matrix.vocab.length;
  const remap = new Int32Array(V).fill(-1);
  const vocab: string[] = [];
  const index = new Map<string, number>();
  for (let w = 0; w < V; w++) {
    if (matrix.df[w]! < minDf) continue;
    remap[w] = vocab.length;
    index.set(matrix.vocab[w]!, vocab.length);
    vocab.push(matrix.vocab[w]!);
  }
  const df = new Uint32Array(vocab.length);
  const docs = matrix.docs.map((doc) => {
    let n = 0;
    for (const id of doc.ids) if (remap[id]! >= 0) n++;
    const ids = new Uint32Array(n);
    const tf = new Float64Array(n);
    let length = 0;
    let j = 0;
    for (let i = 0; i < doc.ids.length; i++) {
      const to = remap[doc.ids[i]!]!;
      if (to < 0) continue;
      ids[j] = to;
      tf[j] = doc.tf[i]!;
      length += tf[j]!;
      df[to]! += 1;
      j++;
    }
    return { ids, tf, length };
  });
  return { vocab, index, docs, df };
}
