// The last step of self-training: a nearest-centroid pass over tf-idf vectors (spherical k-means
// started from naive Bayes' labels). Naive Bayes counts words; cosine similarity to each topic's
// centroid weighs them by how distinctive they are, and corrects many of its border cases.
import type { TermMatrix } from './termMatrix';

const ITERATIONS = 3;
/** Softmax temperature on cosine similarities, which differ by tenths between close topics. */
const COSINE_TEMPERATURE = 0.05;

/**
 * labels[d]: each article's topic index (-1 for none, left alone); fixed[d]: labels that must not
 * move (front matter); teaches[d]: whether an article helps form the centroids; classes: the
 * topics an article may move to. Returns the new labels and per-article shares over the K topics.
 */
export function refineByCentroids(
  matrix: TermMatrix,
  labels: Int32Array,
  fixed: Uint8Array,
  teaches: Uint8Array,
  classes: number[],
  K: number,
): { labels: Int32Array; shares: Float64Array } {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  const weights = unitTfIdf(matrix);
  const out = Int32Array.from(labels);
  const centroids = new Float64Array(K * V);
  const shares = new Float64Array(N * K);
  // Each loop nest is a function of its own: V8 compiles a function in the middle of its first
  // long loop, and the code after the loop, not yet run then, would throw that compiled code away.
  for (let round = 0; round < ITERATIONS; round++) {
    formCentroids(matrix, weights, out, teaches, classes, centroids);
    if (reassign(matrix, weights, centroids, out, fixed, classes, shares, K) === 0) break;
  }
  return { labels: out, shares };
}

/** Each class's centroid: the unit-length sum of its teaching documents' weights. */
function formCentroids(
  matrix: TermMatrix,
  weights: Float64Array[],
  out: Int32Array,
  teaches: Uint8Array,
  classes: number[],
  centroids: Float64Array,
): void {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  centroids.fill(0);
  for (let d = 0; d < N; d++) {
    const k = out[d]!;
    if (k < 0 || !teaches[d]) continue;
    const doc = matrix.docs[d]!;
    const w = weights[d]!;
    for (let i = 0; i < doc.ids.length; i++) centroids[k * V + doc.ids[i]!]! += w[i]!;
  }
  unitRows(centroids, classes, V);
}

/** Scales each class's row of centroids to unit length (a function of its own, like every loop nest here). */
function unitRows(centroids: Float64Array, classes: number[], V: number): void {
  for (const k of classes) {
    let norm = 0;
    for (let w = 0; w < V; w++) norm += centroids[k * V + w]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let w = 0; w < V; w++) centroids[k * V + w]! /= norm;
  }
}

/** Moves each free document to its nearest centroid and sets its shares; returns how many moved. */
function reassign(
  matrix: TermMatrix,
  weights: Float64Array[],
  centroids: Float64Array,
  out: Int32Array,
  fixed: Uint8Array,
  classes: number[],
  shares: Float64Array,
  K: number,
): number {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  let moved = 0;
  for (let d = 0; d < N; d++) {
    if (out[d]! < 0 || fixed[d]) continue;
    const doc = matrix.docs[d]!;
    const w = weights[d]!;
    let best = out[d]!;
    let bestCos = -1;
    let sum = 0;
    const cos = new Float64Array(K);
    for (const k of classes) {
      let c = 0;
      for (let i = 0; i < doc.ids.length; i++) c += w[i]! * centroids[k * V + doc.ids[i]!]!;
      cos[k] = c;
      // Ties keep the lower topic index, like every other ranking here.
      if (c > bestCos || (c === bestCos && k < best)) {
        bestCos = c;
        best = k;
      }
    }
    for (const k of classes) {
      const e = Math.exp((cos[k]! - bestCos) / COSINE_TEMPERATURE);
      shares[d * K + k] = e;
      sum += e;
    }
    for (const k of classes) shares[d * K + k]! /= sum;
    if (best !== out[d]) moved++;
    out[d] = best;
  }
  return moved;
}

/** Each document's weights parallel to its ids: saturated tf times idf, scaled to unit length. */
function unitTfIdf(matrix: TermMatrix): Float64Array[] {
  const N = matrix.docs.length;
  return matrix.docs.map((doc) => {
    const w = new Float64Array(doc.ids.length);
    let norm = 0;
    for (let i = 0; i < doc.ids.length; i++) {
      w[i] = (1 + Math.log(doc.tf[i]!)) * Math.log((N + 1) / matrix.df[doc.ids[i]!]!);
      norm += w[i]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < w.length; i++) w[i]! /= norm;
    return w;
  });
}
