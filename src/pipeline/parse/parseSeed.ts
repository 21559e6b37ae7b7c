// One seed file's bytes → a draft, choosing the format by extension.
import { decodeSeed } from '../read/decode';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plainText';
import { settle, type ParseResult } from './result';

const MARKDOWN = /\.(?:md|markdown)$/i;

export function parseSeed(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeSeed(file, bytes);
  if (decoded.text === null) return settle(null, decoded.problems);
  if (decoded.text.trim() === '') {
    return settle(null, [...decoded.problems, { file, line: 1, message: 'file is empty', severity: 'error' }]);
  }
  const parsed = MARKDOWN.test(file) ? parseMarkdown(file, decoded.text) : parsePlainText(file, decoded.text);
  return settle(parsed.draft, [...decoded.problems, ...parsed.problems]);
}
