// A whole Article with plain defaults, for tests of the data files built from a corpus.
import type { Article, EntityRef } from '../../../src/model/article';

interface Facets {
  sections?: string[];
  people?: string[];
  places?: EntityRef[];
}

export function testArticle(i: number, { sections = [], people = [], places = [] }: Facets = {}): Article {
  return {
    id: `id-${i}`,
    slug: `story-${i}`,
    title: `Story ${i}`,
    dek: null,
    date: null,
    source: null,
    readingMinutes: 1,
    sections: sections.map((slug) => ({ slug, name: slug, confidence: 1 })),
    file: `${i}.txt`,
    byline: null,
    url: null,
    caption: null,
    body: [{ type: 'p', children: ['Text.'] }],
    wordCount: 100,
    entities: { people: people.map((slug) => ({ slug, name: slug, count: 1 })), places, organisations: [] },
    prev: null,
    next: null,
  };
}
