// Precision and nDCG at a cut-off for one ranked list, with binary relevance (a result is of the
// query's topic or not).

export function precisionAt(relevant: readonly boolean[], k: number): number {
  return relevant.slice(0, k).filter(Boolean).length / k;
}

/** nDCG@k: the list's discounted gain over the best possible one with `available` relevant documents. */
export function ndcgAt(relevant: readonly boolean[], available: number, k: number): number {
  const gain = (hits: readonly boolean[]) => hits.reduce((sum, hit, i) => sum + (hit ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = gain(Array.from({ length: Math.min(k, available) }, () => true));
  return ideal === 0 ? 0 : gain(relevant.slice(0, k)) / ideal;
}
