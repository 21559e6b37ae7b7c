// First load of every kind of page a reader may land on, and the chunk map: which script and
// stylesheet each page kind loads, so a chunk that creeps into every page shows up by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { dataPaths, type Manifest, type SummaryChunk } from '../../src/model/data';
import { listPageCount, routePaths } from '../../src/model/routes';
import { measureFirstLoad, type FirstLoad } from './first-load';
import { round } from './stats';

export type PageKind = 'home' | 'article' | 'topic' | 'entity' | 'search' | 'listPage' | 'saved';
export const PAGE_KINDS: readonly PageKind[] = ['home', 'article', 'topic', 'entity', 'search', 'listPage', 'saved'];

/** A search a reader might type, found in any English news corpus. */
const SEARCH_WORD = 'government';

/** null: the corpus has no page of that kind (the seed has no second list page). */
export type FirstLoads = Record<PageKind, FirstLoad | null>;

export interface ChunkUse {
  gzip: number;
  pages: PageKind[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** One page of each kind, picked from the built site's own data files. */
export function pagePaths(outDir: string): Record<PageKind, string | null> {
  const dataDir = path.join(outDir, 'data');
  const manifest = readJson<Manifest>(path.join(dataDir, dataPaths.manifest()));
  const chunk = readJson<SummaryChunk>(path.join(dataDir, dataPaths.chunk(0)));
  const article = chunk.items[0];
  const topic = manifest.sections[0];
  if (!article || !topic) throw new Error(`${outDir} has no articles or no sections to measure`);
  const entityKind = (['people', 'places', 'organisations'] as const).find((kind) => manifest.topEntities[kind][0]);
  const entity = entityKind && manifest.topEntities[entityKind][0];
  return {
    home: routePaths.home(),
    article: routePaths.article(article.slug),
    topic: routePaths.topic(topic.slug),
    entity: entityKind && entity ? routePaths.entity(entityKind, entity.slug) : null,
    search: `${routePaths.search()}?q=${SEARCH_WORD}`,
    listPage: listPageCount(manifest.articleCount) >= 2 ? routePaths.listPage(routePaths.latest(), 2) : null,
    saved: routePaths.saved(),
  };
}

export async function measurePageKinds(
  browser: Browser,
  outDir: string,
  at: (route: string) => string,
): Promise<FirstLoads> {
  const paths = pagePaths(outDir);
  const out = {} as FirstLoads;
  for (const kind of PAGE_KINDS) {
    const route = paths[kind];
    out[kind] = route === null ? null : await measureFirstLoad(browser, at(route));
  }
  return out;
}

/** Chunk → its gzipped bytes and the page kinds that load it, biggest first. */
export function chunkMap(loads: FirstLoads): Record<string, ChunkUse> {
  const map = new Map<string, ChunkUse>();
  for (const kind of PAGE_KINDS) {
    for (const [file, gzip] of Object.entries(loads[kind]?.chunks ?? {})) {
      const use = map.get(file) ?? { gzip, pages: [] };
      use.pages.push(kind);
      map.set(file, use);
    }
  }
  return Object.fromEntries([...map].sort(([a, x], [b, y]) => y.gzip - x.gzip || a.localeCompare(b)));
}

/** Per page kind: first-load bytes (all kinds) of `other` over `base`; null where either lacks the page. */
export function firstLoadRatios(base: FirstLoads, other: FirstLoads): Record<PageKind, number | null> {
  const out = {} as Record<PageKind, number | null>;
  for (const kind of PAGE_KINDS) {
    const a = base[kind];
    const b = other[kind];
    out[kind] = a && b ? round(b.gzip.total / a.gzip.total, 3) : null;
  }
  return out;
}

/** The largest JS, and JS + CSS, any page kind loads first. */
export function worstFirstLoad(loads: FirstLoads): { js: number; jsCss: number } {
  const present = PAGE_KINDS.flatMap((kind) => (loads[kind] ? [loads[kind]] : []));
  return {
    js: Math.max(...present.map((load) => load.gzip.js)),
    jsCss: Math.max(...present.map((load) => load.gzip.jsCss)),
  };
}
