// `npm run -s catalog`: one JSON line per article, for scripts and for checking what the pipeline understood.
import { ENTITY_KINDS, type Article } from '../../model/article';
import { plainParagraphs } from '../../model/plainText';

export function catalogLine(article: Article): string {
  return JSON.stringify({
    file: article.file,
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    byline: article.byline,
    date: article.date,
    source: article.source,
    topics: article.sections.map((s) => s.name),
    sections: article.sections.map((s) => ({ name: s.name, slug: s.slug, confidence: s.confidence })),
    entities: Object.fromEntries(ENTITY_KINDS.map((k) => [k, article.entities[k].map((e) => e.name)])),
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    paragraphs: plainParagraphs(article.body),
    ...(article.duplicateOf && { duplicateOf: article.duplicateOf.slug }),
  });
}
