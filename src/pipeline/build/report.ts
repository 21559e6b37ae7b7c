// How problems reach the user: located lines on stderr, errors first, then a one-line verdict.
import path from 'node:path';
import { formatProblem, type Problem } from '../../model/article';

export function seedsLabel(seedsDir: string): string {
  const rel = path.relative(process.cwd(), seedsDir);
  return (rel && !rel.startsWith('..') ? rel : seedsDir).split(path.sep).join('/');
}

export function reportProblems(problems: Problem[], seedsDir: string): void {
  const label = seedsLabel(seedsDir);
  const sorted = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
  for (const p of sorted)
    process.stderr.write(`${p.severity === 'warning' ? 'warning: ' : ''}${formatProblem(p, label)}\n`);
}
