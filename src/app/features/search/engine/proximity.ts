// Proximity: of two articles holding all of a query's words, the one where they stand close
// together is more likely about what the query names ("natural gas" side by side, not "natural"
// in one paragraph and "gas" in another). Scored on the positions the index already keeps for
// phrases.
import type { Scored } from './termEngine';

/** A query word's postings and, per posting, its positions (fields are a position apart). */
export interface WordPositions {
  ordinals: Int32Array;
  positions: number[][];
  /** What one weight step of this word scores (stepScore). */
  unit: number;
}

/** Bonus for words side by side, in weight steps of the query's words: a headline match is worth ~3×63/(3+1.2). */
export const PROXIMITY_STEPS = 12;
/** Words further apart than this (other words between) earn nothing. */
export const PROXIMITY_WINDOW = 8;

/**
 * The fewest other words between one occurrence of every list's word, by a sliding window over
 * the merged positions; Infinity when a list is empty.
 */
export function smallestGap(lists: readonly (readonly number[])[]): number {
  if (lists.some((list) => list.length === 0)) return Infinity;
  const merged: [number, number][] = [];
  lists.forEach((list, word) => list.forEach((position) => merged.push([position, word])));
  merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const inWindow = new Int32Array(lists.length);
  let covered = 0;
  let best = Infinity;
  let start = 0;
  for (const [position, word] of merged) {
    if (inWindow[word]!++ === 0) covered++;
    while (covered === lists.length) {
      const [first, firstWord] = merged[start]!;
      best = Math.min(best, position - first + 1 - lists.length);
      if (--inWindow[firstWord]! === 0) covered--;
      start++;
    }
  }
  return best;
}

/** `matches` with each article's bonus for how close the query's words stand in it. */
export function withProximity(matches: Scored, words: readonly WordPositions[]): Scored {
  if (words.length < 2) return matches;
  const unit = Math.round((PROXIMITY_STEPS * words.reduce((sum, w) => sum + w.unit, 0)) / words.length);
  const scores = Int32Array.from(matches.scores);
  const at = words.map(() => 0);
  for (let i = 0; i < matches.ordinals.length; i++) {
    const ordinal = matches.ordinals[i]!;
    const lists = words.map((word, w) => {
      while (word.ordinals[at[w]!]! < ordinal) at[w]!++;
      return word.ordinals[at[w]!] === ordinal ? (word.positions[at[w]!] ?? []) : [];
    });
    const gap = smallestGap(lists);
    if (gap <= PROXIMITY_WINDOW) scores[i] = scores[i]! + Math.round((unit * (words.length - 1)) / (1 + gap));
  }
  return { ordinals: matches.ordinals, scores };
}
