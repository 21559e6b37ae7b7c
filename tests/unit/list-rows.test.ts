// List rows name sections by slug and name only (decision 0022): a re-fitted section model moves
// confidences across the corpus, and that must not change a list's files, only the articles' own.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article';
import { buildCorpus } from '../../src/pipeline/build/corpus';
import { resolveOptions } from '../../src/pipeline/build/config';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import type { StoryGroup } from '../../src/pipeline/enrich/stories';
import { makeTmpDir, repoRoot, seedsDir } from '../harness/paths';
import { testArticle } from './support/article';

const SITE = { siteTitle: 'Test', siteUrl: null, siteLang: 'en', siteDescription: null };
const stories: StoryGroup[] = [{ slug: 'flood-abc', members: [0, 2], headline: 0 }];

function corpus(confidence: (i: number) => number): Article[] {
  return [0, 1, 2, 3].map((i) => {
    const article = testArticle(i, { sections: ['sport', 'world'], people: ['ana-vel'] });
    const story = stories.find((s) => s.members.includes(i));
    return {
      ...article,
      date: `2024-05-0${9 - i}`,
      sections: article.sections.map((s, k) => ({ ...s, confidence: k === 0 ? confidence(i) : 0.25 })),
      ...(story && { story: { slug: story.slug, count: story.members.length } }),
    };
  });
}

describe('list rows', () => {
  it('are the same bytes whatever the confidences; only the article files change with them', () => {
    const before = new Map(
      dataFiles(
        corpus(() => 0.612),
        SITE,
        { stories },
      ),
    );
    const after = new Map(
      dataFiles(
        corpus((i) => (i === 1 ? 0.613 : 0.612)),
        SITE,
        { stories },
      ),
    );
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed).toEqual(['articles/story-1.json']);
    expect(JSON.parse(after.get('articles/story-1.json')!)).toMatchObject({
      sections: [{ slug: 'sport', name: 'sport', confidence: 0.613 }, { confidence: 0.25 }],
    });
  });

  it("leave confidence out of the rows a build makes, prev and next included, and keep it in the article's own sections", async () => {
    const seeds = makeTmpDir('list-rows-seeds');
    cpSync(seedsDir, seeds, { recursive: true });
    writeFileSync(path.join(seeds, 'b.txt'), 'A second story\n\nThe council met on Tuesday about the harbour.\n');
    writeFileSync(path.join(seeds, 'c.txt'), 'A third story\n\nThe team won the final on Saturday night.\n');
    const built = await buildCorpus(resolveOptions(['--seeds', seeds], {}, repoRoot));
    expect(built.articles).toHaveLength(3);
    for (const article of built.articles) {
      expect(article.sections.length).toBeGreaterThan(0);
      for (const s of article.sections) expect(typeof s.confidence).toBe('number');
      for (const row of [article.prev, article.next]) {
        for (const s of row?.sections ?? []) expect(Object.keys(s)).toEqual(['slug', 'name']);
      }
    }
    expect(built.articles.filter((a) => a.prev !== null)).toHaveLength(2);
  });
});
