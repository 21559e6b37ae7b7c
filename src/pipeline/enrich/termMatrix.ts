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

export function docTerms(text: DocText): DocTerms {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const tf: number[] = [];
  let weight = 1;
  const count = (word: string): void => {
    const term = termOf(word);
    if (term === null) return;
    const i = at.get(term);
    if (i === undefined) {
      at.set(term, terms.length);
      terms.push(term);
      tf.push(weight);
    } else tf[i]! += weight;
  };
  const add = (s: string, w: number): void => {
    weight = w;
    forEachWord(s, count);
  };
  add(text.title, TITLE_WEIGHT);
  if (text.dek) add(text.dek, 1);
  for (const p of text.paragraphs) add(p, 1);
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
