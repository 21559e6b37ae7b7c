// Where things are, resolved from this file so tests run from any working directory.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedsDir = path.join(repoRoot, 'seeds');

/** The BBC corpus lives beside the repository, never in it (it is copyrighted). */
export const bbcCorpusDir = path.resolve(repoRoot, '../shared/corpora/bbc');

export function hasBbcCorpus(): boolean {
  return existsSync(bbcCorpusDir);
}

export function makeTmpDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `broadsheet-${prefix}-`));
}
