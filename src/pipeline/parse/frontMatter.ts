// YAML front matter: split it off, parse it with located errors, validate it with the shared schema.
// Every problem points at a line of the seed file, never at a line of the YAML fragment.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../../model/article';
import { frontMatterSchema, type FrontMatter } from './frontMatterSchema';

export interface SplitSeed {
  /** The YAML between the fences, or null when the file has no front matter. */
  yaml: string | null;
  /** File line number of the first YAML line. */
  yamlLine: number;
  body: string;
  /** File line number of the first body line. */
  bodyLine: number;
}

export interface FrontMatterResult {
  /** The keys that validated (all of them when nothing is wrong); null when the YAML itself is unusable. */
  data: FrontMatter | null;
  /** File line number of each top-level key, for later located problems. */
  keyLines: Map<string, number>;
  problems: Problem[];
}

const OPEN_FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

// Why these words: zod's own messages name types ("expected string"), not what a seed author should write.
const EXPECTED: Record<string, string> = {
  topics: 'a list of names or a comma-separated string',
  date: 'a date such as 2025-12-10',
};

export function splitFrontMatter(file: string, text: string): { split: SplitSeed; problems: Problem[] } {
  const noFrontMatter = { split: { yaml: null, yamlLine: 1, body: text, bodyLine: 1 }, problems: [] };
  const firstBreak = text.indexOf('\n');
  if (!OPEN_FENCE.test(firstBreak === -1 ? text : text.slice(0, firstBreak))) return noFrontMatter;

  let start = firstBreak + 1;
  let lineNo = 2;
  while (firstBreak !== -1 && start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    if (CLOSE_FENCE.test(line)) {
      const body = end === -1 ? '' : text.slice(end + 1);
      return { split: { yaml: text.slice(firstBreak + 1, start), yamlLine: 2, body, bodyLine: lineNo + 1 }, problems: [] };
    }
    if (end === -1) break;
    start = end + 1;
    lineNo++;
  }
  return {
    split: { yaml: null, yamlLine: 2, body: '', bodyLine: 1 },
    problems: [{ file, line: 1, message: 'front matter opened with --- is never closed', severity: 'error' }],
  };
}

export function parseFrontMatter(file: string, yaml: string, yamlLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // yaml places "missing closing quote" and the like at the very end; the last written line is the better place.
  const lastContent = yaml.trimEnd().length - 1;
  const at = (offset: number): number => yamlLine - 1 + lineCounter.linePos(Math.max(0, Math.min(offset, lastContent))).line;
  const keyLines = keyLinesOf(doc, at);
  const problems: Problem[] = [];

  for (const e of doc.errors) {
    problems.push({ file, line: at(e.pos[0]), message: `front matter: ${e.message}`, severity: 'error' });
  }
  for (const w of doc.warnings) {
    problems.push({ file, line: at(w.pos[0]), message: `front matter: ${w.message}`, severity: 'warning' });
  }
  if (doc.errors.length > 0) return { data: null, keyLines, problems };

  const value: unknown = doc.toJS() ?? {};
  if (!isPlainObject(value)) {
    problems.push({ file, line: yamlLine, message: 'front matter must be "key: value" lines', severity: 'error' });
    return { data: null, keyLines, problems };
  }

  // A key written with no value ("byline:") means the same as leaving it out.
  const given = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
  const parsed = frontMatterSchema.safeParse(given);
  if (parsed.success) return { data: parsed.data, keyLines, problems };

  const badKeys = new Set<string>();
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    badKeys.add(key);
    const typeIssue = issue.code === 'invalid_type' || issue.code === 'invalid_union';
    const message = typeIssue
      ? `${key} must be ${EXPECTED[key] ?? 'text'}, not ${describe(given[key])}`
      : issue.message;
    problems.push({ file, line: keyLines.get(key) ?? yamlLine, message, severity: 'error' });
  }
  // The keys that did validate are still returned, so their own problems are reported in the same run.
  const rest = Object.fromEntries(Object.entries(given).filter(([k]) => !badKeys.has(k)));
  return { data: frontMatterSchema.safeParse(rest).data ?? null, keyLines, problems };
}

function keyLinesOf(doc: Document, at: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), at(pair.key.range[0]));
  }
  return lines;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a set of keys';
  return typeof value;
}
