// The stories' data files, routes and sitemap entries, from a corpus whose stories are given.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { dataPaths, type Story, type StoryListing, type SummaryChunk } from '../../src/model/data';
import { prerenderRoutes } from '../../src/pipeline/build/build';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { sitemapPages } from '../../src/pipeline/emit/sitemap';
import type { StoryGroup } from '../../src/pipeline/enrich/stories';
import { testArticle } from './support/article';

const SITE = { siteTitle: 'Test', siteUrl: null, siteLang: 'en', siteDescription: null };

// Newest first, as a corpus orders them: 0 and 2 are one story, 1 and 3 another, 4 is alone.
const dates = ['2024-05-09', '2024-05-08', '2024-05-07', '2024-05-01', '2024-04-01'];
const sources = ['Ledger', 'Courier', 'Ledger', 'Post', 'Post'];
const stories: StoryGroup[] = [
  { slug: 'flood-abc', members: [0, 2], headline: 2 },
  { slug: 'strike-def', members: [1, 3], headline: 1 },
];
const articles: Article[] = dates.map((date, i) => {
  const story = stories.find((s) => s.members.includes(i));
  return {
    ...testArticle(i, { people: i % 2 === 0 ? ['ana-vel', `p${i}`] : ['jo-kor'] }),
    date,
    source: sources[i]!,
    ...(story && { story: { slug: story.slug, count: story.members.length } }),
  };
});
const files = new Map(dataFiles(articles, SITE, { stories }));
const read = <T>(file: string): T => JSON.parse(files.get(file)!) as T;

describe('story files', () => {
  it('hold the headline, the articles newest first, the sources and the most named entities', () => {
    const story = read<Story>(dataPaths.story('flood-abc'));
    expect(story.title).toBe('Story 2');
    expect(story.count).toBe(2);
    expect(story.articles.map((a) => a.slug)).toEqual(['story-0', 'story-2']);
    expect(story.sources).toEqual([{ name: 'Ledger', count: 2 }]);
    expect(story.entities.people.map((p) => [p.slug, p.count])).toEqual([
      ['ana-vel', 2],
      ['p0', 1],
      ['p2', 1],
    ]);
  });

  it('list the stories whose newest article is newest first in stories.json', () => {
    const listings = read<StoryListing[]>(dataPaths.storyListings());
    expect(listings.map((l) => [l.slug, l.latest, l.count])).toEqual([
      ['flood-abc', '2024-05-09', 2],
      ['strike-def', '2024-05-08', 2],
    ]);
  });

  it("carry each story's slug and size on its articles' list rows, and nothing on a lone article's", () => {
    const rows = read<SummaryChunk>(dataPaths.chunk(0)).items;
    expect(rows.map((r) => r.story ?? null)).toEqual([
      { slug: 'flood-abc', count: 2 },
      { slug: 'strike-def', count: 2 },
      { slug: 'flood-abc', count: 2 },
      { slug: 'strike-def', count: 2 },
      null,
    ]);
  });

  it('are prerendered and in the sitemap, dated by their newest article', () => {
    const routes = prerenderRoutes({ articles, problems: [], skipped: [], stories, copies: [] });
    expect(routes).toContain('/stories/flood-abc');
    expect(routes).toContain('/stories/strike-def');
    const pages = sitemapPages(routes, articles);
    expect(pages.find((p) => p.route === '/stories/strike-def')?.date).toBe('2024-05-08');
  });
});
