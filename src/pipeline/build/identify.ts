// Stable identity for each draft: an id from its file path, a unique slug from its title,
// and the reading-time numbers every list row shows.
import { createHash } from 'node:crypto';
import type { ArticleDraft } from '../../model/article';
import { plainParagraphs } from '../../model/plainText';
import { slugify } from '../../model/routes';

export interface Identified {
  draft: ArticleDraft;
  /** First 12 hex digits of sha256(file): the same file keeps its id across builds. */
  id: string;
  slug: string;
  wordCount: number;
  readingMinutes: number;
}

const WORDS_PER_MINUTE = 230;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in a draft's dek and body: what reading time is reckoned from. */
export function draftWords(draft: ArticleDraft): number {
  return countWords([draft.dek ?? '', ...plainParagraphs(draft.body)]);
}

/** `wordsOf` lets a rebuild count only the drafts whose file changed (entityCache.ts). */
export function identify(drafts: ArticleDraft[], wordsOf: (draft: ArticleDraft) => number = draftWords): Identified[] {
  const items = drafts.map((draft) => {
    const words = wordsOf(draft);
    return {
      draft,
      id: createHash('sha256').update(draft.file).digest('hex').slice(0, 12),
      slug: slugify(draft.title),
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    };
  });
  assignUniqueSlugs(items);
  return items;
}

/**
 * Same-slug drafts in file order: the first keeps the plain slug, the others get their id's first
 * six digits appended. A suffixed slug that still meets another slug falls back to the whole id.
 */
function assignUniqueSlugs(items: Identified[]): void {
  const byFile = [...items].sort((a, b) => (a.draft.file < b.draft.file ? -1 : a.draft.file > b.draft.file ? 1 : 0));
  const plain = new Set(items.map((item) => item.slug));
  const taken = new Set<string>();
  for (const item of byFile) {
    if (!taken.has(item.slug)) {
      taken.add(item.slug);
      continue;
    }
    let slug = `${item.slug}-${item.id.slice(0, 6)}`;
    if (taken.has(slug) || plain.has(slug)) slug = `${item.slug}-${item.id}`;
    item.slug = slug;
    taken.add(slug);
  }
}

/** Body blocks as plain-text paragraphs: one per paragraph or heading, one per list item; quotes recurse. */
function countWords(texts: string[]): number {
  let count = 0;
  for (const text of texts) count += text.match(WORD)?.length ?? 0;
  return count;
}
