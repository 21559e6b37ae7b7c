import { describe, expect, it } from 'vitest';
import { formatProblem, type Block } from '../../src/model/article';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const firstText = (b: Block | undefined): string => (b?.type === 'p' ? b.children.join('') : '');

describe('parseSeed', () => {
  it.each([
    ['', 'empty'],
    [' \n\t\r\n  \n', 'whitespace only'],
  ])('refuses a file that is %j (%s) as empty', (text) => {
    const { draft, problems } = parseSeed('blank.txt', utf8(text));
    expect(draft).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual(['seeds/blank.txt:1: file is empty']);
  });

  it('refuses a binary file', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const { draft, problems } = parseSeed('photo.md', png);
    expect(draft).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual(['seeds/photo.md:1: binary file, not text']);
  });

  it('reads a Windows-1252 file with a warning that names the file', () => {
    const bytes = Uint8Array.from([...utf8('Prices rise\n\nA pint now costs '), 0xa3, ...utf8('5.\n\nBody.')]);
    const { draft, problems } = parseSeed('old/pub.txt', bytes);
    expect(draft!.dek).toBe('A pint now costs £5.');
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/old/pub.txt:3: not valid UTF-8; decoded as Windows-1252',
    ]);
  });

  it('reads BOM and CRLF files like plain UTF-8 ones', () => {
    const crlf = parseSeed(
      'w.txt',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Headline\r\n\r\nDek\r\nline two.\r\n\r\nBody.\r\n')]),
    );
    const lf = parseSeed('w.txt', utf8('Headline\n\nDek\nline two.\n\nBody.\n'));
    expect(crlf).toEqual(lf);
    expect(crlf.draft!.title).toBe('Headline');
    expect(crlf.draft!.dek).toBe('Dek line two.');
  });

  it('chooses the format by extension', () => {
    const text = utf8('---\ntitle: From front matter\n---\n\nBody *text*.');
    expect(parseSeed('a.md', text).draft!.title).toBe('From front matter');
    expect(parseSeed('a.MARKDOWN', text).draft!.title).toBe('From front matter');
    expect(parseSeed('a.txt', text).draft!.title).toBe('---');
  });

  it('parses a 5 MB plain-text file completely', () => {
    const paragraph = 'A sentence of ordinary news prose, with words and numbers like 2025. '.repeat(8).trim();
    const count = Math.ceil(5_000_000 / (paragraph.length + 2));
    const text = `Big file\n\nThe dek.\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const { draft, problems } = parseSeed('big.txt', utf8(text));
    expect(problems).toEqual([]);
    expect(draft!.body).toHaveLength(count);
    expect(firstText(draft!.body.at(-1))).toBe(paragraph);
  });

  it('parses a 5 MB single-line paragraph', () => {
    const line = 'word '.repeat(1_000_000).trim();
    const { draft } = parseSeed('one.txt', utf8(`Title\n\n${line}\n\nEnd.`));
    expect(draft!.dek).toBe(line);
    expect(firstText(draft!.body[0])).toBe('End.');
  });

  it('parses a long Markdown file completely', () => {
    const paragraph = 'Some *emphasis*, a [link](https://example.com/a) and `code` in a sentence.';
    // Kept small: micromark reads dense markup at only a few hundred kB per second.
    const count = 1000;
    const md = `# Big\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}`;
    const { draft, problems } = parseSeed('big.md', utf8(md));
    expect(problems).toEqual([]);
    expect(draft!.body).toHaveLength(count);
  });
});
