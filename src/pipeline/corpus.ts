// Seeds in, ordered enriched articles out: the whole model side of a build, without any output.
import type { Article, ArticleDraft, ArticleSummary, Problem } from '../model/article';
import type { BuildOptions } from './config';
import { loadSeeds } from './load';
import { plainParagraphs } from '../model/plainText';
import { draftWords, identify, type Identified } from './identify';
import { loadTaxonomy } from './enrich/taxonomy';
import { assignSections } from './enrich/sections';
import { extractEntities } from './enrich/entities';
import { mergeEntityNames } from './enrich/entityNames';
import type { EntityCache } from './entityCache';

export interface Corpus {
  /** Newest first: dated articles by date, then undated ones by file name. */
  articles: Article[];
  problems: Problem[];
  /** Files left out because they were broken and the user asked to skip them. */
  skipped: string[];
}

export class SeedErrors extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.filter((p) => p.severity === 'error').length} broken seed file(s)`);
  }
}

/** Newest first; undated after dated, by file name, so the order never depends on read order. */
export function compareForList(a: Identified, b: Identified): number {
  const da = a.draft.date;
  const db = b.draft.date;
  if (da && db && da !== db) return da < db ? 1 : -1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.draft.file < b.draft.file ? -1 : a.draft.file > b.draft.file ? 1 : 0;
}

export interface ReadSeeds {
  identified: Identified[];
  problems: Problem[];
  skipped: string[];
}

/** Reads and checks every seed; throws SeedErrors, before any output is touched, unless skipping. */
export async function readSeeds(options: BuildOptions, cache?: EntityCache): Promise<ReadSeeds> {
  const { drafts, problems } = await loadSeeds(options.seedsDir, cache ? (file, bytes) => cache.parse(file, bytes) : undefined);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !options.skipBroken) throw new SeedErrors(problems);
  const skipped = [...new Set(errors.map((p) => p.file))].sort();
  const wordsOf = cache ? (draft: ArticleDraft) => cache.words(draft, () => draftWords(draft)) : undefined;
  return { identified: identify(drafts, wordsOf).sort(compareForList), problems, skipped };
}

export async function buildCorpus(options: BuildOptions): Promise<Corpus> {
  return enrichCorpus(await readSeeds(options), options);
}

export function enrichCorpus({ identified, problems, skipped }: ReadSeeds, options: BuildOptions, cache?: EntityCache): Corpus {
  const taxonomy = loadTaxonomy(options.projectRoot, options.labels ?? undefined);
  const texts = identified.map((item) => ({
    title: item.draft.title,
    dek: item.draft.dek,
    paragraphs: plainParagraphs(item.draft.body),
    topics: item.draft.topics,
  }));
  const sections = assignSections(texts, taxonomy);
  // Merged across the corpus, so an article that only says "Blair" joins the Tony Blair page.
  const entities = mergeEntityNames(
    texts.map((text, i) => (cache ? cache.entities(identified[i]!.draft, () => extractEntities(text)) : extractEntities(text))),
  );

  const summaries: ArticleSummary[] = identified.map((item, i) => ({
    id: item.id,
    slug: item.slug,
    title: item.draft.title,
    dek: item.draft.dek,
    date: item.draft.date,
    source: item.draft.source,
    readingMinutes: item.readingMinutes,
    sections: sections[i] ?? [],
  }));

  const articles: Article[] = identified.map((item, i) => ({
    ...summaries[i]!,
    file: item.draft.file,
    byline: item.draft.byline,
    url: item.draft.url,
    caption: item.draft.caption,
    body: item.draft.body,
    wordCount: item.wordCount,
    entities: entities[i]!,
    prev: summaries[i - 1] ?? null,
    next: summaries[i + 1] ?? null,
  }));
  return { articles, problems, skipped };
}
