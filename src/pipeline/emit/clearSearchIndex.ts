// A rebuild updates the out dir in place (previousBuild.ts), but the search index is written
// whole each time, so the last build's copy goes first: a bucket it no longer has must not stay.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_DIR } from '../../model/searchIndex';

export async function clearSearchIndex(outDir: string): Promise<void> {
  await rm(path.join(outDir, SEARCH_DIR), { recursive: true, force: true });
}
