// Multinomial naive Bayes over a TermMatrix, trained from weighted (soft) labels.
import type { SparseDoc, TermMatrix } from './termMatrix';

const ALPHA = 0.1;
/**
 * Each topic's word distribution leans on the corpus-wide one (Jelinek-Mercer smoothing), so a
 * topic learned from few articles is not thrown off by words it has simply not seen yet, and the
 * per-word gain over the background is an honest "how much does this fit" measure.
 */
const LAMBDA = 0.6;

/** The corpus-wide word distribution, the "about nothing in particular" model. Fixed for a corpus. */
export interface Background {
  /** P(w). */
  p: Float64Array;
  /**
   * Per document: its log-likelihood under the rest of the corpus (itself left out), so a
   * document's own words do not make the background look like it.
   */
  looLogLikelihood: Float64Array;
}

export function corpusBackground(matrix: TermMatrix): Background {
  const V = matrix.vocab.length;
  const counts = new Float64Array(V);
  // Made before the loop, which V8 compiles in mid-run: an allocation it had not yet seen would undo that.
  const p = new Float64Array(V);
  let all = 0;
  for (const doc of matrix.docs) {
    for (let i = 0; i < doc.ids.length; i++) counts[doc.ids[i]!]! += doc.tf[i]!;
    all += doc.length;
  }
  for (let w = 0; w < V; w++) p[w] = (counts[w]! + ALPHA) / (all + ALPHA * V);
  const looLogLikelihood = new Float64Array(matrix.docs.length);
  matrix.docs.forEach((doc, d) => {
    const rest = all - doc.length + ALPHA * V;
    let ll = 0;
    for (let i = 0; i < doc.ids.length; i++)
      ll += doc.tf[i]! * Math.log((counts[doc.ids[i]!]! - doc.tf[i]! + ALPHA) / rest);
    looLogLikelihood[d] = ll;
  });
  return { p, looLogLikelihood };
}

export interface NaiveBayes {
  /**
   * logTheta[w * K + k] = log P(w | class k), term-major so scoring a document reads each of its
   * terms' K values from one place; entries of inactive classes are left stale.
   */
  logTheta: Float64Array;
  /** Weighted term counts (term-major, like logTheta) and totals per class, to take a document's own share back out. */
  counts: Float64Array;
  totals: Float64Array;
  background: Background;
  active: Uint8Array;
  vocabSize: number;
}

/**
 * weights[d * K + k]: how much doc d counts for class k (0 = not at all); K = active.length.
 * Pass the previous round's model as `reuse` to train into its buffers instead of new ones.
 */
export function trainNaiveBayes(
  matrix: TermMatrix,
  background: Background,
  weights: Float64Array,
  active: Uint8Array,
  reuse?: NaiveBayes,
): NaiveBayes {
  const K = active.length;
  const V = matrix.vocab.length;
  const counts = reuse?.counts ?? new Float64Array(K * V);
  const totals = reuse?.totals ?? new Float64Array(K);
  const logTheta = reuse?.logTheta ?? new Float64Array(K * V);
  // Each loop nest is a function of its own: V8 compiles a function in the middle of its first
  // long loop, and the code after the loop, not yet run then, would throw that compiled code away.
  countWords(matrix, weights, active, counts, totals);
  smoothedLogTheta(background.p, V, active, counts, totals, logTheta);
  return { logTheta, counts, totals, background, active, vocabSize: V };
}

/** counts[w * K + k] and totals[k]: the weighted words of each active class's documents. */
function countWords(
  matrix: TermMatrix,
  weights: Float64Array,
  active: Uint8Array,
  counts: Float64Array,
  totals: Float64Array,
): void {
  const K = active.length;
  counts.fill(0);
  totals.fill(0);
  for (let d = 0; d < matrix.docs.length; d++) {
    const doc = matrix.docs[d]!;
    for (let k = 0; k < K; k++) {
      const r = weights[d * K + k]!;
      if (r <= 0 || !active[k]) continue;
      for (let i = 0; i < doc.ids.length; i++) counts[doc.ids[i]! * K + k]! += r * doc.tf[i]!;
      totals[k]! += r * doc.length;
    }
  }
}

function smoothedLogTheta(
  bg: Float64Array,
  V: number,
  active: Uint8Array,
  counts: Float64Array,
  totals: Float64Array,
  logTheta: Float64Array,
): void {
  const K = active.length;
  const scales = new Float64Array(K);
  for (let k = 0; k < K; k++) scales[k] = totals[k]! > 0 ? LAMBDA / totals[k]! : 0;
  for (let w = 0; w < V; w++) {
    const smooth = (1 - LAMBDA) * bg[w]!;
    for (let k = 0; k < K; k++) if (active[k]) logTheta[w * K + k] = Math.log(scales[k]! * counts[w * K + k]! + smooth);
  }
}

/**
 * Fills out[k] with the log-likelihood of document d under each class the document may go to
 * (allowed[offset + k]), and out[K] with the background's; other classes' entries are left 0, as
 * most articles may go to only a few of the topics and the sum over their words is most of the
 * cost of self-training. `which` is scratch of at least K entries. Leave-one-out: a class the
 * document itself trained (weight > 0 in ownWeights, at offset) is scored without the document's
 * own words, or an article full of words nobody else uses would look like a perfect fit for
 * whatever topic it was put in.
 */
export function logLikelihoods(
  model: NaiveBayes,
  doc: SparseDoc,
  d: number,
  out: Float64Array,
  ownWeights: Float64Array,
  allowed: Uint8Array,
  offset: number,
  which: Int32Array,
): void {
  const K = model.active.length;
  const bg = model.background.p;
  const theta = model.logTheta;
  let n = 0;
  for (let k = 0; k < K; k++) if (allowed[offset + k]) which[n++] = k;
  out.fill(0);
  // Each class's sum runs over the words in the same order whichever classes are summed, so the
  // result does not depend on which others are allowed.
  for (let i = 0; i < doc.ids.length; i++) {
    const base = doc.ids[i]! * K;
    const tf = doc.tf[i]!;
    for (let j = 0; j < n; j++) {
      const k = which[j]!;
      out[k]! += tf * theta[base + k]!;
    }
  }
  out[K] = model.background.looLogLikelihood[d]!;
  for (let j = 0; j < n; j++) {
    const k = which[j]!;
    const r = ownWeights[offset + k]!;
    if (r <= 0 || !model.active[k]) continue;
    const total = model.totals[k]! - r * doc.length;
    const scale = total > 0 ? LAMBDA / total : 0;
    let sum = 0;
    for (let i = 0; i < doc.ids.length; i++) {
      const w = doc.ids[i]!;
      const own = Math.max(0, model.counts[w * K + k]! - r * doc.tf[i]!);
      sum += doc.tf[i]! * Math.log(scale * own + (1 - LAMBDA) * bg[w]!);
    }
    out[k] = sum;
  }
}
