import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { FRONT_PER_SECTION, FRONT_TOP, dataPaths, type FrontPage, type SiteInfo } from '../../src/model/data';
import { dataFiles, indexFacets, summarise } from '../../src/pipeline/emit/dataFiles';
import { frontPage, type StoryLookup } from '../../src/pipeline/emit/front';
import { testArticle } from './support/article';

const site: SiteInfo = { siteTitle: 'T', siteUrl: null, siteLang: 'en', siteDescription: null };

/** storyOf groups articles as the build's stories would: on each article, with its story's size. */
function front(articles: Article[], storyOf: StoryLookup | null = null): FrontPage {
  const keys = articles.map((a, i) => storyOf?.(a, i)?.key ?? null);
  const size = (key: string) => keys.filter((k) => k === key).length;
  const grouped = articles.map((a, i) => {
    const key = keys[i];
    return key === null || key === undefined ? a : { ...a, story: { slug: key, count: size(key) } };
  });
  const files = new Map(dataFiles(grouped, site));
  return JSON.parse(files.get(dataPaths.front())!) as FrontPage;
}

const dated = (a: Article, date: string): Article => ({ ...a, date });
const withSource = (a: Article, source: string): Article => ({ ...a, source });

describe('front page data (front.json)', () => {
  it('leads with the newest article of a dated corpus, then the next newest as top stories', () => {
    const articles = Array.from({ length: 10 }, (_, i) =>
      dated(testArticle(i, { sections: [`s${i % 5}`] }), `2025-01-${String(20 - i).padStart(2, '0')}`),
    );
    const page = front(articles);
    expect(page.lead?.article.id).toBe('id-0');
    expect(page.lead?.storySize).toBe(1);
    expect(page.top.map((t) => t.article.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6']);
    expect(page.developing).toEqual([]);
  });

  it('gives each section a block of its own articles not already shown, at most five', () => {
    const articles = Array.from({ length: 40 }, (_, i) =>
      testArticle(i, { sections: [i < 30 ? 'politics' : 'sport'] }),
    );
    const page = front(articles);
    const shown = [page.lead!, ...page.top].map((t) => t.article.id);
    const politics = page.sections.find((b) => b.section.slug === 'politics')!;
    expect(politics.items).toHaveLength(FRONT_PER_SECTION);
    for (const item of politics.items) expect(shown).not.toContain(item.article.id);
    expect(page.sections.map((b) => b.section.slug)).toEqual(['politics', 'sport']);
    // No more than two top stories from one section while others have stories to give.
    const topSections = [page.lead!, ...page.top].map((t) => t.article.sections[0]!.slug);
    expect(topSections.filter((s) => s === 'politics').length).toBeLessThanOrEqual(2);
  });

  it('ranks an undated corpus by how many articles share its main entities', () => {
    const articles = Array.from({ length: 8 }, (_, i) =>
      testArticle(i, { sections: ['news'], people: i === 5 || i > 5 ? ['many'] : [`lone-${i}`] }),
    );
    // Articles 5, 6, 7 share "many": the first of them in file order leads.
    expect(front(articles).lead?.article.id).toBe('id-5');
  });

  it('leads with the most covered story when the build has stories, listing its sources', () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      withSource(
        dated(testArticle(i, { sections: ['news'] }), `2025-02-${String(28 - i).padStart(2, '0')}`),
        i % 2 ? 'BBC' : 'Reuters',
      ),
    );
    // Articles 4, 6, 8 and 9 are one story; 2 and 3 another; the rest stand alone.
    const story = new Map([...[4, 6, 8, 9].map((o) => [o, 'big'] as const), [2, 'small'], [3, 'small']]);
    const page = front(articles, (_, ordinal) => (story.has(ordinal) ? { key: story.get(ordinal)! } : null));
    expect(page.lead?.article.id).toBe('id-4');
    expect(page.lead?.storySize).toBe(4);
    expect(page.lead?.sources).toEqual(['Reuters', 'BBC']);
    expect(page.top[0]?.article.id).toBe('id-2');
    // One entry a story: no other article of the lead's story appears anywhere on the page.
    const everywhere = [...page.top, ...page.sections.flatMap((b) => b.items)].map((t) => t.article.id);
    for (const id of ['id-6', 'id-8', 'id-9', 'id-3']) expect(everywhere).not.toContain(id);
    // Developing: stories other than the lead's, the one whose newest article is newest first.
    expect(page.developing.map((d) => d.article.id)).toEqual(['id-2']);
  });

  it('stays the same size whatever the corpus size', () => {
    const corpus = (n: number) =>
      Array.from({ length: n }, (_, i) => testArticle(i, { sections: [`s${i % 8}`], people: [`p${i % 40}`] }));
    const size = (n: number) => JSON.stringify(front(corpus(n))).length;
    const small = size(200);
    expect(size(5000)).toBeLessThan(small * 1.1);
    const page = front(corpus(5000));
    expect(page.top.length).toBe(FRONT_TOP);
  });

  it('has a lead and nothing else on a one-article site, and nothing on an empty one', () => {
    const one = front([testArticle(0, { sections: ['news'] })]);
    expect(one.lead?.article.id).toBe('id-0');
    expect(one.top).toEqual([]);
    expect(one.sections).toEqual([]);
    expect(front([]).lead).toBeNull();
  });

  it('names each entity in the news with its newest article', () => {
    const articles = [testArticle(0, { people: ['ada'] }), testArticle(1, { people: ['ada', 'bob'] })];
    const index = indexFacets(articles);
    const manifest = {
      sections: [],
      topEntities: {
        people: [
          { slug: 'ada', name: 'Ada', count: 2 },
          { slug: 'bob', name: 'Bob', count: 1 },
        ],
        places: [],
        organisations: [],
      },
    };
    const page = frontPage(articles, articles.map(summarise), index, manifest);
    expect(page.inTheNews).toEqual([
      { kind: 'people', slug: 'ada', name: 'Ada', count: 2, latest: { slug: 'story-0', title: 'Story 0' } },
      { kind: 'people', slug: 'bob', name: 'Bob', count: 1, latest: { slug: 'story-1', title: 'Story 1' } },
    ]);
  });
});
