// Rebuilds reuse what has not changed: the last dist/ is moved aside, unchanged pages are
// linked back from it, and it is deleted once the new build is complete.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageRecords } from './renderPages';

export interface PreviousBuild {
  dir: string | null;
  records: PageRecords;
  /** Saves this build's records and removes the old output. */
  finish(records: PageRecords): Promise<void>;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

export async function setAsidePreviousBuild(projectRoot: string, outDir: string): Promise<PreviousBuild> {
  // Records live outside dist/, keyed by its path, so nothing extra is deployed.
  const id = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  const recordsFile = path.join(projectRoot, '.cache', 'pages', `${id}.json`);
  const asideDir = `${outDir}.previous`;
  await rm(asideDir, { recursive: true, force: true });
  let dir: string | null = null;
  let records: PageRecords = {};
  if ((await exists(recordsFile)) && (await exists(path.join(outDir, 'index.html')))) {
    records = JSON.parse(await readFile(recordsFile, 'utf8')) as PageRecords;
    await rename(outDir, asideDir);
    dir = asideDir;
  }
  return {
    dir,
    records,
    async finish(next) {
      await mkdir(path.dirname(recordsFile), { recursive: true });
      await writeFile(recordsFile, JSON.stringify(next));
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
