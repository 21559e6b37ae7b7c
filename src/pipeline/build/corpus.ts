// Seeds in, ordered enriched articles out: the whole model side of a build, without any output.
import {
  sectionRefs,
  type Article,
  type ArticleDraft,
  type ArticleSummary,
  type Problem,
  type RelatedLink,
} from '../../model/article';
import type { BuildOptions } from './config';
import { loadSeeds } from './load';
import { plainParagraphs } from '../../model/plainText';
import { draftWords, identify, type Identified } from './identify';
import { loadTaxonomy } from '../enrich/taxonomy';
import { assignSections } from '../enrich/sections';
import type { EntityInput } from '../enrich/entityTagger';
import type { Lexicon } from '../enrich/gazetteer';
import type { WorldPlaces } from '../enrich/worldPlaces';
import { mergeEntityNames, type TaggedEntities } from '../enrich/entityNames';
import type { EntityCache } from '../incremental/entityCache';
import { authorNames, authorsOf } from '../enrich/authors';
import { foldCopies, withCopies, type FoldedCopy } from './copies';
import { placeImages } from '../emit/images/placeImages';
import { thumbnailOf } from '../emit/images/thumbnail';
import { docTerms, matrixOf } from '../enrich/termMatrix';
import { findCoverage } from '../enrich/coverage';
import type { StoryGroup } from '../enrich/stories';

export interface Corpus {
  /** Newest first: dated articles by date, then undated ones by file name. */
  articles: Article[];
  /** Seeds folded into another article's row as copies of its story: each keeps its own page. */
  copies: Article[];
  problems: Problem[];
  /** Files left out because they were broken and the user asked to skip them. */
  skipped: string[];
  /** Groups of articles about one event, by ordinal in `articles`. */
  stories: StoryGroup[];
}

