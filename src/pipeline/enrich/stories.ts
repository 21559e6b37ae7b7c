// Stories: the articles about one event, grouped. Pairs of neighbours (related.ts) alike enough to
// be the same event, and close enough in time where both are dated, are joined strongest first
// (single linkage, as Kruskal's algorithm adds edges), but never into a story longer than
// MAX_STORY_SIZE articles or spanning more than MAX_STORY_DAYS: the caps stop a chain of
// "somewhat alike" pairs from growing into a topic. A lone article is not a story.
import { idHash } from '../../model/data';
import { slugify } from '../../model/routes';
import type { Neighbourhood } from './related';

export interface StoryGroup {
  slug: string;
  /** Ordinals of its articles, ascending: newest first, as lists are. */
  members: number[];
  /** The ordinal whose headline the story takes. */
  headline: number;
}

/** Two articles at least this alike in words and entities (eventScore, related.ts) may be one event. */
export const STORY_SCORE = 0.65;
/** Two dated articles further apart than this are not joined directly. */
const PAIR_DAYS = 7;
/** Nor does a story grow to cover more than this many days from its first article to its last. */
const MAX_STORY_DAYS = 21;
/** The biggest story: a bound on a page, and on how far a chain of weak pairs can run. */
export const MAX_STORY_SIZE = 60;
const DAY_MS = 86_400_000;

export interface StoryInput {
  neighbours: Neighbourhood;
  /** Each article's instant (ms), null when undated. */
  instants: (number | null)[];
  ids: string[];
  titles: string[];
}

export function findStories({ neighbours, instants, ids, titles }: StoryInput): StoryGroup[] {
  const N = instants.length;
  const { k, index, eventScore } = neighbours;
  const edges: [number, number, number][] = [];
  for (let d = 0; d < N; d++) {
    for (let slot = 0; slot < k; slot++) {
      const other = index[d * k + slot]!;
      const s = eventScore[d * k + slot]!;
      if (other < 0) break;
      if (s < STORY_SCORE) continue;
      // Each pair once: from the earlier ordinal, or from the later when the earlier did not keep it.
      if (other < d && keeps(neighbours, other, d)) continue;
      if (apart(instants[d]!, instants[other]!) > PAIR_DAYS * DAY_MS) continue;
      edges.push([Math.min(d, other), Math.max(d, other), s]);
    }
  }
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);

  const parent = Int32Array.from({ length: N }, (_, i) => i);
  const size = new Int32Array(N).fill(1);
  const first = instants.map((t) => t ?? Infinity);
  const last = instants.map((t) => t ?? -Infinity);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of edges) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb || size[ra]! + size[rb]! > MAX_STORY_SIZE) continue;
    const from = Math.min(first[ra]!, first[rb]!);
    const to = Math.max(last[ra]!, last[rb]!);
    if (to - from > MAX_STORY_DAYS * DAY_MS) continue;
    const [big, small] = size[ra]! >= size[rb]! ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big]! += size[small]!;
    first[big] = from;
    last[big] = to;
  }

  const groups = new Map<number, number[]>();
  for (let d = 0; d < N; d++) {
    if (size[root(d)]! < 2) continue;
    const r = root(d);
    const list = groups.get(r);
    if (list) list.push(d);
    else groups.set(r, [d]);
  }
  const stories = [...groups.values()].map((members) => ({
    slug: storySlug(members, instants, ids, titles),
    members,
    headline: centralMember(members, neighbours),
  }));
  return uniqueSlugs(stories.sort((a, b) => a.members[0]! - b.members[0]!));
}

function keeps({ k, index }: Neighbourhood, d: number, other: number): boolean {
  for (let slot = 0; slot < k; slot++) if (index[d * k + slot] === other) return true;
  return false;
}

function apart(a: number | null, b: number | null): number {
  return a === null || b === null ? 0 : Math.abs(a - b);
}

/** The member most like the rest of the story: its headline speaks for the story. */
function centralMember(members: number[], { k, index, eventScore }: Neighbourhood): number {
  const inStory = new Set(members);
  let best = members[0]!;
  let bestSum = -1;
  for (const d of members) {
    let sum = 0;
    for (let slot = 0; slot < k; slot++) if (inStory.has(index[d * k + slot]!)) sum += eventScore[d * k + slot]!;
    if (sum > bestSum) [best, bestSum] = [d, sum];
  }
  return best;
}

/**
 * Named after the article that began it (the earliest; undated, the least id) and that article's
 * id: later articles joining the story leave its address alone.
 */
function storySlug(members: number[], instants: (number | null)[], ids: string[], titles: string[]): string {
  const began = members.reduce((a, b) => {
    const ta = instants[a] ?? Infinity;
    const tb = instants[b] ?? Infinity;
    return tb < ta || (tb === ta && ids[b]! < ids[a]!) ? b : a;
  });
  const words = slugify(titles[began]!).split('-');
  let head = words[0]!;
  for (const word of words.slice(1)) {
    if (head.length + word.length + 1 > 60) break;
    head += `-${word}`;
  }
  return `${head}-${idHash(ids[began]!).toString(36)}`;
}

/** Two stories can begin with articles of one headline whose ids hash alike: the later gets a number. */
function uniqueSlugs(stories: StoryGroup[]): StoryGroup[] {
  const seen = new Map<string, number>();
  return stories.map((story) => {
    const n = (seen.get(story.slug) ?? 0) + 1;
    seen.set(story.slug, n);
    return n === 1 ? story : { ...story, slug: `${story.slug}-${n}` };
  });
}
