// Size of a built site on disk, and of its feeds within it.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const FEED_NAMES = new Set(['rss.xml', 'atom.xml', 'feed.json']);

export interface Size {
  bytes: number;
  files: number;
}

export interface DistStats extends Size {
  /** Every RSS, Atom and JSON feed (the site's, each section's and each entity's). */
  feeds: Size;
}

export function distStats(root: string): DistStats {
  const all: Size = { bytes: 0, files: 0 };
  const feeds: Size = { bytes: 0, files: 0 };
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = statSync(path.join(entry.parentPath, entry.name)).size;
    for (const size of FEED_NAMES.has(entry.name) ? [all, feeds] : [all]) {
      size.files++;
      size.bytes += bytes;
    }
  }
  return { ...all, feeds };
}
