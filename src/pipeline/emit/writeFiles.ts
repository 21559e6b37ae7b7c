// Writes many small files with bounded concurrency: fast, without opening 100,000 handles at once.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFiles(
  root: string,
  files: Iterable<[string, string]>,
  onWrite?: (n: number) => void,
): Promise<number> {
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let count = 0;
  for (const [rel, text] of files) {
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
    count++;
    onWrite?.(count);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
  return count;
}
