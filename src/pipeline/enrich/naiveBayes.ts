// Multinomial naive Bayes over a TermMatrix, trained from weighted (soft) labels.
import type { SparseDoc, TermMatrix } from './termMatrix';

export interface NaiveBayes {
  /** logTheta[k * V + w] = log P(w | class k); rows of inactive classes are left empty. */
  logTheta: Float64Array;
  /** Weighted term counts and totals per class, to take a document's own share back out. */
  counts: Float64Array;
  totals: Float64Array;
  /** P(w) under the whole corpus, and the raw counts behind it. */
  background: Float64Array;
  backgroundCounts: Float64Array;
  backgroundTotal: number;
  /** log P(w) under the whole corpus, the "about nothing in particular" model. */
  logBackground: Float64Array;
  active: Uint8Array;
  vocabSize: number;
}

const ALPHA = 0.1;
/**
 * Each topic's word distribution leans on the corpus-wide one (Jelinek-Mercer smoothing), so a
 * topic learned from few articles is not thrown off by words it has simply not seen yet, and the
 * per-word gain over the background is an honest "how much does this fit" measure.
 */
const LAMBDA = 0.6;

/** weights[d * K + k]: how much doc d counts for class k (0 = not at all); K = active.length. */
export function trainNaiveBayes(matrix: TermMatrix, weights: Float64Array, active: Uint8Array): NaiveBayes {
  const K = active.length;
  const V = matrix.vocab.length;
  const counts = new Float64Array(K * V);
  const totals = new Float64Array(K);
  const background = new Float64Array(V);
  let all = 0;
  matrix.docs.forEach((doc, d) => {
    for (let i = 0; i < doc.ids.length; i++) background[doc.ids[i]!]! += doc.tf[i]!;
    all += doc.length;
    for (let k = 0; k < K; k++) {
      const r = weights[d * K + k]!;
      if (r <= 0 || !active[k]) continue;
      const row = k * V;
      for (let i = 0; i < doc.ids.length; i++) counts[row + doc.ids[i]!]! += r * doc.tf[i]!;
      totals[k]! += r * doc.length;
    }
  });
  const bg = new Float64Array(V);
  const logBackground = new Float64Array(V);
  for (let w = 0; w < V; w++) {
    bg[w] = (background[w]! + ALPHA) / (all + ALPHA * V);
    logBackground[w] = Math.log(bg[w]!);
  }
  const logTheta = new Float64Array(K * V);
  for (let k = 0; k < K; k++) {
    if (!active[k]) continue;
    const row = k * V;
    const total = totals[k]!;
    const scale = total > 0 ? LAMBDA / total : 0;
    for (let w = 0; w < V; w++) logTheta[row + w] = Math.log(scale * counts[row + w]! + (1 - LAMBDA) * bg[w]!);
  }
  return { logTheta, counts, totals, background: bg, backgroundCounts: background, backgroundTotal: all, logBackground, active, vocabSize: V };
}

/**
 * Fills out[k] with each active class's log-likelihood of doc, and out[K] with the background's.
 * Leave-one-out: a class the document itself trained (weight > 0 in ownWeights, at offset) is scored
 * without the document's own words, or an article full of words nobody else uses would look like a
 * perfect fit for whatever topic it was put in.
 */
export function logLikelihoods(model: NaiveBayes, doc: SparseDoc, out: Float64Array, ownWeights: Float64Array, offset: number): void {
  const K = model.active.length;
  const V = model.vocabSize;
  out.fill(0);
  // The background, too, without this document: "how does the rest of the corpus talk".
  const rest = model.backgroundTotal - doc.length + ALPHA * V;
  let background = 0;
  for (let i = 0; i < doc.ids.length; i++) {
    const w = doc.ids[i]!;
    background += doc.tf[i]! * Math.log((model.backgroundCounts[w]! - doc.tf[i]! + ALPHA) / rest);
  }
  out[K] = background;
  for (let k = 0; k < K; k++) {
    if (!model.active[k]) continue;
    const row = k * V;
    const r = ownWeights[offset + k]!;
    let sum = 0;
    if (r > 0) {
      const total = model.totals[k]! - r * doc.length;
      const scale = total > 0 ? LAMBDA / total : 0;
      for (let i = 0; i < doc.ids.length; i++) {
        const w = doc.ids[i]!;
        const own = Math.max(0, model.counts[row + w]! - r * doc.tf[i]!);
        sum += doc.tf[i]! * Math.log(scale * own + (1 - LAMBDA) * model.background[w]!);
      }
    } else {
      for (let i = 0; i < doc.ids.length; i++) sum += doc.tf[i]! * model.logTheta[row + doc.ids[i]!]!;
    }
    out[k] = sum;
  }
}
