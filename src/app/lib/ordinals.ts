// Set algebra on ascending ordinal lists (positions in the newest-first order).
import { decodeAscending } from '../../model/compactInts';
import type { FacetIds } from '../../model/data';

const decoded = new WeakMap<FacetIds, number[]>();

/** The ordinals of one facet value (from its postings or its ids file), decoded once per object. */
export function ordinalsOf(facet: FacetIds): number[] {
  let ordinals = decoded.get(facet);
  if (!ordinals) {
    ordinals = decodeAscending(facet.ids);
    decoded.set(facet, ordinals);
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

export function countIntersection(a: ArrayLike<number>, b: ArrayLike<number>): number {
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
