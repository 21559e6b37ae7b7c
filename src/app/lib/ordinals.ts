// Set algebra on ascending ordinal lists (positions in the newest-first order).
import { decodeDeltas, type FacetPostings } from '../../model/data';

const decoded = new WeakMap<FacetPostings, number[]>();

/** The ordinals of one facet value, decoded once per postings object. */
export function ordinalsOf(postings: FacetPostings): number[] {
  let ordinals = decoded.get(postings);
  if (!ordinals) {
    ordinals = decodeDeltas(postings.deltas);
    decoded.set(postings, ordinals);
  }
  return ordinals;
}

export function unionSorted(lists: readonly number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  const merged = new Set<number>();
  for (const list of lists) for (const o of list) merged.add(o);
  return [...merged].sort((a, b) => a - b);
}

export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

export function countIntersection(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}
