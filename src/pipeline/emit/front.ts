// The front page (front.json), chosen at build time: a lead story, top stories, one block per
// section, developing stories and the entities in the news. Every list in it has a fixed cap, so
// the file stays the same size from one article to 100,000 (decision 0002).
import { ENTITY_KINDS, type Article, type ArticleSummary } from '../../model/article';
import {
  FRONT_DEVELOPING,
  FRONT_ENTITIES,
  FRONT_PER_SECTION,
  FRONT_SOURCES,
  FRONT_TOP,
  type FrontEntity,
  type FrontItem,
  type FacetKind,
  type FrontPage,
  type Manifest,
} from '../../model/data';

/** Which articles carry each facet value (dataFiles.ts's FacetIndex): ordinals, ascending. */
type FacetIndex = ReadonlyMap<FacetKind, ReadonlyMap<string, { ordinals: readonly number[] }>>;

/** The story an article belongs to, when the build grouped articles about one event. */
export interface StoryOf {
  /** The same for every article of one story. */
  key: string;
}

/** Which story the article at `ordinal` is in; null for an article in no story. */
export type StoryLookup = (article: Article, ordinal: number) => StoryOf | null;

/** Top stories from one section, so the top of the page is not all one section. */
const TOP_PER_SECTION = 2;
/** The entities an article is most about, whose reach makes its prominence. */
const PROMINENT_ENTITIES = 3;

/** One story (or a lone article) on the page: its newest article stands for it. */
interface Unit {
  /** Ordinal of its newest article (the first in the build's order). */
  first: number;
  size: number;
  sources: Map<string, number>;
  /** Rank among all units for the lead and top stories: lower is higher on the page. */
  rank: number;
}

function unitsOf(articles: readonly Article[], storyOf: StoryLookup | null): Unit[] {
  const byKey = new Map<string, Unit>();
  const units: Unit[] = [];
  articles.forEach((article, ordinal) => {
    const key = storyOf?.(article, ordinal)?.key;
    let unit = key === undefined ? undefined : byKey.get(key);
    if (!unit) {
      unit = { first: ordinal, size: 0, sources: new Map(), rank: 0 };
      units.push(unit);
      if (key !== undefined) byKey.set(key, unit);
    }
    unit.size++;
    if (article.source) unit.sources.set(article.source, (unit.sources.get(article.source) ?? 0) + 1);
  });
  return units;
}

/**
 * How many other articles share the entities this article mentions most: an undated corpus has
 * no "newest", and an article about what many others are about is the likelier lead.
 */
function prominence(article: Article, index: FacetIndex): number {
  const mentioned = ENTITY_KINDS.flatMap((kind) => article.entities[kind].map((e) => ({ kind, e })))
    .sort((a, b) => b.e.count - a.e.count || (a.e.slug < b.e.slug ? -1 : a.e.slug > b.e.slug ? 1 : 0))
    .slice(0, PROMINENT_ENTITIES);
  return mentioned.reduce((sum, { kind, e }) => sum + (index.get(kind)?.get(e.slug)?.ordinals.length ?? 1) - 1, 0);
}

/**
 * Orders units for the lead and top stories: the most covered stories first when the build has
 * stories, else the newest when articles are dated, else the most prominent. Ties keep the
 * build's order (newest first, or file order), so the same corpus gives the same page.
 */
function rankUnits(units: Unit[], articles: readonly Article[], index: FacetIndex): void {
  const grouped = units.some((u) => u.size > 1);
  const dated = articles.some((a) => a.date !== null);
  const score = (u: Unit) => (grouped ? u.size : dated ? 0 : prominence(articles[u.first]!, index));
  const scores = new Map(units.map((u) => [u, score(u)]));
  const ordered = [...units].sort((a, b) => scores.get(b)! - scores.get(a)! || a.first - b.first);
  ordered.forEach((u, i) => (u.rank = i));
}

function itemOf(unit: Unit, summaries: readonly ArticleSummary[]): FrontItem {
  const sources = [...unit.sources]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, FRONT_SOURCES)
    .map(([name]) => name);
  return { article: summaries[unit.first]!, storySize: unit.size, sources };
}

const primarySlug = (article: Article) => article.sections[0]?.slug;

/**
 * Builds front.json from the articles in the build's order and their list summaries; `storyOf`
 * groups articles into stories (enrich/stories.ts) when the build has them.
 */
export function frontPage(
  articles: readonly Article[],
  summaries: readonly ArticleSummary[],
  index: FacetIndex,
  manifest: Pick<Manifest, 'sections' | 'topEntities'>,
  storyOf: StoryLookup | null = null,
): FrontPage {
  const units = unitsOf(articles, storyOf);
  rankUnits(units, articles, index);
  const unitAt = new Map(units.map((u) => [u.first, u]));
  const ranked = [...units].sort((a, b) => a.rank - b.rank);
  const shown = new Set<Unit>();

  const top: Unit[] = [];
  const perSection = new Map<string | undefined, number>();
  for (const unit of ranked) {
    if (top.length > FRONT_TOP) break;
    const section = primarySlug(articles[unit.first]!);
    const taken = perSection.get(section) ?? 0;
    if (top.length > 0 && taken >= TOP_PER_SECTION) continue;
    perSection.set(section, taken + 1);
    top.push(unit);
    shown.add(unit);
  }

  // A section's block: its own stories (primary section) first, then those it shares, by rank.
  const sections = manifest.sections.flatMap((section) => {
    const ordinals = index.get('sections')?.get(section.slug)?.ordinals ?? [];
    const candidates = ordinals
      .map((o) => unitAt.get(o))
      .filter((u): u is Unit => u !== undefined && !shown.has(u))
      .sort(
        (a, b) =>
          Number(primarySlug(articles[b.first]!) === section.slug) -
            Number(primarySlug(articles[a.first]!) === section.slug) || a.rank - b.rank,
      )
      .slice(0, FRONT_PER_SECTION);
    candidates.forEach((u) => shown.add(u));
    return candidates.length === 0 ? [] : [{ section, items: candidates.map((u) => itemOf(u, summaries)) }];
  });

  // Grew most recently: a story's newest article is its first, and only dates say "recently".
  const dated = articles.some((a) => a.date !== null);
  const developing = dated
    ? units
        .filter((u) => u.size > 1 && u !== top[0])
        .sort((a, b) => a.first - b.first)
        .slice(0, FRONT_DEVELOPING)
    : [];

  const perKind = Math.ceil(FRONT_ENTITIES / ENTITY_KINDS.length);
  const inTheNews: FrontEntity[] = ENTITY_KINDS.flatMap((kind) =>
    manifest.topEntities[kind].slice(0, perKind).flatMap((value) => {
      const newest = index.get(kind)?.get(value.slug)?.ordinals[0];
      const article = newest === undefined ? undefined : articles[newest];
      return article ? [{ ...value, kind, latest: { slug: article.slug, title: article.title } }] : [];
    }),
  ).slice(0, FRONT_ENTITIES);

  return {
    lead: top[0] ? itemOf(top[0], summaries) : null,
    top: top.slice(1).map((u) => itemOf(u, summaries)),
    sections,
    developing: developing.map((u) => itemOf(u, summaries)),
    inTheNews,
  };
}
