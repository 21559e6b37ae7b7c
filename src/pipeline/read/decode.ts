// Bytes → text for one seed file: UTF-8 (or UTF-16 with a BOM), Windows-1252 as a warned fallback,
// binary files refused. Line endings come out as LF so every later line number is simple.
import type { Problem } from '../../model/article';
import { decodeWindows1252 } from './windows1252';

export interface Decoded {
  /** null when the file cannot be read as text (see problems). */
  text: string | null;
  problems: Problem[];
}

// Share of control bytes above which a file without NULs still counts as binary.
const BINARY_CONTROL_SHARE = 0.1;
const BINARY_SAMPLE_BYTES = 64 * 1024;

export function decodeSeed(file: string, bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: normalize(new TextDecoder(utf16).decode(bytes)), problems: [] };

  if (looksBinary(bytes)) {
    return { text: null, problems: [{ file, line: 1, message: 'binary file, not text', severity: 'error' }] };
  }

  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; the BOM is dropped by default.
    return { text: normalize(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), problems: [] };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      text: normalize(decodeWindows1252(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes)),
      problems: [
        { file, line: lineAt(bytes, at), message: 'not valid UTF-8; decoded as Windows-1252', severity: 'warning' },
      ],
    };
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR are normal in text; every other C0 byte and DEL is not.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

function normalize(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  );
}

/** Byte offset of the first byte that breaks UTF-8, or the length when none does. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    // A lone CR also ends a line, matching normalize().
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
