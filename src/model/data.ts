// Shapes and paths of the JSON files the pipeline writes under dist/data/ and the app fetches.
// Paths are relative to the data root (`${BASE_URL}data/`).
import type { Article, ArticleSummary, EntityKind } from './article';

/** Articles per list chunk. A list page shows one chunk; "more" fetches the next. */
export const CHUNK_SIZE = 30;

export interface FacetValue {
  slug: string;
  name: string;
  count: number;
}

/** The facets a filter panel offers. */
export type PanelKind = 'sections' | EntityKind;
export const FACET_KINDS: readonly PanelKind[] = ['sections', 'people', 'places', 'organisations'];

/**
 * Ways into the corpus besides the panel's: an author's page, a source's, and the archive of a
 * year or month (slug `2024` or `2024-03`, dated corpora only). Each is a list with postings like
 * a topic's, so they share its page, data files, prerender and sitemap.
 */
export type WayInKind = 'authors' | 'sources' | 'archive';
export const WAY_IN_KINDS: readonly WayInKind[] = ['authors', 'sources', 'archive'];

export type FacetKind = PanelKind | WayInKind;

/** One value of one facet: a section, person, place or organisation, author, source or archive period. */
export interface FacetRef {
  kind: FacetKind;
  slug: string;
}

/** Where the site lives and what it is, from SITE_URL, SITE_LANG, SITE_DESCRIPTION and SITE_TITLE. */
export interface SiteInfo {
  siteTitle: string;
  /** Absolute URL of the site root ending in '/', e.g. https://example.org/news/; null when the build had none (then it wrote no feeds or sitemap). */
  siteUrl: string | null;
  /** BCP 47 language tag: `<html lang>`, feed languages, og:locale. */
  siteLang: string;
  siteDescription: string | null;
}

/** Small, fixed-size site description loaded on every page. */
export interface Manifest extends SiteInfo {
  articleCount: number;
  chunkCount: number;
  /** Whether any article has a date; when none has, lists are in file order, not newest first. */
  dated: boolean;
  /** Every section with its count, largest first. Bounded by the taxonomy size. */
  sections: FacetValue[];
  /** The most mentioned entities of each kind (a bounded top list), for navigation. */
  topEntities: Record<EntityKind, FacetValue[]>;
}

/** `chunks/<n>.json`: articles at ordinals n*CHUNK_SIZE .. +CHUNK_SIZE-1 (newest first). */
export interface SummaryChunk {
  index: number;
  items: ArticleSummary[];
}

/**
 * `facets/<kind>/<slug>.ids.json`: only which articles carry one facet value, for counting it
 * under a filter; a panel counts a dozen values and needs none of their summaries.
 */
export interface FacetIds {
  count: number;
  /** Ordinals (positions in newest-first order), ascending, as `encodeAscending` text (compactInts.ts). */
  ids: string;
  /**
   * Never in a data file: set on postings a prerendered numbered page carries cut to its own
   * page (laterPageOnly), whose `ids` start `from` articles into the whole list.
   */
  from?: number;
}

/** `facets/<kind>/<slug>.json`: which articles carry one facet value, and the first of them to show. */
export interface FacetPostings extends FacetIds {
  kind: FacetKind;
  slug: string;
  name: string;
  /** Summaries of the first CHUNK_SIZE ordinals, so a topic or entity page's first screen needs no list chunk. */
  first: ArticleSummary[];
  /**
   * How many of these articles carry each value the manifest lists (every section, the top
   * entities), zeros included: with this value alone as the filter (a topic page, one ticked
   * section), the facet panel counts from here and fetches no ids files.
   */
  listedCounts: Partial<Record<FacetKind, Record<string, number>>>;
  /** A place's country and, for a US city, its state, outermost first: the page's breadcrumb. */
  within?: PlaceLink[];
  /**
   * The places inside this one (a country's cities and states) with their articles, most first,
   * at most MAX_CONTAINED: this value's articles include theirs.
   */
  contains?: FacetValue[];
}

