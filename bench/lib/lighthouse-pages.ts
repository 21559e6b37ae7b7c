// The pages the Lighthouse bench audits, picked from a built site's own data files the same way on
// every run, so nothing from a corpus is written into the repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPaths, type Manifest, type SummaryChunk } from '../../src/model/data';
import { ENTITY_KINDS } from '../../src/model/article';
import { routePaths } from '../../src/model/routes';

export const PAGE_KINDS = ['home', 'article', 'section', 'entity', 'search', 'listPage', 'saved'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const WORD = /^[a-z]{5,}$/;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Whether the build prerendered `route` (a numbered page exists only when its list is long enough). */
function prerendered(outDir: string, route: string): boolean {
  return existsSync(path.join(outDir, route, 'index.html'));
}

/**
 * The headline word of five letters or more found in the most headlines of the first list chunk
 * (ties: the alphabetically first), so the search page shows a full page of results.
 */
function commonHeadlineWord(chunk: SummaryChunk): string {
  const frequency = new Map<string, number>();
  for (const item of chunk.items) {
    const words = new Set(item.title.toLowerCase().split(/[^a-z]+/));
    for (const word of words) if (WORD.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const [best] = [...frequency].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (!best) throw new Error('no headline in the first list chunk has a word of five letters or more to search for');
  return best[0];
}

/** Each page kind's path on this build; a kind the build has no page for (no page 2) is left out. */
export function pagePaths(outDir: string): Partial<Record<PageKind, string>> {
  const dataDir = path.join(outDir, 'data');
  const manifest = readJson<Manifest>(path.join(dataDir, dataPaths.manifest()));
  const chunk = readJson<SummaryChunk>(path.join(dataDir, dataPaths.chunk(0)));
  const article = chunk.items[0];
  const section = manifest.sections[0];
  if (!article || !section) throw new Error(`${outDir} has no articles or no sections to audit`);
  const paths: Partial<Record<PageKind, string>> = {
    home: routePaths.home(),
    article: routePaths.article(article.slug),
    section: routePaths.topic(section.slug),
  };
  const entityKind = ENTITY_KINDS.find((kind) => manifest.topEntities[kind].length > 0);
  if (entityKind) paths.entity = routePaths.entity(entityKind, manifest.topEntities[entityKind][0]!.slug);
  paths.search = `${routePaths.search()}?q=${encodeURIComponent(commonHeadlineWord(chunk))}`;
  // The latest list's page 2, else the biggest section's.
  const numbered = [routePaths.listPage(routePaths.latest(), 2), routePaths.listPage(paths.section!, 2)];
  const listPage = numbered.find((route) => prerendered(outDir, route));
  if (listPage) paths.listPage = listPage;
  paths.saved = routePaths.saved();
  return paths;
}
