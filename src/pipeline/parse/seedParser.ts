// parseSeed without importing the Markdown parser up front: mdast's parser takes about a third of a
// second to import, and a corpus of plain-text seeds never needs it. loadSeeds loads it first
// when any seed is Markdown (loadMarkdownParser); parseSeed.ts imports it for any caller.
import { decodeSeed } from '../read/decode';
import type { parseMarkdown } from './markdown';
import { parsePlainText } from './plainText';
import { settle, type ParseResult } from './result';
import { typeset } from './typography';

export type MarkdownParser = typeof parseMarkdown;

const MARKDOWN = /\.(?:md|markdown)$/i;

export function isMarkdownSeed(file: string): boolean {
  return MARKDOWN.test(file);
}

let loaded: MarkdownParser | null = null;

/** Loads the Markdown parser once, for parseLoadedSeed. */
export async function loadMarkdownParser(): Promise<void> {
  loaded ??= (await import('./markdown')).parseMarkdown;
}

/** One seed file's bytes → a draft, choosing the format by extension. */
export function parseSeedWith(markdown: MarkdownParser | null, file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeSeed(file, bytes);
  if (decoded.text === null) return settle(null, decoded.problems);
  if (decoded.text.trim() === '') {
    return settle(null, [...decoded.problems, { file, line: 1, message: 'file is empty', severity: 'error' }]);
  }
  let parsed;
  if (!isMarkdownSeed(file)) parsed = parsePlainText(file, decoded.text);
  else if (markdown) parsed = markdown(file, decoded.text);
  else throw new Error(`${file}: the Markdown parser is not loaded (loadMarkdownParser)`);
  return settle(parsed.draft && typeset(parsed.draft), [...decoded.problems, ...parsed.problems]);
}

/** parseSeedWith the parser loadMarkdownParser loaded, if it did. */
export function parseLoadedSeed(file: string, bytes: Uint8Array): ParseResult {
  return parseSeedWith(loaded, file, bytes);
}
