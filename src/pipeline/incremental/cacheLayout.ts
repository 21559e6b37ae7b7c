// The one place that says where `.cache/` keeps what: every cache module asks here, so the
// layout can change in one file and `rm -rf .cache` is always a complete reset.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** The project's cache folder: outside dist/, so nothing in it is ever deployed. */
export function cacheRoot(projectRoot: string): string {
  return path.join(projectRoot, '.cache');
}

/** compromise's lexicon as the gazetteer reads it (lexiconCache.ts), shared by every out dir. */
export function lexiconFile(projectRoot: string): string {
  return path.join(cacheRoot(projectRoot), 'lexicon.json');
}

/** The cities' and regions' gazetteer as the tagger reads it (worldPlacesCache.ts). */
export function worldPlacesFile(projectRoot: string): string {
  return path.join(cacheRoot(projectRoot), 'world-places.json');
}

/** What one out dir's last build left: keyed by the out dir's path, so two sites never mix. */
export interface BuildCachePaths {
  /** What the build wrote (previousBuild.ts). */
  recordFile: string;
  /** The app bundle it used (bundleCache.ts). */
  bundleDir: string;
  /** Each seed's entities, word count, section-model terms and duplicate signature (entityCache.ts). */
  entitiesFile: string;
  /** The search index's term scan (scanCache.ts). */
  scanFile: string;
}

export function buildCachePaths(projectRoot: string, outDir: string): BuildCachePaths {
  const id = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  const base = path.join(cacheRoot(projectRoot), 'pages', id);
  return {
    recordFile: `${base}.json`,
    bundleDir: `${base}.bundle`,
    entitiesFile: `${base}.entities.jsonl`,
    scanFile: `${base}.scan`,
  };
}

/** A drawn share card (emit/shareCards.ts), named by what it shows: shared by every out dir. */
export function shareCardFile(projectRoot: string, key: string): string {
  return path.join(cacheRoot(projectRoot), 'cards', `${key}.png`);
}

/**
 * Resized local images (emit/images/), named by the source file's digest: shared by every out dir,
 * and served from here by `npm run dev`. A build copies the files its pages use into dist/images/.
 */
export function imageCacheDir(projectRoot: string): string {
  return path.join(cacheRoot(projectRoot), 'images');
}
