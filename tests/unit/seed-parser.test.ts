// A build parses seeds without importing the Markdown parser unless some seed is Markdown.
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';
import { loadMarkdownParser, parseLoadedSeed, parseSeedWith } from '../../src/pipeline/parse/seedParser';

const bytes = (text: string) => new TextEncoder().encode(text);
const plain = bytes('A headline\n\nBy A Writer\n\nThe council met on Tuesday.\n');
const markdown = bytes('---\ntitle: A note\ndate: 2024-05-01\n---\n\nSome *emphasis*.\n');

describe('parseSeedWith', () => {
  it('parses plain text without a Markdown parser, as parseSeed does', () => {
    expect(parseSeedWith(null, 'a.txt', plain)).toEqual(parseSeed('a.txt', plain));
  });

  it('refuses a Markdown seed when no parser is given, rather than reading it as plain text', () => {
    expect(() => parseSeedWith(null, 'a.md', markdown)).toThrow(/Markdown parser is not loaded/);
  });

  it('parses Markdown once loadMarkdownParser has loaded the parser', async () => {
    await loadMarkdownParser();
    expect(parseLoadedSeed('a.md', markdown)).toEqual(parseSeed('a.md', markdown));
    expect(parseLoadedSeed('a.md', markdown).draft?.title).toBe('A note');
  });
});
