// In-memory data files in the pipeline's shapes (src/model/data.ts), for rendering the app
// without a build. Small and generated, so each test can say exactly what it expects.
import type { Article, EntityRef, Section } from '../../../src/model/article';
import { dataFiles, summarise as summaryOf } from '../../../src/pipeline/emit/dataFiles';

export interface ArticleSpec {
  title: string;
  slug?: string;
  dek?: string | null;
  date?: string | null;
  sections?: string[];
  people?: string[];
  places?: string[];
  /** Where a place lies, outermost first (EntityRef.within), by the place's name. */
  within?: Record<string, string[]>;
  organisations?: string[];
  body?: Article['body'];
  byline?: string | null;
  source?: string | null;
  url?: string | null;
  caption?: Article['caption'];
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function toArticle(spec: ArticleSpec, i: number): Article {
  const sections: Section[] = (spec.sections ?? ['World']).map((name) => ({
    slug: slugOf(name),
    name,
    confidence: 0.9,
  }));
  const entity = (names: string[] | undefined): EntityRef[] =>
    (names ?? []).map((name) => {
      const within = spec.within?.[name];
      return { name, slug: slugOf(name), count: 1, ...(within ? { within } : {}) };
    });
  return {
    id: `id-${i}`,
    slug: spec.slug ?? slugOf(spec.title),
    title: spec.title,
    dek: spec.dek ?? null,
    date: spec.date ?? null,
    source: spec.source ?? null,
    readingMinutes: 3,
    sections,
    file: `${i}.txt`,
    byline: spec.byline ?? null,
    url: spec.url ?? null,
    caption: spec.caption ?? null,
    body: spec.body ?? [{ type: 'p', children: [`Body of ${spec.title}.`] }],
    wordCount: 600,
    entities: { people: entity(spec.people), places: entity(spec.places), organisations: entity(spec.organisations) },
    prev: null,
    next: null,
  };
}

/** The articles as the pipeline lists them: newest first, undated after dated ones, in the order given. */
export function siteArticles(specs: ArticleSpec[]): Article[] {
  const articles = specs
    .map(toArticle)
    .map((article, i) => ({ article, i }))
    .sort((a, b) => {
      if (a.article.date && b.article.date) return b.article.date.localeCompare(a.article.date) || a.i - b.i;
      if (a.article.date) return -1;
      if (b.article.date) return 1;
      return a.i - b.i;
    })
    .map(({ article }) => article);
  articles.forEach((article, i) => {
    article.prev = i > 0 ? summaryOf(articles[i - 1]!) : null;
    article.next = i < articles.length - 1 ? summaryOf(articles[i + 1]!) : null;
  });
  return articles;
}

/** Every data file for these articles, keyed by path relative to the data root, made by the pipeline's own emitter. */
export function buildSiteData(
  specs: ArticleSpec[],
  siteTitle = 'The Test Gazette',
  siteUrl: string | null = null,
): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const site = { siteTitle, siteUrl, siteLang: 'en', siteDescription: null };
  for (const [path, text] of dataFiles(siteArticles(specs), site)) files.set(path, JSON.parse(text));
  return files;
}

/** `count` dated articles, newest first by construction: "Story 1" is the newest. */
export function numberedSpecs(count: number, sectionOf: (n: number) => string[] = () => ['World']): ArticleSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const day = new Date(Date.UTC(2025, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
    return { title: `Story ${n}`, slug: `story-${n}`, dek: `Dek of story ${n}`, date: day, sections: sectionOf(n) };
  });
}
