// A growable run of compact-number characters (see model/compactInts) held as bytes: the index
// keeps one per word while it reads 100,000 articles, where arrays of strings or numbers would
// cost several times the memory.
import { ALPHABET } from '../../model/compactInts';

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const VALUES = new Int8Array(128).fill(-1);
CODES.forEach((code, i) => (VALUES[code] = i));

export class TextBuffer {
  private bytes = new Uint8Array(8);
  private length = 0;

  /** A buffer holding text that toString gave. */
  static fromString(text: string): TextBuffer {
    const buffer = new TextBuffer();
    // A view of its own, not a slice of Buffer's shared pool, since pushCode may replace it.
    buffer.bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    buffer.length = buffer.bytes.length;
    return buffer;
  }

  pushVarint(n: number): void {
    let rest = n;
    while (rest >= 32) {
      this.pushCode(CODES[(rest & 31) | 32]!);
      rest = Math.floor(rest / 32);
    }
    this.pushCode(CODES[rest]!);
  }

  /** Reads every number back, in order. */
  numbers(): number[] {
    const out: number[] = [];
    let n = 0;
    let scale = 1;
    for (let i = 0; i < this.length; i++) {
      const v = VALUES[this.bytes[i]!]!;
      n += (v & 31) * scale;
      if (v & 32) scale *= 32;
      else {
        out.push(n);
        n = 0;
        scale = 1;
      }
    }
    return out;
  }

  toString(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('latin1');
  }

  private pushCode(code: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(Math.max(8, this.bytes.length * 2));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = code;
  }
}
