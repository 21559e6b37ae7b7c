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
  /**
   * The text of a buffer made by fromString and not written to since: a saved scan's terms are
   * mostly read as they are (toString), so they are turned into bytes only if written to.
   */
  private text: string | null = null;

  /** A buffer holding text that toString gave. */
  static fromString(text: string): TextBuffer {
    const buffer = new TextBuffer();
    buffer.text = text;
    buffer.length = text.length;
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
    this.forEachNumber((n) => {
      out.push(n);
    });
    return out;
  }

  /** Calls visit with each number in order, until it returns true; says whether one did. */
  forEachNumber(visit: (n: number) => boolean | void): boolean {
    const text = this.text;
    const bytes = this.bytes;
    let n = 0;
    let scale = 1;
    for (let i = 0; i < this.length; i++) {
      const v = VALUES[text === null ? bytes[i]! : text.charCodeAt(i)]!;
      n += (v & 31) * scale;
      if (v & 32) scale *= 32;
      else {
        if (visit(n) === true) return true;
        n = 0;
        scale = 1;
      }
    }
    return false;
  }

  toString(): string {
    if (this.text !== null) return this.text;
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('latin1');
  }

  private pushCode(code: number): void {
    if (this.text !== null) {
      this.bytes = new Uint8Array(Buffer.from(this.text, 'latin1'));
      this.text = null;
    }
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(Math.max(8, this.bytes.length * 2));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = code;
  }
}
