// A rebuild updates the out dir in place (previousBuild.ts), but the search index is written
// whole each time, so the last build's copy goes first: a bucket it no longer has must not stay.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_DIR } from '../../model/searchIndex';
import { routePaths } from '../../model/routes';
import { outputFile } from '../renderPages';

export async function clearSearchIndex(outDir: string): Promise<void> {
  const dir = path.join(outDir, SEARCH_DIR);
  // The search page's own HTML shares the folder; it is a page, kept or remade like any other.
  const page = path.relative(dir, outputFile(outDir, routePaths.search()));
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(entries.filter((name) => name !== page).map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}
