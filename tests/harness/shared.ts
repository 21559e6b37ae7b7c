// The one way tests and benchmarks find ../shared: corpora and hostile-input lists kept beside the
// repository, never in it (the corpora are copyrighted). Resolved from the repository, so any
// checkout with ../shared beside it finds them; without it, tests say they skip and why.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export const sharedDir = path.resolve(repoRoot, '../shared');
export const bbcCorpusDir = path.join(sharedDir, 'corpora/bbc');

export function hasBbcCorpus(): boolean {
  return existsSync(bbcCorpusDir);
}

/** All the payloads of ../shared/security/<name>, one a line; null when the file is absent. */
export function securityList(name: string): string[] | null {
  const file = path.join(sharedDir, 'security', name);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** For the title of a block that needs `dir`: '' when it is there, else why it is skipped. */
export function skipNote(dir: string): string {
  if (existsSync(dir)) return '';
  return ` (skipped: ${path.relative(repoRoot, dir)} is not beside the repository)`;
}
