// Folding copies of one story into one row: which seeds are copies (enrich/duplicates.ts finds
// them), and what the row and each copy's own page say about the others.
import type { Article, ArticleDraft, CopyRef } from '../../model/article';
import { plainParagraphs } from '../../model/plainText';
import { authorsOf, type AuthorNames } from '../enrich/authors';
import { bodySignature, findSignedDuplicates, type BodySignature } from '../enrich/duplicates';
import { thumbnailOf } from '../emit/images/thumbnail';
import type { Identified } from './identify';

/** A seed folded into another's row; `of` is that row's position among the listed seeds. */
export interface FoldedCopy {
  item: Identified;
  of: number;
}

const signatureOf = (draft: ArticleDraft) => bodySignature(plainParagraphs(draft.body));

/**
 * Splits seeds in list order into the listed ones (same order) and the copies folded into them.
 * `signed` gives a draft's body signature (a rebuild keeps unchanged seeds' in entityCache.ts).
 */
export function foldCopies(
  sorted: Identified[],
  signed: (draft: ArticleDraft, make: () => BodySignature | null) => BodySignature | null = (draft, make) => make(),
): { identified: Identified[]; copies: FoldedCopy[] } {
  const shownAs = findSignedDuplicates(
    sorted.map(({ draft }) => ({
      signature: signed(draft, () => signatureOf(draft)),
      date: draft.date,
      file: draft.file,
    })),
  );
  const identified: Identified[] = [];
  const position = new Map<number, number>();
  sorted.forEach((item, i) => {
    if (shownAs[i] !== i) return;
    position.set(i, identified.length);
    identified.push(item);
  });
  const copies = sorted.flatMap((item, i) => (shownAs[i] === i ? [] : [{ item, of: position.get(shownAs[i]!)! }]));
  return { identified, copies };
}

const refOf = (a: { slug: string; title: string; source: string | null }): CopyRef => ({
  slug: a.slug,
  title: a.title,
  source: a.source,
});

/**
 * The listed articles with `alsoAs` on rows that fold copies, and each copy as an article of its
 * own (its own words, headline and page) that shares its row's sections, entities and neighbours.
 */
export function withCopies(
  articles: Article[],
  folded: FoldedCopy[],
  authorPages: AuthorNames,
): { articles: Article[]; copies: Article[] } {
  const byRow = new Map<number, FoldedCopy[]>();
  for (const copy of folded) byRow.set(copy.of, [...(byRow.get(copy.of) ?? []), copy]);
  const listed = articles.map((article, i) => {
    const group = byRow.get(i);
    return group
      ? {
          ...article,
          alsoAs: group.map(({ item }) =>
            refOf({ slug: item.slug, title: item.draft.title, source: item.draft.source }),
          ),
        }
      : article;
  });
  const copies = folded.map(({ item, of }): Article => {
    const row = listed[of]!;
    const { draft } = item;
    return {
      id: item.id,
      slug: item.slug,
      title: draft.title,
      dek: draft.dek,
      date: draft.date,
      source: draft.source,
      readingMinutes: item.readingMinutes,
      sections: row.sections,
      ...thumbnailOf(draft),
      file: draft.file,
      byline: draft.byline,
      ...authorsOf(draft.byline, authorPages),
      url: draft.url,
      caption: draft.caption,
      body: draft.body,
      wordCount: item.wordCount,
      entities: row.entities,
      prev: row.prev,
      next: row.next,
      // A copy is the same story: its page offers its row's story and related coverage.
      ...(row.story && { story: row.story }),
      ...(row.related && { related: row.related }),
      duplicateOf: refOf(row),
      alsoAs: [refOf(row), ...row.alsoAs!.filter((other) => other.slug !== item.slug)],
    };
  });
  return { articles: listed, copies };
}

/**
 * Every copy's id to the ids of its whole group, the row's first (only stories with copies are
 * keys): so a list of related articles can leave out a story's other copies.
 */
export function duplicateGroups(corpus: {
  articles: readonly Article[];
  copies: readonly Article[];
}): Map<string, string[]> {
  const idBySlug = new Map([...corpus.articles, ...corpus.copies].map((a) => [a.slug, a.id]));
  const groups = new Map<string, string[]>();
  for (const row of corpus.articles) {
    if (!row.alsoAs) continue;
    const ids = [row.id, ...row.alsoAs.map((copy) => idBySlug.get(copy.slug)!)];
    for (const id of ids) groups.set(id, ids);
  }
  return groups;
}

/** The ids of the story `id` is a copy of, itself included; just `[id]` for a story with one copy. */
export function duplicateGroupOf(groups: ReadonlyMap<string, string[]>, id: string): string[] {
  return groups.get(id) ?? [id];
}
