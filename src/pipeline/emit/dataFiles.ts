// Every JSON file the app fetches, as [path under data/, text]. A generator, so a
// 100,000-article build writes as it goes instead of holding every file at once.
import { ENTITY_KINDS, sectionRefs, type Article, type ArticleSummary, type EntityKind } from '../../model/article';
import {
  CHUNK_SIZE,
  MAX_CONTAINED,
  dataPaths,
  idHash,
  type ArticleIds,
  type FacetIds,
  type FacetKind,
  type FacetPostings,
  type FacetValue,
  type Manifest,
  type SiteInfo,
  type PlaceLink,
  type SummaryChunk,
} from '../../model/data';
import { archiveSlugs, slugify } from '../../model/routes';
import { sourceName } from '../enrich/authors';
import { archiveName } from './archiveName';
import { encodeAscending } from '../../model/compactInts';
import type { StoryGroup } from '../enrich/stories';
import { storyFiles } from './storyFiles';
import { frontPage } from './front';

/** How many entities of each kind the manifest names for navigation. */
const TOP_ENTITIES = 12;

interface Facet {
  slug: string;
  names: Map<string, number>;
  ordinals: number[];
  /** Places: where each article placed it, by the names of the places around it ("France"). */
  within?: Map<string, number>;
  /** Places: the places inside it, by slug, with the articles of each. */
  contains?: Map<string, Facet>;
}

export type FacetIndex = Map<FacetKind, Map<string, Facet>>;

export function indexFacets(articles: Article[]): FacetIndex {
  const index: FacetIndex = new Map();
  const add = (kind: FacetKind, slug: string, name: string, ordinal: number) => {
    let byKind = index.get(kind);
    if (!byKind) index.set(kind, (byKind = new Map()));
    let facet = byKind.get(slug);
    if (!facet) byKind.set(slug, (facet = { slug, names: new Map(), ordinals: [] }));
    facet.names.set(name, (facet.names.get(name) ?? 0) + 1);
    if (facet.ordinals[facet.ordinals.length - 1] !== ordinal) facet.ordinals.push(ordinal);
  };
  articles.forEach((article, ordinal) => {
    for (const s of article.sections) add('sections', s.slug, s.name, ordinal);
    for (const kind of ENTITY_KINDS) for (const e of article.entities[kind]) add(kind, e.slug, e.name, ordinal);
    for (const author of article.authors ?? []) add('authors', author.slug, author.name, ordinal);
    if (article.source !== null) {
      const name = sourceName(article.source);
      if (name !== '') add('sources', slugify(name), name, ordinal);
    }
    for (const slug of archiveSlugs(article.date)) add('archive', slug, archiveName(slug), ordinal);
  });
  // A story about Chicago is a story in the United States: a country's (or state's) postings take
  // in the articles of the places inside it, after their own, so each keeps its count of its own.
  const places = index.get('places');
  const inside = new Map<Facet, number[]>();
  articles.forEach((article, ordinal) => {
    for (const e of article.entities.places) {
      if (!e.within) continue;
      const place = places!.get(e.slug)!;
      const key = e.within.join('\u0000');
      (place.within ??= new Map()).set(key, (place.within.get(key) ?? 0) + 1);
      // Outermost first: each contains every place after it ("United States" ⊃ "California" ⊃ "Los Angeles").
      const chain = e.within.map((outer) => {
        const slug = slugify(outer);
        if (!places!.has(slug)) places!.set(slug, { slug, names: new Map([[outer, 0]]), ordinals: [] });
        return places!.get(slug)!;
      });
      chain.push(place);
      chain.forEach((container, k) => {
        if (k === chain.length - 1) return;
        for (const inner of chain.slice(k + 1)) (container.contains ??= new Map()).set(inner.slug, inner);
        const list = inside.get(container) ?? [];
        if (list[list.length - 1] !== ordinal) list.push(ordinal);
        inside.set(container, list);
      });
    }
  });
  for (const [container, ordinals] of inside) container.ordinals = mergeAscending(container.ordinals, ordinals);
  return index;
}

