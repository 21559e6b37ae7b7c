// Writes a build's data files into an out dir that may hold the last build's: a file whose text
// is unchanged is left as it is. A rebuild after one edit changes a few dozen of 20,000 files.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileDigest } from '../renderPages';

/** Files in flight at once: enough to keep the disk busy without opening thousands of handles. */
const IN_FLIGHT = 64;

/**
 * `previous` holds the digest (fileDigest) of each file root already holds, by path under root;
 * returns every file's digest, in the order written, and how many were left as they were.
 */
export async function writeChangedFiles(
  root: string,
  files: Iterable<[string, string]>,
  previous: Readonly<Record<string, string>>,
): Promise<{ digests: Map<string, string>; unchanged: number }> {
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  const digests = new Map<string, string>();
  let unchanged = 0;
  for (const [rel, text] of files) {
    const digest = fileDigest(text);
    digests.set(rel, digest);
    if (previous[rel] === digest) {
      unchanged++;
      continue;
    }
    const file = path.join(root, rel);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const p: Promise<void> = writeFile(file, text).then(() => {
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  return { digests, unchanged };
}
