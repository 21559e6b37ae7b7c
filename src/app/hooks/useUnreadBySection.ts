import { useMemo } from 'react';
import type { FacetValue } from '../../model/data';
import { readCountsBySection } from '../stores/readerState';
import { useReaderState } from './useReaderState';

/** Unread articles per section slug, only for sections the reader has read something in. */
export function useUnreadBySection(sections: readonly FacetValue[]): ReadonlyMap<string, number> {
  const state = useReaderState();
  return useMemo(() => {
    const read = readCountsBySection(state);
    const unread = new Map<string, number>();
    for (const section of sections) {
      const count = read.get(section.slug);
      // A section's articles can change between builds; a count never goes below zero.
      if (count) unread.set(section.slug, Math.max(0, section.count - count));
    }
    return unread;
  }, [state, sections]);
}
