// The stories' data files: one per story (`stories/<slug>.json`, its page) and `stories.json`, the
// stories that grew most recently, for a front page to lead with.
import { ENTITY_KINDS, type Article, type ArticleSummary, type EntityKind } from '../../model/article';
import {
  STORY_ENTITIES,
  STORY_LISTINGS,
  dataPaths,
  type FacetValue,
  type Story,
  type StoryListing,
} from '../../model/data';
import type { StoryGroup } from '../enrich/stories';

/** Names and slugs counted once per article, most first, ties by slug. */
function tally(entries: { slug: string; name: string }[][]): FacetValue[] {
  const by = new Map<string, FacetValue>();
  for (const list of entries) {
    for (const slug of new Set(list.map((e) => e.slug))) {
      const entry = list.find((e) => e.slug === slug)!;
      const value = by.get(slug) ?? { slug, name: entry.name, count: 0 };
      value.count++;
      by.set(slug, value);
    }
  }
  return [...by.values()].sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));
}

export function storyData(
  group: StoryGroup,
  articles: readonly Article[],
  summaries: readonly ArticleSummary[],
): Story {
  const members = group.members.map((m) => articles[m]!);
  const sources = tally(members.flatMap((a) => (a.source === null ? [] : [[{ slug: a.source, name: a.source }]])));
  return {
    slug: group.slug,
    title: articles[group.headline]!.title,
    count: members.length,
    articles: group.members.map((m) => summaries[m]!),
    sources: sources.map(({ name, count }) => ({ name, count })),
    entities: Object.fromEntries(
      ENTITY_KINDS.map((kind) => [kind, tally(members.map((a) => a.entities[kind])).slice(0, STORY_ENTITIES)]),
    ) as Record<EntityKind, FacetValue[]>,
  };
}

/**
 * The stories whose newest article is newest, then the biggest: what is moving now. Undated
 * stories come after dated ones, biggest first. At most STORY_LISTINGS, whatever the corpus size.
 */
export function latestStories(stories: readonly Story[]): StoryListing[] {
  const listings = stories.map((story) => ({
    slug: story.slug,
    title: story.title,
    count: story.count,
    // Members are newest first, so the first dated one is the newest.
    latest: story.articles.find((a) => a.date !== null)?.date ?? null,
    sourceCount: story.sources.length,
  }));
  const instant = (l: StoryListing) => (l.latest === null ? -Infinity : Date.parse(l.latest));
  listings.sort(
    (a, b) => instant(b) - instant(a) || b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  return listings.slice(0, STORY_LISTINGS);
}

export function* storyFiles(
  groups: readonly StoryGroup[],
  articles: readonly Article[],
  summaries: readonly ArticleSummary[],
): Generator<[string, string]> {
  const stories = groups.map((group) => storyData(group, articles, summaries));
  for (const story of stories) yield [dataPaths.story(story.slug), JSON.stringify(story)];
  yield [dataPaths.storyListings(), JSON.stringify(latestStories(stories))];
}
