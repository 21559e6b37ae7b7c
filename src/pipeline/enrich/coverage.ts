// Related articles and stories, from one pass over the corpus' features (related.ts, stories.ts).
import type { Entities, Section } from '../../model/article';
import { findNeighbours, relatedArticles } from './related';
import { findStories, type StoryGroup } from './stories';
import type { TermMatrix } from './termMatrix';

export interface CoverageArticle {
  id: string;
  title: string;
  /** ISO date or date-time, null when undated. */
  date: string | null;
  entities: Entities;
  sections: Section[];
}

export interface Coverage {
  /** Ordinals of each article's related articles, best first. */
  related: number[][];
  stories: StoryGroup[];
}

/** `matrix` holds the articles' words, in the same order as `articles`. */
export function findCoverage(articles: CoverageArticle[], matrix: TermMatrix): Coverage {
  const titles = articles.map((a) => a.title);
  const neighbours = findNeighbours({
    matrix,
    entities: articles.map((a) => a.entities),
    sections: articles.map((a) => a.sections),
  });
  const stories = findStories({
    neighbours,
    instants: articles.map((a) => (a.date === null ? null : Date.parse(a.date))),
    ids: articles.map((a) => a.id),
    titles,
  });
  return { related: relatedArticles(neighbours, titles), stories };
}
