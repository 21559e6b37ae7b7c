// Copies the resized images a build's pages use from the cache into the site, leaving a file that
// is already the same as it is (like every other file a rebuild would write the same).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { imageCacheDir } from '../../incremental/cacheLayout';
import { cachedCopy } from './placeImages';

/** `files` are paths relative to the site root (placeImages' files). */
export async function installImages(projectRoot: string, outDir: string, files: readonly string[]): Promise<void> {
  const cacheDir = imageCacheDir(projectRoot);
  for (const file of files) {
    const data = await readFile(cachedCopy(cacheDir, file));
    const target = path.join(outDir, ...file.split('/'));
    const current = await readFile(target).catch(() => null);
    if (current?.equals(data)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}
