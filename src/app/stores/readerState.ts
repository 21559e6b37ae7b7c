// What the reader has read, saved and opened, keyed by the article's stable id so a rebuilt
// site keeps it. Pure functions over plain data: the store persists it, these change it.
import { sectionRefs, type ArticleSummary } from '../../model/article';

export interface ReadMark {
  /** When it was marked read (ms since the epoch). */
  at: number;
  /** Section slugs at the time, so unread counts per section need no data fetch. */
  sections: string[];
}

export interface KeptArticle {
  article: ArticleSummary;
  at: number;
}

export interface ReaderState {
  read: Readonly<Record<string, ReadMark>>;
  /** Newest first. */
  saved: readonly KeptArticle[];
  /** Newest first, one entry per article. */
  history: readonly KeptArticle[];
  /**
   * Read marks of articles the current build does not have. Out of `read`, so they neither count
   * nor take its room, yet kept (and exported): a later build may bring the article back.
   */
  retired: Readonly<Record<string, ReadMark>>;
}

export const EMPTY_READER_STATE: ReaderState = { read: {}, saved: [], history: [], retired: {} };

// Bounds keep the stored JSON well inside a 5 MB localStorage quota.
export const MAX_READ = 20_000;
export const MAX_SAVED = 2_000;
export const MAX_HISTORY = 500;

export function isRead(state: ReaderState, id: string): boolean {
  return Object.hasOwn(state.read, id);
}

export function isSaved(state: ReaderState, id: string): boolean {
  return state.saved.some((entry) => entry.article.id === id);
}

type ReadTarget = Pick<ArticleSummary, 'id' | 'sections'>;

/** Marks (or unmarks) articles read; `previous` says what each was before, for undo. */
export function setRead(
  state: ReaderState,
  articles: readonly ReadTarget[],
  read: boolean,
  now: number,
): { state: ReaderState; previous: Record<string, ReadMark | null> } {
  const next: Record<string, ReadMark> = { ...state.read };
  const previous: Record<string, ReadMark | null> = {};
  for (const article of articles) {
    previous[article.id] = state.read[article.id] ?? null;
    if (read) {
      next[article.id] = state.read[article.id] ?? { at: now, sections: article.sections.map((s) => s.slug) };
    } else {
      delete next[article.id];
    }
  }
  return { state: { ...state, read: capRead(next) }, previous };
}

/** Puts read marks back as `setRead` found them. */
export function restoreRead(state: ReaderState, previous: Readonly<Record<string, ReadMark | null>>): ReaderState {
  const next: Record<string, ReadMark> = { ...state.read };
  for (const [id, mark] of Object.entries(previous)) {
    if (mark) next[id] = mark;
    else delete next[id];
  }
  return { ...state, read: next };
}

function capRead(read: Record<string, ReadMark>): Record<string, ReadMark> {
  const ids = Object.keys(read);
  if (ids.length <= MAX_READ) return read;
  const newest = ids.sort((a, b) => read[b]!.at - read[a]!.at).slice(0, MAX_READ);
  return Object.fromEntries(newest.map((id) => [id, read[id]!]));
}

export function setSaved(state: ReaderState, article: ArticleSummary, saved: boolean, now: number): ReaderState {
  const others = state.saved.filter((entry) => entry.article.id !== article.id);
  return { ...state, saved: saved ? [{ article, at: now }, ...others].slice(0, MAX_SAVED) : others };
}

export function recordVisit(state: ReaderState, article: ArticleSummary, now: number): ReaderState {
  const others = state.history.filter((entry) => entry.article.id !== article.id);
  return { ...state, history: [{ article, at: now }, ...others].slice(0, MAX_HISTORY) };
}

export function clearHistory(state: ReaderState): ReaderState {
  return { ...state, history: [] };
}

/**
 * Read articles per section slug, counting only the marks `isCurrent` keeps: a mark outlives its
 * article when a rebuild removes it, and must not count against the articles still there.
 */
