// YAML front matter: split it off, parse it with located errors, validate it with the shared schema.
// Every problem points at a line of the seed file, never at a line of the YAML fragment.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../../model/article';
import { frontMatterSchema, type FrontMatter } from './frontMatterSchema';
import { scanYaml } from './yamlScan';

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

/** Real front matter is a few hundred bytes; the cap bounds the YAML parser's work on any file. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

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
      return {
        split: { yaml: text.slice(firstBreak + 1, start), yamlLine: 2, body, bodyLine: lineNo + 1 },
        problems: [],
      };
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
  const unusable = (problems: Problem[]): FrontMatterResult => ({ data: null, keyLines: new Map(), problems });
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    const limit = MAX_FRONT_MATTER_CHARS.toLocaleString('en');
    return unusable([
      { file, line: yamlLine, message: `front matter is longer than ${limit} characters`, severity: 'error' },
    ]);
  }
  const problems = scanYaml(file, yaml, yamlLine);
  if (problems.some((p) => p.severity === 'error')) return unusable(problems);

  const lineCounter = new LineCounter();
  // The core schema has no timestamps, so a date stays the text the author wrote and date.ts alone
  // decides whether it is real (YAML 1.1 would turn 2025-02-30 into 2 March). yaml's own check for
  // repeated keys compares every key with every other; keyLinesOf does it with a Map instead.
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: false });
  // yaml places "missing closing quote" and the like at the very end; the last written line is the better place.
  const lastContent = yaml.trimEnd().length - 1;
  const at = (offset: number): number =>
    yamlLine - 1 + lineCounter.linePos(Math.max(0, Math.min(offset, lastContent))).line;

  for (const e of doc.errors) {
    problems.push({ file, line: at(e.pos[0]), message: `front matter: ${e.message}`, severity: 'error' });
  }
  for (const w of doc.warnings) {
    problems.push({ file, line: at(w.pos[0]), message: `front matter: ${w.message}`, severity: 'warning' });
  }
  const keyLines = keyLinesOf(doc, at, file, problems);
  if (problems.some((p) => p.severity === 'error')) return { data: null, keyLines, problems };

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

/** The line of each top-level key; a repeated key, or a key that is a list or map anywhere, is an error. */
function keyLinesOf(
  doc: Document,
  at: (offset: number) => number,
  file: string,
  problems: Problem[],
): Map<string, number> {
  visit(doc, {
    Pair(_, pair) {
      if (!isNode(pair.key) || isScalar(pair.key)) return;
      const line = pair.key.range ? at(pair.key.range[0]) : 1;
      problems.push({
        file,
        line,
        message: 'front matter: a key must be a plain name, not a list or map',
        severity: 'error',
      });
    },
  });
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const line = at(pair.key.range[0]);
    const first = lines.get(key);
    if (first === undefined) lines.set(key, line);
    else
      problems.push({
        file,
        line,
        message: `front matter: ${key} is given twice (first on line ${first})`,
        severity: 'error',
      });
  }
  return lines;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a set of keys';
  return typeof value;
}
