// One seed file's bytes → a draft, choosing the format by extension. A build goes through
// seedParser.ts instead, which imports the Markdown parser only when some seed is Markdown.
import { parseMarkdown } from './markdown';
import type { ParseResult } from './result';
import { parseSeedWith } from './seedParser';

export function parseSeed(file: string, bytes: Uint8Array): ParseResult {
  return parseSeedWith(parseMarkdown, file, bytes);
}
