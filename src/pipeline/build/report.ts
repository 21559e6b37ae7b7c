// How the build talks to the user: located problem lines on stderr, errors first, and the
// pieces of the build log's lines (one per stage, then a summary).
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

/** Seconds since a Date.now() reading, as the log prints them. */
export const secondsSince = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** "1 article", "2 articles". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A size as the log prints it: kB below a megabyte, else MB with one decimal. */
export const size = (bytes: number) =>
  bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} kB` : `${(bytes / 1e6).toFixed(1)} MB`;

/** The build log's last line: what was made, how big, how long, and what needs the user's eye. */
export function summaryLine(site: {
  articles: number;
  pages: number;
  dataBytes: number;
  problems: Problem[];
  outDir: string;
  started: number;
}): string {
  const warnings = site.problems.filter((p) => p.severity === 'warning').length;
  const errors = site.problems.length - warnings;
  // Errors reach a finished build only as files left out (--skip-broken).
  const skipped = errors > 0 ? `, ${plural(errors, 'error')} in skipped files` : '';
  return (
    `built ${plural(site.articles, 'article')}, ${plural(site.pages, 'page')} and ${size(site.dataBytes)} of data ` +
    `into ${site.outDir} in ${secondsSince(site.started)}: ${warnings === 0 ? 'no' : warnings} warning${warnings === 1 ? '' : 's'}${skipped}`
  );
}
