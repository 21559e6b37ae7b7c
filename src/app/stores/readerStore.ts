// The reader's state for this site on this device, and the actions that change it.
import type { ArticleSummary } from '../../model/article';
import { createPersistentStore } from './persistentStore';
import {
  clearHistory,
  EMPTY_READER_STATE,
  isSaved,
  mergeStates,
  parseReaderState,
  recordVisit,
  restoreRead,
  retireStaleMarks,
  setRead,
  setSaved,
  summaryOf,
  type ReaderState,
} from './readerState';

// Per base path: two sites on one origin (/ and /news/) have their own articles.
export const READER_STORAGE_KEY = `broadsheet-reader:${import.meta.env.BASE_URL}`;

export const readerStore = createPersistentStore<ReaderState>({
  key: READER_STORAGE_KEY,
  empty: EMPTY_READER_STATE,
  parse: parseReaderState,
});

type ReadTarget = Pick<ArticleSummary, 'id' | 'sections'>;

/** Marks articles read or unread; the returned function undoes exactly this change. */
export function markRead(articles: readonly ReadTarget[], read: boolean): () => void {
  const { state, previous } = setRead(readerStore.get(), articles, read, Date.now());
  readerStore.set(state);
  return () => readerStore.set(restoreRead(readerStore.get(), previous));
}

export function toggleRead(article: ReadTarget): void {
  markRead([article], !Object.hasOwn(readerStore.get().read, article.id));
}

export function markSaved(article: ArticleSummary, saved: boolean): void {
  readerStore.set(setSaved(readerStore.get(), summaryOf(article), saved, Date.now()));
}

export function toggleSaved(article: ArticleSummary): boolean {
  const saved = !isSaved(readerStore.get(), article.id);
  markSaved(article, saved);
  return saved;
}

export function visit(article: ArticleSummary): void {
  readerStore.set(recordVisit(readerStore.get(), summaryOf(article), Date.now()));
}

/** Sets aside the marks of articles this build does not have (readerState.retireStaleMarks). */
export function retireMarks(isCurrent: (id: string) => boolean): void {
  const next = retireStaleMarks(readerStore.get(), isCurrent);
  if (next) readerStore.set(next);
}

export function forgetHistory(): void {
  readerStore.set(clearHistory(readerStore.get()));
}

export function importReaderState(imported: ReaderState): void {
  readerStore.set(mergeStates(readerStore.get(), imported));
}