export interface PlaceLink {
  slug: string;
  name: string;
}

/** How many contained places a country's postings list. */
export const MAX_CONTAINED = 24;

/**
 * `ids.json`: which articles exist in this build, as a 32-bit hash of each id, so the reader's
 * read marks of removed articles can be told apart without the catalogue: about 4 characters an
 * article. Two ids rarely share a hash (about N in 4 billion, N the article count).
 */
export interface ArticleIds {
  count: number;
  /** Distinct `idHash`es, ascending, as `encodeAscending` text (compactInts.ts). */
  hashes: string;
}

/** FNV-1a over the id's UTF-16 code units: the number `ArticleIds` lists for it. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** `stories/<slug>.json`: one story, everything its page shows. */
export interface Story {
  slug: string;
  /** A headline chosen from its articles: the one most like the others. */
  title: string;
  count: number;
  /** Newest first (list order); every member, a story being at most MAX_STORY_SIZE articles. */
  articles: ArticleSummary[];
  /** Each source with its articles in the story, most first. */
  sources: { name: string; count: number }[];
  /** The entities its articles name most, most first, at most STORY_ENTITIES of each kind. */
  entities: Record<EntityKind, FacetValue[]>;
}

/** One row of `stories.json`: a story as a front page lists it. */
export interface StoryListing {
  slug: string;
  title: string;
  count: number;
  /** Its newest article's date, null when none is dated. */
  latest: string | null;
  sourceCount: number;
}

/** How many stories `stories.json` lists: it is small whatever the corpus size. */
export const STORY_LISTINGS = 60;
/** How many entities of each kind a story page names. */
export const STORY_ENTITIES = 8;
/** One story as the front page shows it: its newest article, and how widely it was covered. */
export interface FrontItem {
  article: ArticleSummary;
  /** Articles in its story (1 when the build grouped none). */
  storySize: number;
  /** The sources that covered the story, most articles first, at most FRONT_SOURCES. */
  sources: string[];
}

export interface FrontSection {
  section: FacetValue;
  /** At most FRONT_PER_SECTION, none already shown higher on the page. */
  items: FrontItem[];
}

/** An entity in the news, with its newest article's headline. */
export interface FrontEntity extends FacetValue {
  kind: EntityKind;
  latest: { slug: string; title: string };
}

/**
 * `front.json`: the front page, chosen at build time. Bounded whatever the corpus size: one lead,
 * FRONT_TOP top stories, FRONT_PER_SECTION per section (sections are bounded by the taxonomy),
 * FRONT_DEVELOPING developing stories and FRONT_ENTITIES entities.
 */
export interface FrontPage {
  lead: FrontItem | null;
  top: FrontItem[];
  sections: FrontSection[];
  /** Stories that grew most recently; empty when the build grouped no stories. */
  developing: FrontItem[];
  inTheNews: FrontEntity[];
}

export const FRONT_TOP = 6;
export const FRONT_PER_SECTION = 5;
export const FRONT_DEVELOPING = 5;
export const FRONT_ENTITIES = 9;
export const FRONT_SOURCES = 5;

export const dataPaths = {
  manifest: () => 'manifest.json',
  front: () => 'front.json',
  articleIds: () => 'ids.json',
  chunk: (index: number) => `chunks/${index}.json`,
  article: (slug: string) => `articles/${slug}.json`,
  facet: (kind: FacetKind, slug: string) => `facets/${kind}/${slug}.json`,
  /** Slugs never hold a dot, so this cannot collide with another value's postings. */
  facetIds: (kind: FacetKind, slug: string) => `facets/${kind}/${slug}.ids.json`,
  /** The stories that grew most recently, newest first: `StoryListing[]`, at most STORY_LISTINGS. */
  storyListings: () => 'stories.json',
  story: (slug: string) => `stories/${slug}.json`,
} as const;

export type { Article, ArticleSummary };