export function readCountsBySection(state: ReaderState, isCurrent: (id: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, mark] of Object.entries(state.read)) {
    if (!isCurrent(id)) continue;
    for (const slug of mark.sections) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

/**
 * Moves the marks of articles that are not current into `retired`, and back the retired marks of
 * articles that are current again; null when every mark is already where it belongs.
 */
export function retireStaleMarks(state: ReaderState, isCurrent: (id: string) => boolean): ReaderState | null {
  const stale = Object.keys(state.read).filter((id) => !isCurrent(id));
  const back = Object.keys(state.retired).filter(isCurrent);
  if (stale.length === 0 && back.length === 0) return null;
  const read: Record<string, ReadMark> = { ...state.read };
  const retired: Record<string, ReadMark> = { ...state.retired };
  for (const id of stale) {
    retired[id] = read[id]!;
    delete read[id];
  }
  for (const id of back) {
    read[id] = retired[id]!;
    delete retired[id];
  }
  return { ...state, read: capRead(read), retired: capRead(retired) };
}

function mergeMarks(
  a: Readonly<Record<string, ReadMark>>,
  b: Readonly<Record<string, ReadMark>>,
): Record<string, ReadMark> {
  const merged: Record<string, ReadMark> = { ...a };
  for (const [id, mark] of Object.entries(b)) {
    const mine = merged[id];
    if (!mine || mark.at < mine.at) merged[id] = mark;
  }
  return capRead(merged);
}

/** Two states as one: every read mark and saved article of both, the later visit of each. */
export function mergeStates(a: ReaderState, b: ReaderState): ReaderState {
  const read = mergeMarks(a.read, b.read);
  // A mark read again here is live, whatever the other state retired.
  const retired = mergeMarks(a.retired, b.retired);
  for (const id of Object.keys(read)) delete retired[id];
  return {
    read,
    saved: mergeKept(a.saved, b.saved).slice(0, MAX_SAVED),
    history: mergeKept(a.history, b.history).slice(0, MAX_HISTORY),
    retired,
  };
}

function mergeKept(a: readonly KeptArticle[], b: readonly KeptArticle[]): KeptArticle[] {
  const byId = new Map<string, KeptArticle>();
  for (const entry of [...a, ...b]) {
    const seen = byId.get(entry.article.id);
    if (!seen || entry.at > seen.at) byId.set(entry.article.id, entry);
  }
  return [...byId.values()].sort((x, y) => y.at - x.at);
}

// Parsing is lenient: a stored or imported file from another version keeps every entry
// that still makes sense and drops the rest, rather than losing everything.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function parseSummary(value: unknown): ArticleSummary | null {
  if (!isRecord(value)) return null;
  const { id, slug, title, dek, date, source, readingMinutes, sections } = value;
  if (!isString(id) || !isString(slug) || !isString(title)) return null;
  if (!isStringOrNull(dek) || !isStringOrNull(date) || !isStringOrNull(source)) return null;
  if (typeof readingMinutes !== 'number' || !Array.isArray(sections)) return null;
  // Rows stored by versions before decision 0022 carry each section's confidence too: left out.
  const parsedSections = sections.flatMap((s: unknown) =>
    isRecord(s) && isString(s.slug) && isString(s.name) ? [{ slug: s.slug, name: s.name }] : [],
  );
  return { id, slug, title, dek, date, source, readingMinutes, sections: parsedSections };
}

function parseKept(value: unknown): KeptArticle[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!isRecord(entry) || !isTime(entry.at)) return [];
    const article = parseSummary(entry.article);
    return article ? [{ article, at: entry.at }] : [];
  });
}

function parseRead(value: unknown): Record<string, ReadMark> {
  if (!isRecord(value)) return {};
  const read: Record<string, ReadMark> = {};
  for (const [id, mark] of Object.entries(value)) {
    if (isRecord(mark) && isTime(mark.at) && Array.isArray(mark.sections)) {
      read[id] = { at: mark.at, sections: mark.sections.filter(isString) };
    }
  }
  return read;
}

/** A state from untrusted JSON; null when it is not a reader state at all. */
export function parseReaderState(value: unknown): ReaderState | null {
  if (!isRecord(value)) return null;
  if (!('read' in value) && !('saved' in value) && !('history' in value)) return null;
  const read = capRead(parseRead(value.read));
  const retired = capRead(parseRead(value.retired));
  for (const id of Object.keys(read)) delete retired[id];
  return {
    read,
    saved: mergeKept(parseKept(value.saved), []).slice(0, MAX_SAVED),
    history: mergeKept(parseKept(value.history), []).slice(0, MAX_HISTORY),
    retired,
  };
}

/** The list-row part of an article, which is all that saved and history entries keep. */
export function summaryOf(article: ArticleSummary): ArticleSummary {
  const { id, slug, title, dek, date, source, readingMinutes, sections } = article;
  // An article page passes its Article, whose sections carry confidence: the row keeps slug and name.
  return { id, slug, title, dek, date, source, readingMinutes, sections: sectionRefs(sections) };
}
