// Size of a built site on disk.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DistStats {
  bytes: number;
  files: number;
}

export function distStats(root: string): DistStats {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
