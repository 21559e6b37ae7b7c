import { useEffect, useMemo } from 'react';
import { idHash, type FacetValue } from '../../model/data';
import { useArticleIdHashes } from '../api/articleIds';
import { readCountsBySection } from '../stores/readerState';
import { retireMarks } from '../stores/readerStore';
import { useReaderState } from './useReaderState';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Unread articles per section slug, only for sections the reader has read something in. Read
 * marks of articles this build no longer has are left out of the counts, so counts wait until the
 * build's article ids have loaded; then those marks are retired (kept, and exported, apart).
 */
export function useUnreadBySection(sections: readonly FacetValue[]): ReadonlyMap<string, number> {
  const state = useReaderState();
  const hasMarks = Object.keys(state.read).length > 0 || Object.keys(state.retired).length > 0;
  const current = useArticleIdHashes(hasMarks);
  useEffect(() => {
    if (current) retireMarks((id) => current.has(idHash(id)));
  }, [current, state]);
  return useMemo(() => {
    if (!current) return NONE;
    const read = readCountsBySection(state, (id) => current.has(idHash(id)));
    const unread = new Map<string, number>();
    for (const section of sections) {
      const count = read.get(section.slug);
      // A current article's mark keeps the sections it had then; a count never goes below zero.
      if (count) unread.set(section.slug, Math.max(0, section.count - count));
    }
    return unread;
  }, [state, sections, current]);
}
