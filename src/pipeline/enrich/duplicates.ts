// Copies of one story (a syndicated report filed twice, a re-headlined re-run) are found here so
// lists, search and feeds show the story once. The headline is ignored: only the body counts.
// Identical bodies after normalising (case, accents, punctuation, whitespace) meet by hash; bodies
// a few words apart meet by MinHash signatures banded for LSH and are confirmed by the exact
// Jaccard similarity of their word shingles. Every step is linear in the corpus and deterministic.

import { createHash } from 'node:crypto';

/** What duplicate detection reads of one article. */
export interface DuplicateInput {
  /** The body as plain paragraphs; the headline is deliberately not here. */
  paragraphs: readonly string[];
  date: string | null;
  file: string;
}

/** Bodies shorter than this (normalised words) are never folded: two empty or one-line bodies are not one story. */
export const MIN_WORDS = 25;
/** Words per shingle. */
const SHINGLE = 4;
/**
 * Shingle-set Jaccard at or above which two bodies count as one story. Rewritten updates of a
 * story (a new opening, changed figures) fall below it and stay separate rows: folding two
 * stories would hide one, while leaving two copies apart only shows a row twice.
 */
export const JACCARD_THRESHOLD = 0.8;
const BANDS = 10;
const ROWS = 4;
const HASHES = BANDS * ROWS;
const SALTS = Array.from({ length: HASHES }, (_, h) => mix(h + 1));

/** Lower case, accents dropped, anything but letters and digits a word break. */
export function normaliseWords(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join(' ').toLowerCase();
  // Most bodies are ASCII, where the Unicode-aware way gives the same words several times slower.
  const words = /[^ -~\s]/.test(text)
    ? text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .split(/[^\p{L}\p{N}]+/u)
    : text.split(/[^a-z0-9]+/);
  return words.filter((word) => word !== '');
}

/** FNV-1a over a string's UTF-16 code units. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A 32-bit finaliser (murmur3's fmix32): spreads a hash so each seed gives an independent-looking permutation. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

/** Each run of SHINGLE words as one hash, built from the words' hashes (rotated, so order counts): sorted, each once. */
function shingles(words: readonly string[]): Uint32Array {
  const hashes = words.map(fnv);
  const all = new Uint32Array(Math.max(0, hashes.length - SHINGLE + 1));
  for (let i = 0; i < all.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h ^= rotl(hashes[i + k]!, k * 8 + 1);
    all[i] = mix(h);
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.slice(0, unique);
}

function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of set) {
    for (let h = 0; h < HASHES; h++) {
      // Shingles are mixed already: one multiply of each, salted per row, orders them afresh.
      const value = Math.imul(shingle ^ SALTS[h]!, 0x9e3779b1) >>> 0;
      if (value < sig[h]!) sig[h] = value;
    }
  }
  return sig;
}

/** A band's values as a short string, two code units each (a Map key: no digits and commas to join). */
function bandKey(minhash: Uint32Array, band: number): string {
  const units = [band];
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) units.push(minhash[r]! >>> 16, minhash[r]! & 0xffff);
  return String.fromCharCode(...units);
}

/** Of two sorted sets of shingles. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

interface Dated {
  date: string | null;
  file: string;
}

/** Earliest date first (a dated copy before an undated one), then file name: which copy is the story's row. */
function earlier(a: Dated, b: Dated): boolean {
  if (a.date !== null && b.date !== null && a.date !== b.date) return Date.parse(a.date) < Date.parse(b.date);
  if (a.date !== null && b.date === null) return true;
  if (a.date === null && b.date !== null) return false;
  return a.file < b.file;
}

/**
 * What detection keeps of one body: a function of the body alone, so a rebuild keeps it per seed
 * (entityCache.ts) and works it out only for seeds that changed.
 */
export interface BodySignature {
  /** Digest of the normalised words: identical bodies share it. */
  digest: string;
  /** MinHash of the body's shingles, BANDS bands of ROWS values. */
  minhash: Uint32Array;
  /** The sorted shingles, which confirm a near copy that the MinHash only suggests. */
  shingles: Uint32Array;
}

/** The body's signature; null when it is too short to fold. */
export function bodySignature(paragraphs: readonly string[]): BodySignature | null {
  const words = normaliseWords(paragraphs);
  if (words.length < MIN_WORDS) return null;
  const set = shingles(words);
  return {
    digest: createHash('sha256').update(words.join(' ')).digest('base64'),
    minhash: signature(set),
    shingles: set,
  };
}

/** One article as findSignedDuplicates reads it. */
export interface SignedInput extends Dated {
  signature: BodySignature | null;
}

/**
 * For each input, the index of the copy its group shows (itself when it is that copy, or has no
 * copies). Inputs in any order; the answer does not depend on it.
 */
export function findDuplicates(inputs: readonly DuplicateInput[]): number[] {
  return findSignedDuplicates(
    inputs.map(({ paragraphs, date, file }) => ({
      signature: bodySignature(paragraphs),
      date,
      file,
    })),
  );
}

/** findDuplicates with each body's signature worked out already (by bodySignature, or kept from the last build). */
export function findSignedDuplicates(inputs: readonly SignedInput[]): number[] {
  const parent = inputs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Exact copies meet by a digest of their text, near copies by banded MinHash signatures
  // confirmed by their shingles: all kept per seed, so a rebuild reads no unchanged body.
  const byText = new Map<string, number>();
  const buckets = new Map<string, number>();
  inputs.forEach(({ signature: sig }, i) => {
    if (!sig) return;
    const same = byText.get(sig.digest);
    if (same !== undefined) {
      union(same, i);
      return;
    }
    byText.set(sig.digest, i);
    // Near copies: one representative per exact group, so identical bodies are compared once.
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(sig.minhash, band);
      // Each body is compared with the first body in each of its buckets: at most BANDS checks a body.
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, i);
      else if (
        find(first) !== find(i) &&
        jaccard(inputs[first]!.signature!.shingles, sig.shingles) >= JACCARD_THRESHOLD
      )
        union(first, i);
    }
  });

  const shown = new Map<number, number>();
  inputs.forEach((input, i) => {
    const root = find(i);
    const best = shown.get(root);
    if (best === undefined || earlier(input, inputs[best]!)) shown.set(root, i);
  });
  return inputs.map((_, i) => shown.get(find(i))!);
}