/** Two ascending lists as one, each number once. */
function mergeAscending(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** The places around a place, as most of its articles place it (Paris, France over Paris, Texas). */
function withinOf(facet: Facet): PlaceLink[] | undefined {
  if (!facet.within) return undefined;
  const best = [...facet.within].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return best.split('\u0000').map((name) => ({ slug: slugify(name), name }));
}

function containedOf(facet: Facet): FacetValue[] | undefined {
  if (!facet.contains) return undefined;
  const values = [...facet.contains.values()].map((f) => ({
    slug: f.slug,
    name: displayName(f),
    count: f.ordinals.length,
  }));
  return values.sort(byCount).slice(0, MAX_CONTAINED);
}

/** The name most articles use for a facet value; ties go to the alphabetically first. */
function displayName(facet: Facet): string {
  return [...facet.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function byCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function facetValues(index: FacetIndex, kind: FacetKind): FacetValue[] {
  const values = [...(index.get(kind)?.values() ?? [])].map((f) => ({
    slug: f.slug,
    name: displayName(f),
    count: f.ordinals.length,
  }));
  return values.sort(byCount);
}

export function summarise(a: Article): ArticleSummary {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    dek: a.dek,
    date: a.date,
    source: a.source,
    readingMinutes: a.readingMinutes,
    sections: sectionRefs(a.sections),
    ...(a.thumbnail !== undefined && { thumbnail: a.thumbnail }),
    ...(a.story && { story: a.story }),
    ...(a.alsoAs ? { alsoAs: a.alsoAs } : {}),
  };
}

/** The values the manifest lists, and for each article which of them it carries (by index). */
function listedValues(index: FacetIndex, manifest: Manifest, articleCount: number) {
  const listed: [FacetKind, string][] = [
    ...manifest.sections.map((v): [FacetKind, string] => ['sections', v.slug]),
    ...ENTITY_KINDS.flatMap((kind) => manifest.topEntities[kind].map((v): [FacetKind, string] => [kind, v.slug])),
  ];
  const carried: number[][] = Array.from({ length: articleCount }, () => []);
  listed.forEach(([kind, slug], i) => {
    for (const ordinal of index.get(kind)?.get(slug)?.ordinals ?? []) carried[ordinal]!.push(i);
  });
  return { listed, carried };
}

function listedCountsOf(
  facet: Facet,
  { listed, carried }: ReturnType<typeof listedValues>,
): FacetPostings['listedCounts'] {
  const tally = new Array<number>(listed.length).fill(0);
  for (const ordinal of facet.ordinals) for (const i of carried[ordinal]!) tally[i]!++;
  const counts: FacetPostings['listedCounts'] = {};
  listed.forEach(([kind, slug], i) => ((counts[kind] ??= {})[slug] = tally[i]!));
  return counts;
}

/**
 * `articles` are the listed ones; `copies`, folded into their rows, get only their own pages;
 * `stories` group listed articles by their ordinals (enrich/stories.ts).
 */
export function* dataFiles(
  articles: Article[],
  site: SiteInfo,
  { stories = [], copies = [] }: { stories?: readonly StoryGroup[]; copies?: readonly Article[] } = {},
): Generator<[string, string]> {
  const index = indexFacets(articles);
  const topEntities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, facetValues(index, kind).slice(0, TOP_ENTITIES)]),
  ) as Record<EntityKind, FacetValue[]>;
  const chunkCount = Math.ceil(articles.length / CHUNK_SIZE);
  const manifest: Manifest = {
    siteTitle: site.siteTitle,
    siteUrl: site.siteUrl,
    siteLang: site.siteLang,
    siteDescription: site.siteDescription,
    articleCount: articles.length,
    chunkCount,
    dated: articles.some((a) => a.date !== null),
    sections: facetValues(index, 'sections'),
    topEntities,
  };
  yield [dataPaths.manifest(), JSON.stringify(manifest)];
  // A copy can be read and marked read too.
  const every = [...articles, ...copies];
  const hashes = [...new Set(every.map((a) => idHash(a.id)))].sort((a, b) => a - b);
  const ids: ArticleIds = { count: every.length, hashes: encodeAscending(hashes) };
  yield [dataPaths.articleIds(), JSON.stringify(ids)];

  const summaries = articles.map(summarise);
  // The front page ranks by story size: an article's story is on the article (corpus.ts).
  const storyOf = (article: Article) => (article.story ? { key: article.story.slug } : null);
  yield [dataPaths.front(), JSON.stringify(frontPage(articles, summaries, index, manifest, storyOf))];
  for (let c = 0; c < chunkCount; c++) {
    const chunk: SummaryChunk = { index: c, items: summaries.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE) };
    yield [dataPaths.chunk(c), JSON.stringify(chunk)];
  }

  for (const article of every) yield [dataPaths.article(article.slug), JSON.stringify(article)];
  yield* storyFiles(stories, articles, summaries);

  const listed = listedValues(index, manifest, articles.length);
  for (const [kind, facets] of index) {
    for (const facet of facets.values()) {
      const ids: FacetIds = { count: facet.ordinals.length, ids: encodeAscending(facet.ordinals) };
      const postings: FacetPostings = {
        kind,
        slug: facet.slug,
        name: displayName(facet),
        ...ids,
        first: facet.ordinals.slice(0, CHUNK_SIZE).map((o) => summaries[o]!),
        listedCounts: listedCountsOf(facet, listed),
        ...(kind === 'places' && facet.within ? { within: withinOf(facet) } : {}),
        ...(kind === 'places' && facet.contains ? { contains: containedOf(facet) } : {}),
      };
      yield [dataPaths.facet(kind, facet.slug), JSON.stringify(postings)];
      yield [dataPaths.facetIds(kind, facet.slug), JSON.stringify(ids)];
    }
  }
}
