// Rebuilds update the last build's output in place: files whose bytes would not change are left
// as they are, changed ones are written over, and files this build no longer makes are deleted,
// so the result is the same tree a cold build makes. A record of what the last build wrote says
// which is which; it lives outside dist/, keyed by its path, so nothing extra is deployed.
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_DIR } from '../../model/searchIndex';
import type { PageRecords } from '../render/renderPages';
import { buildCachePaths } from './cacheLayout';

/** What a build wrote, saved for the next build of the same out dir. */
export interface BuildRecord {
  pages: PageRecords;
  /** Digest (fileDigest) of each file under data/. */
  data: Record<string, string>;
  /** Digest (fileDigest) of each file of the search index, under its folder. */
  search: Record<string, string>;
  /** Digest (fileDigest) of each feed, sitemap and robots.txt, relative to the out dir. */
  discovery: Record<string, string>;
  /** Every other file, relative to the out dir with forward slashes: the app bundle, hosting files. */
  other: string[];
}

export interface PreviousBuild {
  /** Whether the out dir holds the last build, described by record; else it has been emptied. */
  warm: boolean;
  record: BuildRecord;
  /** This out dir's cached app bundle (bundleCache.ts). */
  bundleDir: string;
  /** Deletes what the last build wrote and this one did not, then saves this build's record. */
  finish(record: BuildRecord, outputFile: (route: string) => string): Promise<void>;
}

const EMPTY: BuildRecord = { pages: {}, data: {}, search: {}, discovery: {}, other: [] };

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** A build of outDir completed and is still there: a rebuild may use what it left. */
export async function hasPreviousBuild(projectRoot: string, outDir: string): Promise<boolean> {
  return (
    (await exists(buildCachePaths(projectRoot, outDir).recordFile)) && (await exists(path.join(outDir, 'index.html')))
  );
}

function parseRecord(text: string): BuildRecord | null {
  const parsed = JSON.parse(text) as Partial<BuildRecord>;
  // A record in an older shape says too little to update the out dir in place.
  return parsed.pages && parsed.data && parsed.search && parsed.other
    ? {
        pages: parsed.pages,
        data: parsed.data,
        search: parsed.search,
        discovery: parsed.discovery ?? {},
        other: parsed.other,
      }
    : null;
}

/** Empties outDir as Vite would (keeping a .git folder). */
async function emptyOutDir(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch(() => []);
  await Promise.all(
    entries
      .filter((name) => name !== '.git')
      .map((name) => rm(path.join(outDir, name), { recursive: true, force: true })),
  );
}

/** Removes file, then each parent folder it leaves empty, up to (not including) root. */
async function removeWithEmptyParents(root: string, file: string): Promise<void> {
  await rm(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false,
    );
    if (!removed) return;
  }
}

export async function openPreviousBuild(projectRoot: string, outDir: string): Promise<PreviousBuild> {
  const { recordFile, bundleDir } = buildCachePaths(projectRoot, outDir);
  let record: BuildRecord | null = null;
  if (await hasPreviousBuild(projectRoot, outDir)) record = parseRecord(await readFile(recordFile, 'utf8'));
  // Removed until this build completes: a build that fails half way leaves a tree no record
  // describes, and the next build starts cold.
  await rm(recordFile, { force: true });
  if (!record) await emptyOutDir(outDir);
  const previous = record ?? EMPTY;
  return {
    warm: record !== null,
    record: previous,
    bundleDir,
    async finish(next, outputFile) {
      const stale: string[] = [];
      for (const route of Object.keys(previous.pages)) if (!next.pages[route]) stale.push(outputFile(route));
      for (const file of Object.keys(previous.data))
        if (next.data[file] === undefined) stale.push(path.join(outDir, 'data', file));
      for (const file of Object.keys(previous.search))
        if (next.search[file] === undefined) stale.push(path.join(outDir, SEARCH_DIR, file));
      for (const file of Object.keys(previous.discovery))
        if (next.discovery[file] === undefined) stale.push(path.join(outDir, file));
      const others = new Set(next.other);
      for (const file of previous.other) if (!others.has(file)) stale.push(path.join(outDir, file));
      // A file may change owner between builds (a prerendered page became a small written one): kept.
      const kept = new Set(next.other.map((file) => path.join(outDir, file)));
      for (const file of stale) if (!kept.has(file)) await removeWithEmptyParents(outDir, file);
      await mkdir(path.dirname(recordFile), { recursive: true });
      await writeFile(recordFile, JSON.stringify(next));
    },
  };
}
