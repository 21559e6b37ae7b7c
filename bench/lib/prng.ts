// A tiny seeded PRNG: the corpus must be byte-identical for the same arguments on any machine,
// which Math.random cannot give.

export type Random = () => number;

/** mulberry32: 32-bit state, fast, good enough for picking words. Returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a corpus seed and an article index into one 32-bit seed, so each article is independent. */
export function mixSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function pick<T>(rand: Random, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks with a skew towards the front of the list, so some names recur far more than others. */
export function pickSkewed<T>(rand: Random, items: readonly T[]): T {
  const r = rand();
  return pick(() => r * r * r, items);
}

export function intBetween(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function chance(rand: Random, probability: number): boolean {
  return rand() < probability;
}
