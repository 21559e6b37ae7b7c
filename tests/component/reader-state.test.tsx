// The reader's state as data: read marks with undo, saved and history, merging an import,
// lenient parsing, and a store that survives storage that throws, fills up or holds junk.
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../src/model/article';
import { buildExport, parseExport } from '../../src/app/features/settings/lib/exportFile';
import { createPersistentStore } from '../../src/app/stores/persistentStore';
import {
  EMPTY_READER_STATE,
  isRead,
  isSaved,
  MAX_HISTORY,
  mergeStates,
  parseReaderState,
  readCountsBySection,
  recordVisit,
  restoreRead,
  retireStaleMarks,
  setRead,
  setSaved,
  summaryOf,
} from '../../src/app/stores/readerState';
import { DEFAULT_SETTINGS } from '../../src/app/stores/settings';

function summary(n: number, sections = ['world']): ArticleSummary {
  return {
    id: `id-${n}`,
    slug: `story-${n}`,
    title: `Story ${n}`,
    dek: null,
    date: '2025-01-01',
    source: null,
    readingMinutes: 3,
    sections: sections.map((slug) => ({ slug, name: slug })),
  };
}

/** A Storage whose methods can be made to throw. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const failures = { get: false, set: false };
  const storage = {
    getItem: (key: string) => {
      if (failures.get) throw new DOMException('blocked', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (failures.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  } as unknown as Storage;
  return { storage, data, failures };
}

describe('reader state', () => {
  it('marks read and unread, and undo restores exactly what was there', () => {
    let state = setRead(EMPTY_READER_STATE, [summary(1)], true, 100).state;
    const { state: all, previous } = setRead(state, [summary(1), summary(2), summary(3)], true, 200);
    expect(['id-1', 'id-2', 'id-3'].map((id) => isRead(all, id))).toEqual([true, true, true]);
    // The first keeps the time it was first read.
    expect(all.read['id-1']!.at).toBe(100);
    state = restoreRead(all, previous);
    expect(['id-1', 'id-2', 'id-3'].map((id) => isRead(state, id))).toEqual([true, false, false]);
    state = setRead(state, [summary(1)], false, 300).state;
    expect(isRead(state, 'id-1')).toBe(false);
  });

  it('counts read articles per section from the sections stored with each mark', () => {
    const { state } = setRead(EMPTY_READER_STATE, [summary(1, ['sport', 'world']), summary(2, ['sport'])], true, 1);
    expect(Object.fromEntries(readCountsBySection(state, () => true))).toEqual({ sport: 2, world: 1 });
  });

  it('leaves the marks of articles that are no longer current out of the counts', () => {
    const { state } = setRead(EMPTY_READER_STATE, [summary(1, ['sport', 'world']), summary(2, ['sport'])], true, 1);
    expect(Object.fromEntries(readCountsBySection(state, (id) => id === 'id-2'))).toEqual({ sport: 1 });
  });

  it('retires the marks of removed articles, keeps them through export and import, and revives them', () => {
    const { state } = setRead(EMPTY_READER_STATE, [summary(1), summary(2)], true, 1);
    expect(retireStaleMarks(state, () => true)).toBeNull();
    const pruned = retireStaleMarks(state, (id) => id === 'id-2')!;
    expect(Object.keys(pruned.read)).toEqual(['id-2']);
    expect(Object.keys(pruned.retired)).toEqual(['id-1']);
    const file = buildExport(pruned, DEFAULT_SETTINGS, 'system', new Date(0));
    const imported = parseExport(JSON.stringify(file));
    expect(imported.ok && imported.state.retired).toEqual(pruned.retired);
    // Merged into a state that read it again, the mark is live, not retired.
    const reread = mergeStates(setRead(EMPTY_READER_STATE, [summary(1)], true, 5).state, pruned);
    expect(Object.keys(reread.retired)).toEqual([]);
    // The article is back in a later build: its mark is live again.
    const back = retireStaleMarks(pruned, () => true)!;
    expect(Object.keys(back.read).sort()).toEqual(['id-1', 'id-2']);
    expect(back.retired).toEqual({});
  });

  it('keeps saved newest first, and history one entry per article, bounded', () => {
    let state = setSaved(EMPTY_READER_STATE, summary(1), true, 1);
    state = setSaved(state, summary(2), true, 2);
    expect(state.saved.map((e) => e.article.id)).toEqual(['id-2', 'id-1']);
    state = setSaved(state, summary(1), false, 3);
    expect(isSaved(state, 'id-1')).toBe(false);

    for (let n = 0; n < MAX_HISTORY + 5; n++) state = recordVisit(state, summary(n), n);
    state = recordVisit(state, summary(MAX_HISTORY + 4), 10_000);
    expect(state.history).toHaveLength(MAX_HISTORY);
    expect(state.history[0]!.article.id).toBe(`id-${MAX_HISTORY + 4}`);
    expect(new Set(state.history.map((e) => e.article.id)).size).toBe(MAX_HISTORY);
  });

  it('merges an imported state with this one, losing nothing', () => {
    const here = setSaved(setRead(EMPTY_READER_STATE, [summary(1)], true, 50).state, summary(1), true, 50);
    const there = setSaved(setRead(EMPTY_READER_STATE, [summary(1), summary(2)], true, 10).state, summary(2), true, 60);
    const merged = mergeStates(here, there);
    expect(Object.keys(merged.read).sort()).toEqual(['id-1', 'id-2']);
    expect(merged.read['id-1']!.at).toBe(10);
    expect(merged.saved.map((e) => e.article.id)).toEqual(['id-2', 'id-1']);
  });

  it('parses leniently: bad entries are dropped, good ones kept, non-states refused', () => {
    const parsed = parseReaderState({
      read: { good: { at: 1, sections: ['a', 7] }, bad: { at: 'yesterday' } },
      saved: [{ article: summary(1), at: 5 }, { article: { id: 'x' }, at: 6 }, 'junk'],
      history: 'not a list',
    });
    expect(parsed).toEqual({
      read: { good: { at: 1, sections: ['a'] } },
      saved: [{ article: summary(1), at: 5 }],
      history: [],
      retired: {},
    });
    expect(parseReaderState([1, 2])).toBeNull();
    expect(parseReaderState({ something: 'else' })).toBeNull();
  });

  it('reads saved and history rows stored with section confidences, as versions before decision 0022 wrote them', () => {
    const old = (n: number) => ({
      ...summary(n),
      sections: [
        { slug: 'sport', name: 'Sport', confidence: 0.734 },
        { slug: 'world', name: 'World', confidence: 1 },
      ],
    });
    const parsed = parseReaderState({
      read: {},
      saved: [{ article: old(1), at: 5 }],
      history: [{ article: old(2), at: 7 }],
    });
    const sections = [
      { slug: 'sport', name: 'Sport' },
      { slug: 'world', name: 'World' },
    ];
    expect(parsed?.saved).toEqual([{ article: { ...summary(1), sections }, at: 5 }]);
    expect(parsed?.history).toEqual([{ article: { ...summary(2), sections }, at: 7 }]);
  });

  it('keeps an article as its list row: sections by slug and name, without the confidence its page carries', () => {
    const page = { ...summary(1), sections: [{ slug: 'sport', name: 'Sport', confidence: 0.5 }], wordCount: 600 };
    expect(summaryOf(page)).toEqual({ ...summary(1), sections: [{ slug: 'sport', name: 'Sport' }] });
  });

  it('round-trips an export file and refuses files that are not one', () => {
    const state = setSaved(EMPTY_READER_STATE, summary(1), true, 5);
    const file = JSON.stringify(buildExport(state, { ...DEFAULT_SETTINGS, font: 'sans' }, 'dark', new Date(0)));
    expect(parseExport(file)).toEqual({
      ok: true,
      state,
      settings: { ...DEFAULT_SETTINGS, font: 'sans' },
      theme: 'dark',
    });
    expect(parseExport('{')).toMatchObject({ ok: false, error: 'This file is not JSON.' });
    expect(parseExport('{"format":"other"}')).toMatchObject({ ok: false });
    expect(parseExport(JSON.stringify({ format: 'broadsheet-reading-state', version: 99, state }))).toMatchObject({
      ok: false,
      error: 'This file comes from a newer version of Broadsheet.',
    });
  });
});

describe('persistent store', () => {
  const options = (storage: Storage) => ({
    key: 'k',
    empty: EMPTY_READER_STATE,
    parse: parseReaderState,
    storage: () => storage,
  });

  it('reads and writes JSON, and tells subscribers', () => {
    const { storage, data } = fakeStorage();
    const store = createPersistentStore(options(storage));
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(setSaved(EMPTY_READER_STATE, summary(1), true, 1));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(parseReaderState(JSON.parse(data.get('k')!))?.saved).toHaveLength(1);
    expect(createPersistentStore(options(storage)).get().saved).toHaveLength(1);
    expect(store.health()).toBe('ok');
  });

  it('keeps working in memory when storage throws, and says so', () => {
    const { storage, failures } = fakeStorage();
    failures.get = true;
    failures.set = true;
    const store = createPersistentStore(options(storage));
    expect(store.get()).toBe(EMPTY_READER_STATE);
    expect(store.health()).toBe('unavailable');
    store.set(setSaved(EMPTY_READER_STATE, summary(1), true, 1));
    expect(isSaved(store.get(), 'id-1')).toBe(true);
    expect(store.health()).toBe('unavailable');
  });

  it('reports a full store on the write that fails, and recovers when a write succeeds', () => {
    const { storage, failures } = fakeStorage();
    const store = createPersistentStore(options(storage));
    expect(store.health()).toBe('ok');
    failures.set = true;
    store.set(setSaved(EMPTY_READER_STATE, summary(1), true, 1));
    expect(store.health()).toBe('unavailable');
    failures.set = false;
    store.set(EMPTY_READER_STATE);
    expect(store.health()).toBe('ok');
  });

  it('starts afresh from damaged data, clears it, and says so once', () => {
    const { storage, data } = fakeStorage({ k: '{"read": [unterminated' });
    const store = createPersistentStore(options(storage));
    expect(store.get()).toBe(EMPTY_READER_STATE);
    expect(store.health()).toBe('reset');
    expect(data.has('k')).toBe(false);
    expect(createPersistentStore(options(storage)).health()).toBe('ok');
  });

  it('follows writes made in another tab', () => {
    const { storage, data } = fakeStorage();
    const store = createPersistentStore(options(storage));
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.get().saved).toHaveLength(0);
    data.set('k', JSON.stringify(setSaved(EMPTY_READER_STATE, summary(9), true, 1)));
    window.dispatchEvent(new StorageEvent('storage', { key: 'k' }));
    expect(listener).toHaveBeenCalled();
    expect(isSaved(store.get(), 'id-9')).toBe(true);
  });
});
