import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/article';
import { decodeSeed, firstInvalidUtf8 } from '../../src/pipeline/read/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const part of parts) out.push(...part);
  return Uint8Array.from(out);
};

describe('decodeSeed', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    const { text, problems } = decodeSeed('a.txt', concat([0xef, 0xbb, 0xbf], utf8('Café “quoted”\n')));
    expect(text).toBe('Café “quoted”\n');
    expect(problems).toEqual([]);
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeSeed('a.txt', utf8('one\r\ntwo\rthree\n')).text).toBe('one\ntwo\nthree\n');
  });

  it('falls back to Windows-1252 with a warning located at the first bad byte', () => {
    // 0xA3 is £ and 0x80 €, 0x93/0x94 curly quotes, 0x92 a right single quote in Windows-1252.
    const bytes = concat(
      utf8('Headline\n\nPrice '),
      [0xa3, 0x35, 0x20, 0x80, 0x39, 0x20, 0x93, 0x68, 0x69, 0x94, 0x92],
    );
    const { text, problems } = decodeSeed('news/x.txt', bytes);
    expect(text).toBe('Headline\n\nPrice £5 €9 “hi”’');
    expect(problems).toEqual([
      { file: 'news/x.txt', line: 3, message: 'not valid UTF-8; decoded as Windows-1252', severity: 'warning' },
    ]);
    expect(formatProblem(problems[0]!)).toBe('seeds/news/x.txt:3: not valid UTF-8; decoded as Windows-1252');
  });

  it('counts lines with CRLF ends when locating the bad byte', () => {
    const bytes = concat(utf8('a\r\nb\r\nc '), [0xe9]);
    expect(decodeSeed('x.txt', bytes).problems[0]!.line).toBe(3);
  });

  it('refuses a file with NUL bytes as binary', () => {
    const { text, problems } = decodeSeed('img.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    expect(text).toBeNull();
    expect(problems).toEqual([{ file: 'img.txt', line: 1, message: 'binary file, not text', severity: 'error' }]);
  });

  it('refuses a file that is mostly control bytes', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeSeed('x.txt', bytes).text).toBeNull();
  });

  it('keeps text with a stray control byte, minus that byte', () => {
    expect(decodeSeed('x.txt', utf8('Head\u0007line\n')).text).toBe('Headline\n');
  });

  it('reads UTF-16 when the file starts with its byte order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
    expect(decodeSeed('x.txt', le)).toEqual({ text: 'Hi\n', problems: [] });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeSeed('x.txt', new Uint8Array())).toEqual({ text: '', problems: [] });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstInvalidUtf8(utf8('ok ✓ 😀'))).toBe(utf8('ok ✓ 😀').length);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x9c]))).toBe(1);
  });
});
