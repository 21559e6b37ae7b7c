// Whole numbers as short text: 64 characters that JSON never escapes, each carrying 5 bits of
// a number and a flag for "more follows". Postings as text are 3-4× smaller than JSON number
// arrays and decode with no parsing beyond JSON's own.
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

const MORE = 32;
const PAYLOAD = 31;

/** Appends `n` (a whole number ≥ 0) to `out` as characters. */
export function pushVarint(out: string[], n: number): void {
  // A negative or fractional gap means unsorted or repeated input: fail rather than write corrupt text.
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`compact numbers are whole and ≥ 0, not ${n}`);
  let rest = n;
  while (rest >= MORE) {
    out.push(ALPHABET[(rest & PAYLOAD) | MORE]!);
    rest = Math.floor(rest / MORE);
  }
  out.push(ALPHABET[rest]!);
}

/** One character for a number 0..63 (scores). */
export function digit64(n: number): string {
  return ALPHABET[Math.max(0, Math.min(63, Math.round(n)))]!;
}

/** Reads numbers back one at a time; `small()` reads one `digit64` character. */
export class VarintReader {
  private at = 0;
  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const v = this.read();
      n += (v & PAYLOAD) * scale;
      if ((v & MORE) === 0) return n;
      scale *= MORE;
    }
  }

  small(): number {
    return this.read();
  }

  private read(): number {
    const code = this.text.charCodeAt(this.at++);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) throw notCompact(this.at - 1);
    return v;
  }
}

/** Ascending whole numbers as gaps: the first value, then each difference less one. */
export function encodeAscending(sorted: readonly number[]): string {
  const out: string[] = [];
  let previous = -1;
  for (const n of sorted) {
    pushVarint(out, n - previous - 1);
    previous = n;
  }
  return out.join('');
}

export function decodeAscending(text: string): number[] {
  const reader = new VarintReader(text);
  const out: number[] = [];
  let previous = -1;
  while (!reader.done) {
    previous += reader.next() + 1;
    out.push(previous);
  }
  return out;
}

function notCompact(at: number): Error {
  return new Error(`not a compact number at character ${at}`);
}

/**
 * Postings text: ascending ordinals (below 2^31) written as gaps, each followed by one digit64
 * character. One flat loop, not VarintReader's calls per character: a common word has tens of
 * thousands of postings, decoded while the reader waits, often before the browser has optimised
 * anything.
 */
export function decodeGapsAndDigits(text: string): { values: Int32Array; digits: Uint8Array } {
  // Every entry takes at least two characters.
  const capacity = text.length >> 1;
  const values = new Int32Array(capacity);
  const digits = new Uint8Array(capacity);
  const length = text.length;
  let n = 0;
  let previous = -1;
  let at = 0;
  while (at < length) {
    let gap = 0;
    let scale = 1;
    let v: number;
    do {
      const code = text.charCodeAt(at);
      v = code < 128 ? VALUE[code]! : -1;
      if (v < 0) throw notCompact(at);
      at++;
      gap += (v & PAYLOAD) * scale;
      scale *= MORE;
    } while ((v & MORE) !== 0 && at < length);
    if ((v & MORE) !== 0) throw notCompact(at);
    previous += gap + 1;
    values[n] = previous;
    const code = text.charCodeAt(at);
    const digit = code < 128 ? VALUE[code]! : -1;
    if (digit < 0) throw notCompact(at);
    at++;
    digits[n++] = digit;
  }
  return { values: values.subarray(0, n), digits: digits.subarray(0, n) };
}
