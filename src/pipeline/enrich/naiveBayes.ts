// Multinomial naive Bayes over a TermMatrix, trained from weighted (soft) labels.
import type { SparseDoc, TermMatrix } from './termMatrix';

export interface NaiveBayes {
  /** logTheta[k * V + w] = log P(w | class k). */
  logTheta: Float64Array;
  /** log P(w) under the whole corpus, the "about nothing in particular" model. */
  logBackground: Float64Array;
  classes: number;
  vocabSize: number;
}

const ALPHA = 0.1;
const LAMBDA = Number(process.env.NB_LAMBDA ?? 0.6);

/** weights[d * K + k]: how much doc d counts for class k (0 = not at all). */
export function trainNaiveBayes(matrix: TermMatrix, weights: Float64Array, classes: number): NaiveBayes {
  const V = matrix.vocab.length;
  const counts = new Float64Array(classes * V);
  const totals = new Float64Array(classes);
  const background = new Float64Array(V);
  let all = 0;
  matrix.docs.forEach((doc, d) => {
    for (let i = 0; i < doc.ids.length; i++) {
      background[doc.ids[i]!]! += doc.tf[i]!;
      all += doc.tf[i]!;
    }
    for (let k = 0; k < classes; k++) {
      const r = weights[d * classes + k]!;
      if (r <= 0) continue;
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
  // Each topic's word distribution leans on the corpus-wide one (Jelinek-Mercer smoothing), so a
  // topic learned from few articles is not thrown off by words it has simply not seen yet, and the
  // per-word gain over the background is an honest "how much does this fit" measure.
  const logTheta = new Float64Array(classes * V);
  for (let k = 0; k < classes; k++) {
    const row = k * V;
    const total = totals[k]!;
    for (let w = 0; w < V; w++) {
      const own = total > 0 ? counts[row + w]! / total : 0;
      logTheta[row + w] = Math.log(LAMBDA * own + (1 - LAMBDA) * bg[w]!);
    }
  }
  return { logTheta, logBackground, classes, vocabSize: V };
}

/** Per-class log-likelihood of a doc, plus its background log-likelihood as the last entry. */
export function logLikelihoods(model: NaiveBayes, doc: SparseDoc): Float64Array {
  const K = model.classes;
  const V = model.vocabSize;
  const out = new Float64Array(K + 1);
  for (let i = 0; i < doc.ids.length; i++) {
    const w = doc.ids[i]!;
    const tf = doc.tf[i]!;
    for (let k = 0; k < K; k++) out[k]! += tf * model.logTheta[k * V + w]!;
    out[K]! += tf * model.logBackground[w]!;
  }
  return out;
}