export class SeedErrors extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.filter((p) => p.severity === 'error').length} broken seed file(s)`);
  }
}

/** Newest first; undated after dated, by file name, so the order never depends on read order. */
export function sortForList(items: Identified[]): Identified[] {
  // A date-time keeps the offset its source gave (parse/date.ts), so dates compare as instants, not
  // as text; a date alone counts from 00:00 UTC. Each is read once, not once per comparison.
  const instants = new Map(items.map((item) => [item, item.draft.date === null ? null : Date.parse(item.draft.date)]));
  return items.sort((a, b) => {
    const da = instants.get(a) ?? null;
    const db = instants.get(b) ?? null;
    if (da !== null && db !== null && da !== db) return db - da;
    if (da !== null && db === null) return -1;
    if (da === null && db !== null) return 1;
    return a.draft.file < b.draft.file ? -1 : a.draft.file > b.draft.file ? 1 : 0;
  });
}

export interface ReadSeeds {
  /** The seeds lists show, in list order. */
  identified: Identified[];
  copies: FoldedCopy[];
  problems: Problem[];
  skipped: string[];
  /** The resized images the drafts use, relative to the site root (in .cache/ until installImages). */
  images: string[];
  /** How many source images were resized; the rest came from the cache. */
  imagesResized: number;
}

/** Reads and checks every seed; throws SeedErrors, before any output is touched, unless skipping. */
export async function readSeeds(options: BuildOptions, cache?: EntityCache): Promise<ReadSeeds> {
  const parse = cache ? (file: string, bytes: Uint8Array) => cache.parse(file, bytes) : undefined;
  const { drafts, problems } = await loadSeeds(options.seedsDir, parse, { allowEmpty: options.allowEmpty });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !options.skipBroken) throw new SeedErrors(problems);
  const skipped = [...new Set(errors.map((p) => p.file))].sort();
  const wordsOf = cache ? (draft: ArticleDraft) => cache.words(draft, () => draftWords(draft)) : undefined;
  const images = await placeImages(drafts, options.seedsDir, options.projectRoot);
  return {
    ...foldCopies(sortForList(identify(drafts, wordsOf)), cache && ((draft, make) => cache.bodySignature(draft, make))),
    problems: [...problems, ...images.problems],
    skipped,
    images: images.files,
    imagesResized: images.resized,
  };
}

export type ExtractEntities = (input: EntityInput) => TaggedEntities;

/**
 * The entity tagger, loaded only when some article needs it. Without `saved` it imports
 * compromise for its word lists, about a second's work, and reads the cities' gazetteer; a build
 * passes its saved copies (lexiconCache.ts, worldPlacesCache.ts).
 */
export async function loadEntityExtractor(saved?: { lexicon: Lexicon; world: WorldPlaces }): Promise<ExtractEntities> {
  if (!saved) return (await import('../enrich/entities')).installedEntityExtractor();
  const [{ tagEntities }, { gazetteerFrom }] = await Promise.all([
    import('../enrich/entityTagger'),
    import('../enrich/gazetteer'),
  ]);
  const gaz = gazetteerFrom(saved.lexicon, saved.world);
  return (input) => tagEntities(input, gaz);
}

export async function buildCorpus(options: BuildOptions): Promise<Corpus> {
  return enrichCorpus(await readSeeds(options), options, await loadEntityExtractor());
}

/** Each article's body as plain-text paragraphs, in the order readSeeds gave. */
export function seedParagraphs({ identified }: ReadSeeds): string[][] {
  return identified.map((item) => plainParagraphs(item.draft.body));
}

/**
 * `cache` gives the entities and section-model terms of files read by an earlier build (extract is
 * not called for them, their text is not tokenized again);
 * `paragraphs` is seedParagraphs(seeds) when the caller has it already.
 */
export function enrichCorpus(
  seeds: ReadSeeds,
  options: BuildOptions,
  extractEntities: ExtractEntities,
  cache?: EntityCache,
  paragraphs: string[][] = seedParagraphs(seeds),
): Corpus {
  const { identified, problems, skipped } = seeds;
  const taxonomy = loadTaxonomy(options.projectRoot, options.labels ?? undefined);
  const texts = identified.map((item, i) => ({
    title: item.draft.title,
    dek: item.draft.dek,
    paragraphs: paragraphs[i]!,
    topics: item.draft.topics,
  }));
  // One matrix for sections and related coverage; a rebuild reads unchanged seeds' terms from the cache.
  const matrix = matrixOf(
    texts.map((text, i) => (cache ? cache.terms(identified[i]!.draft, () => docTerms(text)) : docTerms(text))),
  );
  const sections = assignSections(texts, taxonomy, matrix);
  // Merged across the corpus, so an article that only says "Blair" joins the Tony Blair page.
  const entities = mergeEntityNames(
    texts.map((text, i) =>
      cache ? cache.entities(identified[i]!.draft, () => extractEntities(text)) : extractEntities(text),
    ),
  );

  const coverage = findCoverage(
    identified.map((item, i) => ({
      id: item.id,
      title: item.draft.title,
      date: item.draft.date,
      entities: entities[i]!,
      sections: sections[i] ?? [],
    })),
    matrix,
  );
  const storyOf = new Map<number, { slug: string; count: number }>();
  for (const story of coverage.stories) {
    for (const m of story.members) storyOf.set(m, { slug: story.slug, count: story.members.length });
  }

  const summaries: ArticleSummary[] = identified.map((item, i) => ({
    id: item.id,
    slug: item.slug,
    title: item.draft.title,
    dek: item.draft.dek,
    date: item.draft.date,
    source: item.draft.source,
    readingMinutes: item.readingMinutes,
    sections: sectionRefs(sections[i] ?? []),
    ...thumbnailOf(item.draft),
    ...(storyOf.has(i) && { story: storyOf.get(i)! }),
  }));
  const link = (i: number): RelatedLink => {
    const { id, slug, title, date, source } = summaries[i]!;
    return { id, slug, title, date, source };
  };

  // Author pages join short forms of a name across every seed, copies included.
  const authorPages = authorNames([...identified, ...seeds.copies.map((c) => c.item)].map((item) => item.draft.byline));
  const articles: Article[] = identified.map((item, i) => ({
    ...summaries[i]!,
    sections: sections[i] ?? [],
    file: item.draft.file,
    byline: item.draft.byline,
    ...authorsOf(item.draft.byline, authorPages),
    url: item.draft.url,
    caption: item.draft.caption,
    body: item.draft.body,
    wordCount: item.wordCount,
    entities: entities[i]!,
    prev: summaries[i - 1] ?? null,
    next: summaries[i + 1] ?? null,
    ...(coverage.related[i]!.length > 0 && { related: coverage.related[i]!.map(link) }),
  }));
  return { ...withCopies(articles, seeds.copies, authorPages), problems, skipped, stories: coverage.stories };
}
