// The articles on a word's first page of search results, either way round: its best matches (as
// the browser ranks them: weight step, then newest) and its newest. The build puts their records
// beside the word's postings (its own file, or its bucket) so the browser can show that page at once.
import { SEARCH_PAGE_SIZE, weightStep } from '../../model/searchIndex';

/** Ordinals of the first page by weight, then of the first page by date, without repeats; `weights` null ranks by date only. */
export function firstPageOrdinals(ordinals: readonly number[], weights: readonly number[] | null): number[] {
  const page = new Set(ordinals.slice(0, SEARCH_PAGE_SIZE));
  if (weights === null) return [...page];
  for (const ordinal of bestPageOrdinals(ordinals, weights)) page.add(ordinal);
  return [...page];
}

/** Ordinals of a word's first page of best matches, best first: the first page of a search for it alone. */
export function bestPageOrdinals(ordinals: readonly number[], weights: readonly number[]): number[] {
  // The best SEARCH_PAGE_SIZE by step, kept sorted; ordinals ascend, so a tie never displaces an earlier one.
  const best: { ordinal: number; step: number }[] = [];
  for (let i = 0; i < ordinals.length; i++) {
    const step = weightStep(weights[i]!);
    if (best.length === SEARCH_PAGE_SIZE && step <= best[best.length - 1]!.step) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.step < step) at--;
    best.splice(at, 0, { ordinal: ordinals[i]!, step });
    if (best.length > SEARCH_PAGE_SIZE) best.pop();
  }
  return best.map(({ ordinal }) => ordinal);
}
