// Where things are, resolved from this file so tests and benchmarks run from any working directory.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'seeds');

export function makeTmpDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `broadsheet-${prefix}-`));
}
